import { backupDatabase, restoreDatabase } from '../station/backup';
import { systemClock } from '../station/systemClock';
import { dataDirOption, parseOptions, requiredString } from './args';

export async function runBackup(argv: string[], say: (line: string) => void): Promise<number> {
  const { values } = parseOptions(argv, { data: { type: 'string' }, out: { type: 'string' } });
  const out = requiredString(values.out, 'out');
  const check = await backupDatabase(dataDirOption(values.data), out, systemClock);
  say(`Đã sao lưu vào ${out} (${check.bytes} byte, lược đồ ${check.schemaVersion}). Backup written.`);
  return 0;
}

export async function runRestore(argv: string[], say: (line: string) => void): Promise<number> {
  const { values } = parseOptions(argv, { data: { type: 'string' }, from: { type: 'string' } });
  const from = requiredString(values.from, 'from');
  const { keptAs } = restoreDatabase(dataDirOption(values.data), from, systemClock);
  say(`Đã khôi phục từ ${from}. Restored.`);
  if (keptAs) say(`Dữ liệu cũ được giữ tại ${keptAs}. Previous database kept.`);
  return 0;
}
