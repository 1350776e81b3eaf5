/**
 * The command line of the reference provincial server, turned into server options.
 * Every fault can also be set at start, so a pilot or benchmark can run a bad line
 * from the first request.
 */
import { parseArgs } from 'node:util';
import type { FaultPatch } from './faults';
import type { ProvincialServerOptions } from './server';

export const usage = `Usage: npx tsx test/provincial/cli.ts --port N --data DIR [options]

  --port N                     port to listen on (0: any free port)
  --data DIR                   folder for the server's SQLite file and attachments
  --site ID:SECRET             a site allowed to sync (repeatable; secret ≥ 8 characters)
  --host ADDR                  address to bind (default 127.0.0.1; the /control API has
                               no authentication: expose it to trusted networks only)
  --bandwidth BYTES_PER_S      throttle request and response bodies to this rate
  --delay MS                   wait before answering each API request
  --auto-process MS            simulated officers: received dossiers go to 4, then 9, MS apart
  --clock-offset=MS            the server's clock runs this far ahead (negative: behind,
                               written with "=", e.g. --clock-offset=-3600000)
  --session-ttl MS             session lifetime (default 900000 = 15 min)
  --offline                    start offline (every API connection is destroyed)
  --refuse N                   destroy the connection of the next N API requests
  --reset-mid-body N           cut the next N API request bodies half way
  --status5xx CODE:N           answer the next N API requests with CODE (500, 502, 503, 504)
  --drop-reply-after-commit N  commit the next N event batches, then drop the connection
`;

export class UsageError extends Error {}

function integer(name: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text) || Number(text) < min) throw new UsageError(`--${name} must be an integer ≥ ${min} (got "${text}")`);
  return Number(text);
}

export function provincialOptionsFromArgs(argv: string[]): ProvincialServerOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        data: { type: 'string' },
        site: { type: 'string', multiple: true },
        host: { type: 'string' },
        bandwidth: { type: 'string' },
        delay: { type: 'string' },
        'auto-process': { type: 'string' },
        'clock-offset': { type: 'string' },
        'session-ttl': { type: 'string' },
        offline: { type: 'boolean' },
        refuse: { type: 'string' },
        'reset-mid-body': { type: 'string' },
        status5xx: { type: 'string' },
        'drop-reply-after-commit': { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.data === undefined) throw new UsageError('--data DIR is required');
  const port = integer('port', values.port, 0) ?? 0;
  if (port > 65535) throw new UsageError('--port must be at most 65535');

  const sites = (values.site ?? []).map((spec) => {
    const colon = spec.indexOf(':');
    const id = spec.slice(0, colon);
    const secret = spec.slice(colon + 1);
    if (colon < 1 || secret.length < 8) throw new UsageError(`--site must be ID:SECRET with a secret of 8+ characters (got "${id || spec}:…")`);
    return { id, secret };
  });

  const faults: FaultPatch = {};
  const bandwidth = integer('bandwidth', values.bandwidth, 1);
  if (bandwidth !== undefined) faults.bandwidthBytesPerSec = bandwidth;
  const delay = integer('delay', values.delay, 0);
  if (delay !== undefined) faults.delayMs = delay;
  if (values.offline) faults.offline = true;
  const refuse = integer('refuse', values.refuse, 0);
  if (refuse !== undefined) faults.refuse = refuse;
  const reset = integer('reset-mid-body', values['reset-mid-body'], 0);
  if (reset !== undefined) faults.resetMidBody = reset;
  const drop = integer('drop-reply-after-commit', values['drop-reply-after-commit'], 0);
  if (drop !== undefined) faults.dropReplyAfterCommit = drop;
  if (values.status5xx !== undefined) {
    const match = /^(500|502|503|504):(\d+)$/.exec(values.status5xx);
    if (!match) throw new UsageError('--status5xx must be CODE:N with CODE 500, 502, 503 or 504');
    faults.status5xx = { code: Number(match[1]) as 500 | 502 | 503 | 504, count: Number(match[2]) };
  }

  const autoProcessMs = integer('auto-process', values['auto-process'], 0);
  const clockOffsetMs = integer('clock-offset', values['clock-offset'], -Number.MAX_SAFE_INTEGER);
  const sessionTtlMs = integer('session-ttl', values['session-ttl'], 1);
  return {
    dataDir: values.data,
    port,
    ...(values.host !== undefined ? { host: values.host } : {}),
    sites,
    faults,
    ...(autoProcessMs !== undefined ? { autoProcessMs } : {}),
    ...(clockOffsetMs !== undefined ? { clockOffsetMs } : {}),
    ...(sessionTtlMs !== undefined ? { sessionTtlMs } : {}),
  };
}
