/**
 * Choosing the procedure: type its code or a few words of its name, with or
 * without diacritics ("xac nhan tinh trang"); the station searches its catalogue.
 * Arrow keys and Enter work as well as the mouse.
 */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { Procedure, ServiceArea, TimeLimit } from '@contract';
import { api } from '../../api/client';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';

const shownResults = 8;

export function useTimeLimitText(): (limit: TimeLimit) => string {
  const { t } = useI18n();
  return (limit) =>
    limit.kind === 'same_day'
      ? t('intake.timeLimit.sameDay')
      : limit.kind === 'working_days'
        ? t('intake.timeLimit.workingDays', { count: limit.value })
        : t('intake.timeLimit.workingHours', { count: limit.value });
}

export function ProcedurePicker({
  procedure,
  areas,
  problem,
  onChoose,
}: {
  procedure: Procedure | null;
  areas: readonly ServiceArea[];
  problem: string | undefined;
  onChoose(procedure: Procedure | null): void;
}) {
  const { t } = useI18n();
  const timeLimitText = useTimeLimitText();
  const id = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Procedure[]>([]);
  const [active, setActive] = useState(0);
  const [searching, setSearching] = useState(false);

  useEffect(() => {
    if (procedure) return;
    let live = true;
    setSearching(true);
    const timer = setTimeout(() => {
      api.call('catalogue.procedures', query.trim() ? { query: query.trim() } : {}).then(
        (found) => {
          if (!live) return;
          setResults(found.filter((candidate) => candidate.active));
          setActive(0);
          setSearching(false);
        },
        () => live && setSearching(false),
      );
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, procedure]);

  const areaName = (areaId: number) => areas.find((area) => area.id === areaId)?.name ?? '';

  if (procedure) {
    return (
      <div className="procedure-chosen" data-testid="procedure-chosen">
        <div className="procedure-chosen-text">
          <p className="procedure-name">{procedure.name}</p>
          <p className="muted">
            {t('intake.procedureCode', { code: procedure.code })} · {areaName(procedure.areaId)} · {timeLimitText(procedure.timeLimit)}
          </p>
        </div>
        <button type="button" className="button button-small" onClick={() => onChoose(null)}>
          {t('intake.changeProcedure')}
        </button>
      </div>
    );
  }

  const shown = results.slice(0, shownResults);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((index) => Math.min(index + 1, shown.length - 1));
    else if (event.key === 'ArrowUp') setActive((index) => Math.max(index - 1, 0));
    else if (event.key === 'Enter' && shown[active]) onChoose(shown[active]);
    else return;
    event.preventDefault();
  };

  return (
    <div className={`field procedure-picker ${problem ? 'has-problem' : ''}`}>
      <label htmlFor={id}>{t('intake.procedureSearch')}</label>
      <div className="procedure-search">
        <Icon name="document" size={20} />
        <input
          id={id}
          type="search"
          role="combobox"
          aria-expanded={shown.length > 0}
          aria-controls={`${id}-list`}
          aria-activedescendant={shown[active] ? `${id}-${shown[active].id}` : undefined}
          value={query}
          placeholder={t('intake.procedurePlaceholder')}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
          data-testid="procedure-search"
        />
      </div>
      {problem ? <p className="field-problem">{problem}</p> : null}
      <ul className="procedure-results" id={`${id}-list`} role="listbox" aria-label={t('intake.procedureSearch')}>
        {shown.map((candidate, index) => (
          <li
            key={candidate.id}
            id={`${id}-${candidate.id}`}
            role="option"
            aria-selected={index === active}
            className={`procedure-result ${index === active ? 'is-active' : ''}`}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onChoose(candidate)}
            onMouseEnter={() => setActive(index)}
          >
            <span className="procedure-result-name">{candidate.name}</span>
            <span className="procedure-result-meta">
              {candidate.code} · {areaName(candidate.areaId)} · {timeLimitText(candidate.timeLimit)}
            </span>
          </li>
        ))}
      </ul>
      {!searching && shown.length === 0 ? <p className="muted">{t('intake.procedureNone')}</p> : null}
      {results.length > shownResults ? <p className="muted">{t('intake.procedureMore', { count: results.length - shownResults })}</p> : null}
    </div>
  );
}
