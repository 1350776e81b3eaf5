/**
 * The OS-queue transport without CUPS: the injected spawn records the command
 * line and runs a small shell script standing in for `lp`/`lpstat`, through
 * real pipes, exit codes and signals.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@domain/errors';
import { ticketJob } from '../../../main/devices/printer/escpos';
import { LpTicketPrinter, createOsQueueTicketPrinter, lpstatPrinterStatus } from '../../../main/devices/printer/osQueueTicketPrinter';
import type { SpawnFunction } from '../../../main/devices/printer/spawnedProcess';
import { WinSpoolTicketPrinter } from '../../../main/devices/printer/winSpoolTicketPrinter';
import { printerFailureOf } from '../../../main/devices/printer/ticketPrinter';
import { renderTicketBitmap } from '../../../main/print/ticket/ticketLayout';
import { tempDir } from '../../helpers/tempDir';
import { sampleTicket, ticketFonts } from './ticketFixture';

/** A spawn that records each call and runs `script` (sh) in place of the real command. */
function standIn(script: string, env: Record<string, string> = {}) {
  const calls: Array<{ command: string; args: readonly string[] }> = [];
  const spawnStandIn: SpawnFunction = (command, args) => {
    calls.push({ command, args });
    return spawn('sh', ['-c', script], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  };
  return { spawn: spawnStandIn, calls };
}

afterEach(() => {
  vi.useRealTimers();
});

/** The AppError a promise rejects with (null if it resolved). */
function rejection(promise: Promise<unknown>): Promise<AppError | null> {
  return promise.then(
    () => null,
    (error: unknown) => error as AppError,
  );
}

describe('OS print queue transport (lp)', () => {
  it('runs `lp -d <queue> -o raw` and writes the job, unchanged, to its stdin', async () => {
    const out = join(tempDir(), 'job.bin');
    const lp = standIn('cat > "$OUT"; echo "request id is Kiosk-42 (0 file(s))"', { OUT: out });
    const printer = new LpTicketPrinter('Kiosk', { spawn: lp.spawn });
    const job = ticketJob(renderTicketBitmap(sampleTicket, { widthDots: 384 }, ticketFonts()));
    await printer.print(job);
    expect(lp.calls).toEqual([{ command: 'lp', args: ['-d', 'Kiosk', '-o', 'raw'] }]);
    expect(readFileSync(out).equals(Buffer.from(job))).toBe(true);
  });

  it('turns a failing lp into a typed offline error that carries lp’s reason', async () => {
    const lp = standIn('cat > /dev/null; echo "lp: The printer or class does not exist." >&2; exit 1');
    const printer = new LpTicketPrinter('Missing', { spawn: lp.spawn });
    const error = await rejection(printer.print(Uint8Array.of(0x1b, 0x40)));
    expect(error).toBeInstanceOf(AppError);
    expect(printerFailureOf(error)).toBe('PRINTER_OFFLINE');
    expect(error?.detail).toMatch(/does not exist/);
  });

  it('kills an lp that never finishes and rejects with a timeout instead of hanging', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const lp = standIn('exec sleep 60');
    const printer = new LpTicketPrinter('Kiosk', { spawn: lp.spawn, printTimeoutMs: 15_000 });
    const printing = rejection(printer.print(Uint8Array.of(0x1b, 0x40)));
    await vi.advanceTimersByTimeAsync(15_000);
    expect(printerFailureOf(await printing)).toBe('PRINTER_TIMEOUT');
  });

  it('reports a missing lp command as unsupported on this machine', async () => {
    const printer = new LpTicketPrinter('Kiosk', { spawn: () => spawn('/nonexistent/lp-for-test', []) });
    const error = await rejection(printer.print(Uint8Array.of(0x1b, 0x40)));
    expect(printerFailureOf(error)).toBe('PRINTER_UNSUPPORTED');
  });

  it('asks `lpstat -p <queue>` for the status', async () => {
    const lpstat = standIn('echo "printer Kiosk is idle.  enabled since Sat 21 Nov 2026 08:00:00"');
    expect(await new LpTicketPrinter('Kiosk', { spawn: lpstat.spawn }).status()).toBe('ready');
    expect(lpstat.calls).toEqual([{ command: 'lpstat', args: ['-p', 'Kiosk'] }]);
  });

  it('reads lpstat: enabled queues are ready, disabled or unknown ones offline, anything else unknown', () => {
    expect(lpstatPrinterStatus(0, 'printer Kiosk now printing Kiosk-42.  enabled since …')).toBe('ready');
    expect(lpstatPrinterStatus(0, 'printer Kiosk disabled since Sat 21 Nov 2026 -\n\tUnplugged or turned off')).toBe('offline');
    expect(lpstatPrinterStatus(1, '')).toBe('offline');
    expect(lpstatPrinterStatus(0, 'something new')).toBe('unknown');
  });

  it('picks the Windows spooler on Windows and lp elsewhere', () => {
    expect(createOsQueueTicketPrinter({ queue: 'POS-80', platform: 'win32' })).toBeInstanceOf(WinSpoolTicketPrinter);
    expect(createOsQueueTicketPrinter({ queue: 'POS-80', platform: 'linux' })).toBeInstanceOf(LpTicketPrinter);
  });
});
