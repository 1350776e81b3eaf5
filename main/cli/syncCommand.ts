import { syncConfigInputSchema } from '@contract/sync';
import { validationError } from '../api/dispatcher';
import { createSyncService } from '../services/sync/syncService';
import { dataDirOption, parseOptions, requiredString } from './args';
import { UsageError } from './cliError';
import { withLocalServices } from './localStation';
import { passwordFromStdin } from './readPassword';
import { jsonLogger } from '../station/jsonLogger';
import { systemClock } from '../station/systemClock';

/**
 * `motcua sync status|now|configure --data DIR`: the admin's sync tools from a
 * terminal. `now` runs one pass and exits 0 only when it succeeded.
 */
export async function runSync(argv: string[], say: (line: string) => void): Promise<number> {
  const [action, ...rest] = argv;
  if (action === 'status' || action === 'now') {
    const { values } = parseOptions(rest, { data: { type: 'string' } });
    return withLocalServices(dataDirOption(values.data), async (services) => {
      const sync = createSyncService({ services, logger: jsonLogger(systemClock) });
      if (action === 'status') {
        say(JSON.stringify(sync.status(), null, 2));
        return 0;
      }
      sync.start();
      try {
        const status = await sync.syncNow();
        say(JSON.stringify(status, null, 2));
        return status.lastErrorCode === null ? 0 : 1;
      } finally {
        await sync.stop();
      }
    });
  }
  if (action === 'configure') {
    const { values } = parseOptions(rest, {
      data: { type: 'string' },
      url: { type: 'string' },
      site: { type: 'string' },
      'secret-stdin': { type: 'boolean' },
    });
    if (!values['secret-stdin']) throw new UsageError('sync configure reads the site secret from standard input: add --secret-stdin');
    const input = { adapter: 'motcua' as const, baseUrl: requiredString(values.url, 'url'), siteId: requiredString(values.site, 'site'), secret: await passwordFromStdin() };
    const invalid = validationError(syncConfigInputSchema, input, 'sync configuration');
    if (invalid) throw invalid;
    return withLocalServices(dataDirOption(values.data), async (services) => {
      const sync = createSyncService({ services, logger: jsonLogger(systemClock) });
      const status = await sync.configure({ kind: 'system', name: 'cli' }, input);
      await sync.stop();
      say(`Đã cấu hình đồng bộ với ${status.serverUrl}. Sync configured.`);
      return 0;
    });
  }
  throw new UsageError('sync needs "status", "now" or "configure"');
}
