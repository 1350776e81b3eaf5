/**
 * Finding a dossier to return: its code, the citizen's 12-digit ID number, a
 * phone number, or a name typed without diacritics. Results come a page at a time.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { AppError, DossierSummary } from '@contract';
import { api } from '../../api/client';
import { asAppError } from '../../api/appError';
import { useEvent } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';
import { DossierList } from './DossierList';

const pageSize = 10;

interface Results {
  query: string;
  page: number;
  items: DossierSummary[];
  hasMore: boolean;
}

export function DossierSearch({
  request,
  selectedId,
  onOpen,
}: {
  /** A search asked for from outside (a scanned CCCD's number); `seq` makes each one run. */
  request: { seq: number; query: string } | null;
  selectedId: number | null;
  onOpen(id: number): void;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Results | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError>();

  const search = async (text: string, page: number, options: { quiet?: boolean } = {}) => {
    const trimmed = text.trim();
    if (!trimmed) return;
    if (!options.quiet) setBusy(true);
    setError(undefined);
    try {
      const found = await api.call('dossier.search', { query: trimmed, page, pageSize });
      setResults({ query: trimmed, page: found.page, items: found.items, hasMore: found.hasMore });
      if (found.items.length === 1 && page === 1 && !options.quiet) onOpen(found.items[0]!.id);
    } catch (failure) {
      setError(asAppError(failure));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    if (!request) return;
    setQuery(request.query);
    void search(request.query, 1);
    // Only a new request runs a search; typing waits for the officer's Enter.
  }, [request?.seq]);

  // A listed dossier moved (returned here, processed by the province): the rows follow.
  useEvent('dossier.changed', (change) => {
    if (results?.items.some((item) => item.id === change.dossierId)) void search(results.query, results.page, { quiet: true });
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void search(query, 1);
  };

  return (
    <div className="dossier-search">
      <form className="search-bar" onSubmit={submit} role="search" data-testid="return-search">
        <input
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={t('returnDesk.searchPlaceholder')}
          aria-label={t('returnDesk.searchLabel')}
          autoComplete="off"
          spellCheck={false}
        />
        <button type="submit" className="button button-primary" disabled={busy || !query.trim()}>
          {t('returnDesk.search')}
        </button>
      </form>
      <p className="muted scan-receipt-hint">
        <Icon name="ticket" size={16} />
        {t('returnDesk.scanHint')}
      </p>
      <ErrorNotice error={error} />
      {results ? (
        results.items.length === 0 ? (
          <p className="muted" data-testid="search-empty">
            {t('returnDesk.noResults', { query: results.query })}
          </p>
        ) : (
          <>
            <p className="card-label">{t('returnDesk.resultsTitle', { query: results.query })}</p>
            <DossierList items={results.items} selectedId={selectedId} onOpen={onOpen} testId="search-results" />
            {results.page > 1 || results.hasMore ? (
              <div className="pager">
                <button type="button" className="button button-small" disabled={busy || results.page <= 1} onClick={() => void search(results.query, results.page - 1)}>
                  <Icon name="back" size={16} />
                  {t('returnDesk.previous')}
                </button>
                <span className="muted">{t('returnDesk.page', { page: results.page })}</span>
                <button type="button" className="button button-small" disabled={busy || !results.hasMore} onClick={() => void search(results.query, results.page + 1)}>
                  {t('returnDesk.next')}
                  <Icon name="chevron" size={16} />
                </button>
              </div>
            ) : null}
          </>
        )
      ) : null}
    </div>
  );
}
