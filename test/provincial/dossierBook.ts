/**
 * The province's copy of each dossier: the latest DongBoHoSoMC payload by MaHoSo,
 * its status, and how many times it was brought in (received or refused), which
 * must be exactly once per dossier however often the station retried.
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
  payload: string;
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
  const insert = db.prepare(
    'INSERT INTO dossiers (ma_ho_so, site_id, status, payload, times_created, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const update = db.prepare('UPDATE dossiers SET status = ?, payload = ?, times_created = times_created + ?, updated_at = ? WHERE ma_ho_so = ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM dossiers');

  return {
    get(maHoSo: string): DossierRecord | undefined {
      const row = byCode.get(maHoSo);
      return row ? recordOf(row) : undefined;
    },

    payloadOf(maHoSo: string): unknown {
      const row = byCode.get(maHoSo);
      return row ? JSON.parse(row.payload) : undefined;
    },

    list(): DossierRecord[] {
      return all.all().map(recordOf);
    },

    count(): number {
      return count.get()?.n ?? 0;
    },

    /** Upserts from an accepted event: the payload (JSON text) replaces the stored one. `known`: the dossier is already stored. */
    store(siteId: string, maHoSo: string, status: number, payloadJson: string, creating: boolean, known: boolean): void {
      const at = now().toISOString();
      if (known) update.run(status, payloadJson, creating ? 1 : 0, at, maHoSo);
      else insert.run(maHoSo, siteId, status, payloadJson, creating ? 1 : 0, at, at);
    },

    /** Records a status decided by the province; the payload follows. */
    setStatus(maHoSo: string, status: number): void {
      const row = byCode.get(maHoSo);
      if (!row) throw new Error(`unknown dossier ${maHoSo}`);
      const payload = { ...(JSON.parse(row.payload) as Record<string, unknown>), TrangThaiHoSo: status };
      update.run(status, JSON.stringify(payload), 0, now().toISOString(), maHoSo);
    },
  };
}
export type DossierBook = ReturnType<typeof dossierBook>;
