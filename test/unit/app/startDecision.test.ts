import { describe, expect, it } from 'vitest';
import { hasDisplay, initialLaunchFacts, nextLaunchStep, type LaunchFacts } from '../../../main/cli/startDecision';

/** A Linux desktop with everything in place, before any check has run. */
const desktop: LaunchFacts = initialLaunchFacts({ headlessRequested: false, display: true, shellBuilt: true, electronVersion: '44.11.4' });

function headlessReason(facts: LaunchFacts) {
  const step = nextLaunchStep(facts);
  return step.kind === 'headless' ? step.reason : step.kind;
}

describe('deciding between the Electron app and the headless station', () => {
  it('checks the Electron binary first, then the SQLite build, then launches', () => {
    expect(nextLaunchStep(desktop)).toEqual({ kind: 'find-electron-binary' });
    const withBinary = { ...desktop, electronBinary: 'present' as const };
    expect(nextLaunchStep(withBinary)).toEqual({ kind: 'prepare-sqlite-binding' });
    expect(nextLaunchStep({ ...withBinary, sqliteBinding: 'ready' })).toEqual({ kind: 'electron' });
  });

  it('does not even try to download Electron when there is no display', () => {
    expect(headlessReason({ ...desktop, display: false })).toBe('no-display');
  });

  it('--headless wins over everything', () => {
    expect(headlessReason({ ...desktop, headlessRequested: true, electronBinary: 'present', sqliteBinding: 'ready' })).toBe('requested');
  });

  it('falls back when the binary cannot be downloaded or the download hangs', () => {
    expect(headlessReason({ ...desktop, electronBinary: 'download-failed' })).toBe('download-failed');
    expect(headlessReason({ ...desktop, electronBinary: 'download-timed-out' })).toBe('download-timed-out');
  });

  it('falls back when the electron package, the build or the SQLite build is missing', () => {
    expect(headlessReason({ ...desktop, electronVersion: null })).toBe('no-electron-package');
    expect(headlessReason({ ...desktop, electronBinary: 'not-installed' })).toBe('no-electron-package');
    expect(headlessReason({ ...desktop, shellBuilt: false })).toBe('not-built');
    expect(headlessReason({ ...desktop, electronBinary: 'present', sqliteBinding: 'failed' })).toBe('no-sqlite-binding');
  });

  it('falls back when the Electron process cannot start', () => {
    expect(headlessReason({ ...desktop, electronBinary: 'present', sqliteBinding: 'ready', electronLaunchFailed: true })).toBe('launch-failed');
  });

  it('explains a fallback in one Vietnamese line with a short English part', () => {
    for (const facts of [
      { ...desktop, display: false },
      { ...desktop, electronBinary: 'download-failed' as const },
      { ...desktop, electronBinary: 'present' as const, sqliteBinding: 'failed' as const },
    ]) {
      const step = nextLaunchStep(facts);
      if (step.kind !== 'headless') throw new Error(`expected a fallback, got ${step.kind}`);
      expect(step.message).not.toContain('\n');
      expect(step.message).toMatch(/^Không chạy được ứng dụng Electron: /);
      expect(step.message).toContain('trạm không giao diện');
      expect(step.message).toMatch(/\(Electron cannot run here: [^)]+\)$/);
    }
    const noDownload = nextLaunchStep({ ...desktop, electronBinary: 'download-failed' });
    expect(noDownload.kind === 'headless' && noDownload.message).toContain('không tải được Electron 44.11.4');
    const noDisplay = nextLaunchStep({ ...desktop, display: false });
    expect(noDisplay.kind === 'headless' && noDisplay.message).toContain('no display');
  });
});

describe('is there a display?', () => {
  it('Linux needs DISPLAY or WAYLAND_DISPLAY', () => {
    expect(hasDisplay('linux', {})).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: '' })).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: ':0' })).toBe(true);
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(hasDisplay('freebsd', {})).toBe(false);
  });

  it('Windows and macOS always have one', () => {
    expect(hasDisplay('win32', {})).toBe(true);
    expect(hasDisplay('darwin', {})).toBe(true);
  });
});
