/**
 * /control: the test and pilot handle on the reference server. It sets faults,
 * plays the provincial officers, feeds changes and reports what arrived. It is
 * never faulted, throttled or authenticated, so it must stay on a loopback or
 * otherwise trusted address (the server binds 127.0.0.1 unless told otherwise).
 */
import { z } from 'zod';
import { faultPatchSchema, type FaultControl } from './faults';
import { checkChange } from './changeFeed';
import { statsSnapshot, type TrafficCounters } from './stats';
import type { ProvincialStore } from './store';
import { errorBody, parseJsonBody, type Answer } from './v1Api';

export interface ControlOptions {
  store: ProvincialStore;
  faults: FaultControl;
  traffic: TrafficCounters;
  now: () => Date;
}

const decisionSchema = z.strictObject({
  MaHoSo: z.string().min(1).max(64),
  TrangThaiHoSo: z.number().int(),
  NoiDungXuLy: z.string().max(2000).nullable().optional(),
  NguoiXuLy: z.string().max(200).nullable().optional(),
});
const changeRequestSchema = z.strictObject({
  kind: z.string(),
  data: z.unknown(),
  /** Only this site pulls the change; absent: every site. */
  siteId: z.string().min(1).max(64).optional(),
});
const siteSchema = z.strictObject({ id: z.string().min(1).max(64), secret: z.string().min(8).max(256) });

const bad = (message: string): Answer => ({ status: 400, body: errorBody('MALFORMED', message) });

/** Control requests may leave the body out: an empty body reads as `{}`. */
const parse = <T>(body: Buffer, schema: z.ZodType<T>) => parseJsonBody(body, schema, { emptyBody: {} });

export function controlAnswer(options: ControlOptions, method: string, url: URL, body: Buffer): Answer {
  const { store, faults, traffic } = options;
  const path = url.pathname;
  const route = `${method} ${path}`;

  switch (route) {
    case 'GET /control/faults':
      return { status: 200, body: faults.state() };
    case 'POST /control/faults': {
      const patch = parse(body, faultPatchSchema);
      return patch.ok ? { status: 200, body: faults.set(patch.value) } : patch.answer;
    }
    case 'DELETE /control/faults':
      return { status: 200, body: faults.reset() };
    case 'POST /control/process': {
      const decision = parse(body, decisionSchema);
      if (!decision.ok) return decision.answer;
      const outcome = store.decide(decision.value);
      return outcome.ok
        ? { status: 200, body: { cursor: outcome.cursor } }
        : { status: outcome.status, body: errorBody(outcome.status === 404 ? 'NOT_FOUND' : 'MALFORMED', outcome.reason) };
    }
    case 'POST /control/changes': {
      const request = parse(body, changeRequestSchema);
      if (!request.ok) return request.answer;
      const checked = checkChange(request.value.kind, request.value.data);
      if (!checked.ok) return bad(checked.reason);
      return { status: 200, body: { cursor: store.changes.append(checked.change, request.value.siteId ?? null) } };
    }
    case 'GET /control/stats':
      return { status: 200, body: statsSnapshot(store, traffic, faults) };
    case 'POST /control/stats/reset':
      traffic.reset(options.now());
      store.events.resetCounters();
      faults.resetInjectedCounts();
      return { status: 200, body: statsSnapshot(store, traffic, faults) };
    case 'GET /control/dossiers':
      return { status: 200, body: { dossiers: store.dossiers.list() } };
    case 'GET /control/events':
      return { status: 200, body: { events: store.events.list(url.searchParams.get('site') ?? undefined) } };
    case 'POST /control/sites': {
      const site = parse(body, siteSchema);
      if (!site.ok) return site.answer;
      store.credentials.registerSite(site.value.id, site.value.secret);
      return { status: 200, body: { id: site.value.id } };
    }
  }
  if (method === 'GET' && path.startsWith('/control/dossiers/')) {
    const maHoSo = decodeURIComponent(path.slice('/control/dossiers/'.length));
    const record = store.dossiers.get(maHoSo);
    if (!record) return { status: 404, body: errorBody('NOT_FOUND', 'unknown dossier') };
    return { status: 200, body: { ...record, payload: store.dossiers.payloadOf(maHoSo) } };
  }
  return { status: 404, body: errorBody('NOT_FOUND', `no control endpoint ${route}`) };
}
