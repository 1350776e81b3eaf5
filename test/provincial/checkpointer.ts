/**
 * WAL checkpoints off the request path, as SQLite's WAL documentation suggests for
 * a busy writer: automatic checkpoints off, and checkpoints run "in a separate
 * thread". Left automatic, every fourth or so push batch paid for copying the
 * last 4 MB of WAL into the database file and two fsyncs before it was answered.
 *
 * A worker thread with its own connection runs a PASSIVE checkpoint every
 * `intervalMs`: it copies the frames no reader still needs and never blocks the
 * server's writes; the next write transaction then starts the WAL over. Should the
 * worker fall behind, the server's own automatic checkpoint takes over once the
 * WAL reaches `backstopPages` (see database.ts).
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// Plain JavaScript: the worker needs no TypeScript loader, in tests or under `npm run provincial`.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.file, { fileMustExist: true });
} catch (error) {
  // Thrown out of a worker, a SqliteError arrives without its message: say it here.
  parentPort.postMessage({ error: 'checkpointer stopped: ' + String(error && error.message) });
  process.exit(1);
}
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message) });
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** Stops the worker and closes its connection (before the server closes its own). */
  stop(): Promise<void>;
}

export function startCheckpointer(file: string, options: { intervalMs: number; onError?: (message: string) => void }): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  // execArgv: [] so the parent's flags (a TypeScript loader, --input-type) do not change how the worker's script is read.
  const worker = new Worker(workerSource, { eval: true, execArgv: [], workerData: { file, driver, intervalMs: options.intervalMs } });
  worker.on('message', (message: { error?: string }) => {
    if (message.error) options.onError?.(message.error);
  });
  // A worker that dies leaves the checkpoints to the automatic backstop; it must not take the server down.
  // (An error thrown in a worker may arrive as a plain object, e.g. a SqliteError as its code alone.)
  worker.on('error', (error: unknown) => {
    const { message, code } = (error ?? {}) as { message?: unknown; code?: unknown };
    options.onError?.(`checkpointer stopped: ${String(message ?? code ?? error)}`);
  });
  // The server must not stay alive for its checkpointer alone.
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  let stopped: Promise<void> | null = null;
  return {
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        void exited.then(resolve);
        // Referenced again while it stops: else a process with nothing else to do would exit before the worker, mid-close.
        worker.ref();
        worker.postMessage('stop');
      });
      return stopped;
    },
  };
}
