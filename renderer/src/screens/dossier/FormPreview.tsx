/**
 * One standard paper of a dossier (Mẫu 01–04) as the station renders it: shown in
 * a frame from a blob: URL (no file leaves the browser), with "In" to send it to
 * the centre's A4 printer, "In lại" for a marked reprint, and a download link for
 * computers whose browser shows no PDFs inline.
 */
import { useEffect, useState } from 'react';
import type { AppError, FormKind } from '@contract';
import { api } from '../../api/client';
import { asAppError } from '../../api/appError';
import { useWrite } from '../../api/useWrite';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';
import { pdfBlobOf } from './pdfBlob';

interface Shown {
  url: string;
  fileName: string;
}

export function FormPreview({
  dossierId,
  form,
  reprint = false,
  copies = 1,
}: {
  dossierId: number;
  form: FormKind;
  /** Show (and print) the paper marked "Bản in lại". */
  reprint?: boolean;
  copies?: number;
}) {
  const { t } = useI18n();
  const [shown, setShown] = useState<Shown | null>(null);
  const [loadError, setLoadError] = useState<AppError>();
  const [printed, setPrinted] = useState<{ ok: boolean; message: string } | null>(null);

  useEffect(() => {
    let live = true;
    let url: string | null = null;
    setShown(null);
    setLoadError(undefined);
    api.call('dossier.form', { dossierId, form, reprint }).then(
      (file) => {
        if (!live) return;
        url = URL.createObjectURL(pdfBlobOf(file.base64));
        setShown({ url, fileName: file.fileName });
      },
      (error: unknown) => live && setLoadError(asAppError(error)),
    );
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [dossierId, form, reprint]);

  /** `again`: the paper marked "Bản in lại". */
  const print = useWrite(async (again: boolean) => {
    setPrinted(null);
    const result = await api.call('dossier.print', { dossierId, form, reprint: again || reprint, copies });
    setPrinted({ ok: result.printed, message: result.message });
  });
  const printing = !print.busy ? null : print.busyWith ? 'reprint' : 'print';

  return (
    <div className="form-preview" data-testid="form-preview" data-form={form}>
      <div className="form-preview-bar">
        <p className="card-label">{t(`dossier.forms.${form}`)}</p>
        <div className="actions">
          {shown ? (
            <a className="button button-small" href={shown.url} download={shown.fileName}>
              <Icon name="document" size={18} />
              {t('dossier.download')}
            </a>
          ) : null}
          {reprint ? null : (
            <button type="button" className="button button-small" disabled={printing !== null} onClick={() => void print.run(true)}>
              <Icon name="recall" size={18} />
              {printing === 'reprint' ? t('dossier.printing') : t('dossier.reprint')}
            </button>
          )}
          <button type="button" className="button button-primary button-small" disabled={printing !== null} onClick={() => void print.run(false)}>
            <Icon name="printer" size={18} />
            {printing === 'print' ? t('dossier.printing') : t('dossier.print')}
          </button>
        </div>
      </div>
      {printed ? (
        <div className={`notice ${printed.ok ? 'notice-success' : 'notice-info'}`} role="status" data-testid="print-result">
          <Icon name={printed.ok ? 'check' : 'info'} className="notice-icon" />
          <p>{printed.message}</p>
        </div>
      ) : null}
      <ErrorNotice error={print.error} />
      <ErrorNotice error={loadError} />
      {shown ? (
        <iframe className="form-preview-frame" src={shown.url} title={t(`dossier.forms.${form}`)} data-testid="form-preview-frame" />
      ) : loadError ? null : (
        <div className="form-preview-frame is-loading">{t('dossier.formLoading')}</div>
      )}
    </div>
  );
}
