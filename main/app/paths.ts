/**
 * Where the shell finds its own files. The build puts the shell at
 * `dist/app/main.cjs`, the preload at `dist/preload/preload.cjs` and the renderer
 * in `dist/renderer/`; inside a package they sit in app.asar in the same layout.
 */
import path from 'node:path';

export interface ShellPaths {
  rendererDir: string;
  preloadPath: string;
}

/** `shellDir` is the folder of the running main.cjs (its `__dirname`). */
export function shellPaths(shellDir: string): ShellPaths {
  const distDir = path.resolve(shellDir, '..');
  return {
    rendererDir: path.join(distDir, 'renderer'),
    preloadPath: path.join(distDir, 'preload', 'preload.cjs'),
  };
}

/**
 * The user's arguments in Electron's argv: `[electron, appPath, ...args]` when
 * started from the repository, `[executable, ...args]` once packaged.
 */
export function userArgsOf(argv: readonly string[], isPackaged: boolean): string[] {
  return argv.slice(isPackaged ? 1 : 2);
}
