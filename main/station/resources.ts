/**
 * Locates the folders the app ships beside its code: `resources/` (catalogue,
 * demo centre, fonts, calendar) and the built UI `dist/renderer`. They sit at the
 * repository root in development and in the bundle's parent folders once built;
 * a packaged Electron app keeps resources in process.resourcesPath.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function hereDir(): string {
  return typeof __dirname !== 'undefined' ? __dirname : dirname(fileURLToPath(import.meta.url));
}

function findUp(start: string, relative: string): string | null {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, relative);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export function resourcesDir(): string {
  const fromEnv = process.env.MOTCUA_RESOURCES;
  if (fromEnv) return fromEnv;
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  if (packaged && existsSync(join(packaged, 'resources', 'demo'))) return join(packaged, 'resources');
  const found = findUp(hereDir(), join('resources', 'demo', 'centre.json'));
  if (!found) throw new Error('resources/ folder not found beside the application');
  return dirname(dirname(found));
}

/** The built UI, or null when the renderer has not been built. */
export function rendererDir(): string | null {
  const found = findUp(hereDir(), join('dist', 'renderer', 'index.html'));
  return found ? dirname(found) : null;
}
