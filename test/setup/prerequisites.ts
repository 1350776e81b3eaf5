/**
 * The system tools the tests (and the intake benchmark) need beyond Node and
 * npm, how to tell whether this machine has them, and how to get them. One
 * list, used by three callers:
 *
 * - `test/setup/checkPrerequisites.ts`, which `npm test` runs before anything
 *   else: on Debian or Ubuntu as root it installs what is missing (apt-get, and
 *   on Ubuntu Chromium through Playwright, as Ubuntu ships it only as a snap);
 *   otherwise it stops with one message naming the command to run;
 * - the test files that need a tool (`toolForTests`): in CI a missing tool
 *   fails the file, never skips it; on a developer's machine (vitest run by
 *   hand) the tests that need it are skipped and say why;
 * - `npm run bench`, for the benchmarks that need Chromium.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { createRequire } from 'node:module';
import type { BrowserType } from 'playwright-core';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export type RequirementId = 'chromium' | 'fonts' | 'socat' | 'poppler' | 'openssl' | 'gcc' | 'mono' | 'libusb';

export interface Requirement {
  id: RequirementId;
  /** What is looked for, as a person would name it. */
  label: string;
  /** Which tests need it. */
  neededFor: string;
  /** The Debian/Ubuntu packages that bring it. */
  debianPackages: readonly string[];
}

export interface Missing extends Requirement {
  /** Why it counts as missing (one short line). */
  detail: string;
}

/** True when CI is set (CI=true, as GitHub Actions and `.ci/run` set it); CI=false or CI=0 is a developer machine. */
export function inCi(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const value = (env['CI'] ?? '').trim().toLowerCase();
  return value !== '' && value !== 'false' && value !== '0';
}

/** Is `name` an executable file on PATH? */
export function commandExists(name: string, env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const extensions = process.platform === 'win32' ? ['', ...(env['PATHEXT'] ?? '.EXE;.CMD;.BAT').split(';')] : [''];
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const extension of extensions) {
      try {
        accessSync(join(dir, name + extension), constants.X_OK);
        return true;
      } catch {
        // not here
      }
    }
  }
  return false;
}

const debianChromium = '/usr/bin/chromium';

/** Playwright's own Chromium (where `playwright-core install chromium` puts it), or null on a platform it has none for. */
function playwrightChromium(): string | null {
  try {
    // Loaded only when Debian's Chromium is absent: most test files that ask about a tool never need playwright-core.
    const { chromium } = createRequire(import.meta.url)('playwright-core') as { chromium: BrowserType };
    return chromium.executablePath();
  } catch {
    return null;
  }
}

/**
 * The Chromium the end-to-end tests and the intake benchmark drive: MOTCUA_CHROMIUM
 * when set, else Debian's /usr/bin/chromium, else Playwright's own download (Ubuntu),
 * else /usr/bin/chromium (missing: the check says how to get it).
 */
export function chromiumPath(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const named = env['MOTCUA_CHROMIUM'];
  if (named) return named;
  if (existsSync(debianChromium)) return debianChromium;
  const managed = playwrightChromium();
  if (managed && existsSync(managed)) return managed;
  return debianChromium;
}

const notoSans = '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf';

/** node-hid loaded in a child process, as the station loads it: null when it loads, else the error's first line. */
function nodeHidLoadError(): string | null {
  const run = spawnSync(process.execPath, ['-e', "require('node-hid').devices()"], { cwd: repoRoot, encoding: 'utf8', timeout: 30_000 });
  if (run.status === 0) return null;
  const error = `${run.stderr ?? ''}${run.error ? String(run.error) : ''}`;
  return error.split('\n').find((line) => /Error|error:/.test(line))?.trim() ?? (error.trim() || `exit ${String(run.status)}`);
}

interface Check {
  requirement: Requirement;
  /** null when present, else why it is missing. */
  problem(): string | null;
}

const missingCommands = (...names: string[]): string | null => {
  const absent = names.filter((name) => !commandExists(name));
  return absent.length ? `${absent.join(', ')} not found on PATH` : null;
};

const checks: readonly Check[] = [
  {
    requirement: { id: 'chromium', label: 'Chromium', neededFor: 'the end-to-end tests (test/e2e) and the intake benchmark', debianPackages: ['chromium'] },
    problem() {
      const path = chromiumPath();
      return existsSync(path) ? null : `no browser at ${path} (MOTCUA_CHROMIUM names another)`;
    },
  },
  {
    requirement: { id: 'fonts', label: 'Noto fonts', neededFor: 'Vietnamese text in Chromium (end-to-end screenshots)', debianPackages: ['fonts-noto-core'] },
    // Only Linux lacks a system font with Vietnamese; macOS and Windows ship one.
    problem: () => (process.platform !== 'linux' || existsSync(notoSans) ? null : `${notoSans} not found`),
  },
  {
    requirement: { id: 'socat', label: 'socat', neededFor: 'the serial-port tests (a pseudo-terminal pair)', debianPackages: ['socat'] },
    problem: () => missingCommands('socat'),
  },
  {
    requirement: { id: 'poppler', label: 'poppler-utils (pdftotext, pdftoppm, pdfimages)', neededFor: 'the printed-form tests', debianPackages: ['poppler-utils'] },
    problem: () => missingCommands('pdftotext', 'pdftoppm', 'pdfimages'),
  },
  {
    requirement: { id: 'openssl', label: 'openssl', neededFor: 'the pinned-certificate sync test', debianPackages: ['openssl'] },
    problem: () => missingCommands('openssl'),
  },
  {
    requirement: { id: 'gcc', label: 'gcc and the C library headers', neededFor: "the Windows print helper's tests (a fake spooler library)", debianPackages: ['gcc', 'libc6-dev'] },
    problem: () => missingCommands('gcc') ?? (process.platform === 'linux' && !existsSync('/usr/include/stdio.h') ? '/usr/include/stdio.h not found' : null),
  },
  {
    requirement: { id: 'mono', label: 'Mono (mcs, mono)', neededFor: "the Windows print helper's tests (its C# compiled and run)", debianPackages: ['mono-mcs'] },
    problem: () => missingCommands('mcs', 'mono'),
  },
  {
    requirement: { id: 'libusb', label: 'libusb (node-hid)', neededFor: 'the HID-POS scanner driver (node-hid loads libusb-1.0)', debianPackages: ['libusb-1.0-0', 'libudev1'] },
    problem: nodeHidLoadError,
  },
];

export const requirements: readonly Requirement[] = checks.map((check) => check.requirement);

export function requirement(id: RequirementId): Requirement {
  const found = requirements.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`unknown requirement ${id}`);
  return found;
}

/** What this machine lacks, among `ids` (all when omitted). */
export function findMissing(ids?: readonly RequirementId[]): Missing[] {
  const missing: Missing[] = [];
  for (const check of checks) {
    if (ids && !ids.includes(check.requirement.id)) continue;
    const detail = check.problem();
    if (detail !== null) missing.push({ ...check.requirement, detail });
  }
  return missing;
}

/** The facts about this machine the plan depends on. */
export interface Machine {
  platform: NodeJS.Platform;
  /** Running as root (uid 0). */
  root: boolean;
  /** apt-get is on PATH. */
  apt: boolean;
  /** Ubuntu or a derivative (/etc/os-release): no Chromium .deb, only a snap. */
  ubuntu: boolean;
}

export function thisMachine(): Machine {
  let osRelease = '';
  try {
    osRelease = readFileSync('/etc/os-release', 'utf8');
  } catch {
    // not Linux, or a minimal system
  }
  const field = (name: string) => new RegExp(`^${name}="?([^"\\n]*)"?$`, 'm').exec(osRelease)?.[1]?.toLowerCase() ?? '';
  return {
    platform: process.platform,
    root: typeof process.getuid === 'function' && process.getuid() === 0,
    apt: process.platform === 'linux' && commandExists('apt-get'),
    ubuntu: field('ID') === 'ubuntu' || field('ID_LIKE').split(/\s+/).includes('ubuntu'),
  };
}

export type Plan =
  | { kind: 'ready' }
  | { kind: 'install'; aptPackages: string[]; playwrightChromium: boolean }
  | { kind: 'stop'; message: string };

/** Ubuntu's Chromium: Playwright's build, its system libraries from apt (root), the browser into ~/.cache/ms-playwright. */
const playwrightSteps = ['sudo npx playwright-core install-deps chromium', 'npx playwright-core install --no-shell chromium'];

/** Debian packages, and whether Chromium comes through Playwright (Ubuntu). */
function sources(missing: readonly Missing[], machine: Machine): { aptPackages: string[]; playwrightChromium: boolean } {
  const playwright = machine.ubuntu && missing.some((item) => item.id === 'chromium');
  const aptPackages = [...new Set(missing.flatMap((item) => (playwright && item.id === 'chromium' ? [] : item.debianPackages)))];
  return { aptPackages, playwrightChromium: playwright };
}

function listing(missing: readonly Missing[]): string {
  return missing.map((item) => `  - ${item.label}, for ${item.neededFor}: ${item.detail}`).join('\n');
}

/** What to do about what is missing: nothing, install it (root with apt-get), or stop with the command to run. */
export function planFor(missing: readonly Missing[], machine: Machine, command = 'npm test'): Plan {
  if (missing.length === 0) return { kind: 'ready' };
  const { aptPackages, playwrightChromium: viaPlaywright } = sources(missing, machine);
  if (machine.apt && machine.root) return { kind: 'install', aptPackages, playwrightChromium: viaPlaywright };
  const head = `${command} needs tools this machine lacks:\n${listing(missing)}\n`;
  if (machine.apt) {
    const steps = [
      ...(aptPackages.length ? [`sudo apt-get install -y --no-install-recommends ${aptPackages.join(' ')}`] : []),
      ...(viaPlaywright ? playwrightSteps : []),
    ];
    return {
      kind: 'stop',
      message: `${head}Not running as root, so they are not installed for you. Install them, then run ${command} again:\n\n  ${steps.join(' && ')}\n`,
    };
  }
  return {
    kind: 'stop',
    message:
      `${head}This machine has no apt-get to install them: the tests are set up on Debian 12+ and Ubuntu 22.04+ (see README, "Supported systems").\n` +
      `Run them in a Debian container from this folder (node_modules stays in a volume of its own):\n\n` +
      `  docker run --rm -v "$PWD":/motcua -v motcua-node-modules:/motcua/node_modules -w /motcua node:20-bookworm sh -c 'npm ci && ${command}'\n`,
  };
}

/** Runs the install part of a plan (root with apt-get); throws with apt's output when it fails. */
export function install(plan: Extract<Plan, { kind: 'install' }>, log: (line: string) => void = console.log): void {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (file: string, args: string[]) => {
    log(`  $ ${[file, ...args].join(' ')}`);
    const result = spawnSync(file, args, { cwd: repoRoot, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (result.status !== 0) {
      const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`.trim().split('\n').slice(-30).join('\n');
      throw new Error(`${file} ${args.join(' ')} failed (exit ${String(result.status)}):\n${output}`);
    }
  };
  if (plan.aptPackages.length || plan.playwrightChromium) run('apt-get', ['update', '-qq']);
  if (plan.aptPackages.length) run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...plan.aptPackages]);
  if (plan.playwrightChromium) run(process.execPath, [join(repoRoot, 'node_modules', 'playwright-core', 'cli.js'), 'install', '--with-deps', '--no-shell', 'chromium']);
}

/**
 * For a test file that needs a tool. Present: `{ missing: false, note: '' }`.
 * Missing in CI: throws, so the file fails and says what to install (CI never
 * skips). Missing elsewhere: prints why once and returns `missing: true` and a
 * note for the skipped tests' titles.
 */
export function toolForTests(id: RequirementId): { missing: boolean; note: string } {
  const [missing] = findMissing([id]);
  if (!missing) return { missing: false, note: '' };
  const packages = missing.debianPackages.join(' ');
  if (inCi()) {
    throw new Error(`${missing.label} is missing (${missing.detail}); CI runs every test, none is skipped. Install it: apt-get install -y ${packages} (npm test does this when run as root)`);
  }
  const note = ` — SKIPPED: ${missing.label} is missing (apt-get install ${packages})`;
  console.warn(`SKIPPED on this developer machine: ${missing.neededFor}, because ${missing.label} is missing (${missing.detail}). npm test installs it as root, or: apt-get install -y ${packages}`);
  return { missing: true, note };
}

/**
 * Makes sure this machine has `ids` before `command` runs: true when it has them
 * (installed now if need be), false after printing what to do.
 */
export function ensurePrerequisites(ids: readonly RequirementId[] | undefined, command: string): boolean {
  const names = (list: readonly Requirement[]) => list.map((item) => item.label).join(', ');
  const missing = findMissing(ids);
  const plan = planFor(missing, thisMachine(), command);
  if (plan.kind === 'ready') {
    console.log(`${command}: prerequisites present (${names(ids ? ids.map(requirement) : requirements)})`);
    return true;
  }
  if (plan.kind === 'stop') {
    console.error(`\n${plan.message}`);
    return false;
  }
  console.log(`${command}: installing what this machine lacks (running as root with apt-get): ${names(missing)}`);
  try {
    install(plan);
  } catch (error) {
    console.error(`\n${command}: could not install ${names(missing)}: ${(error as Error).message}`);
    return false;
  }
  const still = findMissing(ids);
  if (still.length) {
    console.error(`\n${command}: still missing after installing:\n${listing(still)}`);
    return false;
  }
  console.log(`${command}: installed ${names(missing)}`);
  return true;
}
