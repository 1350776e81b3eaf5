/**
 * `motcua <command>`: the headless station and the admin's tools. Every failure
 * ends in one readable line (Vietnamese first), never a stack trace: exit 2 for
 * wrong arguments, 1 for a refused or failed operation.
 */
import { AppError } from '@contract';
import { runAudit } from './auditCommand';
import { runBackup, runRestore } from './backupCommands';
import { runCalendar } from './calendarCommand';
import { runQr } from './qrCommand';
import { UsageError, usage } from './cliError';
import { runSeed } from './seedCommand';
import { runStation } from './stationCommand';
import { runStart } from './startCommand';
import { runSync } from './syncCommand';
import { runUser } from './userCommand';

type Command = (argv: string[], say: (line: string) => void, complain: (line: string) => void) => Promise<number>;

const commands: Record<string, Command> = {
  start: runStart,
  station: runStation,
  seed: runSeed,
  user: runUser,
  audit: runAudit,
  backup: runBackup,
  restore: runRestore,
  qr: runQr,
  calendar: runCalendar,
  sync: runSync,
};

export async function runCli(argv: string[], say = (line: string) => console.log(line), complain = (line: string) => console.error(line)): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    say(usage);
    return name ? 0 : 2;
  }
  const command = commands[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`);
    return await command(rest, say, complain);
  } catch (error) {
    if (error instanceof UsageError) {
      complain(`Sai tham số: ${error.message}\n`);
      complain(usage);
      return 2;
    }
    if (error instanceof AppError) {
      complain(`Lỗi: ${error.messageVi} (${error.code}: ${error.detail})`);
      for (const issue of error.issues ?? []) complain(`  - ${issue.path}: ${issue.message}`);
      return 1;
    }
    complain(`Lỗi ngoài dự kiến: ${(error as Error)?.message ?? String(error)} (unexpected error)`);
    return 1;
  }
}
