/**
 * Outbox events as the station writes them: the payload comes from the real
 * producer (nationalDossierPayload), for a synthetic applicant.
 */
import { nationalDossierPayload, type NationalDossierInput } from '@domain/dossier';
import { vietnamInstant } from '@domain/time/vietnamTime';
import type { SyncEvent } from '../../../main/sync/protocol';

export const sampleSha256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export function sampleDossierInput(change: Partial<NationalDossierInput> = {}): NationalDossierInput {
  return {
    code: '000.17.22.H56-250915-0007',
    procedure: { code: '1.001193', name: 'Thủ tục đăng ký khai sinh', areaCode: 'HT', areaName: 'Hộ tịch' },
    channel: 1,
    applicantKind: 1,
    applicant: { fullName: 'Lê Thị Thử', idNumber: '038190000001', oldIdNumber: null, address: 'Thôn Mẫu, xã Quảng Phú', phone: '0900000001', email: null },
    summary: null,
    receivedAt: vietnamInstant(2025, 9, 15, 8, 5, 30),
    dueAt: vietnamInstant(2025, 9, 16, 16, 30, 0),
    status: 2,
    returnedAt: null,
    refusedAt: null,
    finishedAt: null,
    resultDelivery: 0,
    agencyName: 'UBND xã Quảng Phú',
    notes: null,
    documents: [
      { componentCode: 'TP1', name: 'Tờ khai đăng ký khai sinh', attachment: { sha256: sampleSha256, fileName: 'to-khai-khai-sinh.pdf' } },
      { componentCode: 'TP2', name: 'Giấy chứng sinh', attachment: null },
    ],
    fees: [],
    ...change,
  };
}

export function samplePayload(change: Partial<NationalDossierInput> = {}) {
  return nationalDossierPayload(sampleDossierInput(change));
}

let seq = 0;

export function sampleEvent(type: string, payload: unknown, createdAt = '2025-09-15T01:05:31.000Z'): SyncEvent {
  seq += 1;
  return {
    eventId: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    seq,
    type,
    aggregateType: type.split('.')[0] ?? type,
    aggregateId: typeof payload === 'object' && payload !== null && 'MaHoSo' in payload ? String(payload.MaHoSo) : 'site',
    createdAt,
    payload,
  };
}
