import type { AttachmentMediaType } from '@contract';
import type { Db } from '../connection';

/** Attachments are content-addressed: the SHA-256 of the bytes is the key and the file name on disk. */
export interface AttachmentRepository {
  /** True when the row is new. */
  insert(sha256: string, size: number, mediaType: AttachmentMediaType, now: Date): boolean;
  get(sha256: string): { sha256: string; size: number; media_type: AttachmentMediaType } | null;
}

export function attachmentRepository(db: Db): AttachmentRepository {
  const insert = db.prepare(`INSERT INTO attachments (sha256, size, media_type, created_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (sha256) DO NOTHING`);
  const get = db.prepare<[string], { sha256: string; size: number; media_type: AttachmentMediaType }>('SELECT * FROM attachments WHERE sha256 = ?');
  return {
    insert: (sha256: string, size: number, mediaType: AttachmentMediaType, now: Date) =>
      insert.run(sha256, size, mediaType, now.toISOString()).changes > 0,
    get: (sha256: string) => get.get(sha256) ?? null,
  };
}
