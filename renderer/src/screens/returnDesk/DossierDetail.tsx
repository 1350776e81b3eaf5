/**
 * One dossier at the return desk: where it stands (and whether it is late), who
 * filed it, what was handed in, its history, and what can be done now: return the
 * result, record a supplement, set a new date (Mẫu 04), record a withdrawal, print
 * a paper again.
 */
import { useState, type ReactNode } from 'react';
import type { Dossier, FormKind } from '@contract';
import { dossierStatus } from '@domain/dossier';
import { Dialog } from '../../components/Dialog';
import { Icon, type IconName } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';
import { formatClock, formatShortDate } from '../../i18n/vietnamTime';
import { availableDossierActions, dossierActions, reprintableForms, type DossierAction } from '../dossier/dossierActions';
import { DossierStatus } from '../dossier/DossierStatus';
import { FormPreview } from '../dossier/FormPreview';
import { RatingInviteButton } from '../dossier/RatingInviteButton';
import { formatDong } from '../intake/money';
import { DossierActionDialog } from './ActionDialogs';
import { DossierHistory } from './DossierHistory';

const actionIcon: Record<DossierAction, IconName> = {
  returnResult: 'check',
  recordSupplement: 'inbox',
  postpone: 'clock',
  withdraw: 'back',
};

function Fact({ label, testId, children }: { label: string; testId?: string; children: ReactNode }) {
  return (
    <div className="detail-fact">
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

export function DossierDetail({ dossier, onChanged }: { dossier: Dossier; onChanged(dossier: Dossier): void }) {
  const { t, locale } = useI18n();
  const [action, setAction] = useState<DossierAction | null>(null);
  const [done, setDone] = useState<DossierAction | null>(null);
  const [reprint, setReprint] = useState<FormKind | null>(null);
  /** A paper printed for the first time (the apology right after a new date), not "again". */
  const [fresh, setFresh] = useState<FormKind | null>(null);
  const closePreview = () => {
    setReprint(null);
    setFresh(null);
  };
  const available = availableDossierActions(dossier.status);
  const forms = reprintableForms(dossier);
  const when = (instant: string) => t('dossier.dateTime', { time: formatClock(new Date(instant), locale), date: formatShortDate(new Date(instant), locale) });

  return (
    <article className="card dossier-detail" data-testid="dossier-detail" data-code={dossier.code}>
      <header className="dossier-detail-head">
        <div>
          <p className="card-label">{t('dossier.code')}</p>
          <h2 className="dossier-detail-code">{dossier.code}</h2>
        </div>
        <div className="dossier-detail-status">
          <DossierStatus status={dossier.status} />
          {dossier.overdue ? (
            <span className="overdue-flag is-large" data-testid="overdue-flag">
              <Icon name="hourglass" size={16} />
              {t('dossier.overdue')}
            </span>
          ) : null}
        </div>
      </header>

      {done ? (
        <div className="notice notice-success" role="status" data-testid="action-done">
          <Icon name="check" className="notice-icon" />
          <p>{t(`returnDesk.done.${done}`)}</p>
          {done === 'returnResult' ? <RatingInviteButton target={{ dossierCode: dossier.code }} className="button-small" /> : null}
        </div>
      ) : null}

      {dossierActions.some((name) => available[name]) ? (
        <div className="detail-actions" role="group" aria-label={t('returnDesk.actionsTitle')}>
          {dossierActions
            .filter((name) => available[name])
            .map((name) => (
              <button
                key={name}
                type="button"
                className={`button ${name === 'returnResult' ? 'button-primary' : name === 'withdraw' ? 'button-danger-outline' : ''}`}
                onClick={() => {
                  setDone(null);
                  setAction(name);
                }}
                data-action={name}
              >
                <Icon name={actionIcon[name]} size={20} />
                {t(`returnDesk.actions.${name}`)}
              </button>
            ))}
        </div>
      ) : (
        <p className="muted detail-closed" data-testid="dossier-closed">
          {t('returnDesk.closed')}
        </p>
      )}
      {forms.length > 0 ? (
        <div className="detail-reprint">
          <span className="card-label">{t('returnDesk.reprint')}</span>
          {forms.map((form) => (
            <button key={form} type="button" className="button button-small" onClick={() => setReprint(form)} data-form={form}>
              <Icon name="printer" size={16} />
              {t(`dossier.formsShort.${form}`)}
            </button>
          ))}
        </div>
      ) : null}

      <div className="detail-body">
        <div className="detail-left">
          <dl className="detail-facts">
            <Fact label={t('dossier.applicant')} testId="detail-applicant">
              {dossier.applicant.fullName}
            </Fact>
            {dossier.submitter ? <Fact label={t('dossier.submitter')}>{dossier.submitter.fullName}</Fact> : null}
            <Fact label={t('dossier.procedure')}>{dossier.procedure.name}</Fact>
            <Fact label={t('dossier.receivedAt')}>{when(dossier.receivedAt)}</Fact>
            <Fact label={dossier.status === dossierStatus.returned ? t('dossier.returnedAt') : t('dossier.dueAt')}>
              {dossier.status === dossierStatus.returned && dossier.returnedAt ? when(dossier.returnedAt) : when(dossier.dueAt)}
              {dossier.originalDueAt && Date.parse(dossier.originalDueAt) !== Date.parse(dossier.dueAt) && dossier.status !== dossierStatus.returned ? <span className="muted detail-original"> {t('dossier.originalDue', { date: when(dossier.originalDueAt) })}</span> : null}
            </Fact>
            {dossier.collectedBy ? (
              <Fact label={t('dossier.collectedBy')} testId="detail-collected-by">
                {dossier.collectedBy}
              </Fact>
            ) : null}
            <Fact label={t('dossier.contact')}>{[dossier.applicant.phone, dossier.applicant.email].filter(Boolean).join(' · ') || t('fields.empty')}</Fact>
            <Fact label={t('dossier.receivedBy')}>
              {[dossier.receivedBy, dossier.counterNumber ? t('counter.counterNumber', { number: dossier.counterNumber }) : null].filter(Boolean).join(' · ') ||
                t('fields.empty')}
            </Fact>
            <Fact label={t('intake.fees.total')}>{formatDong(dossier.feesTotal, locale)}</Fact>
          </dl>
          <h3 className="intake-subtitle">{t('dossier.documents')}</h3>
          {dossier.documents.length === 0 ? (
            <p className="muted">{t('dossier.noDocuments')}</p>
          ) : (
            <ul className="detail-documents">
              {dossier.documents.map((document, index) => (
                <li key={index}>
                  <span>{document.name}</span>
                  <span className="muted">{t('dossier.counts', { originals: document.originals, copies: document.copies })}</span>
                </li>
              ))}
            </ul>
          )}
          {dossier.attachments.length > 0 ? (
            <p className="muted detail-files">
              <Icon name="document" size={16} />
              {dossier.attachments.map((file) => file.fileName).join(', ')}
            </p>
          ) : null}
        </div>
        <section className="detail-right">
          <h3 className="intake-subtitle">{t('returnDesk.history.title')}</h3>
          <DossierHistory events={dossier.events} />
        </section>
      </div>

      {action ? (
        <DossierActionDialog
          action={action}
          dossier={dossier}
          onCancel={() => setAction(null)}
          onDone={(next) => {
            onChanged(next);
            setDone(action);
            setAction(null);
            if (action === 'postpone') {
              setFresh('04');
              setReprint('04');
            }
          }}
        />
      ) : null}
      {reprint ? (
        <Dialog title={t(`dossier.forms.${reprint}`)} onCancel={closePreview} className="preview-dialog">
          <FormPreview dossierId={dossier.id} form={reprint} reprint={reprint !== fresh} />
          <div className="actions dialog-actions">
            <button type="button" className="button" onClick={closePreview}>
              {t('rating.close')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </article>
  );
}
