/**
 * The tickets this counter may call, per area, each with its turn in the order the
 * station will call them (priority persons first) and a mark for priority persons
 * and for tickets another counter sent here. The station sends the first ones
 * only (a long line is not read to the end); the total is shown all the same.
 */
import type { CounterState, QueueTicket, ServiceArea } from '@contract';
import { Icon } from '../../components/icons';
import { priorityIcon } from '../../components/priority';
import { serviceAreaIcon } from '../../components/serviceAreaIcon';
import { useI18n } from '../../i18n/I18nProvider';
import { formatClock } from '../../i18n/vietnamTime';
import { useStationTime } from '../../station/useStationTime';

interface Turn {
  ticket: QueueTicket;
  /** 1 = called next. */
  turn: number;
}

/** The waiting tickets grouped by area, areas in catalogue order, each group in call order. */
function byArea(waiting: readonly QueueTicket[], areas: readonly ServiceArea[]): Array<{ area: ServiceArea | undefined; areaId: number; turns: Turn[] }> {
  const groups = new Map<number, Turn[]>();
  waiting.forEach((ticket, index) => {
    const turns = groups.get(ticket.areaId) ?? [];
    turns.push({ ticket, turn: index + 1 });
    groups.set(ticket.areaId, turns);
  });
  const order = (areaId: number) => areas.find((area) => area.id === areaId)?.sortOrder ?? Number.MAX_SAFE_INTEGER;
  return [...groups.entries()]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([areaId, turns]) => ({ areaId, area: areas.find((area) => area.id === areaId), turns }));
}

export function WaitingList({ state, areas }: { state: CounterState; areas: readonly ServiceArea[] }) {
  const { t, locale } = useI18n();
  const now = useStationTime(60_000).getTime();
  const groups = byArea(state.waiting, areas);

  return (
    <div className="card queue-card">
      <div className="card-bar">
        <h2 className="card-title">{t('counter.queueTitle')}</h2>
        <span className="badge badge-blue" data-testid="waiting-count">
          {t('counter.waitingCount', { count: state.waitingTotal })}
        </span>
      </div>
      {groups.length === 0 ? (
        <div className="empty-state queue-empty" data-testid="queue-empty">
          <span className="empty-state-icon">
            <Icon name="inbox" size={48} />
          </span>
          <p className="empty-state-title">{t('counter.queueEmpty')}</p>
          <p className="empty-state-hint">{t('counter.queueEmptyHint')}</p>
        </div>
      ) : (
        <div className="waiting-groups" data-testid="waiting-list">
          {groups.map(({ areaId, area, turns }) => (
            <section key={areaId} className="waiting-group">
              <h3 className="waiting-area">
                {area ? <Icon name={serviceAreaIcon(area)} size={20} /> : null}
                <span>{area?.name ?? ''}</span>
                <span className="badge">{turns.length}</span>
              </h3>
              <ol className="waiting-rows">
                {turns.map(({ ticket, turn }) => (
                  <li key={ticket.id} className={`waiting-row ${turn === 1 ? 'is-next' : ''}`} data-number={ticket.number}>
                    <span className="waiting-turn" title={t('counter.turnTitle')}>
                      {turn === 1 ? t('counter.next') : t('counter.turn', { turn })}
                    </span>
                    <span className="waiting-number">{ticket.number}</span>
                    <span className="waiting-marks">
                      {ticket.priority ? (
                        <span className="priority-mark" data-testid="priority-mark">
                          <Icon name={priorityIcon[ticket.priority]} size={16} />
                          {t(`priority.${ticket.priority}`)}
                        </span>
                      ) : null}
                      {ticket.targetCounterId === state.counterId ? (
                        <span className="badge badge-blue">{t('counter.sentHere')}</span>
                      ) : null}
                    </span>
                    <span className="waiting-time">
                      {formatClock(new Date(ticket.issuedAt), locale)}
                      <span className="muted">
                        {t('counter.waitedMinutes', { minutes: Math.max(0, Math.floor((now - Date.parse(ticket.issuedAt)) / 60_000)) })}
                      </span>
                    </span>
                  </li>
                ))}
              </ol>
            </section>
          ))}
          {state.waitingTotal > state.waiting.length ? (
            <p className="muted waiting-more" data-testid="waiting-more">
              {t('counter.waitingTruncated', { shown: state.waiting.length, total: state.waitingTotal })}
            </p>
          ) : null}
        </div>
      )}
    </div>
  );
}
