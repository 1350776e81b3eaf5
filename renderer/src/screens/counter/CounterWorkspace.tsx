/**
 * Everything an officer does at one counter, in three parts: the queue desk, the
 * intake form and the return desk (one address each). The counter's live state is
 * read here once, so the intake knows the ticket at the desk; scans are read here
 * too, whichever part is showing: a CCCD fills the intake form (or, at the return
 * desk, searches by its number), a receipt's QR opens its dossier at the return
 * desk, anything else gets a short note and never lands in a field. Papers a
 * document scanner saves into the counter's scan folder join the intake form.
 */
import { useRef, useState } from 'react';
import type { CccdCardView, Counter, ServiceArea } from '@contract';
import { api } from '../../api/client';
import { asAppError } from '../../api/appError';
import { useEvent, useMethod, useThrottled } from '../../api/hooks';
import { useErrorText } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/I18nProvider';
import { navigate } from '../../router/router';
import type { WedgeScan } from '../../scanner/keyboardWedge';
import { meaningOfScan } from '../../scanner/scanMeaning';
import { useKeyboardWedge } from '../../scanner/useKeyboardWedge';
import { useSession } from '../../session/SessionProvider';
import { IntakeForm, type IntakeCommand } from '../intake/IntakeForm';
import { ReturnDesk, type ReturnCommand } from '../returnDesk/ReturnDesk';
import { CounterDesk } from './CounterDesk';
import { counterTabLabel, counterTabPath, counterTabs, type CounterTab } from './counterTabs';
import { ScanNotice, type ScanNoticeValue } from './ScanNotice';
import { StationScanners } from './StationScanners';

/** Which person a scan fills: the one whose fields have the focus, else the applicant. */
function personWithFocus(): 'applicant' | 'submitter' {
  const holder = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('[data-person]') : null;
  return holder?.dataset.person === 'submitter' ? 'submitter' : 'applicant';
}

export function CounterWorkspace({
  counter,
  counters,
  areas,
  tab,
}: {
  counter: Counter;
  counters: readonly Counter[];
  areas: readonly ServiceArea[];
  tab: CounterTab;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { user } = useSession();
  const state = useMethod('queue.counterState', { counterId: counter.id });
  // Another counter called, a kiosk issued, someone transferred a ticket here: look
  // again, at most a few times a second however busy the hall (every counter does this).
  useEvent('queue.changed', useThrottled(state.reload));
  const mine = state.data?.open === true && state.data.userId === user?.id;
  const current = mine ? (state.data?.current ?? null) : null;

  const seq = useRef(0);
  const next = () => (seq.current += 1);
  const [intakeCommand, setIntakeCommand] = useState<IntakeCommand | null>(null);
  const [returnCommand, setReturnCommand] = useState<ReturnCommand | null>(null);
  const [notice, setNotice] = useState<ScanNoticeValue | null>(null);
  /** Dossier codes received for today's tickets at this desk, for the rating invitation. */
  const [dossierOfTicket, setDossierOfTicket] = useState<Record<number, string>>({});

  const go = (target: CounterTab) => navigate(counterTabPath[target]);
  const say = (tone: ScanNoticeValue['tone'], text: string) => setNotice({ seq: next(), tone, text });

  const fillFromCard = (card: CccdCardView, person: 'applicant' | 'submitter') => {
    setIntakeCommand({ seq: next(), kind: 'card', card, person, ticket: current });
    say('success', t('scan.cardRead'));
    go('intake');
  };

  const latestTab = useRef(tab);
  latestTab.current = tab;
  /** On the return tab a scanned card looks up the citizen's dossiers instead of filling the form: true when it did. */
  const searchedOnReturnTab = (idNumber: string): boolean => {
    if (latestTab.current !== 'return') return false;
    setReturnCommand({ seq: next(), kind: 'search', query: idNumber });
    say('info', t('scan.searchById'));
    return true;
  };
  useKeyboardWedge((scan: WedgeScan) => {
    const meaning = meaningOfScan(scan);
    switch (meaning.kind) {
      case 'cccdGarbled':
        return say('warning', t('scan.vietnameseLost'));
      case 'cccd': {
        if (searchedOnReturnTab(meaning.idNumber)) return;
        const person = personWithFocus();
        api.call('scanner.parse', { payload: meaning.payload }).then(
          (card) => fillFromCard(card, person),
          (failure: unknown) => say('error', errorText(asAppError(failure))),
        );
        return;
      }
      case 'dossierCode':
        setReturnCommand({ seq: next(), kind: 'code', code: meaning.code });
        say('info', t('scan.receiptRead', { code: meaning.code }));
        return go('return');
      case 'ticket':
        return say('info', t('scan.ticket'));
      case 'unknown':
        return say('info', t('scan.unknown'));
    }
  });

  // A scanner attached to the station reports for the counter it serves.
  useEvent('scanner.scanned', (scanned) => {
    if (scanned.counterId !== counter.id) return;
    if (scanned.kind === 'refused') return say('warning', scanned.message);
    if (searchedOnReturnTab(scanned.card.idNumber)) return;
    fillFromCard(scanned.card, personWithFocus());
  });

  // A document scanner saved into this counter's scan folder: the file joins the intake form.
  useEvent('attachments.scanned', (scanned) => {
    if (scanned.counterId !== counter.id) return;
    if (scanned.kind === 'refused') return say('warning', t('scan.fileRefused', { name: scanned.fileName, reason: scanned.message }));
    setIntakeCommand({ seq: next(), kind: 'file', file: { sha256: scanned.sha256, fileName: scanned.fileName, size: scanned.size } });
    say('success', t('scan.fileStored', { name: scanned.fileName }));
    go('intake');
  });

  const shortcuts = {
    onIntake: () => {
      setIntakeCommand({ seq: next(), kind: 'start', ticket: current });
      go('intake');
    },
    onReturnDesk: () => go('return'),
    // A dossier received at this visit is rated as the dossier; otherwise the visit is rated by its ticket.
    ratingTarget: current ? (dossierOfTicket[current.id] ? { dossierCode: dossierOfTicket[current.id]! } : { ticketToken: current.trackingToken }) : null,
  };

  return (
    <>
      <nav className="tabs counter-tabs" aria-label={t('counter.screenTitle')}>
        {counterTabs.map((name) => (
          <button
            key={name}
            type="button"
            className={`tab ${name === tab ? 'is-current' : ''}`}
            aria-current={name === tab ? 'page' : undefined}
            onClick={() => go(name)}
            data-tab={name}
          >
            {t(counterTabLabel[name])}
            {name === 'desk' && current ? <span className="badge badge-blue tab-badge">{current.number}</span> : null}
          </button>
        ))}
        <StationScanners counterId={counter.id} />
      </nav>
      <ScanNotice notice={notice} onDone={() => setNotice(null)} />
      {tab === 'desk' ? <CounterDesk counter={counter} counters={counters} areas={areas} state={state} shortcuts={shortcuts} /> : null}
      <main className="counter-panel" hidden={tab !== 'intake'}>
        <IntakeForm
          counterId={counter.id}
          currentTicket={current}
          areas={areas}
          command={intakeCommand}
          onSaved={(saved, ticket) => {
            if (ticket) setDossierOfTicket((previous) => ({ ...previous, [ticket.id]: saved.dossier.code }));
          }}
        />
      </main>
      <main className="counter-panel" hidden={tab !== 'return'}>
        <ReturnDesk command={returnCommand} />
      </main>
    </>
  );
}
