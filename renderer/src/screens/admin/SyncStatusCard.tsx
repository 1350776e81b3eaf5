/**
 * The sync at a glance: a coloured state with plain words, when it last worked
 * and when it tries next, what is still waiting, the last error (with the
 * technical detail folded away), and the "Đồng bộ ngay" button.
 */
import { useState } from 'react';
import type { SyncStatus } from '@contract';
import { api } from '../../api/client';
import { useWrite } from '../../api/useWrite';
import { formatByteSize } from '../../components/byteSize';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon, type IconName } from '../../components/icons';
import { Moment } from '../../components/Moment';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { formatClock } from '../../i18n/vietnamTime';
import { useStation } from '../../station/StationProvider';
import { runSucceeded, syncHealth, type SyncHealth } from './syncView';

const looks: Record<SyncHealth, { icon: IconName; title: MessageKey; body: MessageKey }> = {
  not_configured: { icon: 'info', title: 'adminSync.health.notConfigured', body: 'adminSync.health.notConfiguredBody' },
  connecting: { icon: 'clock', title: 'adminSync.health.connecting', body: 'adminSync.health.connectingBody' },
  online: { icon: 'check', title: 'adminSync.health.online', body: 'adminSync.health.onlineBody' },
  offline: { icon: 'offline', title: 'adminSync.health.offline', body: 'adminSync.health.offlineBody' },
  failing: { icon: 'alert', title: 'adminSync.health.failing', body: 'adminSync.health.failingBody' },
};

export function adapterLabelKey(adapter: string | null): MessageKey | null {
  if (adapter === 'motcua') return 'adminSync.adapterMotcua';
  if (adapter === 'dvcqg') return 'adminSync.adapterDvcqg';
  return null;
}

export function SyncStatusCard({
  status,
  onStatus,
  onConfigure,
}: {
  status: SyncStatus;
  onStatus(status: SyncStatus): void;
  onConfigure(): void;
}) {
  const { t, locale } = useI18n();
  const health = syncHealth(status);
  const look = looks[health];
  const adapterKey = adapterLabelKey(status.adapter);

  return (
    <section className={`card sync-state is-${health}`} data-testid="sync-state" data-health={health}>
      <div className="sync-state-head">
        <span className="sync-state-icon">
          <Icon name={look.icon} size={34} />
        </span>
        <div className="sync-state-text">
          <p className="sync-state-title" data-testid="sync-health">
            {t(look.title)}
          </p>
          <p className="sync-state-body">{t(look.body)}</p>
          {status.serverUrl ? (
            <p className="sync-server">
              {adapterKey ? `${t(adapterKey)} · ` : ''}
              <span className="sync-server-url">{status.serverUrl}</span>
              {status.running ? <span className="badge badge-blue">{t('adminSync.automatic')}</span> : null}
            </p>
          ) : null}
        </div>
        {status.configured ? null : (
          <button type="button" className="button button-primary" onClick={onConfigure}>
            {t('adminSync.configureCta')}
          </button>
        )}
      </div>

      {status.configured ? <SyncNow onStatus={onStatus} inProgress={status.inProgress} /> : null}

      {status.lastErrorCode ? (
        <div className="notice notice-error" role="status" data-testid="sync-error">
          <Icon name="alert" className="notice-icon" />
          <div>
            <p className="notice-title">{status.lastErrorMessage ?? t('adminSync.errorUnknown')}</p>
            <details className="tech-details">
              <summary>{t('adminSync.errorDetails')}</summary>
              <code>
                {status.lastErrorCode}
                {status.lastErrorDetail ? `: ${status.lastErrorDetail}` : ''}
              </code>
            </details>
          </div>
        </div>
      ) : null}

      <dl className="ops-facts">
        <div className="ops-fact">
          <dt>{t('adminSync.lastSuccess')}</dt>
          <dd>
            <Moment at={status.lastSuccessAt} empty={t('adminSync.never')} testId="sync-last-success" />
          </dd>
        </div>
        <div className="ops-fact">
          <dt>{t('adminSync.lastAttempt')}</dt>
          <dd>
            <Moment at={status.lastAttemptAt} empty={t('adminSync.never')} />
          </dd>
        </div>
        <div className="ops-fact">
          <dt>{t('adminSync.nextAttempt')}</dt>
          <dd>
            {status.nextAttemptAt ? (
              <Moment at={status.nextAttemptAt} empty="" />
            ) : (
              <span className="muted">{status.configured ? t('adminSync.nextAuto') : t('fields.empty')}</span>
            )}
          </dd>
        </div>
        <div className="ops-fact">
          <dt>{t('adminSync.pending')}</dt>
          <dd>
            <span className={`ops-number ${status.pendingEvents > 0 ? 'is-waiting' : ''}`} data-testid="sync-pending">
              {t('adminSync.pendingEvents', { count: status.pendingEvents })}
            </span>
            <span className="muted">{formatByteSize(status.pendingBytes, locale)}</span>
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** "Đồng bộ ngay": one run now; says how it went, in the station's words when it failed. */
function SyncNow({ onStatus, inProgress }: { onStatus(status: SyncStatus): void; inProgress: boolean }) {
  const { t, locale } = useI18n();
  const { clockOffsetMs } = useStation();
  const [outcome, setOutcome] = useState<{ ok: boolean; at: Date; pending: number; message: string | null }>();
  const syncNow = useWrite(async () => {
    setOutcome(undefined);
    const status = await api.call('sync.now', {});
    onStatus(status);
    setOutcome({ ok: runSucceeded(status), at: new Date(Date.now() + clockOffsetMs), pending: status.pendingEvents, message: status.lastErrorMessage });
  });
  const { busy, error } = syncNow;

  return (
    <div className="sync-now">
      <button type="button" className="button button-primary button-large" onClick={() => void syncNow.run()} disabled={busy} data-testid="sync-now">
        <Icon name="recall" size={20} />
        {/* A scheduled run may be under way already: pressing waits for it and runs again. */}
        {busy || inProgress ? t('adminSync.syncing') : t('adminSync.syncNow')}
      </button>
      {outcome ? (
        <p className={`sync-outcome ${outcome.ok ? 'is-ok' : 'is-failed'}`} role="status" data-testid="sync-outcome">
          <Icon name={outcome.ok ? 'check' : 'alert'} size={18} />
          {outcome.ok
            ? t('adminSync.outcomeOk', { time: formatClock(outcome.at, locale, true), count: outcome.pending })
            : t('adminSync.outcomeFailed', { time: formatClock(outcome.at, locale, true) })}
        </p>
      ) : null}
      <ErrorNotice error={error} />
    </div>
  );
}
