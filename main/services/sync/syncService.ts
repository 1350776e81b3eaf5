/**
 * The sync as the station runs it: configured by the admin (settings
 * `sync.config`), a client and a scheduler built from that configuration, woken by
 * every commit that adds outbox rows, and the admin's view and actions (status,
 * "Đồng bộ ngay", retry or skip a parked event — skipping is audited).
 */
import { randomUUID } from 'node:crypto';
import { AppError, errorCatalogue, isErrorCode, type SyncConfigInput, type SyncStatus } from '@contract';
import { syncConfigInputSchema } from '@contract/sync';
import { vietnamDay, vietnamInstant, vietnamLocal } from '@domain/time/vietnamTime';
import type { Services } from '../index';
import type { Actor } from '../actor';
import type { Logger } from '../../runtime/logger';
import { applyProvinceChange, type ProvinceChange } from './provinceChanges';
import type { ProvinceAdapter } from '../../sync/adapter';
import { nodeHttpClient, type HttpClient } from '../../sync/httpClient';
import { createProtocolAdapter } from '../../sync/protocolAdapter';
import { createDvcqgAdapter, jsonOverHttpClient } from '../../sync/dvcqg';
import type { Clock } from '@domain/time/clock';
import type { Timers } from '../../runtime/timers';
import { createSyncScheduler, type SyncScheduler } from '../../sync/scheduler';
import { createSyncClient, maxClockSkewMs, storedSyncState, type RejectedChange, type SyncClient } from '../../sync/syncClient';

export interface SyncServiceOptions {
  services: Services;
  logger: Logger;
  http?: HttpClient;
  timers?: Timers;
  random?: () => number;
  /** Builds the adapter for a configuration (tests and other vendors plug in here). */
  adapterFor?: (config: SyncConfigInput, http: HttpClient, clock: Clock) => ProvinceAdapter;
  onStatus?: (status: SyncStatus) => void;
}

const configKey = 'sync.config';

export function defaultAdapterFor(config: SyncConfigInput, http: HttpClient, clock: Clock): ProvinceAdapter {
  if (config.adapter === 'motcua') {
    return createProtocolAdapter({ baseUrl: config.baseUrl, siteId: config.siteId, secret: config.secret, http, ...(config.caPem ? { ca: config.caPem } : {}) });
  }
  return createDvcqgAdapter({
    baseUrl: config.baseUrl,
    username: config.username,
    password: config.password,
    madonvi: config.madonvi,
    http: jsonOverHttpClient(http),
    clock,
  });
}

export interface SyncService {
  /** Starts the client and scheduler of the stored configuration (none: the sync stays off). */
  start(): void;
  stop(): Promise<void>;
  status(): SyncStatus;
  /** "Đồng bộ ngay": one run now, then the status. */
  syncNow(): Promise<SyncStatus>;
  configure(actor: Actor, input: SyncConfigInput): Promise<SyncStatus>;
  /** Puts a parked event back in line and runs the sync. */
  retryParked(actor: Actor, seq: number): SyncStatus;
  /** Gives up on a parked event (audited with the admin's reason): the province never gets it. */
  skipParked(actor: Actor, seq: number, reason: string): SyncStatus;
}

export function createSyncService(options: SyncServiceOptions): SyncService {
  const { services, logger } = options;
  const { repos, uow, clock, db } = services;
  const http = options.http ?? nodeHttpClient;
  const adapterFor = options.adapterFor ?? defaultAdapterFor;
  let current: { client: SyncClient; scheduler: SyncScheduler } | null = null;
  let unsubscribe: (() => void) | null = null;

  function config(): SyncConfigInput | null {
    const stored = repos.settings.get(configKey);
    const parsed = syncConfigInputSchema.safeParse(stored);
    return parsed.success ? parsed.data : null;
  }

  function backlogToday(): SyncStatus['backlog'] {
    const now = clock.now();
    const [y, m, d] = vietnamDay(now).split('-').map(Number) as [number, number, number];
    // Each instant parsed once (not once per hour): the backlog is read after every run, over a day's outbox.
    const rows = repos.outbox.timelineSince(vietnamInstant(y, m, d)).map((r) => ({
      created: Date.parse(r.created_at),
      // When the row stopped being pending (acknowledged or parked), or never.
      settled: Math.min(r.acknowledged_at === null ? Infinity : Date.parse(r.acknowledged_at), r.parked_at === null ? Infinity : Date.parse(r.parked_at)),
    }));
    const hours = vietnamLocal(now).hour;
    return Array.from({ length: hours + 1 }, (_, hour) => {
      const end = Math.min(vietnamInstant(y, m, d, hour + 1).getTime(), now.getTime());
      let pending = 0;
      for (const row of rows) if (row.created <= end && row.settled > end) pending += 1;
      return { hour, pending };
    });
  }

  function status(): SyncStatus {
    const cfg = config();
    const state = current ? current.client.state() : storedSyncState(repos);
    const totals = repos.outbox.pendingTotals();
    const code = state.lastErrorCode;
    return {
      configured: cfg !== null,
      adapter: cfg?.adapter ?? null,
      serverUrl: cfg?.baseUrl ?? null,
      settings: cfg
        ? {
            siteId: cfg.adapter === 'motcua' ? cfg.siteId : null,
            username: cfg.adapter === 'dvcqg' ? cfg.username : null,
            madonvi: cfg.adapter === 'dvcqg' ? cfg.madonvi : null,
            caPinned: cfg.adapter === 'motcua' && Boolean(cfg.caPem),
          }
        : null,
      online: state.online,
      running: current !== null,
      inProgress: current?.scheduler.busy ?? false,
      lastAttemptAt: state.lastAttemptAt,
      lastSuccessAt: state.lastSuccessAt,
      nextAttemptAt: state.nextAttemptAt,
      lastErrorCode: code,
      lastErrorMessage: code && isErrorCode(code) ? errorCatalogue[code].vi : null,
      lastErrorDetail: state.lastError,
      pendingEvents: totals.events,
      pendingBytes: totals.bytes,
      clockSkewMs: state.clockSkewMs,
      clockWarning: state.clockSkewMs !== null && Math.abs(state.clockSkewMs) > maxClockSkewMs,
      parked: repos.outbox.parked().map((row) => ({
        seq: row.seq,
        type: row.type,
        aggregateId: row.aggregate_id,
        reason: row.parked_reason ?? '',
        parkedAt: row.parked_at!,
      })),
      rejectedChanges: repos.syncState.get<RejectedChange[]>('pull.rejected') ?? [],
      backlog: backlogToday(),
      reading: { run: readingRun, seq: (readings += 1) },
    };
  }

  const readingRun = randomUUID();
  let readings = 0;

  /** The status last told to the listener; syncNow answers with the one published at the end of its run. */
  let published: SyncStatus | null = null;

  /** Tells the listener the status and returns it: built once for both (it reads the day's outbox). */
  function publish(): SyncStatus {
    const next = status();
    options.onStatus?.(next);
    published = next;
    return next;
  }

  async function stop(): Promise<void> {
    unsubscribe?.();
    unsubscribe = null;
    const running = current;
    current = null;
    await running?.scheduler.stop();
  }

  function start(): void {
    const cfg = config();
    if (!cfg) return;
    const adapter = adapterFor(cfg, http, clock);
    const client = createSyncClient({
      db,
      repos,
      writePulled: (work) =>
        uow.run({ kind: 'system', name: 'sync' }, (ctx) =>
          work({ now: ctx.now, apply: (change) => applyProvinceChange(ctx, change as ProvinceChange, services.dossiers.lifecycle) }),
        ),
      clock,
      logger,
      adapter,
      readAttachment: (sha256) => {
        if (!services.attachments) throw new AppError('NOT_FOUND', { detail: 'Attachment store not enabled' });
        return services.attachments.read(sha256);
      },
      ...(options.random ? { random: options.random } : {}),
    });
    const scheduler = createSyncScheduler({ client, clock, ...(options.timers ? { timers: options.timers } : {}), onRun: publish });
    current = { client, scheduler };
    unsubscribe = uow.onOutboxAppended(() => void scheduler.kick());
    scheduler.start();
  }

  function requireParked(seq: number) {
    const row = repos.outbox.bySeq(seq);
    if (!row || !row.parked_at || row.acknowledged_at) {
      throw new AppError('NOT_FOUND', { message: 'Không tìm thấy sự kiện bị giữ lại này.', detail: `No parked outbox row ${seq}` });
    }
    return row;
  }

  return {
    start,
    stop,
    status,
    async syncNow(): Promise<SyncStatus> {
      if (!current) {
        throw new AppError('SYNC_PROTOCOL', {
          message: 'Chưa cấu hình kết nối với hệ thống một cửa cấp tỉnh.',
          detail: 'Sync is not configured',
        });
      }
      published = null;
      await current.scheduler.kick();
      return published ?? status();
    },
    async configure(actor: Actor, input: SyncConfigInput): Promise<SyncStatus> {
      uow.run(actor, (ctx) => {
        ctx.repos.settings.set(configKey, input, ctx.now);
        ctx.audit('sync.configure', 'sync', null, { adapter: input.adapter, baseUrl: input.baseUrl });
      });
      await stop();
      start();
      return publish();
    },
    retryParked(actor: Actor, seq: number): SyncStatus {
      uow.run(actor, (ctx) => {
        const row = requireParked(seq);
        ctx.repos.outbox.unpark(seq);
        ctx.audit('sync.retry', 'outbox', seq, { type: row.type });
      });
      void current?.scheduler.kick();
      return publish();
    },
    skipParked(actor: Actor, seq: number, reason: string): SyncStatus {
      uow.run(actor, (ctx) => {
        const row = requireParked(seq);
        ctx.repos.outbox.acknowledge(seq, ctx.now);
        ctx.audit('sync.skip', 'outbox', seq, { type: row.type, aggregateId: row.aggregate_id, reason });
      });
      return publish();
    },
  };
}
