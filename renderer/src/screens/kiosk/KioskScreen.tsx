/**
 * The citizen's touch screen in the hall: a service area, then "normal" or a
 * priority category, then the ticket on screen. Big targets, no keyboard, no way to
 * get lost: after 15 seconds without a touch any step goes back to the start.
 */
import { useState } from 'react';
import type { AppError, IssuedTicket, PriorityCategoryName, ServiceArea } from '@contract';
import { api } from '../../api/client';
import { useMethod } from '../../api/hooks';
import { useWrite } from '../../api/useWrite';
import { useI18n } from '../../i18n/I18nProvider';
import { AreaStep } from './AreaStep';
import { KioskHeader } from './KioskHeader';
import { CategoryStep } from './CategoryStep';
import { FailedStep } from './FailedStep';
import { TicketStep } from './TicketStep';
import { useIdle } from './useIdle';

const idleResetMs = 15_000;

type Step =
  | { kind: 'areas' }
  | { kind: 'category'; area: ServiceArea }
  | { kind: 'issuing'; area: ServiceArea; priority: PriorityCategoryName | null }
  | { kind: 'ticket'; ticket: IssuedTicket }
  | { kind: 'failed'; area: ServiceArea; priority: PriorityCategoryName | null; error: AppError };

export function KioskScreen() {
  const areas = useMethod('catalogue.serviceAreas', {});
  const [step, setStep] = useState<Step>({ kind: 'areas' });

  useIdle(
    idleResetMs,
    () => {
      // A ticket being issued is waited for; its number must reach the screen.
      if (step.kind === 'issuing') return;
      setStep({ kind: 'areas' });
      window.scrollTo(0, 0);
    },
    step,
  );

  // The step says it all: "issuing" while it is under way, the failure on the failed step.
  const issue = useWrite(
    async (area: ServiceArea, priority: PriorityCategoryName | null) => {
      setStep({ kind: 'issuing', area, priority });
      const ticket = await api.call('queue.issueTicket', { areaId: area.id, priority });
      setStep({ kind: 'ticket', ticket });
    },
    { onError: (error, area, priority) => setStep({ kind: 'failed', area, priority, error }) },
  );

  const restart = () => setStep({ kind: 'areas' });

  return (
    <div className="kiosk-page" data-step={step.kind} onContextMenu={(event) => event.preventDefault()}>
      <KioskHeader />

      {step.kind === 'areas' ? (
        <AreaStep areas={areas} onChoose={(area) => setStep({ kind: 'category', area })} />
      ) : step.kind === 'category' || step.kind === 'issuing' ? (
        <CategoryStep
          area={step.area}
          issuing={step.kind === 'issuing' ? { priority: step.priority } : null}
          onChoose={(priority) => void issue.run(step.area, priority)}
          onBack={restart}
        />
      ) : step.kind === 'ticket' ? (
        <TicketStep ticket={step.ticket} onDone={restart} />
      ) : (
        <FailedStep error={step.error} onRetry={() => void issue.run(step.area, step.priority)} onRestart={restart} />
      )}

      <KioskFooter />
    </div>
  );
}

function KioskFooter() {
  const { t } = useI18n();
  return <footer className="kiosk-footer">{t('kiosk.footer')}</footer>;
}
