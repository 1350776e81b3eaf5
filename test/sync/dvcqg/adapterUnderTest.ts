/** The adapter as a province would configure it, talking to the scripted vendor. */
import { createDvcqgAdapter, type DvcqgAdapterOptions } from '../../../main/sync/dvcqg';
import { scriptedVendor, type VendorStep } from './vendorFixtures';

/** The station's own clock in these tests: a minute before the vendor's Date headers. */
export const stationNow = new Date('2025-09-15T01:05:00.000Z');

export function adapterAgainst(steps: VendorStep[], options: Partial<DvcqgAdapterOptions> = {}) {
  const vendor = scriptedVendor(steps);
  const adapter = createDvcqgAdapter({
    baseUrl: 'https://motcua.example.gov.vn/lgsp/',
    username: 'tram.quangphu',
    password: 'synthetic-password',
    madonvi: '000.17.22.H56',
    http: vendor.http,
    clock: { now: () => stationNow },
    ...options,
  });
  return { adapter, vendor };
}
