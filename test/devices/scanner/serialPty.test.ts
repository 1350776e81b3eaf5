/**
 * The USB-serial scanner on a real tty: socat makes a pseudo-terminal pair, the
 * scanner (native serialport binding, loaded lazily as in production) opens one
 * end, and a stand-in scanner writes to the other. Killing socat is a real
 * unplug: the open end fails and its path disappears until socat comes back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scanner } from '../../../main/devices/scanner/scanner';
import { createSerialScanner } from '../../../main/devices/scanner/serialScanner';
import { cccdLine, cccdText, chunksAt } from './cccdFixtures';
import { ManualTimers } from '../../helpers/manualTimers';
import { nextEvent, recordEvents } from './scannerEvents';
import { toolForTests } from '../../setup/prerequisites';

/** npm test installs socat; without it CI fails here, and a developer machine skips these tests and says why. */
const { missing: noSocat, note: needsSocat } = toolForTests('socat');

const cleanups: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Runs `socat -d -d pty,raw,echo=0 pty,raw,echo=0` and resolves with its two /dev/pts
 * paths (read from its log) once it relays. With `links`, each end also gets a
 * fixed symlink, so the "device" keeps its path across a restart, like /dev/ttyACM0.
 */
function startSocat(links?: [string, string]): Promise<{ ends: [string, string]; socat: ChildProcess }> {
  const end = (index: number) => `pty,raw,echo=0${links ? `,link=${links[index]}` : ''}`;
  const socat = spawn('socat', ['-d', '-d', end(0), end(1)], { stdio: ['ignore', 'ignore', 'pipe'] });
  cleanups.push(() => stopProcess(socat));
  return new Promise((resolve, reject) => {
    let log = '';
    socat.once('error', reject);
    socat.once('exit', (code) => reject(new Error(`socat exited with ${String(code)}: ${log}`)));
    socat.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString('utf8');
      const paths = [...log.matchAll(/PTY is (\S+)/g)].map((match) => match[1]!);
      if (paths.length === 2 && /starting data transfer loop/.test(log)) resolve({ ends: [paths[0]!, paths[1]!], socat });
    });
  });
}

/** The stand-in scanner on the far end: writes bytes and waits until the OS took them. */
async function standInScanner(path: string) {
  const port = new SerialPort({ path, baudRate: 9600, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
  cleanups.push(() => new Promise<void>((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve())));
  port.on('error', () => undefined);
  return {
    send: (bytes: Buffer | string) =>
      new Promise<void>((resolve, reject) => {
        port.write(bytes);
        port.drain((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function track(scanner: Scanner): Scanner {
  cleanups.push(() => scanner.stop());
  return scanner;
}

describe.skipIf(noSocat)(`USB-serial scanner on a socat pseudo-terminal pair${needsSocat}`, () => {
  it('a CCCD line written by the scanner arrives as one UTF-8 scan', async () => {
    const { ends } = await startSocat();
    const scanner = track(createSerialScanner({ path: ends[0] }));
    const connected = nextEvent(scanner, 'status');
    await scanner.start();
    expect((await connected)[0]).toBe('connected');
    const far = await standInScanner(ends[1]);

    const scanned = nextEvent(scanner, 'scan');
    await far.send(cccdLine);
    expect((await scanned)[0]).toBe(cccdText);
  });

  it('the line written in pieces (one cut inside "ễ") is still one scan, followed by the next', async () => {
    const { ends } = await startSocat();
    const scanner = track(createSerialScanner({ path: ends[0], idleGapMs: null }));
    const events = recordEvents(scanner);
    await scanner.start();
    const far = await standInScanner(ends[1]);

    const bytes = Buffer.from(cccdLine, 'utf8');
    const both = new Promise<void>((resolve) => scanner.on('scan', () => events.scans.length === 2 && resolve()));
    for (const chunk of chunksAt(bytes, 10, bytes.indexOf(0xe1) + 1, 80)) await far.send(chunk);
    await far.send('8934563138164\r\n');
    await both;
    expect(events.scans).toEqual([cccdText, '8934563138164']);
  });

  // Also the regression test for the end-of-file spin of bindings-cpp (see hangupAwareRead.ts):
  // without the workaround no disconnect is ever reported and this test times out.
  it('killing socat is an unplug: disconnected, then connected again when the device is back, and scans flow', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-scanner-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const links: [string, string] = [join(dir, 'ttyACM0'), join(dir, 'far')];
    const timers = new ManualTimers();
    const first = await startSocat(links);
    const scanner = track(createSerialScanner({ path: links[0], timers }));
    const events = recordEvents(scanner);
    await scanner.start();

    const lost = nextEvent(scanner, 'status');
    await stopProcess(first.socat);
    expect(await lost).toMatchObject(['disconnected', { fault: 'unplugged', retryInMs: 500 }]);

    const missing = nextEvent(scanner, 'status');
    timers.advance(500);
    expect(await missing).toMatchObject(['disconnected', { fault: 'not_found', retryInMs: 1_000 }]);

    await startSocat(links);
    const back = nextEvent(scanner, 'status');
    timers.advance(1_000);
    expect((await back)[0]).toBe('connected');

    const far = await standInScanner(links[1]);
    const scanned = nextEvent(scanner, 'scan');
    await far.send(cccdLine);
    expect((await scanned)[0]).toBe(cccdText);
    expect(events.statuses.map((status) => status.state)).toEqual(['connected', 'disconnected', 'disconnected', 'connected']);
  });

  it('a port another program holds is reported busy, and taken once it is free', async () => {
    const { ends } = await startSocat();
    const other = new SerialPort({ path: ends[0], baudRate: 9600, autoOpen: false });
    await new Promise<void>((resolve, reject) => other.open((error) => (error ? reject(error) : resolve())));
    const timers = new ManualTimers();
    const scanner = track(createSerialScanner({ path: ends[0], timers }));
    const refused = nextEvent(scanner, 'status');
    await scanner.start();
    expect(await refused).toMatchObject(['error', { fault: 'busy' }]);

    await new Promise<void>((resolve) => other.close(() => resolve()));
    const connected = nextEvent(scanner, 'status');
    timers.advance(500);
    expect((await connected)[0]).toBe('connected');
  });
});
