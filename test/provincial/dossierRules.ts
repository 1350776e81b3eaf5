/**
 * What the province checks in an event before accepting it. Event names are the
 * protocol's (main/domain/sync/provinceEvents.ts); the rules are the server's own,
 * deliberately written apart from the station's status machine and payload
 * schemas: a test oracle that copied the station's rules would agree with its bugs.
 */
import { nationalDossierEventNames, provinceEventNames, provinceEvents } from '@domain/sync/provinceEvents';
import { sha256Pattern } from '../../main/sync/protocol';

export const dossierEventTypes: ReadonlySet<string> = new Set(nationalDossierEventNames);
/** Events the province stores without interpreting them. */
export const recordedEventTypes: ReadonlySet<string> = new Set(provinceEventNames.filter((name) => !dossierEventTypes.has(name)));
/** Events that bring a dossier into the province's books (counted per MaHoSo to catch double delivery). */
export const creatingEventTypes: ReadonlySet<string> = new Set([provinceEvents.dossierReceived.name, provinceEvents.dossierRefused.name]);

/** Not accepted (3), withdrawn (7), stopped (8), returned (10): nothing moves a dossier out of these. */
const finalStatuses: ReadonlySet<number> = new Set([3, 7, 8, 10]);
/** Processed (9) can only be returned (10). */
const processed = 9;
const returned = 10;

export interface DossierFacts {
  MaHoSo: string;
  TrangThaiHoSo: number;
  /** SHA-256 of every attachment the dossier's live documents reference. */
  attachments: string[];
}

export type Reading<T> = { ok: true; value: T } | { ok: false; reason: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The fields of a DongBoHoSoMC payload the province acts on, or why the payload is unacceptable. */
export function readDossierPayload(payload: unknown): Reading<DossierFacts> {
  if (!isRecord(payload)) return { ok: false, reason: 'payload must be a DongBoHoSoMC object' };
  const { MaHoSo, TrangThaiHoSo, TaiLieuNop } = payload;
  if (typeof MaHoSo !== 'string' || MaHoSo.trim() === '' || MaHoSo.length > 64) {
    return { ok: false, reason: 'MaHoSo missing or invalid' };
  }
  if (typeof TrangThaiHoSo !== 'number' || !Number.isInteger(TrangThaiHoSo) || TrangThaiHoSo < 1 || TrangThaiHoSo > 10) {
    return { ok: false, reason: 'TrangThaiHoSo must be an integer from 1 to 10' };
  }
  const attachments: string[] = [];
  if (TaiLieuNop !== undefined && TaiLieuNop !== null) {
    if (!Array.isArray(TaiLieuNop)) return { ok: false, reason: 'TaiLieuNop must be an array' };
    for (const document of TaiLieuNop) {
      if (!isRecord(document)) return { ok: false, reason: 'TaiLieuNop items must be objects' };
      const id = document.TepDinhKemId;
      if (id === undefined || id === null || document.IsDeleted === true) continue;
      if (typeof id !== 'string' || !sha256Pattern.test(id)) return { ok: false, reason: 'TepDinhKemId must be a SHA-256 (64 hex digits)' };
      attachments.push(id);
    }
  }
  return { ok: true, value: { MaHoSo, TrangThaiHoSo, attachments } };
}

/** Why the province refuses to move a dossier from `from` to `to`, or null when it accepts. */
export function statusMoveProblem(from: number, to: number): string | null {
  if (from === to) return null;
  if (finalStatuses.has(from)) return `status regression: dossier is final (${from}), cannot become ${to}`;
  if (from === processed && to !== returned) return `status regression: dossier is processed (9), cannot become ${to}`;
  return null;
}
