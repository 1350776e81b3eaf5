/**
 * A dossier in the national DongBoHoSoMC shape that provincial one-stop systems
 * sync to the national portal. The outbox carries this payload, so a provincial
 * adapter maps field names at most; dates are yyyyMMddHHmmss in Vietnam time.
 */
import { z } from 'zod';
import { zeroPadded as pad } from '../time/dateDigits';
import { vietnamLocal } from '../time/vietnamTime';

export interface NationalDossierInput {
  code: string;
  procedure: { code: string; name: string; areaCode: string; areaName: string };
  channel: number;
  applicantKind: number;
  applicant: { fullName: string; idNumber: string | null; oldIdNumber: string | null; address: string | null; phone: string | null; email: string | null };
  summary: string | null;
  receivedAt: Date;
  dueAt: Date;
  status: number;
  returnedAt: Date | null;
  refusedAt: Date | null;
  finishedAt: Date | null;
  resultDelivery: number;
  agencyName: string;
  notes: string | null;
  documents: { componentCode: string | null; name: string; attachment: { sha256: string; fileName: string } | null }[];
  fees: { code: string | null; name: string; amount: number }[];
}


export function nationalDateTime(instant: Date | null): string | null {
  if (!instant) return null;
  const l = vietnamLocal(instant);
  return `${pad(l.year, 4)}${pad(l.month)}${pad(l.day)}${pad(l.hour)}${pad(l.minute)}${pad(l.second)}`;
}

const sha256Key = /^[0-9a-f]{64}$/;
/** A national date-time, yyyyMMddHHmmss in Vietnam time. */
export const nationalDateTimeSchema = z.string().regex(/^\d{14}$/);

/** TrangThaiHoSo: a national status code, 1 to 10. */
export const nationalStatusSchema = z.number().int().min(1).max(10);

/**
 * What the outbox accepts as a dossier payload: the shape `nationalDossierPayload`
 * builds. The keys the province acts on (MaHoSo, TrangThaiHoSo, dates, attachment
 * keys) are checked by value; the rest by type.
 */
export const nationalDossierPayloadSchema = z.object({
  MaHoSo: z.string().min(1).max(64),
  MaTTHC: z.string(),
  TenTTHC: z.string(),
  MaLinhVuc: z.string(),
  TenLinhVuc: z.string(),
  KenhThucHien: z.number().int(),
  ChuHoSo: z.string(),
  SoGiayToChuHoSo: z.string().nullable(),
  LoaiDoiTuong: z.number().int(),
  MaDoiTuong: z.null(),
  ThongTinKhac: z.null(),
  Email: z.string().nullable(),
  Fax: z.null(),
  SoDienThoai: z.string().nullable(),
  TrichYeuHoSo: z.string().max(1000),
  NgayNopHoSo: nationalDateTimeSchema.nullable(),
  NgayTiepNhan: nationalDateTimeSchema.nullable(),
  NgayHenTra: nationalDateTimeSchema.nullable(),
  TrangThaiHoSo: nationalStatusSchema,
  NgayTra: nationalDateTimeSchema.nullable(),
  ThongTinTra: z.null(),
  HinhThuc: z.number().int(),
  NgayKetThucXuLy: nationalDateTimeSchema.nullable(),
  NgayTuChoi: nationalDateTimeSchema.nullable(),
  DonViXuLy: z.string(),
  GhiChu: z.string().nullable(),
  NoiNopHoSo: z.string(),
  DinhDanhCHS: z.array(z.object({ LoaiDinhDanh: z.number().int(), SoDinhDanh: z.string() })),
  TaiLieuNop: z.array(
    z.object({
      TepDinhKemId: z.string().regex(sha256Key).nullable(),
      TenTepDinhKem: z.string(),
      IsDeleted: z.boolean(),
      MaThanhPhanHoSo: z.string().nullable(),
      DuongDanTaiTepTin: z.string().nullable(),
      DuocSoHoa: z.boolean(),
      DuocTaiSuDung: z.boolean(),
    }),
  ),
  DanhSachLePhi: z.array(z.object({ TenPhiLePhi: z.string(), MaPhiLePhi: z.string().nullable(), HinhThucThu: z.number().int(), Gia: z.number(), LoaiPhiLePhi: z.number().int() })),
});
export type NationalDossierPayload = z.infer<typeof nationalDossierPayloadSchema>;

export function nationalDossierPayload(d: NationalDossierInput): NationalDossierPayload {
  const identities = [
    ...(d.applicant.idNumber ? [{ LoaiDinhDanh: 1, SoDinhDanh: d.applicant.idNumber }] : []),
    ...(d.applicant.oldIdNumber ? [{ LoaiDinhDanh: 2, SoDinhDanh: d.applicant.oldIdNumber }] : []),
  ];
  return {
    MaHoSo: d.code,
    MaTTHC: d.procedure.code,
    TenTTHC: d.procedure.name,
    MaLinhVuc: d.procedure.areaCode,
    TenLinhVuc: d.procedure.areaName,
    KenhThucHien: d.channel,
    ChuHoSo: d.applicant.fullName,
    SoGiayToChuHoSo: d.applicant.idNumber ?? d.applicant.oldIdNumber ?? null,
    LoaiDoiTuong: d.applicantKind,
    MaDoiTuong: null,
    ThongTinKhac: null,
    Email: d.applicant.email,
    Fax: null,
    SoDienThoai: d.applicant.phone,
    TrichYeuHoSo: (d.summary ?? d.procedure.name).slice(0, 1000),
    NgayNopHoSo: nationalDateTime(d.receivedAt),
    NgayTiepNhan: nationalDateTime(d.receivedAt),
    NgayHenTra: nationalDateTime(d.dueAt),
    TrangThaiHoSo: d.status,
    NgayTra: nationalDateTime(d.returnedAt),
    ThongTinTra: null,
    HinhThuc: d.resultDelivery,
    NgayKetThucXuLy: nationalDateTime(d.finishedAt),
    NgayTuChoi: nationalDateTime(d.refusedAt),
    DonViXuLy: d.agencyName,
    GhiChu: d.notes,
    NoiNopHoSo: d.agencyName,
    DinhDanhCHS: identities,
    TaiLieuNop: d.documents.map((doc) => ({
      TepDinhKemId: doc.attachment?.sha256 ?? null,
      TenTepDinhKem: doc.attachment?.fileName ?? doc.name,
      IsDeleted: false,
      MaThanhPhanHoSo: doc.componentCode,
      DuongDanTaiTepTin: doc.attachment ? `sha256:${doc.attachment.sha256}` : null,
      DuocSoHoa: doc.attachment !== null,
      DuocTaiSuDung: false,
    })),
    DanhSachLePhi: d.fees.map((fee) => ({ TenPhiLePhi: fee.name, MaPhiLePhi: fee.code, HinhThucThu: 1, Gia: fee.amount, LoaiPhiLePhi: 1 })),
  };
}

/**
 * The SHA-256 keys of the scans a national dossier payload refers to
 * (`TaiLieuNop[].TepDinhKemId`): what the province must hold before the event. Any
 * other payload refers to none.
 */
export function payloadAttachments(payload: unknown): string[] {
  const files = (payload as { TaiLieuNop?: unknown })?.TaiLieuNop;
  if (!Array.isArray(files)) return [];
  const keys = files.map((f) => (f as { TepDinhKemId?: unknown })?.TepDinhKemId).filter((id): id is string => typeof id === 'string' && sha256Key.test(id));
  return [...new Set(keys)];
}
