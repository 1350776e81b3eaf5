import { describe, expect, it } from 'vitest';
import { AppError } from '@domain/errors';
import { nationalDossierPayloadSchema } from '@domain/dossier/nationalPayload';
import {
  assertProvinceEventPayload,
  nationalDossierEventNames,
  provinceChanges,
  provinceEventNames,
  provinceEvents,
  type ProvinceEvent,
  type ProvinceEventPayload,
} from '@domain/sync/provinceEvents';
import { changeSchema } from '../../../main/sync/protocol';
import { samplePayload } from '../../sync/dvcqg/sampleEvents';

const site = {
  agencyCode: '000.17.22.H56',
  agencyName: 'Ủy ban nhân dân xã Quảng Phú',
  centreName: 'Bộ phận Một cửa xã Quảng Phú',
  provinceName: 'Tỉnh Thanh Hóa',
  address: null,
  phone: '02373000000',
};
const ticket = { serviceDay: '2025-09-15', number: 'A0007', areaCode: 'HT', priority: false, issuedAt: '2025-09-15T01:05:31.000Z' };
const rating = { dossierCode: '000.17.22.H56-250915-0007', scores: { time: 3, attitude: 2, overall: 3 }, at: '2025-09-15T02:00:00.000Z' } as const;

/** What toProvince's signature allows: the compiler checks the payload against its event. */
function queued<E extends ProvinceEvent>(event: E, payload: ProvinceEventPayload<E>) {
  return { event, payload };
}

describe('province events: one definition per name', () => {
  it('every event name and every change kind is defined once', () => {
    expect(new Set(provinceEventNames).size).toBe(Object.keys(provinceEvents).length);
    const kinds = Object.values(provinceChanges).map((change) => change.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it('the dossier events are the ones that carry the national DongBoHoSoMC payload', () => {
    expect(nationalDossierEventNames).toEqual(['dossier.received', 'dossier.refused', 'dossier.status']);
    for (const name of nationalDossierEventNames) {
      expect(Object.values(provinceEvents).find((event) => event.name === name)).toMatchObject({ aggregateType: 'dossier', payload: nationalDossierPayloadSchema });
    }
  });

  it('accepts the payloads the station writes', () => {
    const written = [
      queued(provinceEvents.dossierReceived, samplePayload()),
      queued(provinceEvents.dossierStatus, samplePayload({ status: 4 })),
      queued(provinceEvents.siteProfile, site),
      queued(provinceEvents.ticketIssued, ticket),
      queued(provinceEvents.ratingSubmitted, rating),
    ];
    for (const { event, payload } of written) expect(() => assertProvinceEventPayload(event, payload)).not.toThrow();
  });

  it('refuses a payload that fails its schema with an AppError naming the event and the field, not the value', () => {
    const bad = { ...samplePayload(), MaHoSo: '', TrangThaiHoSo: 42 };
    let thrown: unknown;
    try {
      assertProvinceEventPayload(provinceEvents.dossierReceived, bad);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    const { code, detail } = thrown as AppError;
    expect(code).toBe('INTERNAL');
    expect(detail).toMatch(/^Province event dossier\.received refused: /);
    expect(detail).toContain('MaHoSo');
    expect(detail).toContain('TrangThaiHoSo');
    expect(detail).not.toContain('42');
  });

  it('refuses a payload that belongs to another event', () => {
    expect(() => assertProvinceEventPayload(provinceEvents.ticketIssued, site)).toThrow(AppError);
    expect(() => assertProvinceEventPayload(provinceEvents.siteProfile, samplePayload())).toThrow(AppError);
    expect(() => assertProvinceEventPayload(provinceEvents.ratingSubmitted, { ...rating, scores: { overall: 4 } })).toThrow(AppError);
  });

  it('checks payloads at compile time too', () => {
    // @ts-expect-error a ticket is not a site profile
    queued(provinceEvents.siteProfile, ticket);
    // @ts-expect-error a rating level is 1, 2 or 3
    queued(provinceEvents.ratingSubmitted, { ...rating, scores: { overall: 4 } });
    // @ts-expect-error only the defined events can be queued
    queued({ name: 'dossier.deleted', aggregateType: 'dossier', payload: nationalDossierPayloadSchema }, samplePayload());
  });

  it('the protocol reads every change kind the domain defines, with its data schema', () => {
    const sample = {
      [provinceChanges.dossierStatus.kind]: { MaHoSo: '000.17.22.H56-250915-0007', TrangThaiHoSo: 4, ThoiDiemXuLy: '20250916090000' },
      [provinceChanges.catalogueProcedures.kind]: { procedures: [] },
      [provinceChanges.calendarOverrides.kind]: { years: {} },
    };
    for (const { kind } of Object.values(provinceChanges)) {
      expect(changeSchema.safeParse({ cursor: '7', kind, data: sample[kind] }).success, kind).toBe(true);
    }
    expect(changeSchema.safeParse({ cursor: '7', kind: provinceChanges.dossierStatus.kind, data: { MaHoSo: 'x', TrangThaiHoSo: 11 } }).success).toBe(false);
    expect(changeSchema.safeParse({ cursor: '7', kind: 'dossier.deleted', data: {} }).success).toBe(false);
  });
});
