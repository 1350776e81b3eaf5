/**
 * Scans and PDFs of the papers: chosen with the file picker or dropped on the
 * panel, uploaded to the station at once (progress and failures shown per file,
 * in Vietnamese), each linkable to the paper it is a scan of.
 */
import { useId, useRef, useState, type DragEvent } from 'react';
import { useErrorText } from '../../components/ErrorNotice';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';
import { acceptedFiles } from './acceptedFiles';
import type { AttachmentDraft, DocumentDraft } from './intakeDraft';

export function AttachmentsPanel({
  attachments,
  documents,
  problem,
  onFiles,
  onLink,
  onRemove,
  onRetry,
}: {
  attachments: readonly AttachmentDraft[];
  documents: readonly DocumentDraft[];
  problem: string | undefined;
  onFiles(files: File[]): void;
  onLink(key: string, documentKey: string | null): void;
  onRemove(key: string): void;
  onRetry(key: string): void;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };
  const dragOver = (event: DragEvent<HTMLDivElement>) => {
    if (![...event.dataTransfer.types].includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };

  return (
    <div className="attachments">
      <div
        className={`drop-zone ${over ? 'is-over' : ''}`}
        onDragOver={dragOver}
        onDragEnter={dragOver}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        data-testid="drop-zone"
      >
        <Icon name="inbox" size={28} />
        <p className="drop-zone-text">{t('intake.files.drop')}</p>
        <label htmlFor={inputId} className="button button-small">
          {t('intake.files.choose')}
        </label>
        <input
          id={inputId}
          ref={input}
          className="visually-hidden"
          type="file"
          accept={acceptedFiles}
          multiple
          data-testid="file-input"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            if (files.length > 0) onFiles(files);
            event.target.value = '';
          }}
        />
        <p className="muted drop-zone-hint">{t('intake.files.hint')}</p>
      </div>
      {problem ? <p className="field-problem">{problem}</p> : null}
      {attachments.length > 0 ? (
        <ul className="file-list" data-testid="file-list">
          {attachments.map((file) => (
            <li key={file.key} className={`file-row is-${file.state}`} data-file={file.fileName} data-state={file.state}>
              <div className="file-row-top">
                <Icon name={file.state === 'failed' ? 'alert' : file.state === 'stored' ? 'check' : 'document'} size={20} className="file-icon" />
                <span className="file-name" title={file.fileName}>
                  {file.fileName}
                </span>
                <span className="file-size">{sizeText(file.size)}</span>
                <button type="button" className="button button-small file-remove" onClick={() => onRemove(file.key)} aria-label={t('intake.files.remove', { name: file.fileName })}>
                  ×
                </button>
              </div>
              {file.state === 'uploading' ? (
                <div className="file-progress">
                  <progress value={file.progress ?? undefined} max={1} aria-label={t('intake.files.uploading')} />
                  <span className="muted">
                    {file.progress === null ? t('intake.files.uploading') : t('intake.files.percent', { percent: Math.round(file.progress * 100) })}
                  </span>
                </div>
              ) : null}
              {file.state === 'failed' ? (
                <div className="file-error" role="alert">
                  <span>{file.localProblem ?? (file.error ? errorText(file.error) : '')}</span>
                  {file.localProblem ? null : (
                    <button type="button" className="button button-small" onClick={() => onRetry(file.key)}>
                      {t('intake.files.retry')}
                    </button>
                  )}
                </div>
              ) : null}
              {file.state === 'stored' ? (
                <select
                  className="file-link"
                  value={file.documentKey ?? ''}
                  aria-label={t('intake.files.linkTo', { name: file.fileName })}
                  onChange={(event) => onLink(file.key, event.target.value || null)}
                >
                  <option value="">{t('intake.files.notLinked')}</option>
                  {documents.map((document) => (
                    <option key={document.key} value={document.key}>
                      {document.name || t('intake.documents.extraName')}
                    </option>
                  ))}
                </select>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
