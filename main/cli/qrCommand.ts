import { parseCccdQr } from '@domain/cccd';
import { parseOptions } from './args';
import { UsageError } from './cliError';
import { passwordFromStdin as firstLineOfStdin } from './readPassword';

/** `motcua qr parse <payload|->`: one JSON object and exit 0, or the error and exit 2. */
export async function runQr(argv: string[], say: (line: string) => void, complain: (line: string) => void): Promise<number> {
  const [action, ...rest] = argv;
  if (action !== 'parse') throw new UsageError('qr needs "parse"');
  const { positionals } = parseOptions(rest, {});
  if (positionals.length !== 1) throw new UsageError('qr parse needs one payload, or - to read it from standard input');
  const payload = positionals[0] === '-' ? await firstLineOfStdin() : positionals[0]!;
  try {
    say(JSON.stringify(parseCccdQr(payload)));
    return 0;
  } catch (error) {
    const { messageVi, detail } = error as { messageVi?: string; detail?: string };
    if (!messageVi) throw error;
    complain(`Lỗi: ${messageVi} (${detail})`);
    return 2;
  }
}
