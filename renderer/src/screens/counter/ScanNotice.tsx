/** A short note about the last scan (filled, refused, not a CCCD…) that fades after a few seconds. */
import { useEffect } from 'react';
import { Icon } from '../../components/icons';

export interface ScanNoticeValue {
  seq: number;
  tone: 'success' | 'info' | 'warning' | 'error';
  text: string;
}

const shownMs = 8_000;

export function ScanNotice({ notice, onDone }: { notice: ScanNoticeValue | null; onDone(): void }) {
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(onDone, shownMs);
    return () => clearTimeout(timer);
  }, [notice?.seq]);
  if (!notice) return null;
  return (
    <div className={`scan-notice notice notice-${notice.tone}`} role="status" data-testid="scan-notice" data-tone={notice.tone}>
      <Icon name={notice.tone === 'success' ? 'shield' : notice.tone === 'info' ? 'info' : 'alert'} className="notice-icon" />
      <p>{notice.text}</p>
      <button type="button" className="scan-notice-close" onClick={onDone} aria-label="×">
        ×
      </button>
    </div>
  );
}
