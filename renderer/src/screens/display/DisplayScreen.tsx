/**
 * The hall TV. It reads the public board once (and again after a resync), then
 * applies every board the station pushes, and every call as it arrives (before the
 * next board), with no round trip, so a call shows within moments. It speaks each
 * call through the announcement queue.
 * Numbers, areas and counters only: never a name or any other personal data.
 */
import { useRef } from 'react';
import type { Board } from '@contract';
import { useEvent, useMethod } from '../../api/hooks';
import { BrandMark, useCentreName } from '../../components/Brand';
import { Icon } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';
import { formatClock, formatLongDate } from '../../i18n/vietnamTime';
import { useStation } from '../../station/StationProvider';
import { useStationTime } from '../../station/useStationTime';
import { useCallAnnouncements } from '../../voice/useCallAnnouncements';
import { CounterBoard } from './CounterBoard';
import { DisplayFooter } from './DisplayFooter';
import { LatestCall } from './LatestCall';
import { RecentCalls } from './RecentCalls';
import { SoundOverlay } from './SoundOverlay';
import { boardWithCall } from './boardWithCall';
import { WaitingByArea } from './WaitingByArea';

export function DisplayScreen() {
  const { t, locale } = useI18n();
  const { site } = useStation();
  const centreName = useCentreName();
  const now = useStationTime(1000);
  const board = useMethod('queue.board', {});
  // Calls pushed together arrive before the screen renders again: each applies to the board the last one left.
  const shown = useRef<Board | null>(null);
  shown.current = board.data ?? null;
  const show = (next: Board, supersedesReads: boolean) => {
    shown.current = next;
    board.replace(next, { supersedesReads });
  };
  // A pushed board is whole and current; a call is laid over the board shown, which a read on its way may renew.
  useEvent('queue.board', (next) => show(next, true));
  useEvent('queue.called', (call) => shown.current && show(boardWithCall(shown.current, call), false));
  const voice = useCallAnnouncements();

  const calls = board.data?.recentCalls ?? [];
  const latest = calls[0];

  return (
    <div className="display-page">
      <header className="display-header">
        <BrandMark size={96} />
        <div className="display-title">
          {site ? <p className="display-agency">{site.agencyName}</p> : null}
          <h1 className="display-centre" data-testid="centre-name">
            {centreName}
          </h1>
        </div>
        <div className="display-time">
          <span className="display-clock" data-testid="display-clock">
            {formatClock(now, locale, true)}
          </span>
          <span className="display-date">{formatLongDate(now, locale)}</span>
        </div>
      </header>

      <main className="display-main">
        <section className="display-board" aria-live="polite">
          <h2 className="display-board-title">{t('display.boardTitle')}</h2>
          {latest ? (
            <>
              <LatestCall call={latest} />
              <RecentCalls calls={calls} />
            </>
          ) : (
            <div className="display-board-empty" data-testid="display-board-empty">
              <Icon name="ticket" size={120} />
              <p className="display-board-empty-title">{t('display.noCalls')}</p>
              <p className="display-board-empty-hint">{t('display.noCallsHint')}</p>
            </div>
          )}
        </section>
        {board.data && (board.data.counters.length > 0 || board.data.waitingByArea.length > 0) ? (
          <aside className="display-side">
            <CounterBoard counters={board.data.counters} />
            <WaitingByArea areas={board.data.waitingByArea} />
          </aside>
        ) : null}
      </main>

      <DisplayFooter />
      {voice.soundBlocked ? <SoundOverlay onEnable={voice.enableSound} /> : null}
    </div>
  );
}
