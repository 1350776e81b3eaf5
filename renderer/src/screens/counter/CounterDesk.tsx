/**
 * One counter's desk: opened for its areas first, then the work desk for the
 * officer who holds it. The counter's live state comes from the workspace above.
 */
import type { Counter, CounterState, ServiceArea } from '@contract';
import type { Loaded } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Splash } from '../../components/Splash';
import { useI18n } from '../../i18n/I18nProvider';
import { useSession } from '../../session/SessionProvider';
import { OpenCounterPanel } from './OpenCounterPanel';
import { WorkDesk, type DossierShortcuts } from './WorkDesk';

export function CounterDesk({
  counter,
  counters,
  areas,
  state,
  shortcuts,
}: {
  counter: Counter;
  counters: readonly Counter[];
  areas: readonly ServiceArea[];
  state: Loaded<CounterState>;
  shortcuts: DossierShortcuts;
}) {
  const { t } = useI18n();
  const { user } = useSession();

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
  return <WorkDesk counter={counter} counters={counters} areas={areas} state={state.data} onState={state.replace} shortcuts={shortcuts} />;
}
