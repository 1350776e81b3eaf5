/**
 * After saving: the dossier code and appointment, any calendar warning, and the
 * paper to hand over (receipt, supplement request or refusal) ready to print.
 */
import { useEffect, useRef, useState } from 'react';
import type { FormKind, QueueTicket } from '@contract';
import { dossierStatus } from '@domain/dossier';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';
import { formatClock, formatShortDate } from '../../i18n/vietnamTime';
import { DossierStatus } from '../dossier/DossierStatus';
import { FormPreview } from '../dossier/FormPreview';
import { RatingInviteButton } from '../dossier/RatingInviteButton';
import type { SavedDossier } from './IntakeForm';
import { formatDong } from './money';

export function IntakeSaved({ saved, ticket, onNew }: { saved: SavedDossier; ticket: QueueTicket | null; onNew(): void }) {
  const { t, locale } = useI18n();
  const { dossier } = saved;
  const refused = dossier.status === dossierStatus.refused;
  const forms: FormKind[] = refused ? ['03'] : saved.form === '02' ? ['02', '01'] : ['01'];
  const [form, setForm] = useState<FormKind>(forms[0]!);
  const due = new Date(dossier.dueAt);
  // The form above was scrolled down to its save button: show the result from its top.
  // (Braces: newer browsers make scrollIntoView return a promise, which is no cleanup.)
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    top.current?.scrollIntoView({ block: 'start' });
  }, []);

  return (
    <div className="intake intake-saved" data-testid="intake-saved" ref={top}>
      <div className="intake-head">
        <div>
          <h1 className="intake-title">{refused ? t('intake.saved.refusedTitle') : t('intake.saved.title')}</h1>
          <p className="muted">{ticket ? t('intake.forTicket', { number: ticket.number }) : t('intake.noTicket')}</p>
        </div>
        <div className="actions">
          <RatingInviteButton target={{ dossierCode: dossier.code }} />
          <button type="button" className="button button-primary" onClick={onNew} data-testid="intake-new">
            <Icon name="document" size={20} />
            {t('intake.saved.new')}
          </button>
        </div>
      </div>

      {saved.alreadySaved ? (
        <div className="notice notice-info" role="status">
          <Icon name="info" className="notice-icon" />
          <p>{t('intake.saved.already')}</p>
        </div>
      ) : null}
      {dossier.warnings.map((warning) => (
        <div key={warning} className="notice notice-warning" role="status">
          <Icon name="alert" className="notice-icon" />
          <p>{warning}</p>
        </div>
      ))}

      <div className="intake-saved-columns">
        <section className="card saved-summary">
          <p className="card-label">{t('dossier.code')}</p>
          <p className="saved-code" data-testid="saved-code">
            {dossier.code}
          </p>
          <DossierStatus status={dossier.status} />
          <dl className="saved-facts">
            <div>
              <dt>{t('dossier.applicant')}</dt>
              <dd>{dossier.applicant.fullName}</dd>
            </div>
            <div>
              <dt>{t('dossier.procedure')}</dt>
              <dd>{dossier.procedure.name}</dd>
            </div>
            {refused ? null : (
              <div>
                <dt>{t('dossier.dueAt')}</dt>
                <dd data-testid="saved-due">{t('dossier.dateTime', { time: formatClock(due, locale), date: formatShortDate(due, locale) })}</dd>
              </div>
            )}
            {refused ? null : (
              <div>
                <dt>{t('intake.fees.total')}</dt>
                <dd>{formatDong(dossier.feesTotal, locale)}</dd>
              </div>
            )}
          </dl>
          {forms.length > 1 ? (
            <div className="form-switch" role="group" aria-label={t('dossier.papers')}>
              {forms.map((kind) => (
                <button key={kind} type="button" className={`button button-small ${kind === form ? 'is-current' : ''}`} aria-pressed={kind === form} onClick={() => setForm(kind)}>
                  {t(`dossier.forms.${kind}`)}
                </button>
              ))}
            </div>
          ) : null}
        </section>
        <section className="card saved-preview">
          <FormPreview key={form} dossierId={dossier.id} form={form} />
        </section>
      </div>
    </div>
  );
}
