import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDir';
import { repoRoot } from '../helpers/testStation';
import { runCrashLoop } from './crashLoop';

describe('crash loop', () => {
  it(
    'a station killed 30 times while receiving and syncing loses nothing and duplicates nothing',
    async () => {
      // The child stations run the built CLI: `npm test` builds it first.
      expect(existsSync(join(repoRoot, 'dist/main/cli.mjs')), 'run `npm run build` first').toBe(true);
      const result = await runCrashLoop({ dataDir: tempDir(), provinceDir: tempDir(), kills: 30 });
      expect(result.acknowledged).toBeGreaterThan(30);
      expect(result.lost).toEqual([]);
      expect(result.duplicated).toEqual([]);
      expect(result.atProvince).toBeGreaterThanOrEqual(result.acknowledged);
      expect(result.auditIntact).toBe(true);
    },
    240_000,
  );
});
