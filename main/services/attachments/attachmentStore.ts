/**
 * Scans attached to dossiers, stored content-addressed in the data folder
 * (attachments/ab/abcdef…): the same file attached twice is stored once, a file is
 * never overwritten, and the sync uploads it by the same key. Only PDF, JPEG and
 * PNG are accepted, judged by their first bytes, not by their name.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError, maxUploadBytes, type AttachmentMediaType } from '@contract';
import type { Actor } from '../actor';
import type { UnitOfWork } from '../unitOfWork';

export function sniffMediaType(bytes: Uint8Array): AttachmentMediaType | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  return null;
}

/** A file name to show and print: no folders, no control characters, bounded. */
export function safeFileName(name: string): string {
  const cleaned = [...name.normalize('NFC')].filter((c) => c.charCodeAt(0) > 0x1f && c.charCodeAt(0) !== 0x7f).join('').trim();
  if (!cleaned || cleaned !== basename(cleaned) || cleaned.includes('\\') || cleaned === '.' || cleaned === '..') {
    throw new AppError('VALIDATION_FAILED', { message: 'Tên tệp không hợp lệ.', detail: 'File name with a path or control characters' });
  }
  return cleaned.slice(0, 255);
}

export interface StoredAttachment {
  sha256: string;
  size: number;
  mediaType: AttachmentMediaType;
  fileName: string;
}

export interface AttachmentStore {
  /** Where the file of `sha256` lies (whether or not it is there). */
  pathOf(sha256: string): string;
  /** Checks, stores (once per content) and audits an uploaded or scanned file. */
  store(actor: Actor, input: { fileName: string; bytes: Uint8Array }): StoredAttachment;
  read(sha256: string): Buffer;
}

export function attachmentStore(dir: string, uow: Pick<UnitOfWork, 'run'>): AttachmentStore {
  const pathOf = (sha256: string) => join(dir, sha256.slice(0, 2), sha256);
  return {
    pathOf,
    store(actor: Actor, input: { fileName: string; bytes: Uint8Array }): StoredAttachment {
      const fileName = safeFileName(input.fileName);
      if (input.bytes.length === 0) throw new AppError('VALIDATION_FAILED', { message: 'Tệp rỗng.', detail: 'Empty attachment' });
      if (input.bytes.length > maxUploadBytes) {
        throw new AppError('PAYLOAD_TOO_LARGE', { message: `Tệp quá lớn (tối đa ${maxUploadBytes / 1024 / 1024} MB).`, detail: 'Attachment over the limit' });
      }
      const mediaType = sniffMediaType(input.bytes);
      if (!mediaType) {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
          message: 'Chỉ nhận tệp PDF hoặc ảnh (JPEG, PNG). Nội dung tệp này không phải PDF hay ảnh.',
          detail: 'Attachment content is not PDF/JPEG/PNG',
        });
      }
      const sha256 = createHash('sha256').update(input.bytes).digest('hex');
      const target = pathOf(sha256);
      if (!existsSync(target)) {
        mkdirSync(join(dir, sha256.slice(0, 2)), { recursive: true });
        const temp = `${target}.${randomUUID()}.part`;
        writeFileSync(temp, input.bytes, { flag: 'wx' });
        renameSync(temp, target);
      }
      uow.run(actor, (ctx) => {
        if (ctx.repos.attachments.insert(sha256, input.bytes.length, mediaType, ctx.now)) {
          ctx.audit('attachment.store', 'attachment', sha256, { size: input.bytes.length, mediaType });
        }
      });
      return { sha256, size: input.bytes.length, mediaType, fileName };
    },
    read: (sha256: string) => readFileSync(pathOf(sha256)),
  };
}
