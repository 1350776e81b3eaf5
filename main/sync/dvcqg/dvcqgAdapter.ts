/**
 * A ProvinceAdapter for DVCQG-style provincial one-stop systems: authenticate with
 * username/password for a session, then POST `{session, madonvi, service, data}`.
 * The station's outbox events map onto vendor services as follows:
 *
 * - `dossier.received`, `dossier.refused`, `dossier.status` → DongBoHoSoMC with the
 *   dossier payload (checked first: an invalid one is rejected without a call); a
 *   reply "… đã tồn tại" sends the same dossier again as an update; a status change
 *   then also sends a CapNhatTienDoHoSoMC progress record.
 * - `site.profile`, `ticket.issued`, `rating.submitted` → accepted without a call:
 *   these vendors have no service for them, so they are not synced to this vendor.
 *
 * Capabilities: no attachments (these systems take file URLs inside the dossier,
 * not uploads) and no pull (they have no change feed we could rely on), so the
 * attachment and change calls reject with SYNC_PROTOCOL. The vendor has no health
 * endpoint either: `health()` authenticates, which proves reachability and the
 * credentials, and reads the server's clock from the HTTP `Date` header.
 */
import { AppError } from '@domain/errors';
import { nationalDossierEventNames, provinceEvents } from '@domain/sync/provinceEvents';
import type { Clock } from '@domain/time/clock';
import type { ChangesPage, ProvinceAdapter } from '../adapter';
import type { AttachmentState, EventResult, SyncEvent } from '../protocol';
import {
  defaultAuthExpiredRules,
  defaultDepartment,
  defaultDvcqgPaths,
  defaultDvcqgServices,
  defaultExistsPatterns,
  defaultMessageFields,
  defaultSessionField,
  defaultTimeoutMs,
  type AuthExpiredRules,
  type DvcqgPaths,
  type DvcqgServiceCall,
  type DvcqgServices,
  type MessagePattern,
} from './dvcqgSettings';
import { checkVendorDossier, progressRecord, vendorDossierData, type AttachmentUrl } from './vendorDossier';
import type { HttpJsonClient } from './vendorHttp';
import type { VendorVerdict } from './vendorReply';
import { createVendorSession } from './vendorSession';

export interface DvcqgAdapterOptions {
  /** The vendor's integration address, e.g. "https://motcua.example.gov.vn/api". */
  baseUrl: string;
  username: string;
  password: string;
  /** The agency code the vendor knows this station's office by. */
  madonvi: string;
  services?: Partial<DvcqgServices>;
  /** Relative to baseUrl, or absolute URLs when the vendor authenticates elsewhere. */
  paths?: Partial<DvcqgPaths>;
  authExpired?: Partial<AuthExpiredRules>;
  existsPatterns?: MessagePattern[];
  messageFields?: string[];
  sessionField?: string;
  /** PhongBanXuLy of progress records. */
  department?: string;
  /** Where the vendor can fetch an attachment; without it document links are sent as null. */
  attachmentUrl?: AttachmentUrl;
  timeoutMs?: number;
  http: HttpJsonClient;
  clock: Clock;
}

/** Events that carry a dossier in the DongBoHoSoMC shape. */
export const dossierEventTypes: readonly string[] = nationalDossierEventNames;
/** Events the vendor has no service for: accepted without a call, not synced to this vendor. */
export const eventTypesNotSynced: readonly string[] = [provinceEvents.siteProfile, provinceEvents.ticketIssued, provinceEvents.ratingSubmitted].map((event) => event.name);

/** Where the server time of `health()` came from: the vendor's Date header, or the station's clock when it sent none. */
export type ServerTimeSource = 'vendor' | 'station';

export interface DvcqgAdapter extends ProvinceAdapter {
  health(): Promise<{ serverTime: Date; serverTimeSource: ServerTimeSource }>;
}

function urlOf(baseUrl: string, path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

function unsupported(what: string): Promise<never> {
  return Promise.reject(new AppError('SYNC_PROTOCOL', { detail: `${what} not supported by the DVCQG adapter` }));
}

/** What the station stores for an event the vendor refused: the vendor's own words. */
function refusalReason(service: string, verdict: Extract<VendorVerdict, { errorCode: number }>): string {
  const words = verdict.message !== '' ? verdict.message : `refused with error_code ${verdict.errorCode}`;
  return `${service}: ${words}`.slice(0, 1000);
}

type Outcome = { status: 'accepted' } | { status: 'rejected'; reason: string };

/** The vendor's clock as last seen in a reply's Date header, per push. */
interface VendorClock {
  date: Date | null;
}

export function createDvcqgAdapter(options: DvcqgAdapterOptions): DvcqgAdapter {
  const services: DvcqgServices = { ...defaultDvcqgServices, ...options.services };
  const paths: DvcqgPaths = { ...defaultDvcqgPaths, ...options.paths };
  const department = options.department ?? defaultDepartment;
  const session = createVendorSession({
    http: options.http,
    authenticateUrl: urlOf(options.baseUrl, paths.authenticate),
    serviceUrl: urlOf(options.baseUrl, paths.service),
    username: options.username,
    password: options.password,
    madonvi: options.madonvi,
    timeoutMs: options.timeoutMs ?? defaultTimeoutMs,
    sessionField: options.sessionField ?? defaultSessionField,
    rules: {
      authExpired: { ...defaultAuthExpiredRules, ...options.authExpired },
      existsPatterns: options.existsPatterns ?? defaultExistsPatterns,
      messageFields: options.messageFields ?? defaultMessageFields,
    },
  });
  async function send(call: DvcqgServiceCall, data: unknown[], what: string, clock: VendorClock) {
    const answer = await session.call(call, data, what);
    if (answer.date) clock.date = answer.date;
    return answer.verdict;
  }

  async function pushDossier(event: SyncEvent, clock: VendorClock): Promise<Outcome> {
    const check = checkVendorDossier(event.payload);
    if (!check.ok) return { status: 'rejected', reason: check.reason };
    const data = [vendorDossierData(check.dossier, options.attachmentUrl)];

    let call = services.createDossier;
    let verdict = await send(call, data, `DVCQG ${call.service}`, clock);
    if (verdict.kind === 'exists') {
      call = services.updateDossier;
      verdict = await send(call, data, `DVCQG ${call.service} (update)`, clock);
    }
    // An update answered "exists" again is a vendor that will not take it: park it like any refusal.
    if (verdict.kind !== 'ok') return { status: 'rejected', reason: refusalReason(call.service, verdict) };

    if (event.type === provinceEvents.dossierStatus.name) {
      const progress = services.progress;
      const answer = await send(progress, [progressRecord(check.dossier, event, department)], `DVCQG ${progress.service}`, clock);
      // "Already exists" for a progress record means a resent event found its own record: nothing to do.
      if (answer.kind === 'refused') return { status: 'rejected', reason: refusalReason(progress.service, answer) };
    }
    return { status: 'accepted' };
  }

  async function pushOne(event: SyncEvent, clock: VendorClock): Promise<Outcome> {
    if (eventTypesNotSynced.includes(event.type)) return { status: 'accepted' };
    if (dossierEventTypes.includes(event.type)) return pushDossier(event, clock);
    return { status: 'rejected', reason: `Event type "${event.type}" has no mapping in the DVCQG adapter` };
  }

  return {
    name: 'dvcqg',
    capabilities: { attachments: false, pull: false },

    async health() {
      const { date } = await session.authenticate();
      if (date) return { serverTime: date, serverTimeSource: 'vendor' };
      return { serverTime: options.clock.now(), serverTimeSource: 'station' };
    },

    /**
     * One event after the other, in outbox order. A failure that is not about one
     * event (unreachable, protocol, credentials) throws and the whole batch is sent
     * again later: the dossier calls are safe to repeat (create → "exists" → update),
     * a progress record may reach the vendor twice.
     */
    async push(events) {
      const vendorClock: VendorClock = { date: null };
      const results: EventResult[] = [];
      for (const event of events) {
        const outcome = await pushOne(event, vendorClock);
        results.push({ eventId: event.eventId, ...outcome });
      }
      return { results, serverTime: vendorClock.date ?? options.clock.now() };
    },

    attachmentState(): Promise<AttachmentState> {
      return unsupported('Attachment uploads are');
    },
    uploadChunk(): Promise<AttachmentState> {
      return unsupported('Attachment uploads are');
    },
    changes(): Promise<ChangesPage> {
      return unsupported('Pulling changes is');
    },
  };
}
