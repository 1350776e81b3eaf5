import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// electron-builder's own loader and validator (pinned with electron-builder), so the
// file is checked exactly the way `npm run package` will read it.
const requireHere = createRequire(import.meta.url);
const requireBuilder = createRequire(requireHere.resolve('app-builder-lib/package.json'));
const yaml = requireBuilder('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = requireBuilder('./out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
};

const config = yaml.load(readFileSync(path.join(process.cwd(), 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it("matches electron-builder's schema", async () => {
    await expect(validateConfiguration(config, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
  });

  it('flips the security fuses', () => {
    expect(config['electronFuses']).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the build into an asar, keeping native addons outside it', () => {
    expect(config).toMatchObject({
      appId: 'vn.motcua.app',
      productName: 'Một Cửa',
      files: ['dist/**', 'package.json'],
      extraResources: ['resources/**'],
      asar: true,
      asarUnpack: ['**/*.node'],
      npmRebuild: true,
      linux: { target: ['AppImage'] },
      win: { target: ['nsis'] },
    });
  });
});
