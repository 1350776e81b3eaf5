/**
 * The open counter: the ticket at the desk, the actions on it (buttons and
 * function keys), the waiting line and today's absent tickets. Every action's
 * reply is the counter's new state, shown at once; refusals (nobody waiting, a
 * ticket in the wrong state) appear as a notice under the actions. A ticket the
 * kiosk failed to print (at the desk or absent) can be printed again.
 */
import { useEffect, useState } from 'react';
import type { AppError, Counter, CounterState, ServiceArea } from '@contract';
import { api } from '../../api/client';
import { useWrite } from '../../api/useWrite';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon, type IconName } from '../../components/icons';
import { useI18n } from '../../i18n/I18nProvider';
import { RatingInviteButton } from '../dossier/RatingInviteButton';
import { AbsentList } from './AbsentList';
import { areasOf } from './areasOf';
import { CloseCounterDialog } from './CloseCounterDialog';
import { actionForKey, actionLabel, availableActions, shortcutOf, type CounterAction } from './counterActions';
import { CurrentTicket } from './CurrentTicket';
import { TransferDialog, type TransferTarget } from './TransferDialog';
import { useTicketReprint } from './TicketReprint';
import { useShortcutKeys } from './useShortcutKeys';
import { WaitingList } from './WaitingList';

const actionIcon: Record<CounterAction, IconName> = {
  callNext: 'call',
  recall: 'recall',
  start: 'play',
  finish: 'check',
  noShow: 'absent',
  transfer: 'transfer',
  pauseResume: 'pause',
  close: 'power',
};

type DeskWrite = CounterAction | 'recallAbsent';

/** The desk's ways into the dossier work of the same counter screen. */
export interface DossierShortcuts {
  /** Opens the intake form for the ticket at the desk. */
  onIntake(): void;
  onReturnDesk(): void;
  /** The dossier received for the ticket at the desk, if any: the rating invitation is for it. */
  ratingTarget: { dossierCode: string } | { ticketToken: string } | null;
}

export function WorkDesk({
  counter,
  counters,
  areas,
  state,
  onState,
  shortcuts,
}: {
  counter: Counter;
  counters: readonly Counter[];
  areas: readonly ServiceArea[];
  state: CounterState;
  onState(state: CounterState): void;
  shortcuts: DossierShortcuts;
}) {
  const { t } = useI18n();
  // One write at a time for the whole desk: a held-down function key sends one request.
  const desk = useWrite((_action: DeskWrite, request: () => Promise<CounterState>) => request().then(onState));
  const busy = desk.busyWith ?? null;
  const notice = desk.error ?? null;
  const [dialog, setDialog] = useState<'transfer' | 'close' | null>(null);
  const available = availableActions(state);
  const counterId = counter.id;
  const reprint = useTicketReprint();

  // "Nobody waiting" is old news as soon as someone is.
  const someoneWaiting = state.waiting.length > 0;
  useEffect(() => {
    if (someoneWaiting && notice?.code === 'QUEUE_EMPTY') desk.setError(undefined);
  }, [someoneWaiting]);

  const perform = desk.run;

  const trigger = (action: CounterAction) => {
    if (!available[action] || busy) return;
    switch (action) {
      case 'callNext':
        return void perform(action, () => api.call('queue.callNext', { counterId }));
      case 'recall':
        return void perform(action, () => api.call('queue.recall', { counterId }));
      case 'start':
        return void perform(action, () => api.call('queue.start', { counterId }));
      case 'finish':
        return void perform(action, () => api.call('queue.finish', { counterId }));
      case 'noShow':
        return void perform(action, () => api.call('queue.noShow', { counterId }));
      case 'pauseResume':
        return void perform(action, () =>
          state.paused ? api.call('queue.resume', { counterId }) : api.call('queue.pause', { counterId }),
        );
      case 'transfer':
      case 'close':
        desk.setError(undefined);
        setDialog(action);
        return;
    }
  };

  useShortcutKeys((key, repeat) => {
    const action = actionForKey(key);
    if (!action) return false;
    if (!repeat) trigger(action);
    return true;
  }, dialog === null);

  const transfer = async (target: TransferTarget) => {
    const done = await perform('transfer', () =>
      api.call('queue.transfer', target.kind === 'area' ? { counterId, toAreaId: target.id } : { counterId, toCounterId: target.id }),
    );
    if (done) setDialog(null);
    return done;
  };

  const close = async () => {
    await perform('close', () => api.call('queue.closeCounter', { counterId }));
    setDialog(null);
  };

  const actionButton = (action: CounterAction, className = '') => (
    <button
      key={action}
      type="button"
      className={`button desk-action ${className} ${busy === action ? 'is-busy' : ''}`}
      disabled={!available[action] || busy !== null}
      onClick={() => trigger(action)}
      data-action={action}
    >
      <Icon name={action === 'pauseResume' && state.paused ? 'play' : actionIcon[action]} size={22} />
      <span className="desk-action-label">{t(actionLabel(action, state.paused))}</span>
      <kbd className="desk-key">{shortcutOf[action]}</kbd>
    </button>
  );

  const openAreas = areasOf(state.areaIds, areas);

  return (
    <main className="counter-layout">
      <section className="counter-work">
        {state.paused ? (
          <div className="notice notice-warning" role="status" data-testid="paused-notice">
            <Icon name="pause" className="notice-icon" />
            <p className="notice-title">{t('counter.pausedNotice')}</p>
          </div>
        ) : null}
        <div className="card serving-card">
          <CurrentTicket ticket={state.current} areas={areas} />
          <div className="desk-actions" role="group" aria-label={t('counter.actionsTitle')}>
            {actionButton('callNext', 'button-primary desk-action-main')}
            {actionButton('recall')}
            {actionButton('start')}
            {actionButton('finish')}
            {actionButton('noShow')}
            {actionButton('transfer')}
          </div>
        </div>
        <div className="desk-dossier-bar" role="group" aria-label={t('intake.tabs.intake')}>
          <button type="button" className="button button-primary-outline" onClick={shortcuts.onIntake} data-testid="desk-intake">
            <Icon name="document" size={20} />
            {state.current ? t('intake.openForTicket', { number: state.current.number }) : t('intake.openWithoutTicket')}
          </button>
          <button type="button" className="button" onClick={shortcuts.onReturnDesk}>
            <Icon name="inbox" size={20} />
            {t('intake.tabs.return')}
          </button>
          <RatingInviteButton target={shortcuts.ratingTarget} />
          {state.current ? (
            <button
              type="button"
              className="button"
              onClick={() => state.current && reprint.reprint(state.current)}
              disabled={reprint.busyId !== null}
              data-testid="desk-reprint"
            >
              <Icon name="printer" size={20} />
              {reprint.busyId === state.current.id ? t('counter.reprint.busy') : t('counter.reprint.action')}
            </button>
          ) : null}
        </div>
        {reprint.notice}
        {notice ? <CounterNotice error={notice} /> : null}
        <WaitingList state={state} areas={areas} />
      </section>

      <aside className="counter-side">
        <div className="card counter-card">
          <div className="counter-card-top">
            <span className="counter-card-number">{counter.number}</span>
            <div>
              <p className="card-label">{t('counter.counterNumber', { number: counter.number })}</p>
              <p className="counter-card-name">{counter.name}</p>
              <span className={`counter-state ${state.paused ? 'is-paused' : 'is-open'}`} data-testid="counter-state">
                {state.paused ? t('counter.statePaused') : t('counter.stateOpen')}
              </span>
            </div>
          </div>
          <div className="counter-card-actions">
            {actionButton('pauseResume', 'button-on-dark')}
            {actionButton('close', 'button-on-dark')}
          </div>
        </div>
        <div className="card areas-card">
          <div className="card-bar">
            <h2 className="card-title">{t('counter.areasTitle')}</h2>
            <span className="badge">{t('counter.areasCount', { count: openAreas.length })}</span>
          </div>
          <ul className="area-chips" data-testid="counter-areas">
            {openAreas.map((area) => (
              <li key={area.id} className="area-chip">
                <span className="area-row-prefix">{area.ticketPrefix}</span>
                {area.name}
              </li>
            ))}
          </ul>
        </div>
        <AbsentList
          tickets={state.noShows}
          areas={areas}
          canRecall={state.current === null && busy === null}
          onRecall={(ticketId) => void perform('recallAbsent', () => api.call('queue.recall', { counterId, ticketId }))}
          reprintingId={reprint.busyId}
          onReprint={reprint.reprint}
        />
      </aside>

      {dialog === 'transfer' && state.current ? (
        <TransferDialog
          ticket={state.current}
          counterId={counterId}
          counters={counters}
          areas={areas}
          busy={busy === 'transfer'}
          error={notice}
          onTransfer={transfer}
          onCancel={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'close' ? (
        <CloseCounterDialog counter={counter} busy={busy === 'close'} onConfirm={() => void close()} onCancel={() => setDialog(null)} />
      ) : null}
    </main>
  );
}

/** Nobody waiting is not a failure: it gets a calm note; real refusals get the error look. */
function CounterNotice({ error }: { error: AppError }) {
  const { t } = useI18n();
  return (
    <div data-testid="counter-notice">
      {error.code === 'QUEUE_EMPTY' ? (
        <div className="notice notice-info" role="status">
          <Icon name="inbox" className="notice-icon" />
          <div>
            <p className="notice-title">{t('counter.queueEmptyNotice')}</p>
            <p>{t('counter.queueEmptyNoticeHint')}</p>
          </div>
        </div>
      ) : (
        <ErrorNotice error={error} />
      )}
    </div>
  );
}
