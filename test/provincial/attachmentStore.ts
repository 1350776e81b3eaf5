/**
 * Content-addressed attachments received in chunks. Bytes go to `<sha>.part` in
 * the data folder, appended chunk by chunk; the row says how many bytes count.
 * When the last byte arrives the file is hashed: a match makes it `<sha>` and
 * complete, a mismatch throws the bytes away. A crash between appending and the
 * row's update leaves surplus bytes, which the next chunk truncates first.
 */
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { AttachmentState } from '../../main/sync/protocol';
import type { ProvincialDb } from './database';

export type ChunkOutcome =
  | { kind: 'stored'; state: AttachmentState; appended: number }
  /** The chunk does not start at the bytes held (409). */
  | { kind: 'offsetMismatch'; state: AttachmentState }
  /** `total` differs from the one fixed by the first chunk (409). */
  | { kind: 'totalMismatch'; state: AttachmentState; total: number }
  /** The chunk would run past `total` (400). */
  | { kind: 'pastTotal'; state: AttachmentState }
  /** All bytes arrived but their SHA-256 is another: discarded (422). */
  | { kind: 'hashMismatch'; state: AttachmentState };

interface AttachmentRow {
  sha256: string;
  total: number;
  received: number;
  complete: number;
}

function sha256OfFile(path: string): string {
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(1024 * 1024);
  const fd = openSync(path, 'r');
  try {
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) hash.update(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

export function attachmentStore(db: ProvincialDb, dataDir: string, now: () => Date) {
  const dir = join(dataDir, 'attachments');
  mkdirSync(dir, { recursive: true });
  const partPath = (sha: string) => join(dir, `${sha}.part`);
  const finalPath = (sha: string) => join(dir, sha);

  const bySha = db.prepare<[string], AttachmentRow>('SELECT sha256, total, received, complete FROM attachments WHERE sha256 = ?');
  const upsert = db.prepare(
    `INSERT INTO attachments (sha256, total, received, complete, created_at, completed_at) VALUES (@sha, @total, @received, @complete, @at, @completedAt)
     ON CONFLICT(sha256) DO UPDATE SET received = excluded.received, complete = excluded.complete, completed_at = excluded.completed_at`,
  );
  const remove = db.prepare('DELETE FROM attachments WHERE sha256 = ?');
  const completeCount = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM attachments WHERE complete = 1');

  const stateOf = (sha: string, row: AttachmentRow | undefined): AttachmentState => ({
    sha256: sha,
    received: row?.received ?? 0,
    complete: row?.complete === 1,
  });

  /** Makes the part file hold exactly the `held` bytes the row vouches for. */
  function alignPartFile(sha: string, held: number): void {
    const path = partPath(sha);
    if (held === 0 || !existsSync(path)) {
      writeFileSync(path, '');
      return;
    }
    if (statSync(path).size !== held) truncateSync(path, held);
  }

  return {
    state(sha: string): AttachmentState {
      return stateOf(sha, bySha.get(sha));
    },

    isComplete(sha: string): boolean {
      return bySha.get(sha)?.complete === 1;
    },

    completeCount(): number {
      return completeCount.get()?.n ?? 0;
    },

    /** Where a complete attachment's bytes are. */
    pathOf(sha: string): string {
      return finalPath(sha);
    },

    putChunk(sha: string, offset: number, total: number, bytes: Uint8Array): ChunkOutcome {
      const row = bySha.get(sha);
      const state = stateOf(sha, row);
      if (row && row.total !== total) return { kind: 'totalMismatch', state, total: row.total };
      if (offset !== state.received) return { kind: 'offsetMismatch', state };
      if (state.complete) return { kind: 'stored', state, appended: 0 };
      if (offset + bytes.length > total) return { kind: 'pastTotal', state };

      alignPartFile(sha, state.received);
      if (bytes.length > 0) appendFileSync(partPath(sha), bytes);
      const received = state.received + bytes.length;
      const at = now().toISOString();

      if (received < total) {
        upsert.run({ sha, total, received, complete: 0, at, completedAt: null });
        return { kind: 'stored', state: { sha256: sha, received, complete: false }, appended: bytes.length };
      }
      if (sha256OfFile(partPath(sha)) !== sha) {
        rmSync(partPath(sha), { force: true });
        remove.run(sha);
        return { kind: 'hashMismatch', state: { sha256: sha, received: 0, complete: false } };
      }
      renameSync(partPath(sha), finalPath(sha));
      upsert.run({ sha, total, received, complete: 1, at, completedAt: at });
      return { kind: 'stored', state: { sha256: sha, received, complete: true }, appended: bytes.length };
    },
  };
}
export type AttachmentStore = ReturnType<typeof attachmentStore>;
