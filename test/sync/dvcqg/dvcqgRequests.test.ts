import { describe, expect, it } from 'vitest';
import { isNationalDateTime, progressRecord, vendorDossierData, type VendorDossier } from '../../../main/sync/dvcqg/vendorDossier';
import { adapterAgainst } from './adapterUnderTest';
import { sampleEvent, samplePayload, sampleSha256 } from './sampleEvents';
import { recordedReply, recordedRequest } from './vendorFixtures';

describe('what the DVCQG adapter sends', () => {
  it('authenticates with the username and password only, at the authenticate path', async () => {
    const { adapter, vendor } = adapterAgainst([recordedReply('auth-ok'), recordedReply('success')]);
    await adapter.push([sampleEvent('dossier.received', samplePayload())]);
    const expected = recordedRequest('authenticate');
    expect(vendor.sent[0]!.url).toBe(expected.url);
    expect(vendor.sent[0]!.body).toStrictEqual(expected.body);
  });

  it('sends a received dossier as DongBoHoSoMC exactly as recorded', async () => {
    const { adapter, vendor } = adapterAgainst([recordedReply('auth-ok'), recordedReply('success')]);
    const result = await adapter.push([sampleEvent('dossier.received', samplePayload())]);
    const expected = recordedRequest('dongbohosomc-received');
    expect(vendor.services()).toEqual(['authenticate', 'DongBoHoSoMC']);
    expect(vendor.sent[1]!.url).toBe(expected.url);
    expect(vendor.sent[1]!.body).toStrictEqual(expected.body);
    expect(result.results.map((r) => r.status)).toEqual(['accepted']);
  });

  it('sends a status change as an update of the existing dossier, then its progress record, exactly as recorded', async () => {
    const { adapter, vendor } = adapterAgainst([recordedReply('auth-ok'), recordedReply('dossier-exists'), recordedReply('success'), recordedReply('success')]);
    const status = sampleEvent('dossier.status', samplePayload({ status: 5 }), '2025-09-15T17:30:00.000Z');
    const result = await adapter.push([status]);
    expect(vendor.services()).toEqual(['authenticate', 'DongBoHoSoMC', 'DongBoHoSoMC', 'CapNhatTienDoHoSoMC']);
    expect(vendor.sent[1]!.body.isUpdating).toBe('False');
    expect(vendor.sent[2]!.body).toStrictEqual(recordedRequest('dongbohosomc-status-update').body);
    expect(vendor.sent[3]!.body).toStrictEqual(recordedRequest('capnhattiendohosomc-status').body);
    expect(result.results).toEqual([{ eventId: status.eventId, status: 'accepted' }]);
  });

  it('gives each call the configured timeout', async () => {
    const { adapter, vendor } = adapterAgainst([recordedReply('auth-ok'), recordedReply('success')], { timeoutMs: 12_000 });
    await adapter.push([sampleEvent('dossier.received', samplePayload())]);
    expect(vendor.sent.map((request) => request.timeoutMs)).toEqual([12_000, 12_000]);
  });

  it('takes service names and flags from the settings, since vendors differ', async () => {
    const { adapter, vendor } = adapterAgainst([recordedReply('auth-ok'), recordedReply('dossier-exists'), recordedReply('success'), recordedReply('success')], {
      services: {
        createDossier: { service: 'DongBoHoSoMC' },
        updateDossier: { service: 'CapNhatHoSoMC', fields: { session: 'must not win', laCapNhat: true } },
        progress: { service: 'CapNhatTienDoXuLy' },
      },
    });
    await adapter.push([sampleEvent('dossier.status', samplePayload({ status: 5 }))]);
    expect(vendor.services()).toEqual(['authenticate', 'DongBoHoSoMC', 'CapNhatHoSoMC', 'CapNhatTienDoXuLy']);
    expect(vendor.sent[1]!.body).not.toHaveProperty('isUpdating');
    expect(vendor.sent[2]!.body).toMatchObject({ session: 'synthetic-session-0001-7f3c9a2e4b', service: 'CapNhatHoSoMC', laCapNhat: true });
  });

  it('joins relative paths to the base URL and uses absolute ones as they are', async () => {
    const { adapter, vendor } = adapterAgainst([recordedReply('auth-ok'), recordedReply('success')], {
      baseUrl: 'https://motcua.example.gov.vn/lgsp',
      paths: { authenticate: 'https://sso.example.gov.vn/api/login', service: '/api/dongbo' },
    });
    await adapter.push([sampleEvent('dossier.received', samplePayload())]);
    expect(vendor.sent.map((request) => request.url)).toEqual(['https://sso.example.gov.vn/api/login', 'https://motcua.example.gov.vn/lgsp/api/dongbo']);
  });
});

describe('dates and links in the vendor data', () => {
  it('accepts only real yyyyMMddHHmmss moments', () => {
    expect(isNationalDateTime('20250915080530')).toBe(true);
    expect(isNationalDateTime('20240229235959')).toBe(true);
    expect(isNationalDateTime('20250229080000')).toBe(false);
    expect(isNationalDateTime('20250931080000')).toBe(false);
    expect(isNationalDateTime('20250915240000')).toBe(false);
    expect(isNationalDateTime('2025-09-15T08:05:30')).toBe(false);
    expect(isNationalDateTime('2025091508053')).toBe(false);
  });

  it('stamps a progress record with the event time in Vietnam, across midnight and the new year', () => {
    const dossier = samplePayload({ status: 10 }) as VendorDossier;
    const record = progressRecord(dossier, { createdAt: '2025-12-31T17:00:00.000Z' }, 'Bộ phận một cửa');
    expect(record.ThoiDiemXuLy).toBe('20260101000000');
    expect(record).toMatchObject({ TrangThai: 10, NoiDungXuLy: 'Đã trả kết quả', PhongBanXuLy: 'Bộ phận một cửa', NgayBatDau: '20250915080530' });
  });

  it('turns the station content address into the configured URL, and leaves real URLs alone', () => {
    const dossier = samplePayload();
    const withUrl = { ...dossier, TaiLieuNop: [...dossier.TaiLieuNop, { ...dossier.TaiLieuNop[0]!, DuongDanTaiTepTin: 'https://files.example.gov.vn/a.pdf' }] };
    const sent = vendorDossierData(withUrl as VendorDossier, (sha256) => `https://tram.example.gov.vn/files/${sha256}`);
    expect(sent.TaiLieuNop!.map((document) => document.DuongDanTaiTepTin)).toEqual([
      `https://tram.example.gov.vn/files/${sampleSha256}`,
      null,
      'https://files.example.gov.vn/a.pdf',
    ]);
    expect(dossier.TaiLieuNop[0]!.DuongDanTaiTepTin).toBe(`sha256:${sampleSha256}`);
  });
});
