/**
 * The counter's day on a big station: a database of 1,000,000 dossiers with
 * realistic Vietnamese names and addresses. Measures the intake save (with its
 * outbox and audit rows), name search typed without diacritics, and the receipt
 * (Mẫu 01) with pdfmake, against the same receipt rendered from HTML by headless
 * Chromium (the usual Electron way: printToPDF), both in this run.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';
import type { Dossier, Procedure } from '@contract';
import { latestSchemaVersion } from '../../main/db/migrate';
import { catalogueFileSchema, demoCentreSchema } from '../../main/services/catalogue/catalogueData';
import { seedDemo } from '../../main/services/demo/demoSeed';
import { foldVietnamese } from '@domain/text/foldVietnamese';
import { silentLogger } from '../../main/runtime/logger';
import { startStation, type Station } from '../../main/station/station';
import { createPdfRenderer, loadFormFonts } from '../../main/print/forms';
import { seededRandom } from '../helpers/seededRandom';
import { chromiumPath } from '../setup/prerequisites';
import { percentile, round, timeEach, type Benchmark } from './harness';

const repoRoot = join(import.meta.dirname, '..', '..');
const total = 1_000_000;
const generatorVersion = 2;
const cacheDir = join(repoRoot, 'test', '.tmp', `bench-intake-${total}-v${generatorVersion}-s${latestSchemaVersion()}`);

const surnames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trịnh', 'Mai', 'Lương'];
const middles = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Thu', 'Kim', 'Gia', 'Xuân', 'Hoài', 'Công', 'Bảo'];
const givens = ['An', 'Bình', 'Cường', 'Dũng', 'Đức', 'Hà', 'Hải', 'Hạnh', 'Hoa', 'Hùng', 'Hương', 'Lan', 'Linh', 'Long', 'Mai', 'Minh', 'Nam', 'Nga', 'Ngọc', 'Phong', 'Phương', 'Quang', 'Sơn', 'Tâm', 'Thảo', 'Thắng', 'Trang', 'Trung', 'Tú', 'Tuấn', 'Vân', 'Việt', 'Yến', 'Khánh', 'Lộc', 'Nhung', 'Oanh', 'Quý', 'Thủy', 'Xuyến'];
const hamlets = ['Thôn Đông', 'Thôn Tây', 'Thôn Nam', 'Thôn Bắc', 'Xóm Chùa', 'Xóm Mới', 'Thôn Trung', 'Xóm Giữa', 'Thôn Hạ', 'Thôn Thượng'];
const communes = ['xã Đông Sơn', 'xã Đông Tiến', 'xã Quảng Phú', 'phường Hạc Thành', 'xã Thiệu Hóa', 'xã Hoằng Hóa'];

function read(file: string): unknown {
  return JSON.parse(readFileSync(join(repoRoot, 'resources', file), 'utf8'));
}

/** Builds (once, then cached) a station folder holding `total` dossiers. */
async function bigStationFolder(): Promise<string> {
  const dataDir = join(cacheDir, 'station');
  if (existsSync(join(cacheDir, 'complete'))) return dataDir;
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  const station = await startStation({ dataDir, logger: silentLogger });
  await seedDemo(station.services.uow, { kind: 'system', name: 'cli' }, demoCentreSchema.parse(read('demo/centre.json')), catalogueFileSchema.parse(read('catalogue/commune-procedures.json')));
  await station.close();

  const db = new Database(join(dataDir, 'motcua.sqlite3'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF'); // generation only; the benchmark itself runs with the station's settings
  const procedures = db.prepare('SELECT id FROM procedures').all() as { id: number }[];
  const insertCitizen = db.prepare(`INSERT INTO citizens (id_number, full_name, name_folded, date_of_birth, gender, address, phone, verified_from_card, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`);
  const insertDossier = db.prepare(`INSERT INTO dossiers (code, receipt_day, seq, procedure_id, applicant_id, channel, applicant_kind, status, sets, fees_total,
    result_delivery, received_at, due_at, ledger_year, ledger_seq, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, 1, ?, 1, 0, 0, ?, ?, ?, ?, ?, ?)`);
  const random = seededRandom(20261123);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const citizens = Math.round(total * 0.6);
  const start = Date.parse('2022-01-03T01:00:00Z');
  let perDay = 0;
  let day = -1;
  const batch = 50_000;
  for (let done = 0; done < total; done += batch) {
    db.transaction(() => {
      for (let i = done; i < Math.min(total, done + batch); i += 1) {
        let citizenId: number;
        if (i < citizens) {
          const male = random() < 0.5;
          const name = `${pick(surnames)} ${male ? pick(middles.filter((m) => m !== 'Thị')) : 'Thị'} ${pick(givens)}`;
          const year = 1940 + Math.floor(random() * 65);
          const idNumber = `038${male ? (year < 2000 ? 0 : 2) : year < 2000 ? 1 : 3}${String(year % 100).padStart(2, '0')}${String(i).padStart(6, '0')}`;
          const at = new Date(start).toISOString();
          citizenId = Number(
            insertCitizen.run(idNumber, name, foldVietnamese(name), `${year}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`, male ? 'male' : 'female',
              `${pick(hamlets)}, ${pick(communes)}, tỉnh Thanh Hóa`, `09${String(Math.floor(random() * 1e8)).padStart(8, '0')}`, at, at).lastInsertRowid,
          );
        } else {
          citizenId = 1 + Math.floor(random() * citizens);
        }
        const d = Math.floor(i / 900); // ~900 dossiers a day across the province's busiest centre
        if (d !== day) {
          day = d;
          perDay = 0;
        }
        perDay += 1;
        const received = new Date(start + d * 86_400_000 + perDay * 30_000);
        const local = new Date(received.getTime() + 7 * 3600_000);
        const yymmdd = local.toISOString().slice(2, 10).replace(/-/g, '');
        insertDossier.run(
          `000.31.38.H56-${yymmdd}-${String(perDay).padStart(4, '0')}`, local.toISOString().slice(0, 10), perDay, pick(procedures).id, citizenId,
          random() < 0.9 ? 10 : pick([2, 4, 5, 9]), received.toISOString(), new Date(received.getTime() + 3 * 86_400_000).toISOString(),
          local.getUTCFullYear(), i + 1, received.toISOString(), received.toISOString(),
        );
      }
    })();
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('ANALYZE');
  db.close();
  writeFileSync(join(cacheDir, 'complete'), new Date().toISOString());
  return dataDir;
}

/** The receipt as a page an Electron app would print with printToPDF. */
function receiptHtml(d: Dossier): string {
  const rows = d.documents.map((doc, i) => `<tr><td>${i + 1}</td><td>${doc.name}</td><td>${doc.originals}</td><td>${doc.copies}</td></tr>`).join('');
  const copy = (label: string) => `<section><div class="tag">${label}</div>
    <table class="head"><tr><td>ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN<br><b>BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ</b></td>
    <td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><u>Độc lập - Tự do - Hạnh phúc</u><br><i>Đông Sơn, ngày 23 tháng 11 năm 2026</i></td></tr></table>
    <h1>GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ</h1><p class="c">Mã hồ sơ: <b>${d.code}</b><br><i>(Liên 1: Lưu / Liên 2: Giao người nộp)</i></p>
    <p>Ông/Bà: <b>${d.applicant.fullName}</b><br>Địa chỉ: ${d.applicant.address ?? ''}<br>Số điện thoại: ${d.applicant.phone ?? ''}<br>
    Nội dung yêu cầu giải quyết: <b>${d.procedure.name}</b></p><p>1. Thành phần hồ sơ nộp gồm:</p>
    <table class="docs"><tr><th>TT</th><th>Tên giấy tờ</th><th>Bản chính</th><th>Bản sao</th></tr>${rows}</table>
    <p>2. Số lượng hồ sơ: 01 (bộ)<br>3. Thời gian giải quyết hồ sơ theo quy định là: 03 ngày làm việc<br>4. Thời gian nhận hồ sơ: ${d.receivedAt}<br>
    5. Thời gian trả kết quả giải quyết hồ sơ: ${d.dueAt}<br>6. Đăng ký nhận kết quả tại: Quầy số 2</p>
    <table class="sign"><tr><td><b>NGƯỜI NỘP HỒ SƠ</b><br><i>(Ký và ghi rõ họ tên)</i></td><td><b>NGƯỜI TIẾP NHẬN HỒ SƠ</b><br><i>(Ký và ghi rõ họ tên)</i></td></tr></table></section>`;
  return `<!doctype html><html lang="vi"><meta charset="utf-8"><style>
    body{font-family:'Noto Sans',sans-serif;font-size:12pt} section{page-break-after:always} h1{text-align:center;font-size:14pt}
    .c{text-align:center} .tag{text-align:right} table{width:100%;border-collapse:collapse} .docs td,.docs th{border:1px solid #000;padding:2px 4px}
    .head td,.sign td{text-align:center;vertical-align:top;width:50%}</style>${copy('LIÊN 1 – LƯU')}${copy('LIÊN 2 – GIAO NGƯỜI NỘP')}</html>`;
}

async function loginOfficer(station: Station): Promise<string> {
  const username = `bench-${randomUUID().slice(0, 8)}`;
  await station.services.users.create({ kind: 'system', name: 'cli' }, { username, fullName: 'Cán bộ đo hiệu năng', role: 'officer', password: 'mat-khau-bench' });
  const reply = await station.call('auth.login', { username, password: 'mat-khau-bench' });
  if (!reply.ok) throw new Error(reply.error.detail);
  return (reply.result as { token: string }).token;
}

const bench: Benchmark = {
  name: 'intake',
  needs: ['chromium', 'fonts'],
  description: `intake save, name search and receipt on a station holding ${total.toLocaleString('en')} dossiers`,
  async run() {
    const dataDir = await bigStationFolder();
    const station = await startStation({ dataDir, logger: silentLogger });
    try {
      const token = await loginOfficer(station);
      const call = async <T>(method: string, input: unknown): Promise<T> => {
        const reply = await station.call(method, input, token);
        if (!reply.ok) throw new Error(`${method}: ${reply.error.detail}`);
        return reply.result as T;
      };
      const procedure = (await call<Procedure[]>('catalogue.procedures', { query: 'xac nhan tinh trang hon nhan' }))[0]!;
      const intake = (i: number) => ({
        requestId: randomUUID(),
        procedureId: procedure.id,
        applicant: { idNumber: `0380${String(90 + (i % 9)).padStart(2, '0')}${String(900_000 + i).padStart(6, '0')}`, fullName: 'Nguyễn Văn Đức', dateOfBirth: `19${90 + (i % 9)}-05-12`, gender: 'male', address: 'Thôn Đông, xã Đông Sơn', phone: '0912345678', verifiedFromCard: true },
        documents: procedure.components.map((c) => ({ componentId: c.id, name: c.name, originals: c.originals, copies: c.copies })),
        attachments: [],
      });
      await timeEach(20, (i) => call('dossier.receive', intake(i)));
      const saves = await timeEach(500, (i) => call('dossier.receive', intake(100 + i)));

      const random = seededRandom(7);
      const queries = Array.from({ length: 300 }, (_, i) => {
        const name = `${surnames[Math.floor(random() * surnames.length)]} ${middles[Math.floor(random() * middles.length)]} ${givens[Math.floor(random() * givens.length)]}`;
        const folded = foldVietnamese(name);
        return i % 3 === 0 ? folded.slice(0, folded.length - 2) : folded; // some still being typed
      });
      await timeEach(30, (i) => call('dossier.search', { query: queries[i]! }));
      const searches = await timeEach(queries.length, (i) => call('dossier.search', { query: queries[i]! }));

      const { dossier } = await call<{ dossier: Dossier }>('dossier.receive', intake(9999));
      await timeEach(10, () => call('dossier.form', { dossierId: dossier.id, form: '01' }));
      const receipts = await timeEach(100, () => call('dossier.form', { dossierId: dossier.id, form: '01' }));
      // pdfmake alone, as Chromium is timed alone below: the same laid-out receipt to PDF bytes.
      const receiptDocument = station.services.dossiers.forms.document({ dossierId: dossier.id, form: '01' });
      const renderPdf = createPdfRenderer(loadFormFonts(join(repoRoot, 'resources')));
      await timeEach(10, () => renderPdf(receiptDocument));
      const renders = await timeEach(100, () => renderPdf(receiptDocument));

      const browser = await chromium.launch({
        executablePath: chromiumPath(),
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      });
      const page = await browser.newPage();
      const html = receiptHtml(dossier);
      const chromiumPdf = async () => {
        await page.setContent(html);
        return page.pdf({ format: 'A4' });
      };
      await timeEach(5, chromiumPdf);
      const chromiumSamples = await timeEach(30, chromiumPdf);
      await browser.close();

      const receiptP50 = percentile(receipts, 50);
      const renderP50 = percentile(renders, 50);
      const chromiumP50 = percentile(chromiumSamples, 50);
      return [
        { name: 'save_p50_ms', value: round(percentile(saves, 50)), unit: 'ms', target: null, better: 'lower' },
        { name: 'save_p99_ms', value: round(percentile(saves, 99)), unit: 'ms', target: 15, better: 'lower' },
        { name: 'search_p95_ms', value: round(percentile(searches, 95)), unit: 'ms', target: 20, better: 'lower' },
        { name: 'receipt_p50_ms', value: round(receiptP50), unit: 'ms', target: 40, better: 'lower' },
        { name: 'receipt_p95_ms', value: round(percentile(receipts, 95)), unit: 'ms', target: null, better: 'lower' },
        { name: 'pdfmake_render_p50_ms', value: round(renderP50), unit: 'ms', target: null, better: 'lower' },
        {
          // Renderer against renderer: pdfmake's render of the receipt vs Chromium's (the
          // API call around it, with its audit row, is receipt_p50_ms above).
          name: 'receipt_speedup_vs_chromium',
          value: round(chromiumP50 / renderP50),
          unit: '×',
          target: 5,
          better: 'higher',
          baseline: { name: 'chromium_print_to_pdf_p50_ms', value: round(chromiumP50) },
        },
      ];
    } finally {
      await station.close();
    }
  },
};

export default bench;
