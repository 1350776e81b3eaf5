/**
 * Raw ticket printing on Windows, tested here without Windows: the helper's C#
 * source is compiled by Mono's compiler at the language level of Windows
 * PowerShell 5.1 (C# 5) and run by Mono against a fake winspool.drv (a small C
 * library, fakeWinspool.c) that records every spooler call and the job's bytes.
 * What stands in: Mono for PowerShell's Add-Type, the fake for the spooler.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ticketJob } from '../../../main/devices/printer/escpos';
import type { SpawnFunction } from '../../../main/devices/printer/spawnedProcess';
import { printerFailureOf } from '../../../main/devices/printer/ticketPrinter';
import {
  encodedPowerShellCommand,
  spoolerPrinterStatus,
  winSpoolHelperCommand,
  winSpoolHelperScript,
  winSpoolHelperSource,
  winSpoolQueueVariable,
} from '../../../main/devices/printer/winSpoolHelper';
import { WinSpoolTicketPrinter } from '../../../main/devices/printer/winSpoolTicketPrinter';
import { renderTicketBitmap } from '../../../main/print/ticket/ticketLayout';
import { rejectionOf } from '../../helpers/appErrors';
import { tempDir } from '../../helpers/tempDir';
import { sampleTicket, ticketFonts } from './ticketFixture';

const printerName = 'Máy in phiếu "Quầy 1"';
let helperExe = '';
let buildDir = '';
afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

/** Compiles the fake spooler and the helper once; Mono finds the fake through a dllmap. */
beforeAll(() => {
  for (const tool of ['gcc', 'mcs', 'mono']) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`]);
    } catch {
      throw new Error(`${tool} is needed to test the Windows print helper (apt-get install gcc mono-mcs)`);
    }
  }
  const dir = (buildDir = mkdtempSync(join(tmpdir(), 'motcua-winspool-')));
  const library = join(dir, 'libfakewinspool.so');
  execFileSync('gcc', ['-shared', '-fPIC', '-Wall', '-Werror', '-o', library, join(import.meta.dirname, 'fakeWinspool', 'fakeWinspool.c')]);
  writeFileSync(join(dir, 'helper.cs'), winSpoolHelperSource);
  helperExe = join(dir, 'helper.exe');
  execFileSync('mcs', ['-langversion:5', '-nologo', '-warnaserror', `-out:${helperExe}`, join(dir, 'helper.cs')]);
  writeFileSync(`${helperExe}.config`, `<configuration><dllmap dll="winspool.drv" target="${library}"/></configuration>`);
}, 60_000);

/** A spooler with one printer, and a printer object whose helper runs under Mono against it. */
function spooler(behaviour: Record<string, string> = {}, options: { printTimeoutMs?: number } = {}) {
  const dir = tempDir();
  const log = join(dir, 'calls.log');
  const job = join(dir, 'job.bin');
  const started: SpawnedHelper[] = [];
  const printer = new WinSpoolTicketPrinter(printerName, {
    spawn: recordingSpawn(started),
    helper: { command: 'mono', args: [helperExe], env: { ...winSpoolHelperCommand(printerName).env, FAKE_WINSPOOL_LOG: log, FAKE_WINSPOOL_JOB: job, FAKE_WINSPOOL_PRINTER: printerName, ...behaviour } },
    ...options,
  });
  printers.push(printer);
  return {
    printer,
    started,
    calls: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []),
    printed: () => (existsSync(job) ? readFileSync(job) : Buffer.alloc(0)),
  };
}

interface SpawnedHelper {
  command: string;
  args: readonly string[];
  env: NodeJS.ProcessEnv;
  child: ReturnType<typeof spawn>;
}

/** Spawns for real and keeps each helper process, so a test can kill it or watch it exit. */
function recordingSpawn(started: SpawnedHelper[]): SpawnFunction {
  return (command, args, options) => {
    const child = spawn(command, [...args], { stdio: ['pipe', 'pipe', 'pipe'], env: options?.env });
    started.push({ command, args, env: options?.env ?? {}, child });
    return child;
  };
}

const printers: WinSpoolTicketPrinter[] = [];
afterEach(async () => {
  await Promise.all(printers.splice(0).map((printer) => printer.close()));
});

const job = () => ticketJob(renderTicketBitmap(sampleTicket, { widthDots: 576 }, ticketFonts()));

describe('Windows raw ticket printing (spooler helper under Mono, fake winspool)', () => {
  it('sends the ticket, byte for byte, as one RAW document to the named printer', async () => {
    const { printer, calls, printed } = spooler();
    const bytes = job();
    await printer.print(bytes);
    expect(printed().equals(Buffer.from(bytes))).toBe(true);
    expect(calls()).toEqual([
      `open ${printerName}`,
      'document Một Cửa ticket',
      'datatype RAW',
      'page',
      `write ${bytes.length}`,
      'end page',
      'end document',
      'close',
    ]);
  });

  it('keeps writing when the spooler takes the job in pieces', async () => {
    const { printer, calls, printed } = spooler({ FAKE_WINSPOOL_CHUNK: '4096' });
    const bytes = job();
    await printer.print(bytes);
    expect(printed().equals(Buffer.from(bytes))).toBe(true);
    const writes = calls().filter((call) => call.startsWith('write '));
    expect(writes.length).toBe(Math.ceil(bytes.length / 4096));
  });

  it('starts the helper once and keeps it for the next tickets; jobs sent together print one after another', async () => {
    const { printer, started, printed } = spooler();
    const first = Uint8Array.of(0x1b, 0x40, 0x41);
    const second = Uint8Array.of(0x1b, 0x40, 0x42);
    await Promise.all([printer.print(first), printer.print(second)]);
    await printer.print(first);
    expect(started).toHaveLength(1);
    expect([...printed()]).toEqual([...first, ...second, ...first]);
  });

  it('passes the printer name in the environment, never on the command line', () => {
    const command = winSpoolHelperCommand(printerName, 'C:\\Windows');
    expect(command.command).toBe('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
    expect(command.env).toEqual({ [winSpoolQueueVariable]: printerName });
    expect(command.args.join(' ')).not.toContain('Quầy');
    const encoded = command.args[command.args.indexOf('-EncodedCommand') + 1]!;
    expect(Buffer.from(encoded, 'base64').toString('utf16le')).toBe(winSpoolHelperScript());
    expect(encodedPowerShellCommand('é')).toBe(Buffer.from([0xe9, 0x00]).toString('base64'));
    // Windows refuses command lines past 32,767 characters.
    expect(['powershell.exe', ...command.args].join(' ').length).toBeLessThan(32_767);
  });

  it('puts the C# in a here-string PowerShell cannot end early, and runs it as the process', () => {
    const script = winSpoolHelperScript();
    expect(winSpoolHelperSource.split('\n').some((line) => line.startsWith("'@"))).toBe(false);
    expect(script).toContain(`try {\nAdd-Type -TypeDefinition @'\n${winSpoolHelperSource}\n'@\n} catch {`);
    expect(script.trim().split('\n').at(-1)).toBe('exit [MotCua.RawPrintHelper]::Main()');
  });

  it('reports a printer Windows does not have as offline, with the Win32 reason in the log detail', async () => {
    const { printer } = spooler({ FAKE_WINSPOOL_PRINTER: 'Another printer' });
    const error = await rejectionOf(printer.print(Uint8Array.of(0x1b, 0x40)));
    expect(printerFailureOf(error)).toBe('PRINTER_OFFLINE');
    expect(error.detail).toMatch(/open step, Win32 error 1801 \(Windows has no printer by that name\)/);
    expect(error.messageVi).toMatch(/máy in phiếu/i);
    expect(await printer.status()).toBe('offline');
  });

  it('says what to do when the driver refuses RAW jobs', async () => {
    const { printer, calls } = spooler({ FAKE_WINSPOOL_FAIL: 'document', FAKE_WINSPOOL_ERROR: '1804' });
    const error = await rejectionOf(printer.print(Uint8Array.of(0x1b, 0x40)));
    expect(printerFailureOf(error)).toBe('PRINTER_OFFLINE');
    expect(error.detail).toMatch(/document step, Win32 error 1804 .*Generic \/ Text Only/);
    expect(calls().at(-1)).toBe('close');
  });

  it('drops the job (never half a raster) and lets the printer go when a write fails', async () => {
    const { printer, calls } = spooler({ FAKE_WINSPOOL_FAIL: 'write', FAKE_WINSPOOL_ERROR: '1167' });
    const error = await rejectionOf(printer.print(Uint8Array.of(0x1b, 0x40)));
    expect(error.detail).toMatch(/write step, Win32 error 1167/);
    expect(calls().slice(-2)).toEqual(['abort', 'close']);
    expect(calls()).not.toContain('end document');
  });

  it('reads paper-out, offline and ready from the spooler', async () => {
    expect(await spooler({ FAKE_WINSPOOL_STATUS: String(0x10) }).printer.status()).toBe('paper_out');
    expect(await spooler({ FAKE_WINSPOOL_STATUS: String(0x80) }).printer.status()).toBe('offline');
    expect(await spooler({ FAKE_WINSPOOL_ATTRIBUTES: String(0x400) }).printer.status()).toBe('offline');
    expect(await spooler({ FAKE_WINSPOOL_STATUS: String(0x400) }).printer.status()).toBe('ready'); // printing another job
  });

  it('maps the spooler flags: paper out first, then anything that stops printing, else ready', () => {
    expect(spoolerPrinterStatus(0, 0)).toBe('ready');
    expect(spoolerPrinterStatus(0x400, 0x10)).toBe('paper_out');
    for (const flag of [0x1, 0x2, 0x8, 0x40, 0x80, 0x1000, 0x100000, 0x400000]) expect(spoolerPrinterStatus(0, flag)).toBe('offline');
    for (const flag of [0x200, 0x400, 0x4000, 0x20000]) expect(spoolerPrinterStatus(0, flag)).toBe('ready');
  });

  it('starts a new helper after the old one died', async () => {
    const { printer, started, printed } = spooler();
    await printer.print(Uint8Array.of(0x41));
    const exited = new Promise((resolve) => started[0]!.child.once('close', resolve));
    started[0]!.child.kill('SIGKILL');
    await exited;
    await printer.print(Uint8Array.of(0x42));
    expect(started).toHaveLength(2);
    expect([...printed()]).toEqual([0x41, 0x42]);
  });

  it('kills a helper that does not answer, reports a timeout, and uses a new helper next time', async () => {
    const { printer, started } = spooler();
    const silent = new WinSpoolTicketPrinter(printerName, {
      spawn: recordingSpawn(started),
      helper: { command: 'sh', args: ['-c', 'exec cat > /dev/null'], env: {} },
      printTimeoutMs: 300,
      startTimeoutMs: 200,
    });
    printers.push(silent);
    const error = await rejectionOf(silent.print(Uint8Array.of(0x1b, 0x40)));
    expect(printerFailureOf(error)).toBe('PRINTER_TIMEOUT');
    await new Promise((resolve) => (started[0]!.child.exitCode !== null || started[0]!.child.signalCode !== null ? resolve(null) : started[0]!.child.once('close', resolve)));
    expect(started[0]!.child.signalCode).toBe('SIGKILL');
    await rejectionOf(silent.print(Uint8Array.of(0x1b, 0x40)));
    expect(started).toHaveLength(2);
    await printer.print(Uint8Array.of(0x1b, 0x40)); // the real helper within the same limit
  });

  it('reports a helper that cannot start as unsupported, with its first error line', async () => {
    const broken = new WinSpoolTicketPrinter(printerName, {
      helper: { command: 'sh', args: ['-c', 'echo "Add-Type : Cannot add type. Compilation errors occurred." >&2; exit 1'], env: {} },
    });
    printers.push(broken);
    const error = await rejectionOf(broken.print(Uint8Array.of(0x1b, 0x40)));
    expect(printerFailureOf(error)).toBe('PRINTER_UNSUPPORTED');
    expect(error.detail).toMatch(/Compilation errors occurred/);
    expect(error.messageVi).toMatch(/chưa được hỗ trợ/);

    const clixml = new WinSpoolTicketPrinter(printerName, {
      helper: { command: 'sh', args: ['-c', `printf '%s' '#< CLIXML\n<Objs Version="1.1.0.1"><S S="Error">Add-Type : Cannot add type._x000D__x000A_</S></Objs>' >&2; exit 1`], env: {} },
    });
    printers.push(clixml);
    expect((await rejectionOf(clixml.print(Uint8Array.of(0x1b, 0x40)))).detail).toMatch(/powershell\.exe\): Add-Type : Cannot add type\.$/);

    const missing = new WinSpoolTicketPrinter(printerName, { helper: { command: '/nonexistent/powershell.exe', args: [], env: {} } });
    printers.push(missing);
    expect(printerFailureOf(await rejectionOf(missing.print(Uint8Array.of(0x1b, 0x40))))).toBe('PRINTER_UNSUPPORTED');
    expect(await missing.status()).toBe('unknown');
  });

  it('on close, fails the requests still waiting instead of starting a helper nobody will stop', async () => {
    const { printer, started } = spooler();
    const first = rejectionOf(printer.print(Uint8Array.of(0x41)));
    const second = rejectionOf(printer.print(Uint8Array.of(0x42)));
    await printer.close();
    expect(printerFailureOf(await first)).toBe('PRINTER_OFFLINE');
    expect((await second).detail).toMatch(/closed/);
    expect(started).toHaveLength(0);
  });

  it('lets the helper go on close', async () => {
    const { printer, started } = spooler();
    expect(await printer.status()).toBe('ready');
    const exited = new Promise<number | null>((resolve) => started[0]!.child.once('close', resolve));
    await printer.close();
    expect(await exited).toBe(0);
  });
});
