/**
 * Everything the reference provincial server keeps, in one SQLite file and one
 * attachments folder under its data directory: sites and sessions, the event
 * ledger, the dossiers, the attachments and the change feed. Also the simulated
 * provincial officers, who decide statuses that stations then pull.
 */
import { join } from 'node:path';
import { nationalDateTime } from '@domain/dossier/nationalPayload';
import { provinceChanges } from '@domain/sync/provinceEvents';
import { attachmentStore, type AttachmentStore } from './attachmentStore';
import { changeFeed, checkChange, type ChangeFeed } from './changeFeed';
import { credentialBook, type CredentialBook } from './credentials';
import { startCheckpointer } from './checkpointer';
import { databaseFileName, openProvincialDatabase, type ProvincialDb } from './database';
import { dossierBook, type DossierBook } from './dossierBook';
import { eventLedger, type EventLedger } from './eventLedger';

/** Statuses an officer at the province decides (the others are the counter's). */
export const officerStatuses: readonly number[] = [4, 6, 8, 9];

export interface OfficerDecision {
  MaHoSo: string;
  TrangThaiHoSo: number;
  NoiDungXuLy?: string | null;
  NguoiXuLy?: string | null;
}

export type DecisionOutcome = { ok: true; cursor: string } | { ok: false; status: 400 | 404; reason: string };

export interface ProvincialStore {
  db: ProvincialDb;
  credentials: CredentialBook;
  dossiers: DossierBook;
  attachments: AttachmentStore;
  events: EventLedger;
  changes: ChangeFeed;
  /**
   * A provincial officer's decision on a known dossier: the province's copy takes
   * the status and a dossier.status change goes to the dossier's site. The move is
   * not checked against any status machine on purpose, so tests can send a station
   * a change it must refuse (e.g. a status for a dossier already returned).
   */
  decide(decision: OfficerDecision): DecisionOutcome;
  close(): Promise<void>;
}

export function openProvincialStore(dataDir: string, now: () => Date): ProvincialStore {
  const db = openProvincialDatabase(dataDir);
  const checkpointer = startCheckpointer(join(dataDir, databaseFileName), {
    intervalMs: 100,
    onError: (message) => process.stderr.write(`Checkpoint failed (the automatic one takes over): ${message}\n`),
  });
  const credentials = credentialBook(db, now);
  const dossiers = dossierBook(db, now);
  const attachments = attachmentStore(db, dataDir, now);
  const events = eventLedger(db, now, dossiers, attachments);
  const changes = changeFeed(db, now);

  const decide = db.transaction((decision: OfficerDecision): DecisionOutcome => {
    if (!officerStatuses.includes(decision.TrangThaiHoSo)) {
      return { ok: false, status: 400, reason: `officers decide statuses ${officerStatuses.join(', ')} only` };
    }
    const dossier = dossiers.get(decision.MaHoSo);
    if (!dossier) return { ok: false, status: 404, reason: 'unknown dossier' };
    const checked = checkChange(provinceChanges.dossierStatus.kind, {
      MaHoSo: decision.MaHoSo,
      TrangThaiHoSo: decision.TrangThaiHoSo,
      ...(decision.NoiDungXuLy !== undefined ? { NoiDungXuLy: decision.NoiDungXuLy } : {}),
      ...(decision.NguoiXuLy !== undefined ? { NguoiXuLy: decision.NguoiXuLy } : {}),
      ThoiDiemXuLy: nationalDateTime(now()),
    });
    if (!checked.ok) return { ok: false, status: 400, reason: checked.reason };
    dossiers.setStatus(decision.MaHoSo, decision.TrangThaiHoSo);
    return { ok: true, cursor: changes.append(checked.change, dossier.siteId) };
  });

  return {
    db,
    credentials,
    dossiers,
    attachments,
    events,
    changes,

    decide(decision: OfficerDecision): DecisionOutcome {
      return decide.immediate(decision);
    },

    async close(): Promise<void> {
      await checkpointer.stop();
      db.close();
    },
  };
}
