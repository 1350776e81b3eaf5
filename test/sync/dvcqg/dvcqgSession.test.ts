import { describe, expect, it } from 'vitest';
import { adapterAgainst, stationNow } from './adapterUnderTest';
import { rejectionOf } from '../../helpers/appErrors';
import { sampleEvent, samplePayload } from './sampleEvents';
import { recordedReply } from './vendorFixtures';

const received = () => sampleEvent('dossier.received', samplePayload());

describe('the vendor session', () => {
  it('is not opened before something has to be sent', async () => {
    const { adapter, vendor } = adapterAgainst([]);
    await adapter.push([sampleEvent('ticket.issued', { number: 'A001' })]);
    expect(vendor.sent).toHaveLength(0);
  });

  it('is opened once and reused by later pushes', async () => {
    const { adapter, vendor } = adapterAgainst([recordedReply('auth-ok'), recordedReply('success'), recordedReply('success')]);
    await adapter.push([received()]);
    await adapter.push([received()]);
    expect(vendor.services()).toEqual(['authenticate', 'DongBoHoSoMC', 'DongBoHoSoMC']);
    expect(vendor.sent[2]!.body.session).toBe('synthetic-session-0001-7f3c9a2e4b');
  });

  it.each(['session-expired', 'session-expired-http-401'])('after %s: authenticates again once and repeats the call with the new session', async (expiry) => {
    const { adapter, vendor } = adapterAgainst([recordedReply('auth-ok'), recordedReply(expiry), recordedReply('auth-ok-second'), recordedReply('success')]);
    const event = received();
    const { results } = await adapter.push([event]);
    expect(results).toEqual([{ eventId: event.eventId, status: 'accepted' }]);
    expect(vendor.services()).toEqual(['authenticate', 'DongBoHoSoMC', 'authenticate', 'DongBoHoSoMC']);
    expect(vendor.sent[3]!.body).toStrictEqual({ ...vendor.sent[1]!.body, session: 'synthetic-session-0002-c41d07e9aa' });
  });

  it('expired again right after a fresh sign-in is a refusal (SYNC_AUTH), not a loop', async () => {
    const { adapter, vendor } = adapterAgainst([recordedReply('auth-ok'), recordedReply('session-expired'), recordedReply('auth-ok-second'), recordedReply('session-expired')]);
    const error = await rejectionOf(adapter.push([received(), received()]));
    expect(error.code).toBe('SYNC_AUTH');
    expect(error.detail).toContain('session refused again right after authenticating');
    expect(vendor.sent).toHaveLength(4);
  });

  it('keeps the new session for the next calls', async () => {
    const { adapter, vendor } = adapterAgainst([
      recordedReply('auth-ok'),
      recordedReply('session-expired'),
      recordedReply('auth-ok-second'),
      recordedReply('success'),
      recordedReply('success'),
    ]);
    await adapter.push([received(), received()]);
    expect(vendor.services()).toEqual(['authenticate', 'DongBoHoSoMC', 'authenticate', 'DongBoHoSoMC', 'DongBoHoSoMC']);
    expect(vendor.sent[4]!.body.session).toBe('synthetic-session-0002-c41d07e9aa');
  });

  it('refused credentials stop the push with SYNC_AUTH before any dossier is sent', async () => {
    const { adapter, vendor } = adapterAgainst([recordedReply('auth-refused')]);
    expect((await rejectionOf(adapter.push([received()]))).code).toBe('SYNC_AUTH');
    expect(vendor.services()).toEqual(['authenticate']);
  });

  it('is asked for once when two callers need it at the same moment', async () => {
    const { adapter, vendor } = adapterAgainst([recordedReply('auth-ok')]);
    await Promise.all([adapter.health(), adapter.health()]);
    expect(vendor.sent).toHaveLength(1);
  });
});

describe('health: the vendor has no health endpoint', () => {
  it('authenticates and reads the server time from the HTTP Date header', async () => {
    const { adapter, vendor } = adapterAgainst([recordedReply('auth-ok')]);
    expect(await adapter.health()).toEqual({ serverTime: new Date('2025-09-15T01:06:02.000Z'), serverTimeSource: 'vendor' });
    expect(vendor.services()).toEqual(['authenticate']);
  });

  it("falls back to the station's clock, and says so, when the reply has no Date header", async () => {
    const { adapter } = adapterAgainst([{ ...recordedReply('auth-ok'), headers: { 'content-type': 'application/json' } }]);
    expect(await adapter.health()).toEqual({ serverTime: stationNow, serverTimeSource: 'station' });
  });

  it('probes the network every time, even with a session in hand', async () => {
    const { adapter, vendor } = adapterAgainst([recordedReply('auth-ok'), recordedReply('success'), recordedReply('auth-ok-second'), recordedReply('success')]);
    await adapter.push([received()]);
    await adapter.health();
    await adapter.push([received()]);
    expect(vendor.services()).toEqual(['authenticate', 'DongBoHoSoMC', 'authenticate', 'DongBoHoSoMC']);
    expect(vendor.sent[3]!.body.session).toBe('synthetic-session-0002-c41d07e9aa');
  });

  it.each([
    ['bad-gateway-502', 'SYNC_SERVER_ERROR'],
    ['auth-refused', 'SYNC_AUTH'],
    ['proxy-html-page', 'SYNC_PROTOCOL'],
  ])('%s → %s', async (fixture, code) => {
    const { adapter } = adapterAgainst([recordedReply(fixture)]);
    expect((await rejectionOf(adapter.health())).code).toBe(code);
  });
});

describe('the server time of a push', () => {
  it("is the Date header of the vendor's last reply", async () => {
    const { adapter } = adapterAgainst([recordedReply('auth-ok'), recordedReply('success-code-00')]);
    expect((await adapter.push([received()])).serverTime).toEqual(new Date('2025-09-15T01:06:04.000Z'));
  });

  it("is the station's clock when nothing was sent", async () => {
    const { adapter } = adapterAgainst([]);
    expect((await adapter.push([sampleEvent('rating.submitted', { score: 4 })])).serverTime).toEqual(stationNow);
  });
});
