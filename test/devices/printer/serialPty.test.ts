/**
 * The serial transport through a real pseudo-terminal pair made by socat, with
 * the native serialport binding on both ends: our printer writes on one end,
 * a stand-in printer reads (and answers status requests) on the other.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { SerialPort } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import { paperStatusRequest, ticketJob } from '../../../main/devices/printer/escpos';
import { SerialTicketPrinter } from '../../../main/devices/printer/serialTicketPrinter';
import { renderTicketBitmap } from '../../../main/print/ticket/ticketLayout';
import { sampleTicket, ticketFonts } from './ticketFixture';
import { toolForTests } from '../../setup/prerequisites';

const STATUS_REQUEST = Buffer.from(paperStatusRequest());
/** npm test installs socat; without it CI fails here, and a developer machine skips these tests and says why. */
const { missing: noSocat, note: needsSocat } = toolForTests('socat');

const cleanups: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Starts `socat -d -d pty,raw,echo=0 pty,raw,echo=0` and reads the two /dev/pts paths from its log. */
function ptyPair(): Promise<[string, string]> {
  const socat: ChildProcess = spawn('socat', ['-d', '-d', 'pty,raw,echo=0', 'pty,raw,echo=0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        if (socat.exitCode !== null) return resolve();
        socat.once('exit', () => resolve());
        socat.kill('SIGTERM');
      }),
  );
  return new Promise((resolve, reject) => {
    let log = '';
    socat.once('error', reject);
    socat.once('exit', (code) => reject(new Error(`socat exited with ${String(code)}: ${log}`)));
    socat.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString('utf8');
      const paths = [...log.matchAll(/PTY is (\S+)/g)].map((match) => match[1] ?? '');
      // "starting data transfer loop" means both ends are open and relaying.
      if (paths.length === 2 && /starting data transfer loop/.test(log)) resolve([paths[0]!, paths[1]!]);
    });
  });
}

/** The far end: collects what arrives and answers each DLE EOT 4 with `answer`. */
async function standInPrinter(path: string, answer: number) {
  const port = new SerialPort({ path, baudRate: 115200, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
  cleanups.push(() => new Promise<void>((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve())));
  let received = Buffer.alloc(0);
  let waiting: { length: number; resolve: () => void } | null = null;
  let answered = 0;
  port.on('data', (chunk: Buffer) => {
    received = Buffer.concat([received, chunk]);
    // Answer every status request seen so far, once each.
    let count = 0;
    for (let at = received.indexOf(STATUS_REQUEST); at >= 0; at = received.indexOf(STATUS_REQUEST, at + 1)) count++;
    for (; answered < count; answered++) port.write(Buffer.of(answer));
    if (waiting && received.length >= waiting.length) waiting.resolve();
  });
  return {
    received: () => received,
    untilReceived: (length: number) =>
      new Promise<void>((resolve) => {
        if (received.length >= length) resolve();
        else waiting = { length, resolve };
      }),
  };
}

describe('serial ticket printer over a pseudo-terminal pair', () => {
  it.skipIf(noSocat)(`delivers the whole ticket through a real tty after the paper check${needsSocat}`, async () => {
    const [printerEnd, farEnd] = await ptyPair();
    const far = await standInPrinter(farEnd, 0x12);
    const printer = new SerialTicketPrinter({ path: printerEnd, baudRate: 115200, statusTimeoutMs: 5_000, writeTimeoutMs: 20_000 });
    cleanups.push(() => printer.close());

    const job = ticketJob(renderTicketBitmap(sampleTicket, { widthDots: 576 }, ticketFonts()));
    await printer.print(job);
    const expected = Buffer.concat([STATUS_REQUEST, job]);
    await far.untilReceived(expected.length);
    expect(far.received().length).toBe(expected.length);
    expect(far.received().equals(expected)).toBe(true);
  });

  it.skipIf(noSocat)(`reads "paper out" from the status byte the far end sends back${needsSocat}`, async () => {
    const [printerEnd, farEnd] = await ptyPair();
    await standInPrinter(farEnd, 0x72);
    const printer = new SerialTicketPrinter({ path: printerEnd, baudRate: 115200, statusTimeoutMs: 5_000 });
    cleanups.push(() => printer.close());
    expect(await printer.status()).toBe('paper_out');
  });

  it.skipIf(noSocat)(`reports offline when nothing answers at the other end of the line${needsSocat}`, async () => {
    const [printerEnd] = await ptyPair();
    const printer = new SerialTicketPrinter({ path: printerEnd, baudRate: 115200, statusTimeoutMs: 300 });
    cleanups.push(() => printer.close());
    expect(await printer.status()).toBe('offline');
  });
});
