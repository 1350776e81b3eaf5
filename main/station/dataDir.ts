/**
 * Where a station keeps its data when no --data is given: MOTCUA_DATA, else the
 * platform's per-machine application data folder (one station per PC, shared by
 * whichever Windows account opens the counter).
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.MOTCUA_DATA) return env.MOTCUA_DATA;
  if (platform === 'win32') return join(env.PROGRAMDATA ?? 'C:\\ProgramData', 'MotCua');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'MotCua');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'motcua');
}

export const databaseFileName = 'motcua.sqlite3';
export const databasePath = (dataDir: string) => join(dataDir, databaseFileName);
