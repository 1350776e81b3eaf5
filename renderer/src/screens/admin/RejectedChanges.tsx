/**
 * Changes pulled from the province that the station's rules would not apply
 * (e.g. a status the dossier can no longer take). Kept folded: they need a look
 * from the technical side, not an action here.
 */
import type { SyncStatus } from '@contract';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../i18n/vietnamTime';

export function RejectedChanges({ changes }: { changes: SyncStatus['rejectedChanges'] }) {
  const { t, tOptional, locale } = useI18n();
  if (changes.length === 0) return null;
  // Newest first: the station keeps the last fifty in arrival order.
  const newestFirst = [...changes].reverse();
  return (
    <details className="card ops-disclosure" data-testid="rejected-changes">
      <summary>
        <span className="card-title">{t('adminSync.rejectedTitle', { count: changes.length })}</span>
        <span className="muted">{t('adminSync.rejectedIntro')}</span>
      </summary>
      <table className="table ops-table">
        <thead>
          <tr>
            <th>{t('adminSync.colChange')}</th>
            <th>{t('adminSync.colReason')}</th>
            <th>{t('adminSync.colAt')}</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((change) => (
            <tr key={change.cursor}>
              <td>
                <span className="ops-strong">{tOptional(`adminSync.changeKinds.${change.kind}`) ?? change.kind}</span>
                <span className="ops-sub">{t('adminSync.cursor', { cursor: change.cursor })}</span>
              </td>
              <td className="ops-reason">{change.reason}</td>
              <td>{formatDateTime(new Date(change.at), locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
