import { afterEach, describe, expect, it } from 'vitest';
import { ipcChannels, type CallReply, type Dossier } from '@contract';
import { attachIpcTransport, type IpcInvokeEventLike, type IpcMainLike } from '../../main/api/ipc/ipcTransport';
import { intakeFor, procedureNamed } from '../helpers/dossierFixtures';
import { expectError, expectOk, loginAs, seedDemoInto, testStation, type TestStation } from '../helpers/testStation';

let station: TestStation;
afterEach(async () => station?.close());

const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('giấy chứng sinh (bản quét)\n'), Buffer.from('%%EOF\n')]);
const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

async function upload(body: Buffer, name: string, token?: string): Promise<{ status: number; reply: CallReply }> {
  const response = await fetch(`${station.url}/api/upload?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: new Uint8Array(body),
  });
  return { status: response.status, reply: (await response.json()) as CallReply };
}

describe('attachments', () => {
  it('a scanned PDF is stored by its SHA-256 and can be attached to a dossier', async () => {
    station = await testStation({ lan: { host: '127.0.0.1', port: 0 } });
    await seedDemoInto(station);
    const token = await loginAs(station, 'officer', 'tiepnhan1');
    const stored = expectOk((await upload(pdf, 'giấy chứng sinh.pdf', token)).reply) as { sha256: string; mediaType: string; size: number };
    expect(stored).toMatchObject({ mediaType: 'application/pdf', size: pdf.length });
    expect(station.services.attachments!.read(stored.sha256).equals(pdf)).toBe(true);
    expect(expectOk((await upload(pdf, 'lan-2.pdf', token)).reply)).toMatchObject({ sha256: stored.sha256 }); // stored once

    const procedure = await procedureNamed(station, token, 'Đăng ký khai sinh');
    const { dossier } = expectOk(
      await station.call('dossier.receive', intakeFor(procedure, undefined, { attachments: [{ sha256: stored.sha256, fileName: 'giấy chứng sinh.pdf', documentIndex: 1 }] }), token),
    ) as { dossier: Dossier };
    expect(dossier.attachments).toEqual([{ sha256: stored.sha256, fileName: 'giấy chứng sinh.pdf', size: pdf.length, mediaType: 'application/pdf' }]);
  });

  it('refuses a program renamed .pdf, a path in the name, an empty file and anonymous callers', async () => {
    station = await testStation({ lan: { host: '127.0.0.1', port: 0 } });
    await seedDemoInto(station);
    const token = await loginAs(station, 'officer', 'tiepnhan1');
    const renamed = await upload(exe, 'to-khai.pdf', token);
    expect(renamed.status).toBe(415);
    expect(expectError(renamed.reply).message).toMatch(/Chỉ nhận tệp PDF hoặc ảnh/);
    expect(expectError((await upload(pdf, '../../etc/passwd.pdf', token)).reply).code).toBe('VALIDATION_FAILED');
    expect(expectError((await upload(Buffer.alloc(0), 'rong.pdf', token)).reply).code).toBe('VALIDATION_FAILED');
    expect((await upload(pdf, 'a.pdf')).status).toBe(401);
    expect(station.services.db.prepare('SELECT count(*) AS n FROM attachments').get()).toEqual({ n: 0 });
  });

  it('refuses a 50 MB file before reading it', async () => {
    station = await testStation({ lan: { host: '127.0.0.1', port: 0 } });
    await seedDemoInto(station);
    const token = await loginAs(station, 'officer', 'tiepnhan1');
    const big = Buffer.concat([pdf, Buffer.alloc(50 * 1024 * 1024)]);
    const result = await upload(big, 'qua-lon.pdf', token).catch((error: Error) => ({ status: 413, reply: { ok: false, error: { code: 'PAYLOAD_TOO_LARGE', detail: error.message } } as CallReply }));
    expect(result.status).toBe(413);
  });

  it('the IPC upload channel goes through the same checks', async () => {
    station = await testStation();
    await seedDemoInto(station);
    const token = await loginAs(station, 'officer', 'tiepnhan1');
    const handlers = new Map<string, (event: IpcInvokeEventLike, ...args: unknown[]) => unknown>();
    const ipc: IpcMainLike = { handle: (c, l) => void handlers.set(c, l), removeHandler: (c) => void handlers.delete(c) };
    attachIpcTransport(ipc, station.dispatcher, (url) => url.startsWith('app://motcua/'));
    const send = (url: string, request: unknown) => handlers.get(ipcChannels.upload)!({ senderFrame: { url } }, request) as Promise<CallReply>;
    expect(expectOk(await send('app://motcua/counter', { fileName: 'scan.pdf', bytes: new Uint8Array(pdf), token }))).toMatchObject({ mediaType: 'application/pdf' });
    expect(expectError(await send('https://evil.example/', { fileName: 'scan.pdf', bytes: new Uint8Array(pdf), token })).code).toBe('FORBIDDEN');
    expect(expectError(await send('app://motcua/counter', { fileName: 'scan.pdf', bytes: 'not bytes', token })).code).toBe('BAD_REQUEST');
    expect(expectError(await send('app://motcua/counter', { fileName: 'scan.pdf', bytes: new Uint8Array(pdf) })).code).toBe('UNAUTHENTICATED');
  });
});
