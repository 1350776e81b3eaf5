import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shellPaths, userArgsOf } from '../../../main/app/paths';

describe("the shell's own files", () => {
  it('sit beside dist/app: the renderer in dist/renderer, the preload in dist/preload', () => {
    const dist = path.resolve('/opt/motcua/resources/app.asar/dist');
    expect(shellPaths(path.join(dist, 'app'))).toEqual({
      rendererDir: path.join(dist, 'renderer'),
      preloadPath: path.join(dist, 'preload', 'preload.cjs'),
    });
  });

  it("the user's arguments follow the app path in development and the executable once packaged", () => {
    expect(userArgsOf(['/node_modules/electron/dist/electron', '/work/main', '--role', 'kiosk'], false)).toEqual(['--role', 'kiosk']);
    expect(userArgsOf(['/opt/motcua/motcua', '--role', 'kiosk'], true)).toEqual(['--role', 'kiosk']);
  });
});
