import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentPrinter, type Spawn } from '../../../main/devices/printer/documentPrinter';
import { tempDir } from '../../helpers/tempDir';

function fakeSpawn(exitCode: number | 'ENOENT') {
  const calls: { command: string; args: string[] }[] = [];
  const spawn = ((command: string, args: string[]) => {
    calls.push({ command, args });
    const child = Object.assign(new EventEmitter(), { stderr: new EventEmitter(), kill() {} });
    setImmediate(() => {
      if (exitCode === 'ENOENT') child.emit('error', Object.assign(new Error('spawn lp ENOENT'), { code: 'ENOENT' }));
      else {
        if (exitCode !== 0) child.stderr.emit('data', Buffer.from('lp: The printer or class does not exist.'));
        child.emit('close', exitCode);
      }
    });
    return child;
  }) as unknown as Spawn;
  return { spawn, calls };
}

const pdf = Buffer.from('%PDF-1.4 giấy tiếp nhận');

describe('document printer', () => {
  it('sends the PDF to the CUPS queue with lp, A4, the number of copies', async () => {
    const spool = tempDir();
    const { spawn, calls } = fakeSpawn(0);
    const result = await documentPrinter({ queue: 'A4-Quay2', spoolDir: spool, spawn }).print(pdf, '000.31.38.H56-261123-0001-mau-01.pdf', 2);
    expect(result.destination).toBe('lp:A4-Quay2');
    expect(calls[0]!.command).toBe('lp');
    expect(calls[0]!.args.slice(0, 6)).toEqual(['-d', 'A4-Quay2', '-n', '2', '-o', 'media=A4']);
    expect(readFileSync(calls[0]!.args.at(-1)!).equals(pdf)).toBe(true);
  });

  it('without a queue, keeps the file in the spool folder', async () => {
    const spool = tempDir();
    const result = await documentPrinter({ queue: null, spoolDir: spool }).print(pdf, 'a/../b.pdf', 1);
    // A name with a path in it cannot leave the spool folder.
    expect(dirname(result.destination)).toBe(spool);
    expect(basename(result.destination)).toBe('a_.._b.pdf');
  });

  it('a missing queue or a missing lp is a typed printer error', async () => {
    await expect(documentPrinter({ queue: 'none', spoolDir: tempDir(), spawn: fakeSpawn(1).spawn }).print(pdf, 'x.pdf', 1)).rejects.toMatchObject({ code: 'PRINTER_OFFLINE' });
    await expect(documentPrinter({ queue: 'q', spoolDir: tempDir(), spawn: fakeSpawn('ENOENT').spawn }).print(pdf, 'x.pdf', 1)).rejects.toMatchObject({ code: 'PRINTER_UNSUPPORTED' });
  });
});
