/**
 * The `data` items of the vendor calls. The outbox already carries the dossier in
 * the national DongBoHoSoMC shape (main/domain/dossier/nationalPayload.ts), so the
 * dossier goes out as it is, after checking the fields every vendor requires; only
 * the attachment links change, because these systems fetch files by URL and the
 * station has no URL to give unless the province's settings name one. The progress
 * record (CapNhatTienDoHoSoMC) is built from the same payload and the event's time.
 */
import { z } from 'zod';
import { dossierStatuses, isDossierStatus, nationalDateTime } from '@domain/dossier';
import type { SyncEvent } from '../protocol';

/** A national date-time `yyyyMMddHHmmss` that names a real moment (no 31 February, no hour 24). */
export function isNationalDateTime(value: string): boolean {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

const dateMessage = 'must be yyyyMMddHHmmss';
const nationalDate = z.string({ error: dateMessage }).refine(isNationalDateTime, { error: dateMessage });
const optionalNationalDate = nationalDate.nullish();
const code = z.string({ error: 'must be a non-empty string' }).refine((value) => value.trim() !== '', { error: 'must be a non-empty string' });

/**
 * What the adapter checks before it calls the vendor. Messages name the rule, never
 * the value: a rejection reason is stored and shown, and values are personal data.
 */
const vendorDossierSchema = z.looseObject({
  MaHoSo: code,
  MaTTHC: code,
  TrangThaiHoSo: z.number({ error: 'must be a national status code 1–10' }).refine(isDossierStatus, { error: 'must be a national status code 1–10' }),
  NgayTiepNhan: nationalDate,
  NgayNopHoSo: optionalNationalDate,
  NgayHenTra: optionalNationalDate,
  NgayTra: optionalNationalDate,
  NgayKetThucXuLy: optionalNationalDate,
  NgayTuChoi: optionalNationalDate,
  TrichYeuHoSo: z.string({ error: 'must be text' }).max(1000, { error: 'must be at most 1000 characters' }).nullish(),
  DonViXuLy: z.string({ error: 'must be text' }).nullish(),
  TaiLieuNop: z
    .array(z.looseObject({ TepDinhKemId: z.string({ error: 'must be text' }).nullish(), DuongDanTaiTepTin: z.string({ error: 'must be text' }).nullish() }), {
      error: 'must be a list',
    })
    .optional(),
});

export type VendorDossier = z.infer<typeof vendorDossierSchema> & { TrangThaiHoSo: keyof typeof dossierStatuses };

export type DossierCheck = { ok: true; dossier: VendorDossier } | { ok: false; reason: string };

/** Checks an outbox payload; the dossier that passes is the payload itself, untouched. */
export function checkVendorDossier(payload: unknown): DossierCheck {
  const result = vendorDossierSchema.safeParse(payload);
  if (result.success) return { ok: true, dossier: payload as VendorDossier };
  const problems = result.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'payload'} ${issue.message}`);
  return { ok: false, reason: `Invalid DongBoHoSoMC payload: ${problems.join('; ')}`.slice(0, 1000) };
}

/** Turns the station's content address into a link the vendor can fetch, or null when there is none. */
export type AttachmentUrl = (sha256: string) => string | null;

/**
 * The dossier as the vendor receives it. `DuongDanTaiTepTin` in the payload is the
 * station's `sha256:…` content address, which no vendor can fetch: it becomes the
 * configured URL, or null. Everything else is sent as the payload has it.
 */
export function vendorDossierData(dossier: VendorDossier, attachmentUrl?: AttachmentUrl): VendorDossier {
  if (!dossier.TaiLieuNop) return dossier;
  return {
    ...dossier,
    TaiLieuNop: dossier.TaiLieuNop.map((document) => {
      const link = document.DuongDanTaiTepTin;
      if (typeof link !== 'string' || !link.startsWith('sha256:')) return document;
      const sha256 = link.slice('sha256:'.length);
      return { ...document, DuongDanTaiTepTin: attachmentUrl ? attachmentUrl(sha256) : null };
    }),
  };
}

/**
 * The CapNhatTienDoHoSoMC record of a status change. The outbox payload does not
 * say which officer acted or why, so the agency (DonViXuLy) stands for the person,
 * the status name for the content, and the event's time for the moment.
 */
export function progressRecord(dossier: VendorDossier, event: Pick<SyncEvent, 'createdAt'>, department: string) {
  const agency = typeof dossier.DonViXuLy === 'string' && dossier.DonViXuLy.trim() !== '' ? dossier.DonViXuLy : department;
  return {
    MaHoSo: dossier.MaHoSo,
    NguoiXuLy: agency,
    ChucDanh: null,
    ThoiDiemXuLy: nationalDateTime(new Date(event.createdAt)),
    PhongBanXuLy: department,
    NoiDungXuLy: dossierStatuses[dossier.TrangThaiHoSo],
    TrangThai: dossier.TrangThaiHoSo,
    NgayBatDau: dossier.NgayTiepNhan,
    NgayKetThucTheoQuyDinh: dossier.NgayHenTra ?? null,
  };
}
export type ProgressRecord = ReturnType<typeof progressRecord>;
