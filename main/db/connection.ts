/**
 * Opening the station database. Before better-sqlite3 touches a file we read its
 * header ourselves: a damaged or foreign file must be refused with a clear message
 * and left byte-for-byte untouched (opening it in WAL mode would already write).
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '@domain/errors';

export type Db = Database.Database;

/** Stored in the SQLite header (offset 68) so a Một Cửa database is recognisable: "MCUA". */
export const motcuaApplicationId = 0x4d435541;
const sqliteMagic = 'SQLite format 3\u0000';

export interface OpenOptions {
  readonly?: boolean;
  /** Path of a better_sqlite3.node built for this runtime (Electron vs Node ABI). */
  nativeBinding?: string;
}

/** Refuses files that are not SQLite, or SQLite databases of another application. */
export function assertMotcuaFile(file: string): void {
  if (!existsSync(file) || statSync(file).size === 0) return;
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 100 || header.toString('latin1', 0, 16) !== sqliteMagic) {
    throw new AppError('DATABASE_INVALID', { detail: 'File is not an SQLite database (bad header)' });
  }
  const applicationId = header.readUInt32BE(68);
  if (applicationId !== 0 && applicationId !== motcuaApplicationId) {
    throw new AppError('DATABASE_INVALID', {
      detail: `SQLite database of another application (application_id 0x${applicationId.toString(16)})`,
    });
  }
}

function nativeBindingFromEnv(): string | undefined {
  return process.env.MOTCUA_SQLITE_BINDING || undefined;
}

/**
 * Opens (or creates) the database with the settings the whole app relies on:
 * WAL so LAN readers never block the counter that writes, foreign keys on,
 * a busy timeout for the CLI and station writing at once, and synchronous=FULL
 * because a commune's power cut must not lose a dossier the officer saw saved.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  assertMotcuaFile(file);
  const nativeBinding = options.nativeBinding ?? nativeBindingFromEnv();
  let db: Db;
  try {
    db = new Database(file, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
  } catch (error) {
    throw asDatabaseError(error);
  }
  try {
    // Reading the schema surfaces SQLITE_NOTADB / SQLITE_CORRUPT before any write.
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    if (applicationId === 0 && tables.n > 0) {
      throw new AppError('DATABASE_INVALID', { detail: 'SQLite database without the Một Cửa application id' });
    }
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      if (applicationId === 0) db.pragma(`application_id = ${motcuaApplicationId}`);
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Savepoint journals (every call of a group commit is a savepoint) and sort trees stay
    // in memory: by default SQLite spills a savepoint journal over 64 KiB to a new file in
    // /var/tmp, which an issued ticket (about 20 pages touched) did on every call.
    db.pragma('temp_store = MEMORY');
    return db;
  } catch (error) {
    db.close();
    throw asDatabaseError(error);
  }
}

export function asDatabaseError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT')) {
    return new AppError('DATABASE_INVALID', { detail: `SQLite reported ${code}` });
  }
  return new AppError('INTERNAL', { detail: `Could not open database: ${code || (error as Error).message}` });
}
