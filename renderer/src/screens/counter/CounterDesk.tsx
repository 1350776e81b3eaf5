/**
 * One counter's desk: its live state from the station (refreshed whenever any queue
 * changes), opened for its areas first, then the work desk for the officer who
 * holds it.
 */
import type { Counter, ServiceArea } from '../../../../preload/contract';
import { useEvent, useMethod } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Splash } from '../../components/Splash';
import { useI18n } from '../../i18n/I18nProvider';
import { useSession } from '../../session/SessionProvider';
import { OpenCounterPanel } from './OpenCounterPanel';
import { WorkDesk } from './WorkDesk';

export function CounterDesk({
  counter,
  counters,
  areas,
}: {
  counter: Counter;
  counters: readonly Counter[];
  areas: readonly ServiceArea[];
}) {
  const { t } = useI18n();
  const { user } = useSession();
  const state = useMethod('queue.counterState', { counterId: counter.id });
  // Another counter called, a kiosk issued, someone transferred a ticket here: look again.
  useEvent('queue.changed', () => state.reload());

  if (!state.data) {
    return state.error ? (
      <main className="page-body">
        <ErrorNotice error={state.error} />
      </main>
    ) : (
      <Splash text={t('app.loading')} />
    );
  }
  if (!state.data.open || state.data.userId !== user?.id) {
    return <OpenCounterPanel counter={counter} areas={areas} state={state.data} onOpened={state.replace} />;
  }
  return <WorkDesk counter={counter} counters={counters} areas={areas} state={state.data} onState={state.replace} />;
}
