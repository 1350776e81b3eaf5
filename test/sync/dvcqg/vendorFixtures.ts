/**
 * The recorded vendor exchanges in fixtures/ (synthetic, see fixtures/README.md) and
 * a fake HttpJsonClient that replays them in order and records what was sent, as
 * it went on the wire (JSON text parsed back, so `undefined` never passes for null).
 */
import { readFileSync } from 'node:fs';
import type { HttpJsonClient, VendorReply } from '../../../main/sync/dvcqg/vendorHttp';

interface ReplyFixture {
  about: string;
  status: number;
  headers: Record<string, string>;
  /** A JSON reply, serialised as the vendor would send it. */
  json?: unknown;
  /** Any other reply, byte for byte. */
  body?: string;
}

function readFixture(path: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8'));
}

export function recordedReply(name: string): VendorReply {
  const fixture = readFixture(`replies/${name}.json`) as ReplyFixture;
  const body = fixture.json !== undefined ? JSON.stringify(fixture.json) : (fixture.body ?? '');
  return { status: fixture.status, headers: { ...fixture.headers }, body };
}

/** The body a request must carry, exactly. */
export function recordedRequest(name: string): { url: string; body: unknown } {
  const fixture = readFixture(`requests/${name}.json`) as { about: string; url: string; body: unknown };
  return { url: fixture.url, body: fixture.body };
}

export interface SentRequest {
  url: string;
  body: Record<string, unknown>;
  timeoutMs: number;
}

/** One step of the script: a reply, a failure to throw (no reply at all), or a reply built from the request. */
export type VendorStep = VendorReply | Error | ((request: SentRequest) => VendorReply);

export function scriptedVendor(steps: VendorStep[]) {
  const script = [...steps];
  const sent: SentRequest[] = [];
  const http: HttpJsonClient = {
    async postJson(url, body, { timeoutMs }) {
      const request: SentRequest = { url, body: JSON.parse(JSON.stringify(body)) as Record<string, unknown>, timeoutMs };
      sent.push(request);
      const step = script.shift();
      if (step === undefined) throw new Error(`request ${sent.length} (${String(request.body.service ?? 'authenticate')}) has no recorded reply left`);
      if (step instanceof Error) throw step;
      return typeof step === 'function' ? step(request) : step;
    },
  };
  return {
    http,
    sent,
    /** The `service` of each request, "authenticate" for sign-ins: the conversation at a glance. */
    services: () => sent.map((request) => (typeof request.body.service === 'string' ? request.body.service : 'authenticate')),
    unused: () => script.length,
  };
}
