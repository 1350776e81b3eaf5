import { describe, expect, it } from 'vitest';
import { AppError, type EventMessage, type Site } from '@contract';
import { provinceEvents } from '@domain/sync/provinceEvents';
import type { WriteContext } from '../../main/services/unitOfWork';
import { expectOk, loginAs, seedDemoInto, testStation } from '../helpers/testStation';

const newSite: Site = {
  agencyCode: '000.22.38.H56',
  agencyName: 'Ủy ban nhân dân phường Hạc Thành',
  centreName: 'Trung tâm Phục vụ hành chính công phường Hạc Thành',
  provinceName: 'Tỉnh Thanh Hóa',
  address: null,
  phone: null,
};

function counts(station: Awaited<ReturnType<typeof testStation>>) {
  const db = station.services.db;
  const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { outbox: n('outbox'), audit: n('audit_log'), site: n('site') };
}

/**
 * Updates the site in one unit of work whose `end` fails; checks that nothing of it is kept or
 * announced, and returns what it threw.
 */
async function siteUpdateThatFails(end: (ctx: WriteContext) => void): Promise<unknown> {
  const station = await testStation();
  await seedDemoInto(station);
  const seen: EventMessage[] = [];
  station.events.subscribe((event) => seen.push(event));
  const before = counts(station);
  const siteBefore = station.services.site.get();

  let thrown: unknown = null;
  try {
    station.services.uow.run({ kind: 'system', name: 'cli' }, (ctx) => {
      ctx.repos.site.save(newSite, ctx.now);
      ctx.audit('site.update', 'site', newSite.agencyCode);
      ctx.afterCommit('site.changed', newSite);
      end(ctx);
    });
  } catch (error) {
    thrown = error;
  }

  expect(thrown).not.toBeNull();
  expect(counts(station)).toEqual(before);
  expect(station.services.site.get()).toEqual(siteBefore);
  expect(seen).toEqual([]);
  await station.close();
  return thrown;
}

describe('every write is one transaction with its outbox and audit rows', () => {
  it('updating the site writes the site, one outbox event for the province and one audit row together', async () => {
    const station = await testStation();
    await seedDemoInto(station);
    const token = await loginAs(station, 'admin');
    const before = counts(station);

    expectOk(await station.call('site.update', newSite, token));

    const after = counts(station);
    expect(after.outbox).toBe(before.outbox + 1);
    expect(after.audit).toBe(before.audit + 1);
    const outbox = station.services.db.prepare('SELECT o.type, o.aggregate_id, o.payload_bytes, p.payload FROM outbox o JOIN outbox_payloads p USING (seq) ORDER BY seq DESC LIMIT 1').get() as {
      type: string;
      aggregate_id: string;
      payload: string;
    };
    expect(outbox.type).toBe('site.profile');
    expect(outbox.aggregate_id).toBe('000.22.38.H56');
    expect(JSON.parse(outbox.payload)).toMatchObject({ centreName: newSite.centreName });
    expect(station.services.site.get()).toEqual(newSite);
    await station.close();
  });

  it('a write that fails half-way leaves no data, no outbox row, no audit row and sends no event', async () => {
    const thrown = await siteUpdateThatFails((ctx) => {
      ctx.toProvince(provinceEvents.siteProfile, newSite.agencyCode, newSite);
      throw new Error('power cut in the middle of the write');
    });
    expect(thrown).toMatchObject({ message: 'power cut in the middle of the write' });
  });

  it('a province event whose payload fails its schema throws an AppError and the write leaves nothing', async () => {
    const thrown = await siteUpdateThatFails((ctx) => ctx.toProvince(provinceEvents.siteProfile, newSite.agencyCode, { ...newSite, agencyName: null } as never));
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ code: 'INTERNAL' });
    expect((thrown as AppError).detail).toContain('site.profile');
    expect((thrown as AppError).detail).toContain('agencyName');
  });

  it('screens hear of a committed change through an event after the commit', async () => {
    const station = await testStation();
    await seedDemoInto(station);
    const token = await loginAs(station, 'admin');
    const seen: EventMessage[] = [];
    station.events.subscribe((event) => seen.push(event));
    expectOk(await station.call('site.update', newSite, token));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ name: 'site.changed', seq: 1, payload: newSite });
    await station.close();
  });
});
