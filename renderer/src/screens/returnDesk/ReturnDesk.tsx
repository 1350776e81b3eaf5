/**
 * The return desk: find a dossier (search, or scan the QR on the citizen's
 * receipt), see where it stands, and hand over the result. Beside the search, the
 * dossiers already past their appointment, most late first.
 */
import { useEffect, useState } from 'react';
import type { AppError, Dossier } from '@contract';
import { api } from '../../api/client';
import { asAppError } from '../../api/appError';
import { useEvent, useMethod, useThrottled } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';
import { DossierDetail } from './DossierDetail';
import { DossierList } from './DossierList';
import { DossierSearch } from './DossierSearch';

/** What the counter asks of the return desk: open a scanned receipt's dossier, or search. */
export type ReturnCommand = { seq: number; kind: 'code'; code: string } | { seq: number; kind: 'search'; query: string };

export function ReturnDesk({ command }: { command: ReturnCommand | null }) {
  const { t } = useI18n();
  const [list, setList] = useState<'search' | 'overdue'>('search');
  const [dossier, setDossier] = useState<Dossier | null>(null);
  const [error, setError] = useState<AppError>();
  const overdue = useMethod('dossier.overdue', {});

  const show = async (load: () => Promise<Dossier>) => {
    setError(undefined);
    try {
      setDossier(await load());
    } catch (failure) {
      setError(asAppError(failure));
    }
  };
  const open = (id: number) => void show(() => api.call('dossier.get', { id }));

  const searchRequest = command?.kind === 'search' ? { seq: command.seq, query: command.query } : null;
  useEffect(() => {
    if (command?.kind === 'code') void show(() => api.call('dossier.byCode', { code: command.code }));
    if (command?.kind === 'search') setList('search');
  }, [command?.seq]);

  // Someone else (another counter, the province by sync) moved a dossier: look again.
  const shownId = dossier?.id;
  const reloadOverdue = useThrottled(overdue.reload);
  useEvent('dossier.changed', (change) => {
    reloadOverdue();
    if (change.dossierId === shownId) open(change.dossierId);
  });

  const overdueCount = overdue.data?.length ?? 0;
  return (
    <div className="return-desk" data-testid="return-desk">
      <aside className="return-side card">
        <div className="segmented" role="tablist" aria-label={t('returnDesk.title')}>
          <button type="button" role="tab" aria-selected={list === 'search'} className={list === 'search' ? 'is-current' : ''} onClick={() => setList('search')}>
            {t('returnDesk.searchTab')}
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={list === 'overdue'}
            className={list === 'overdue' ? 'is-current' : ''}
            onClick={() => setList('overdue')}
            data-testid="overdue-tab"
          >
            {t('returnDesk.overdueTab')}
            {overdueCount > 0 ? <span className="badge badge-danger">{overdueCount}</span> : null}
          </button>
        </div>
        <div hidden={list !== 'search'}>
          <DossierSearch request={searchRequest} selectedId={shownId ?? null} onOpen={open} />
        </div>
        {list === 'overdue' ? (
          <div className="overdue">
            <ErrorNotice error={overdue.error} />
            {overdue.data && overdue.data.length === 0 ? (
              <p className="muted" data-testid="overdue-empty">
                {t('returnDesk.overdueEmpty')}
              </p>
            ) : (
              <DossierList items={overdue.data ?? []} selectedId={shownId ?? null} onOpen={open} testId="overdue-list" />
            )}
          </div>
        ) : null}
      </aside>
      <section className="return-main">
        <ErrorNotice error={error} />
        {dossier ? (
          <DossierDetail key={dossier.id} dossier={dossier} onChanged={(next) => setDossier(next)} />
        ) : (
          <div className="card empty-state return-empty">
            <span className="empty-state-icon">
              <Icon name="inbox" size={48} />
            </span>
            <p className="empty-state-title">{t('returnDesk.emptyTitle')}</p>
            <p className="empty-state-hint">{t('returnDesk.emptyHint')}</p>
          </div>
        )}
      </section>
    </div>
  );
}
