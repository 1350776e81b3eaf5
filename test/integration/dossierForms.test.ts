import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dossier } from '@contract';
import { applicants, intakeFor, procedureNamed } from '../helpers/dossierFixtures';
import { ManualClock } from '../helpers/manualClock';
import { expectError, expectOk, loginAs, seedDemoInto, testStation } from '../helpers/testStation';
import { hourMinuteDatePhrase } from '../../main/print/forms/vietnameseDates';
import { pdfPageCount, pdfText } from '../print/pdfTools';

async function counterWithDossier(procedureName = 'Cấp giấy xác nhận tình trạng hôn nhân') {
  const station = await testStation({ clock: new ManualClock('2026-11-23T02:05:00Z') });
  await seedDemoInto(station);
  const token = await loginAs(station, 'officer', 'tiepnhan1');
  const procedure = await procedureNamed(station, token, procedureName);
  const { dossier } = expectOk(await station.call('dossier.receive', intakeFor(procedure, applicants.lan, { counterId: 2 }), token)) as { dossier: Dossier };
  return { station, token, dossier, procedure };
}

/** A dossier whose supplement came a day later: its due date moved by the wait. */
async function dossierAfterSupplement() {
  const { station, token: first, dossier } = await counterWithDossier();
  expectOk(await station.call('dossier.requestSupplement', { dossierId: dossier.id, reason: 'Thiếu trích lục ly hôn', items: [{ name: 'Trích lục ly hôn', originals: 0, certifiedCopies: 1, copies: 0 }] }, first));
  station.clock.set('2026-11-24T03:30:00Z');
  const token = await loginAs(station, 'officer', 'tiepnhan1');
  const resumed = expectOk(await station.call('dossier.recordSupplement', { dossierId: dossier.id }, token)) as Dossier;
  return { station, token, dossier, resumed };
}

const pdfOf = (reply: unknown) => Buffer.from((reply as { base64: string }).base64, 'base64');

describe('the papers of a dossier', () => {
  it('the receipt (Mẫu 01) is a two-copy PDF with the code, the appointment and the officer', async () => {
    const { station, token, dossier } = await counterWithDossier();
    const reply = expectOk(await station.call('dossier.form', { dossierId: dossier.id, form: '01' }, token)) as { fileName: string };
    expect(reply.fileName).toBe(`${dossier.code}-mau-01.pdf`);
    const pdf = pdfOf(reply);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBe(2);
    const text = pdfText(pdf);
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain(`Mã hồ sơ: ${dossier.code}`);
    expect(text).toContain('Trần Thị Lan');
    expect(text).toContain('Quầy số 2');
    expect(text).toContain('ngày 27 tháng 11 năm 2026');
    expect(text).not.toContain('Bản in lại');
    await station.close();
  });

  it('a reprint says so on the paper and is written to the audit log', async () => {
    const { station, token, dossier } = await counterWithDossier();
    const pdf = pdfOf(expectOk(await station.call('dossier.form', { dossierId: dossier.id, form: '01', reprint: true }, token)));
    expect(pdfText(pdf)).toContain('Bản in lại – in lúc 09:05 ngày 23/11/2026');
    const audit = station.services.db.prepare("SELECT action, details FROM audit_log WHERE action LIKE 'form.%'").all();
    expect(audit).toEqual([{ action: 'form.reprint', details: JSON.stringify({ code: dossier.code, form: '01' }) }]);
    await station.close();
  });

  it('a supplement request prints Mẫu 02, a postponement Mẫu 04, a refusal Mẫu 03', async () => {
    const { station, token, dossier } = await counterWithDossier();
    expect(expectError(await station.call('dossier.form', { dossierId: dossier.id, form: '02' }, token)).code).toBe('INVALID_STATE');
    expectOk(await station.call('dossier.requestSupplement', { dossierId: dossier.id, reason: 'Thiếu trích lục ly hôn', items: [{ name: 'Trích lục ly hôn', originals: 0, certifiedCopies: 1, copies: 0 }] }, token));
    expect(pdfText(pdfOf(expectOk(await station.call('dossier.form', { dossierId: dossier.id, form: '02' }, token))))).toContain('Trích lục ly hôn');
    expectOk(await station.call('dossier.recordSupplement', { dossierId: dossier.id }, token));
    expectOk(await station.call('dossier.postpone', { dossierId: dossier.id, newDueAt: '2026-12-04T09:00:00+07:00', reason: 'Cần xác minh tại nơi cư trú trước' }, token));
    const apology = pdfText(pdfOf(expectOk(await station.call('dossier.form', { dossierId: dossier.id, form: '04' }, token))));
    expect(apology).toContain('Cần xác minh tại nơi cư trú trước');

    const procedure = await procedureNamed(station, token, 'Đăng ký kết hôn');
    const refused = expectOk(await station.call('dossier.refuse', { ...intakeFor(procedure, applicants.duc), reason: 'Chưa đủ tuổi kết hôn theo quy định' }, token)) as { dossier: Dossier };
    expect(pdfText(pdfOf(expectOk(await station.call('dossier.form', { dossierId: refused.dossier.id, form: '03' }, token))))).toContain('Chưa đủ tuổi kết hôn theo quy định');
    expect(expectError(await station.call('dossier.form', { dossierId: refused.dossier.id, form: '01' }, token)).code).toBe('INVALID_STATE');
    await station.close();
  });

  it('Mẫu 04 reprints the postponement from its data: rewording the history note changes nothing on the paper', async () => {
    const { station, token, dossier, resumed } = await dossierAfterSupplement();
    expectOk(await station.call('dossier.postpone', { dossierId: dossier.id, newDueAt: '2026-12-04T09:00:00+07:00', reason: 'Cần xác minh tại nơi cư trú trước' }, token));
    // Words joined across the paper's line breaks.
    const reprint = async () =>
      pdfText(pdfOf(expectOk(await station.call('dossier.form', { dossierId: dossier.id, form: '04', reprint: true }, token)))).replace(/\s+/gu, ' ');
    const before = await reprint();
    // The date missed is the one in force when postponing (the supplement's wait added), not the receipt's.
    expect(resumed.dueAt).not.toBe(dossier.dueAt);
    expect(before).toContain(hourMinuteDatePhrase(new Date(resumed.dueAt)));
    expect(before).toContain('Cần xác minh tại nơi cư trú trước');
    expect(before).toContain('09 giờ 00 phút, ngày 04 tháng 12 năm 2026');

    station.services.db.prepare("UPDATE dossier_events SET note = 'Đã dời lịch trả kết quả sang tuần sau' WHERE dossier_id = ? AND status_from = status_to").run(dossier.id);
    expect(await reprint()).toBe(before);
    const reread = expectOk(await station.call('dossier.get', { id: dossier.id }, token)) as Dossier;
    expect(reread.events.at(-1)).toMatchObject({
      note: 'Đã dời lịch trả kết quả sang tuần sau',
      postponement: { previousDueAt: resumed.dueAt, newDueAt: '2026-12-04T02:00:00.000Z', reason: 'Cần xác minh tại nơi cư trú trước' },
    });
    await station.close();
  });

  it('Mẫu 04 is refused for a dossier never postponed, also after a supplement moved its date', async () => {
    const { station, token, dossier } = await dossierAfterSupplement();
    expect(expectError(await station.call('dossier.form', { dossierId: dossier.id, form: '04' }, token)).code).toBe('INVALID_STATE');
    await station.close();
  });

  it('without a configured printer the PDF is saved in the spool folder for the officer', async () => {
    const { station, token, dossier } = await counterWithDossier();
    const printed = expectOk(await station.call('dossier.print', { dossierId: dossier.id, form: '01' }, token)) as { printed: boolean; destination: string; message: string };
    expect(printed.printed).toBe(false);
    expect(printed.destination.startsWith(station.dataDir)).toBe(true);
    expect(existsSync(printed.destination)).toBe(true);
    expect(printed.message).toContain('Chưa cấu hình máy in');
    await station.close();
  });
});
