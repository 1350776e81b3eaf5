import type { Site } from '@contract/schemas';
import type { Db } from '../connection';

interface SiteRow {
  agency_code: string;
  agency_name: string;
  centre_name: string;
  province_name: string;
  address: string | null;
  phone: string | null;
}

/** The one centre this station serves. */
export interface SiteRepository {
  get(): Site | null;
  save(site: Site, now: Date): void;
}

export function siteRepository(db: Db): SiteRepository {
  const select = db.prepare<[], SiteRow>(
    'SELECT agency_code, agency_name, centre_name, province_name, address, phone FROM site WHERE id = 1',
  );
  const upsert = db.prepare(`
    INSERT INTO site (id, agency_code, agency_name, centre_name, province_name, address, phone, updated_at)
    VALUES (1, @agencyCode, @agencyName, @centreName, @provinceName, @address, @phone, @updatedAt)
    ON CONFLICT (id) DO UPDATE SET agency_code = excluded.agency_code, agency_name = excluded.agency_name,
      centre_name = excluded.centre_name, province_name = excluded.province_name, address = excluded.address,
      phone = excluded.phone, updated_at = excluded.updated_at`);
  return {
    get(): Site | null {
      const row = select.get();
      return row
        ? {
            agencyCode: row.agency_code,
            agencyName: row.agency_name,
            centreName: row.centre_name,
            provinceName: row.province_name,
            address: row.address,
            phone: row.phone,
          }
        : null;
    },
    save(site: Site, now: Date): void {
      upsert.run({ ...site, updatedAt: now.toISOString() });
    },
  };
}
