import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { startCheckpointer } from './checkpointer';
import { tempDir } from '../helpers/tempDir';

describe('the WAL checkpointer', () => {
  it('copies committed WAL frames into the database file from its own thread, without blocking writes', async () => {
    const file = join(tempDir(), 'p.sqlite');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.exec('CREATE TABLE t (x TEXT)');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    const write = db.transaction((n: number) => {
      for (let i = 0; i < n; i += 1) insert.run('Nguyễn Văn Đức '.repeat(100));
    });
    write(1000);
    const before = statSync(file).size;
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(1_000_000);

    const errors: string[] = [];
    const checkpointer = startCheckpointer(file, { intervalMs: 10, onError: (message) => errors.push(message) });
    await vi.waitFor(() => expect(statSync(file).size).toBeGreaterThan(before + 1_000_000), { timeout: 5000, interval: 20 });
    write(100); // the server keeps writing meanwhile
    await checkpointer.stop();
    await checkpointer.stop(); // twice is harmless
    expect(errors).toEqual([]);
    expect((db.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n).toBe(1100);
    db.close();
  });

  it('holds a process that has nothing else to do until the worker has stopped (a close is never cut short)', () => {
    const file = join(tempDir(), 'p.sqlite');
    new Database(file).pragma('journal_mode = WAL');
    const script = `
      const { startCheckpointer } = await import(${JSON.stringify(resolve(__dirname, 'checkpointer.ts'))});
      await startCheckpointer(${JSON.stringify(file)}, { intervalMs: 10 }).stop();
      console.log('stopped');`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(run.stdout.trim()).toBe('stopped');
    expect(run.status).toBe(0);
  });

  it('reports a worker that cannot start, and still stops cleanly', async () => {
    const errors: string[] = [];
    const checkpointer = startCheckpointer(join(tempDir(), 'missing.sqlite'), { intervalMs: 10, onError: (message) => errors.push(message) });
    await vi.waitFor(() => expect(errors.join()).toMatch(/checkpointer stopped: .*(not exist|unable to open)/i), { timeout: 5000, interval: 20 });
    await checkpointer.stop();
  });
});
