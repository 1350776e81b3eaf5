import { describe, expect, it } from 'vitest';
import { inCi, planFor, requirement, type Machine, type Missing, type RequirementId } from './prerequisites';

const debianRoot: Machine = { platform: 'linux', root: true, apt: true, ubuntu: false };
const lacking = (...ids: RequirementId[]): Missing[] => ids.map((id) => ({ ...requirement(id), detail: 'not found' }));

describe('what npm test does about missing tools', () => {
  it('nothing when nothing is missing', () => {
    expect(planFor([], { ...debianRoot, root: false, apt: false })).toEqual({ kind: 'ready' });
  });

  it('installs the Debian packages, once each, when running as root with apt-get', () => {
    expect(planFor(lacking('chromium', 'fonts', 'socat', 'gcc', 'mono', 'libusb'), debianRoot)).toEqual({
      kind: 'install',
      aptPackages: ['chromium', 'fonts-noto-core', 'socat', 'gcc', 'libc6-dev', 'mono-mcs', 'libusb-1.0-0', 'libudev1'],
      playwrightChromium: false,
    });
  });

  it("takes Chromium from Playwright on Ubuntu, whose chromium package is only a snap's stub", () => {
    expect(planFor(lacking('chromium', 'poppler'), { ...debianRoot, ubuntu: true })).toEqual({
      kind: 'install',
      aptPackages: ['poppler-utils'],
      playwrightChromium: true,
    });
  });

  it('stops, naming the exact command, when not root', () => {
    const plan = planFor(lacking('socat', 'poppler'), { ...debianRoot, root: false });
    expect(plan.kind).toBe('stop');
    const message = plan.kind === 'stop' ? plan.message : '';
    expect(message).toContain('socat, for the serial-port tests');
    expect(message).toContain('\n  sudo apt-get install -y --no-install-recommends socat poppler-utils\n');
  });

  it('names the Playwright steps too for Chromium on Ubuntu when not root', () => {
    const plan = planFor(lacking('chromium', 'openssl'), { ...debianRoot, root: false, ubuntu: true });
    expect(plan.kind === 'stop' && plan.message).toContain(
      'sudo apt-get install -y --no-install-recommends openssl && sudo npx playwright-core install-deps chromium && npx playwright-core install --no-shell chromium',
    );
  });

  it('stops with a container command where there is no apt-get (macOS, Windows, other Linux)', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const plan = planFor(lacking('mono'), { platform, root: false, apt: false, ubuntu: false });
      expect(plan.kind === 'stop' && plan.message).toContain("node:20-bookworm sh -c 'npm ci && npm test'");
    }
  });
});

describe('CI', () => {
  it('is any CI value but empty, false or 0', () => {
    expect(inCi({ CI: 'true' })).toBe(true);
    expect(inCi({ CI: '1' })).toBe(true);
    expect(inCi({})).toBe(false);
    expect(inCi({ CI: '' })).toBe(false);
    expect(inCi({ CI: 'false' })).toBe(false);
    expect(inCi({ CI: '0' })).toBe(false);
  });
});
