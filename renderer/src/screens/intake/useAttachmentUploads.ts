/**
 * The files of a dossier being received: each one chosen is checked here (type,
 * size), sent to the station at once with its progress in the draft, and kept in
 * memory until the form starts over, so a failed upload can be sent again. Files a
 * document scanner saved arrive already stored.
 */
import { useRef } from 'react';
import { maxUploadBytes } from '@contract';
import { api } from '../../api/client';
import { asAppError } from '../../api/appError';
import { useI18n } from '../../i18n/I18nProvider';
import { isAcceptedFile } from './acceptedFiles';
import type { AttachmentDraft, IntakeDraft } from './intakeDraft';

export interface AttachmentUploads {
  add(chosen: File[]): void;
  addStored(file: { sha256: string; fileName: string; size: number }): void;
  link(key: string, documentKey: string | null): void;
  remove(key: string): void;
  retry(key: string): void;
  /** Forgets the files kept for retries (the form starts over). */
  clear(): void;
}

export function useAttachmentUploads(update: (change: (previous: IntakeDraft) => IntakeDraft) => void): AttachmentUploads {
  const { t } = useI18n();
  const files = useRef(new Map<string, File>());
  const fileSeq = useRef(0);
  const nextKey = () => {
    fileSeq.current += 1;
    return `file-${fileSeq.current}`;
  };

  const setAttachment = (key: string, change: Partial<AttachmentDraft>) =>
    update((previous) => ({ ...previous, attachments: previous.attachments.map((file) => (file.key === key ? { ...file, ...change } : file)) }));

  const upload = (key: string, file: File) => {
    setAttachment(key, { state: 'uploading', progress: 0, error: null });
    api
      .upload(file, (sent) => setAttachment(key, { progress: sent ? sent.loaded / Math.max(1, sent.total) : null }))
      .then(
        (stored) => setAttachment(key, { state: 'stored', progress: 1, sha256: stored.sha256, fileName: stored.fileName }),
        (failure: unknown) => setAttachment(key, { state: 'failed', progress: null, error: asAppError(failure) }),
      );
  };

  const localProblemOf = (file: File): string | null =>
    !isAcceptedFile(file)
      ? t('intake.files.wrongType')
      : file.size > maxUploadBytes
        ? t('intake.files.tooLarge')
        : file.size === 0
          ? t('intake.files.empty')
          : null;

  return {
    add(chosen) {
      const added: AttachmentDraft[] = [];
      for (const file of chosen) {
        const key = nextKey();
        const localProblem = localProblemOf(file);
        added.push({ key, fileName: file.name, size: file.size, state: localProblem ? 'failed' : 'uploading', progress: 0, sha256: null, error: null, localProblem, documentKey: null });
        if (!localProblem) files.current.set(key, file);
      }
      update((previous) => ({ ...previous, attachments: [...previous.attachments, ...added] }));
      for (const file of added) {
        const bytes = files.current.get(file.key);
        if (bytes) upload(file.key, bytes);
      }
    },
    addStored({ sha256, fileName, size }) {
      const stored: AttachmentDraft = { key: nextKey(), fileName, size, state: 'stored', progress: 1, sha256, error: null, localProblem: null, documentKey: null };
      update((previous) => ({ ...previous, attachments: [...previous.attachments.filter((file) => file.sha256 !== sha256), stored] }));
    },
    link: (key, documentKey) => setAttachment(key, { documentKey }),
    remove(key) {
      files.current.delete(key);
      update((previous) => ({ ...previous, attachments: previous.attachments.filter((file) => file.key !== key) }));
    },
    retry(key) {
      const file = files.current.get(key);
      if (file) upload(key, file);
    },
    clear: () => files.current.clear(),
  };
}
