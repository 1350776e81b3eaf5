/**
 * A station and the reference provincial server side by side, both real, on
 * loopback. The only seam is the station's HTTP client, which a test may wrap to
 * see or spoil what crosses the wire (the network edge).
 */
import { randomBytes } from 'node:crypto';
import type { Dossier, SyncStatus } from '@contract';
import { nodeHttpClient, type HttpClient } from '../../../main/sync/httpClient';
import type { Timers } from '../../../main/runtime/timers';
import { applicants, intakeFor, procedureNamed } from '../../helpers/dossierFixtures';
import { ManualClock } from '../../helpers/manualClock';
import { tempDir } from '../../helpers/tempDir';
import { expectOk, loginAs, seedDemoInto, testStation, type TestStation } from '../../helpers/testStation';
import { startProvincialServer, type ProvincialServer } from '../../provincial/server';

export const siteId = '000.31.38.H56';
export const siteSecret = 'bi-mat-dong-bo-cua-tram';

/** Timers that never fire by themselves: runs happen on kicks and syncNow only. */
export const heldTimers: Timers = { setTimeout: () => 0, clearTimeout: () => {} };

export interface SyncFixture {
  station: TestStation;
  province: ProvincialServer;
  officer: string;
  admin: string;
  clock: ManualClock;
  receive(count: number, withAttachment?: Buffer): Promise<Dossier[]>;
  syncNow(): Promise<SyncStatus>;
  close(): Promise<void>;
}

export async function syncFixture(options: { wrapHttp?: (inner: HttpClient) => HttpClient; provinceClockOffsetMs?: number; sessionTtlMs?: number } = {}): Promise<SyncFixture> {
  const clock = new ManualClock('2026-11-23T02:00:00Z');
  const province = await startProvincialServer({
    dataDir: tempDir(),
    sites: [{ id: siteId, secret: siteSecret }],
    clock,
    ...(options.provinceClockOffsetMs !== undefined ? { clockOffsetMs: options.provinceClockOffsetMs } : {}),
    ...(options.sessionTtlMs !== undefined ? { sessionTtlMs: options.sessionTtlMs } : {}),
  });
  const http = options.wrapHttp ? options.wrapHttp(nodeHttpClient) : nodeHttpClient;
  const station = await testStation({ clock, sync: { http, timers: heldTimers, random: () => 0.5 } });
  await seedDemoInto(station);
  const admin = await loginAs(station, 'admin', 'quantri');
  const officer = await loginAs(station, 'officer', 'tiepnhan1');
  expectOk(await station.call('sync.configure', { adapter: 'motcua', baseUrl: province.url, siteId, secret: siteSecret }, admin));
  const procedure = await procedureNamed(station, officer, 'Cấp giấy xác nhận tình trạng hôn nhân');

  return {
    station,
    province,
    officer,
    admin,
    clock,
    async receive(count, withAttachment) {
      const received: Dossier[] = [];
      for (let i = 0; i < count; i += 1) {
        let attachments: { sha256: string; fileName: string; documentIndex: number }[] = [];
        if (withAttachment) {
          const bytes = Buffer.concat([withAttachment, randomBytes(16)]); // each dossier its own scan
          const stored = station.services.attachments!.store({ kind: 'user', userId: 1 }, { fileName: `scan-${i}.pdf`, bytes });
          attachments = [{ sha256: stored.sha256, fileName: stored.fileName, documentIndex: 0 }];
        }
        const reply = await station.call('dossier.receive', intakeFor(procedure, i % 2 ? applicants.lan : applicants.duc, { attachments }), officer);
        received.push((expectOk(reply) as { dossier: Dossier }).dossier);
      }
      return received;
    },
    async syncNow() {
      return expectOk(await station.call('sync.now', {}, admin)) as SyncStatus;
    },
    async close() {
      await station.close();
      await province.close();
    },
  };
}

/** A scanned PDF of about `size` bytes. */
export function scannedPdf(size: number): Buffer {
  return Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(Math.max(0, size - 20)), Buffer.from('\n%%EOF\n')]);
}
