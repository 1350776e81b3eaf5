/**
 * How satisfied citizens were today, per criterion: one stacked bar per row
 * (Rất hài lòng / Hài lòng / Không hài lòng) with the counts and shares beside it.
 */
import { useMethod } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { ratingLevels, summariseRatings, type CriterionSummary, type RatingLevel } from './ratingSummary';

const levelLabels: Record<RatingLevel, MessageKey> = {
  3: 'adminRatings.levels.3',
  2: 'adminRatings.levels.2',
  1: 'adminRatings.levels.1',
};

export function RatingsSection() {
  const { t, tOptional } = useI18n();
  const ratings = useMethod('rating.today', {});

  if (!ratings.data) {
    return ratings.error ? <ErrorNotice error={ratings.error} /> : <p className="muted">{t('app.loading')}</p>;
  }
  const rows = summariseRatings(ratings.data);
  const overall = rows.find((row) => row.criterion === 'overall');
  const rated = Math.max(0, ...rows.map((row) => row.total));

  return (
    <section className="card" data-testid="ratings-today">
      <div className="card-bar">
        <div>
          <h1 className="card-title">{t('adminRatings.title')}</h1>
          <p className="muted">{t('adminRatings.intro')}</p>
        </div>
        <button type="button" className="button button-small" onClick={ratings.reload} disabled={ratings.loading}>
          <Icon name="recall" size={18} />
          {t('adminRatings.refresh')}
        </button>
      </div>
      {rated === 0 ? (
        <p className="ops-empty">
          <Icon name="info" size={20} />
          {t('adminRatings.none')}
        </p>
      ) : (
        <>
          <p className="ratings-headline" data-testid="ratings-headline">
            {overall && overall.satisfiedPercent !== null
              ? t('adminRatings.headline', { percent: overall.satisfiedPercent, count: overall.total })
              : t('adminRatings.count', { count: rated })}
          </p>
          <ul className="ratings-legend" aria-hidden="true">
            {ratingLevels.map((level) => (
              <li key={level}>
                <span className={`ratings-swatch is-level-${level}`} />
                {t(levelLabels[level])}
              </li>
            ))}
          </ul>
          <table className="table ratings-table" data-testid="ratings-table">
            <thead>
              <tr>
                <th>{t('adminRatings.colCriterion')}</th>
                <th className="ratings-bar-cell">{t('adminRatings.colShare')}</th>
                {ratingLevels.map((level) => (
                  <th key={level} className="num">
                    {t(levelLabels[level])}
                  </th>
                ))}
                <th className="num">{t('adminRatings.colTotal')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.criterion} data-criterion={row.criterion}>
                  <td className="ops-strong">{tOptional(`adminRatings.criteria.${row.criterion}`) ?? row.criterion}</td>
                  <td className="ratings-bar-cell">
                    <StackedBar row={row} />
                  </td>
                  {ratingLevels.map((level) => (
                    <td key={level} className={`num ${row.counts[level] === 0 ? 'muted' : ''}`} data-level={level}>
                      {row.total === 0 ? t('fields.empty') : t('adminRatings.cell', { count: row.counts[level], percent: row.percents[level] })}
                    </td>
                  ))}
                  <td className="num">{row.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function StackedBar({ row }: { row: CriterionSummary }) {
  const { t } = useI18n();
  if (row.total === 0) return <span className="ratings-bar is-empty" />;
  const label = ratingLevels.map((level) => `${t(levelLabels[level])}: ${row.percents[level]}%`).join(', ');
  return (
    <span className="ratings-bar" role="img" aria-label={label} title={label}>
      {ratingLevels.map((level) =>
        row.counts[level] > 0 ? <span key={level} className={`ratings-part is-level-${level}`} style={{ flexGrow: row.counts[level] }} /> : null,
      )}
    </span>
  );
}
