/**
 * A dossier in the national DongBoHoSoMC shape that provincial one-stop systems
 * sync to the national portal. The outbox carries this payload, so a provincial
 * adapter maps field names at most; dates are yyyyMMddHHmmss in Vietnam time.
 */
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

export function nationalDossierPayload(d: NationalDossierInput) {
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
export type NationalDossierPayload = ReturnType<typeof nationalDossierPayload>;

const sha256Key = /^[0-9a-f]{64}$/;

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
