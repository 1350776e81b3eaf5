/**
 * The administrator's screen: the centre's details, today's queue figures, officer
 * accounts and the audit chain check, one tab each. The tab is part of the address (`?tab=users`).
 */
import { StaffHeader } from '../../components/StaffHeader';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { navigate, usePlace } from '../../router/router';
import { AuditSection } from './AuditSection';
import { QueueSection } from './QueueSection';
import { SiteSection } from './SiteSection';
import { UsersSection } from './UsersSection';

const tabs = [
  { id: 'site', label: 'admin.tabSite' },
  { id: 'queue', label: 'admin.tabQueue' },
  { id: 'users', label: 'admin.tabUsers' },
  { id: 'audit', label: 'admin.tabAudit' },
] as const satisfies ReadonlyArray<{ id: string; label: MessageKey }>;
type TabId = (typeof tabs)[number]['id'];

function isTab(value: string | null): value is TabId {
  return tabs.some((tab) => tab.id === value);
}

export function AdminScreen() {
  const { t } = useI18n();
  const place = usePlace();
  const requested = place.search.get('tab');
  const current: TabId = isTab(requested) ? requested : 'site';

  return (
    <div className="staff-page">
      <StaffHeader screenTitle={t('admin.title')} />
      <nav className="tabs" role="tablist">
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            aria-selected={tab.id === current}
            className={`tab ${tab.id === current ? 'is-current' : ''}`}
            onClick={() => navigate(tab.id === 'site' ? '/admin' : `/admin?tab=${tab.id}`, { replace: true })}
          >
            {t(tab.label)}
          </button>
        ))}
      </nav>
      <main className="page-body" role="tabpanel">
        {current === 'site' ? (
          <SiteSection />
        ) : current === 'queue' ? (
          <QueueSection />
        ) : current === 'users' ? (
          <UsersSection />
        ) : (
          <AuditSection />
        )}
      </main>
    </div>
  );
}
