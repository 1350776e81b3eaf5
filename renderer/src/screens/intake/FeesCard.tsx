/** The fees of the chosen procedure for this many sets, and what the citizen pays in all. */
import type { Procedure } from '@contract';
import { useI18n } from '../../i18n/I18nProvider';
import { feesOf } from './intakeDraft';
import { formatDong } from './money';

export function FeesCard({ procedure, sets, onSets }: { procedure: Procedure | null; sets: number; onSets(sets: number): void }) {
  const { t, locale } = useI18n();
  const fees = feesOf(procedure, sets);
  return (
    <section className="card intake-card" data-testid="fees">
      <h2 className="card-title">{t('intake.fees.title')}</h2>
      <label className="sets-field">
        <span>{t('intake.fees.sets')}</span>
        <input
          type="number"
          className="count-input"
          min={1}
          max={50}
          value={sets}
          onChange={(event) => onSets(Math.max(1, Math.min(50, Math.trunc(Number(event.target.value) || 1))))}
        />
      </label>
      {!procedure ? (
        <p className="muted">{t('intake.fees.noProcedure')}</p>
      ) : fees.lines.length === 0 ? (
        <p className="muted">{t('intake.fees.free')}</p>
      ) : (
        <ul className="fee-lines">
          {fees.lines.map((line) => (
            <li key={line.name} className="fee-line">
              <span className="fee-name">{line.name}</span>
              <span className="fee-amount">
                {sets > 1 ? <span className="muted">{`${formatDong(line.perSet, locale)} × ${sets} = `}</span> : null}
                {formatDong(line.total, locale)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="fee-total">
        <span>{t('intake.fees.total')}</span>
        <strong data-testid="fees-total">{formatDong(fees.total, locale)}</strong>
      </p>
    </section>
  );
}
