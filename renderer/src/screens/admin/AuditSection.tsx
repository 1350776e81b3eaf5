/**
 * Runs the station's audit-chain check on demand and says plainly whether the
 * log is intact, and if not, where the chain breaks.
 */
import { useState } from 'react';
import type { AuditVerification } from '@contract';
import { api } from '../../api/client';
import { useWrite } from '../../api/useWrite';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../i18n/vietnamTime';
import { useStation } from '../../station/StationProvider';

export function AuditSection() {
  const { t, locale } = useI18n();
  const { clockOffsetMs } = useStation();
  const [result, setResult] = useState<{ verification: AuditVerification; at: Date }>();
  const verify = useWrite(async () => {
    const verification = await api.call('audit.verify', {});
    setResult({ verification, at: new Date(Date.now() + clockOffsetMs) });
  });
  const { busy, error } = verify;

  const verification = result?.verification;
  return (
    <section className="card audit-card">
      <h1 className="card-title">{t('admin.auditTitle')}</h1>
      <p className="muted">{t('admin.auditIntro')}</p>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={() => void verify.run()} disabled={busy}>
          <Icon name="shield" size={20} />
          {busy ? t('admin.verifying') : t('admin.verify')}
        </button>
      </div>
      <ErrorNotice error={error} />
      {verification && result ? (
        <div
          className={`audit-result ${verification.intact ? 'is-intact' : 'is-broken'}`}
          role="status"
          data-testid="audit-result"
        >
          <Icon name={verification.intact ? 'check' : 'alert'} size={40} />
          <div>
            <p className="audit-result-title">
              {verification.intact ? t('admin.intactTitle') : t('admin.brokenTitle')}
            </p>
            <p>
              {verification.intact
                ? t('admin.intactBody', { checked: verification.checked })
                : t('admin.brokenBody', { checked: verification.checked, seq: verification.firstBrokenSeq ?? '?' })}
            </p>
            <p className="muted">{t('admin.checkedAt', { time: formatDateTime(result.at, locale) })}</p>
          </div>
        </div>
      ) : null}
    </section>
  );
}
