/**
 * The province's copy of each dossier: its status, the event that carried its
 * latest DongBoHoSoMC payload, and how many times it was brought in (received or
 * refused), which must be exactly once per dossier however often the station
 * retried. The payload itself is stored once, with its event: a dossier row
 * points at it instead of holding a second copy of every payload the sync brings.
 */
import type { ProvincialDb } from './database';

export interface DossierRecord {
  MaHoSo: string;
  siteId: string;
  TrangThaiHoSo: number;
  timesCreated: number;
  createdAt: string;
  updatedAt: string;
}

interface DossierRow {
  ma_ho_so: string;
  site_id: string;
  status: number;
  payload_event: number;
  times_created: number;
  created_at: string;
  updated_at: string;
}

const recordOf = (row: DossierRow): DossierRecord => ({
  MaHoSo: row.ma_ho_so,
  siteId: row.site_id,
  TrangThaiHoSo: row.status,
  timesCreated: row.times_created,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function dossierBook(db: ProvincialDb, now: () => Date) {
  const byCode = db.prepare<[string], DossierRow>('SELECT * FROM dossiers WHERE ma_ho_so = ?');
  const all = db.prepare<[], DossierRow>('SELECT * FROM dossiers ORDER BY created_at, ma_ho_so');
  const payloadByCode = db.prepare<[string], { status: number; payload: string }>(
    'SELECT d.status, e.payload FROM dossiers d JOIN events e ON e.rowid = d.payload_event WHERE d.ma_ho_so = ?',
  );
  const insert = db.prepare(
    'INSERT INTO dossiers (ma_ho_so, site_id, status, payload_event, times_created, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const update = db.prepare('UPDATE dossiers SET status = ?, payload_event = ?, times_created = times_created + ?, updated_at = ? WHERE ma_ho_so = ?');
  const updateStatus = db.prepare('UPDATE dossiers SET status = ?, updated_at = ? WHERE ma_ho_so = ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM dossiers');

  return {
    get(maHoSo: string): DossierRecord | undefined {
      const row = byCode.get(maHoSo);
      return row ? recordOf(row) : undefined;
    },

    /** The latest payload, with the status the province now holds (an officer's decision changes only the status). */
    payloadOf(maHoSo: string): unknown {
      const row = payloadByCode.get(maHoSo);
      return row ? { ...(JSON.parse(row.payload) as Record<string, unknown>), TrangThaiHoSo: row.status } : undefined;
    },

    list(): DossierRecord[] {
      return all.all().map(recordOf);
    },

    count(): number {
      return count.get()?.n ?? 0;
    },

    /** Upserts from an accepted event (`payloadEvent`: its events rowid), whose payload becomes the latest. `known`: the dossier is already stored. */
    store(siteId: string, maHoSo: string, status: number, payloadEvent: number, creating: boolean, known: boolean): void {
      const at = now().toISOString();
      if (known) update.run(status, payloadEvent, creating ? 1 : 0, at, maHoSo);
      else insert.run(maHoSo, siteId, status, payloadEvent, creating ? 1 : 0, at, at);
    },

    /** Records a status decided by the province. */
    setStatus(maHoSo: string, status: number): void {
      if (updateStatus.run(status, now().toISOString(), maHoSo).changes === 0) throw new Error(`unknown dossier ${maHoSo}`);
    },
  };
}
export type DossierBook = ReturnType<typeof dossierBook>;
