/**
 * The administrator's screen: the centre's details, today's queue and ratings, the
 * sync with the province, the devices, officer accounts and the audit chain check,
 * one tab each. The tab is part of the address (`?tab=users`). A device alert
 * shows above whichever tab is open.
 */
import type { ComponentType } from 'react';
import '../../styles/admin-ops.css';
import { DeviceAlertBanner } from '../../components/DeviceAlertBanner';
import { StaffHeader } from '../../components/StaffHeader';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { navigate, usePlace } from '../../router/router';
import { AuditSection } from './AuditSection';
import { DevicesSection } from './DevicesSection';
import { QueueSection } from './QueueSection';
import { RatingsSection } from './RatingsSection';
import { SiteSection } from './SiteSection';
import { SyncSection } from './SyncSection';
import { UsersSection } from './UsersSection';

const tabs = [
  { id: 'site', label: 'admin.tabSite' },
  { id: 'queue', label: 'admin.tabQueue' },
  { id: 'ratings', label: 'admin.tabRatings' },
  { id: 'sync', label: 'admin.tabSync' },
  { id: 'devices', label: 'admin.tabDevices' },
  { id: 'users', label: 'admin.tabUsers' },
  { id: 'audit', label: 'admin.tabAudit' },
] as const satisfies ReadonlyArray<{ id: string; label: MessageKey }>;
type TabId = (typeof tabs)[number]['id'];

function isTab(value: string | null): value is TabId {
  return tabs.some((tab) => tab.id === value);
}

function openTab(id: TabId): void {
  navigate(id === 'site' ? '/admin' : `/admin?tab=${id}`, { replace: true });
}

const sections: Record<TabId, ComponentType> = {
  site: SiteSection,
  queue: QueueSection,
  ratings: RatingsSection,
  sync: SyncSection,
  devices: DevicesSection,
  users: UsersSection,
  audit: AuditSection,
};

export function AdminScreen() {
  const { t } = useI18n();
  const place = usePlace();
  const requested = place.search.get('tab');
  const current: TabId = isTab(requested) ? requested : 'site';
  const Section = sections[current];

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
            onClick={() => openTab(tab.id)}
          >
            {t(tab.label)}
          </button>
        ))}
      </nav>
      <main className="page-body" role="tabpanel">
        <DeviceAlertBanner onShowDevices={current === 'devices' ? null : () => openTab('devices')} />
        <Section />
      </main>
    </div>
  );
}
