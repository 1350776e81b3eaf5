import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/testStation';

const eslint = new ESLint({ cwd: repoRoot, overrideConfigFile: join(repoRoot, 'test/lint/eslint.config.mjs') });

/** Lints `code` as if it were the file at `path` (nothing is written to disk). */
async function layeringErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, path) });
  return result!.messages.filter((m) => m.ruleId === 'motcua/layering').map((m) => m.message);
}

describe('the layering lint rule', () => {
  it('rejects electron outside main/app/ and preload/', async () => {
    expect(await layeringErrors('main/services/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([
      '`electron` may be imported only in main/app/ and preload/',
    ]);
    expect(await layeringErrors('renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n")).toHaveLength(1);
    expect(await layeringErrors('main/app/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([]);
    expect(await layeringErrors('preload/x.ts', "import { contextBridge } from 'electron';\nexport const a = contextBridge;\n")).toEqual([]);
    expect(await layeringErrors('main/contract/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).not.toEqual([]);
  });

  it('lets the renderer import only itself, the domain and the contract', async () => {
    expect(await layeringErrors('renderer/src/a.ts', "import { x } from '../../main/db/connection';\nexport const a = x;\n")).toEqual([
      'the renderer may import only renderer/, main/domain/ and main/contract/',
    ]);
    expect(await layeringErrors('renderer/src/a.ts', "import { x } from '../../preload/preload';\nexport const a = x;\n")).toHaveLength(1);
    expect(await layeringErrors('renderer/src/a.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")).toEqual([
      'the renderer may not import Node built-in "node:fs"',
    ]);
    expect(await layeringErrors('renderer/src/api/a.ts', "import { methods } from '@contract';\nexport const a = methods;\n")).toEqual([]);
    expect(await layeringErrors('renderer/src/api/a.ts', "import { x } from '@domain/queue/priority';\nexport const a = x;\n")).toEqual([]);
    expect(await layeringErrors('renderer/src/api/a.ts', "import { x } from '../../../main/contract/methods';\nexport const a = x;\n")).toEqual([]);
  });

  it('keeps the contract free of Node, DOM and Electron code', async () => {
    expect(await layeringErrors('main/contract/a.ts', "import { z } from 'zod';\nimport { x } from './wire';\nimport { y } from '@domain/errors';\nexport const a = [z, x, y];\n")).toEqual([]);
    expect(await layeringErrors('main/contract/a.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")).toEqual([
      'the contract may import only zod (not "node:fs")',
    ]);
    expect(await layeringErrors('main/contract/a.ts', "import { x } from '../db/connection';\nexport const a = x;\n")).toEqual([
      'the contract may import only main/domain/ and its own files',
    ]);
    expect(await layeringErrors('main/domain/a.ts', "import { x } from '@contract';\nexport const a = x;\n")).toEqual([
      'main/domain/ may import only main/domain/',
    ]);
  });

  it('forbids an inner layer importing an outer one', async () => {
    expect(await layeringErrors('main/db/a.ts', "import { x } from '../services/x';\nexport const a = x;\n")).toEqual([
      'main/db/ may not import the outer layer main/services/',
    ]);
    expect(await layeringErrors('main/services/a.ts', "import { x } from '../api/dispatcher';\nexport const a = x;\n")).toEqual([
      'main/services/ may not import the outer layer main/api/',
    ]);
    expect(await layeringErrors('main/api/a.ts', "import { x } from '../services';\nexport const a = x;\n")).toEqual([]);
    expect(await layeringErrors('main/station/a.ts', "import { x } from '../cli';\nexport const a = x;\n")).toEqual([
      'main/station/ may not import the outer layer main/cli/',
    ]);
  });

  it('keeps drivers below the use cases: devices and sync import no service', async () => {
    expect(await layeringErrors('main/devices/a.ts', "import type { StoredAttachment } from '../services/attachments/attachmentStore';\nexport type A = StoredAttachment;\n")).toEqual([
      'main/devices/ may not import the outer layer main/services/',
    ]);
    expect(await layeringErrors('main/sync/a.ts', "import type { UnitOfWork } from '../services/unitOfWork';\nexport type A = UnitOfWork;\n")).toEqual([
      'main/sync/ may not import the outer layer main/services/',
    ]);
    expect(await layeringErrors('main/services/a.ts', "import { watchScanFolder } from '../devices/scanFolder';\nexport const a = watchScanFolder;\n")).toEqual([]);
    expect(await layeringErrors('main/devices/a.ts', "import type { Timers } from '../runtime/timers';\nexport type A = Timers;\n")).toEqual([]);
  });

  it('refuses a folder or top-level file of main/ that has no rank', async () => {
    expect(await layeringErrors('main/helpers/a.ts', 'export const a = 1;\n')).toEqual([
      'main/helpers/ has no rank: give it one in `ranks` (test/lint/layering.mjs)',
    ]);
    expect(await layeringErrors('main/extra.ts', 'export const a = 1;\n')).toEqual(['main/extra.ts has no rank: give it one in `ranks` (test/lint/layering.mjs)']);
    // The importer is told too: an unranked folder must not become a way around the ranks.
    expect(await layeringErrors('main/services/a.ts', "import { x } from '../helpers/x';\nexport const a = x;\n")).toEqual([
      'main/helpers/ has no rank: give it one in `ranks` (test/lint/layering.mjs)',
    ]);
    expect(await layeringErrors('main/cli.ts', "import { x } from './cli/runCli';\nexport const a = x;\n")).toEqual([]);
  });

  it('keeps layers of equal rank apart unless the pair is listed', async () => {
    expect(await layeringErrors('main/devices/a.ts', "import { x } from '../sync/httpClient';\nexport const a = x;\n")).toEqual([
      'main/devices/ may not import its peer main/sync/ (equal rank): list the pair in `allowedPeers` with why, or move the code',
    ]);
    expect(await layeringErrors('main/db/a.ts', "import { x } from '../print/ticket';\nexport const a = x;\n")).toHaveLength(1);
    // Listed: the desktop app reads its arguments with the CLI's parser; the pair is one-way.
    expect(await layeringErrors('main/app/a.ts', "import { x } from '../cli/startArgs';\nexport const a = x;\n")).toEqual([]);
    expect(await layeringErrors('main/cli/a.ts', "import { x } from '../app/paths';\nexport const a = x;\n")).toEqual([
      'main/cli/ may not import its peer main/app/ (equal rank): list the pair in `allowedPeers` with why, or move the code',
    ]);
  });

  it('keeps main/domain/ pure: no I/O, no clock, no randomness', async () => {
    expect(await layeringErrors('main/domain/a.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")).toHaveLength(1);
    expect(await layeringErrors('main/domain/a.ts', "import Database from 'better-sqlite3';\nexport const a = Database;\n")).toHaveLength(1);
    expect(await layeringErrors('main/domain/a.ts', "import { x } from '../db/connection';\nexport const a = x;\n")).toHaveLength(1);
    expect(await layeringErrors('main/domain/a.ts', 'export const a = () => Date.now();\n')).toEqual([
      'main/domain/ is pure: Date.now() reads the clock; take it as a parameter',
    ]);
    expect(await layeringErrors('main/domain/a.ts', 'export const a = () => new Date();\n')).toHaveLength(1);
    expect(await layeringErrors('main/domain/a.ts', 'export const a = () => Math.random();\n')).toHaveLength(1);
    expect(await layeringErrors('main/domain/a.ts', 'export const a = () => process.env.TZ;\n')).toHaveLength(1);
    expect(await layeringErrors('main/domain/a.ts', "import { z } from 'zod';\nexport const a = (ms: number) => [new Date(ms), z];\n")).toEqual([]);
  });

  it('the repository itself passes', async () => {
    const results = await eslint.lintFiles(['main', 'preload', 'renderer/src']);
    const crossed = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'motcua/layering').map((m) => `${r.filePath}:${m.line} ${m.message}`));
    expect(crossed).toEqual([]);
  });
});
