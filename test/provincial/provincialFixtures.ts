/**
 * Shared pieces for the reference provincial server's own tests: a server in a
 * temp folder (closed after each test), a site, and plain-fetch calls shaped like
 * PROTOCOL.md, so the tests speak to the server the way any station would.
 */
import { createHash, randomUUID } from 'node:crypto';
import { afterEach } from 'vitest';
import { provinceEvents } from '@domain/sync/provinceEvents';
import type { SyncEvent } from '../../main/sync/protocol';
import { tempDir } from '../helpers/tempDir';
import { startProvincialServer, type ProvincialServer, type ProvincialServerOptions } from './server';

export const siteA = { id: '000.00.06.H56', secret: 'site-a-secret-0001' };
export const siteB = { id: '000.17.22.H56', secret: 'site-b-secret-0002' };

const running: ProvincialServer[] = [];

afterEach(async () => {
  for (const server of running.splice(0)) await server.close();
});

/** A server on a free port with sites A and B, in a fresh folder unless one is given. */
export async function startTestServer(options: Partial<ProvincialServerOptions> = {}): Promise<ProvincialServer> {
  const server = await startProvincialServer({ dataDir: tempDir('provincial-'), sites: [siteA, siteB], ...options });
  running.push(server);
  return server;
}

export interface Reply<T = unknown> {
  status: number;
  body: T;
}

export async function call<T = unknown>(url: string, init: RequestInit & { token?: string; json?: unknown } = {}): Promise<Reply<T>> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(init.json);
  }
  const response = await fetch(url, { ...init, headers, body });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

export async function sessionToken(server: ProvincialServer, site = siteA): Promise<string> {
  const reply = await call<{ token: string }>(`${server.url}/v1/session`, { method: 'POST', json: { siteId: site.id, secret: site.secret } });
  if (reply.status !== 200) throw new Error(`session refused: ${JSON.stringify(reply.body)}`);
  return reply.body.token;
}

export interface PushResults {
  results: { eventId: string; status: 'accepted' | 'duplicate' | 'rejected'; reason?: string }[];
  serverTime: string;
}

export function push(server: ProvincialServer, token: string, events: SyncEvent[], siteId = siteA.id): Promise<Reply<PushResults>> {
  return call<PushResults>(`${server.url}/v1/events`, { method: 'POST', token, json: { siteId, events } });
}

export function putChunk(server: ProvincialServer, token: string, sha: string, offset: number, total: number, bytes: Buffer) {
  return call<{ sha256: string; received: number; complete: boolean; error?: { code: string } }>(
    `${server.url}/v1/attachments/${sha}?offset=${offset}&total=${total}`,
    { method: 'PUT', token, body: new Uint8Array(bytes), headers: { 'content-type': 'application/octet-stream' } },
  );
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let seq = 0;

/** A DongBoHoSoMC payload with the fields the province checks, and any others given. */
export function dossierPayload(maHoSo: string, status: number, extra: Record<string, unknown> = {}) {
  return {
    MaHoSo: maHoSo,
    MaTTHC: '1.001193',
    TenTTHC: 'Đăng ký khai sinh',
    TrangThaiHoSo: status,
    NgayTiepNhan: '20261123090000',
    NgayHenTra: '20261123160000',
    DinhDanhCHS: [{ LoaiDinhDanh: 1, SoDinhDanh: '038090001234' }],
    TaiLieuNop: [],
    ...extra,
  };
}

/** An outbox event as the station sends it; a fresh eventId and the next seq unless given. */
export function syncEvent(type: string, payload: unknown, overrides: Partial<SyncEvent> = {}): SyncEvent {
  const maHoSo = (payload as { MaHoSo?: unknown } | null)?.MaHoSo;
  return {
    eventId: randomUUID(),
    seq: ++seq,
    type,
    aggregateType: type.split('.')[0] ?? 'x',
    aggregateId: typeof maHoSo === 'string' && maHoSo ? maHoSo : 'aggregate-1',
    createdAt: '2026-11-23T02:00:00.000Z',
    payload,
    ...overrides,
  };
}

export const received = (maHoSo: string, extra: Record<string, unknown> = {}) => syncEvent(provinceEvents.dossierReceived.name, dossierPayload(maHoSo, 2, extra));
export const statusEvent = (maHoSo: string, status: number) => syncEvent(provinceEvents.dossierStatus.name, dossierPayload(maHoSo, status));

/** Resolves to the error a failed fetch threw (and fails if it did not fail). */
export async function fetchError(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the request to fail at the connection level');
}
