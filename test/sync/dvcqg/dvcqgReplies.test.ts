import { describe, expect, it } from 'vitest';
import { AppError } from '@domain/errors';
import { defaultAuthExpiredRules, defaultExistsPatterns, defaultMessageFields, type DvcqgReplyRules } from '../../../main/sync/dvcqg/dvcqgSettings';
import { readAuthReply, readServiceReply } from '../../../main/sync/dvcqg/vendorReply';
import { adapterAgainst } from './adapterUnderTest';
import { sampleEvent, samplePayload } from './sampleEvents';
import { rejectionOf, thrownBy } from '../../helpers/appErrors';
import { recordedReply } from './vendorFixtures';

const rules: DvcqgReplyRules = { authExpired: defaultAuthExpiredRules, existsPatterns: defaultExistsPatterns, messageFields: defaultMessageFields };

describe('reading every recorded service reply', () => {
  it.each([
    ['success', 'ok'],
    ['success-code-00', 'ok'],
    ['dossier-exists', 'exists'],
    ['refused-unknown-procedure', 'refused'],
    ['refused-without-message', 'refused'],
    ['session-expired', 'auth-expired'],
    ['session-expired-http-401', 'auth-expired'],
  ])('%s is read as %s', (fixture, kind) => {
    expect(readServiceReply(recordedReply(fixture), rules, 'test').kind).toBe(kind);
  });

  it('"không tồn tại" (does not exist) is a refusal, not "đã tồn tại"', () => {
    expect(readServiceReply(recordedReply('refused-unknown-procedure'), rules, 'test')).toEqual({
      kind: 'refused',
      errorCode: 2,
      message: 'Mã thủ tục hành chính 1.001193 không tồn tại trong Cơ sở dữ liệu quốc gia về thủ tục hành chính',
    });
  });

  it.each([
    ['proxy-html-page', 'SYNC_PROTOCOL', 'reply is not JSON (HTTP 200, text/html; charset=utf-8)'],
    ['without-error-code', 'SYNC_PROTOCOL', 'no numeric error_code'],
    ['bad-gateway-502', 'SYNC_SERVER_ERROR', 'HTTP 502'],
  ])('%s throws %s', (fixture, code, detail) => {
    const error = thrownBy(() => readServiceReply(recordedReply(fixture), rules, 'DVCQG DongBoHoSoMC'));
    expect(error.code).toBe(code);
    expect(error.detail).toContain(detail);
  });

  it('a wrong address (HTTP 404 or 405) is a setting to fix, not a refusal of the dossier', () => {
    for (const status of [404, 405]) {
      const reply = { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error_code: status, message: 'Not Found' }) };
      const error = thrownBy(() => readServiceReply(reply, rules, 'DVCQG DongBoHoSoMC'));
      expect(error.code).toBe('SYNC_PROTOCOL');
      expect(error.detail).toBe(`DVCQG DongBoHoSoMC: HTTP ${status}`);
    }
  });

  it('a business error sent with HTTP 400 is still read from error_code', () => {
    const reply = { status: 400, headers: {}, body: JSON.stringify({ error_code: 3, message: 'Thiếu trường bắt buộc MaTTHC' }) };
    expect(readServiceReply(reply, rules, 'test')).toEqual({ kind: 'refused', errorCode: 3, message: 'Thiếu trường bắt buộc MaTTHC' });
  });

  it('reads JSON that starts with a byte order mark', () => {
    const reply = recordedReply('success');
    expect(readServiceReply({ ...reply, body: `\uFEFF${reply.body}` }, rules, 'test').kind).toBe('ok');
  });

  it('finds "đã tồn tại" also written without diacritics or in capitals', () => {
    for (const message of ['Ho so da ton tai', 'HỒ SƠ ĐÃ TỒN TẠI']) {
      const reply = { status: 200, headers: {}, body: JSON.stringify({ error_code: 9, message }) };
      expect(readServiceReply(reply, rules, 'test').kind).toBe('exists');
    }
  });

  it('takes the session-expired codes and words from the settings', () => {
    const reply = { status: 200, headers: {}, body: JSON.stringify({ error_code: -99, msg: 'Mã xác thực không còn hiệu lực' }) };
    expect(readServiceReply(reply, rules, 'test').kind).toBe('refused');
    const byCode = { ...rules, authExpired: { ...rules.authExpired, errorCodes: [-99] } };
    expect(readServiceReply(reply, byCode, 'test').kind).toBe('auth-expired');
    const byWords = { ...rules, authExpired: { ...rules.authExpired, messagePatterns: [/mã xác thực/i] } };
    expect(readServiceReply(reply, byWords, 'test').kind).toBe('auth-expired');
  });
});

describe('reading every recorded authentication reply', () => {
  it('auth-ok gives the session', () => {
    expect(readAuthReply(recordedReply('auth-ok'), rules, 'session')).toBe('synthetic-session-0001-7f3c9a2e4b');
  });

  it.each([
    ['auth-refused', 'SYNC_AUTH'],
    ['session-expired-http-401', 'SYNC_AUTH'],
    ['proxy-html-page', 'SYNC_PROTOCOL'],
    ['without-error-code', 'SYNC_PROTOCOL'],
    ['bad-gateway-502', 'SYNC_SERVER_ERROR'],
  ])('%s throws %s', (fixture, code) => {
    expect(thrownBy(() => readAuthReply(recordedReply(fixture), rules, 'session')).code).toBe(code);
  });

  it('a success without a session is not the vendor speaking', () => {
    const error = thrownBy(() => readAuthReply(recordedReply('success'), rules, 'session'));
    expect(error.code).toBe('SYNC_PROTOCOL');
    expect(error.detail).toContain('without a "session"');
  });
});

describe('what a push makes of the replies', () => {
  it('a business error rejects that event with the vendor message, and the next event still goes', async () => {
    const { adapter, vendor } = adapterAgainst([recordedReply('auth-ok'), recordedReply('refused-unknown-procedure'), recordedReply('success')]);
    const refused = sampleEvent('dossier.received', samplePayload());
    const next = sampleEvent('dossier.received', samplePayload({ code: '000.17.22.H56-250915-0008' }));
    const { results } = await adapter.push([refused, next]);
    expect(results).toEqual([
      {
        eventId: refused.eventId,
        status: 'rejected',
        reason: 'DongBoHoSoMC: Mã thủ tục hành chính 1.001193 không tồn tại trong Cơ sở dữ liệu quốc gia về thủ tục hành chính',
      },
      { eventId: next.eventId, status: 'accepted' },
    ]);
    expect(vendor.services()).toEqual(['authenticate', 'DongBoHoSoMC', 'DongBoHoSoMC']);
  });

  it('a refusal without a message is explained by its error_code', async () => {
    const { adapter } = adapterAgainst([recordedReply('auth-ok'), recordedReply('refused-without-message')]);
    const { results } = await adapter.push([sampleEvent('dossier.received', samplePayload())]);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: 'DongBoHoSoMC: refused with error_code 5' });
  });

  it('success spelled "00" is success', async () => {
    const { adapter } = adapterAgainst([recordedReply('auth-ok'), recordedReply('success-code-00')]);
    const { results } = await adapter.push([sampleEvent('dossier.received', samplePayload())]);
    expect(results[0]!.status).toBe('accepted');
  });

  it.each([
    ['bad-gateway-502', 'SYNC_SERVER_ERROR'],
    ['proxy-html-page', 'SYNC_PROTOCOL'],
    ['without-error-code', 'SYNC_PROTOCOL'],
  ])('%s stops the whole batch with %s, to be retried later', async (fixture, code) => {
    const { adapter, vendor } = adapterAgainst([recordedReply('auth-ok'), recordedReply('success'), recordedReply(fixture)]);
    const events = [sampleEvent('dossier.received', samplePayload()), sampleEvent('dossier.received', samplePayload()), sampleEvent('dossier.received', samplePayload())];
    expect((await rejectionOf(adapter.push(events))).code).toBe(code);
    expect(vendor.sent).toHaveLength(3);
  });

  it('no reply at all (connection refused, timeout) is SYNC_UNREACHABLE', async () => {
    const refusedConnection = Object.assign(new Error('connect ECONNREFUSED 203.0.113.7:443'), { code: 'ECONNREFUSED' });
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    for (const failure of [refusedConnection, timeout]) {
      const { adapter } = adapterAgainst([recordedReply('auth-ok'), failure]);
      const error = await rejectionOf(adapter.push([sampleEvent('dossier.received', samplePayload())]));
      expect(error.code).toBe('SYNC_UNREACHABLE');
      expect(error.detail).toContain('DVCQG DongBoHoSoMC: no reply');
    }
  });

  it("an AppError from the HTTP client is passed on as it is", async () => {
    const clientError = new AppError('SYNC_UNREACHABLE', { detail: 'No answer within 30000 ms' });
    const { adapter } = adapterAgainst([clientError]);
    expect(await rejectionOf(adapter.push([sampleEvent('dossier.received', samplePayload())]))).toBe(clientError);
  });
});
