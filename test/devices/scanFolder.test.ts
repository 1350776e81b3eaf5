import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedFolder, refusedFolder, watchScanFolder } from '../../main/devices/scanFolder';
import { attachmentStore } from '../../main/services/attachments/attachmentStore';
import { silentLogger } from '../../main/runtime/logger';
import type { Timers } from '../../main/runtime/timers';
import { tempDir } from '../helpers/tempDir';
import { ManualTimers } from '../helpers/manualTimers';

function folderWatcher(options: { timers?: Timers; beforeStore?: (path: string) => void } = {}) {
  const folder = tempDir();
  const stored: { fileName: string; sha256: string }[] = [];
  const refused: { fileName: string; message: string }[] = [];
  // The real store, writing into its own folder; only the transaction is a no-op here.
  const store = attachmentStore(tempDir(), { run: (_actor, work) => work({ repos: { attachments: { insert: () => true } }, audit() {} } as never) });
  const watcher = watchScanFolder({
    folder,
    store: (fileName, bytes) => {
      options.beforeStore?.(join(folder, fileName));
      return store.store({ kind: 'system', name: 'station' }, { fileName, bytes });
    },
    onFile: (file) => stored.push(file),
    onRefused: (fileName, message) => refused.push({ fileName, message }),
    logger: silentLogger,
    timers: options.timers ?? { setTimeout: () => 0 as never, clearTimeout: () => {} },
  });
  return { folder, stored, refused, watcher };
}

describe('the scan folder', () => {
  it('takes a finished PDF once and moves it aside', () => {
    const { folder, stored, watcher } = folderWatcher();
    writeFileSync(join(folder, 'to-khai.pdf'), '%PDF-1.4 bản quét');
    watcher.poll(); // first look: size noted
    expect(stored).toEqual([]);
    watcher.poll(); // size held still: taken
    expect(stored.map((s) => s.fileName)).toEqual(['to-khai.pdf']);
    expect(existsSync(join(folder, 'to-khai.pdf'))).toBe(false);
    expect(readdirSync(join(folder, importedFolder))).toHaveLength(1);
    watcher.poll();
    expect(stored).toHaveLength(1);
  });

  it('waits while the scanner is still writing', () => {
    const { folder, stored, watcher } = folderWatcher();
    writeFileSync(join(folder, 'dang-quet.pdf'), '%PDF-1.4 phần đầu');
    watcher.poll();
    writeFileSync(join(folder, 'dang-quet.pdf'), '%PDF-1.4 phần đầu và phần sau');
    watcher.poll();
    expect(stored).toEqual([]);
    watcher.poll();
    expect(stored).toHaveLength(1);
  });

  it('refuses a program renamed .pdf and ignores other files', () => {
    const { folder, stored, refused, watcher } = folderWatcher();
    writeFileSync(join(folder, 'virus.pdf'), 'MZ\x90\x00');
    writeFileSync(join(folder, 'ghi-chu.txt'), 'không phải bản quét');
    watcher.poll();
    watcher.poll();
    expect(stored).toEqual([]);
    expect(refused).toEqual([{ fileName: 'virus.pdf', message: expect.stringMatching(/Chỉ nhận tệp PDF hoặc ảnh/) }]);
    expect(readdirSync(join(folder, refusedFolder))).toHaveLength(1);
    expect(existsSync(join(folder, 'ghi-chu.txt'))).toBe(true);
  });

  it('keeps watching when a file vanishes while it is being taken', () => {
    const timers = new ManualTimers();
    // The scanner's software takes its file back between the station's last look and its read.
    const { folder, stored, refused, watcher } = folderWatcher({ timers, beforeStore: (path) => path.endsWith('bien-mat.pdf') && rmSync(path) });
    watcher.start();
    writeFileSync(join(folder, 'bien-mat.pdf'), '%PDF-1.4 bản quét');
    expect(() => timers.advance(2 * 1500)).not.toThrow(); // two looks: taken, and gone meanwhile
    expect(refused.map((r) => r.fileName)).toEqual(['bien-mat.pdf']);
    expect(timers.waiting()).toEqual([1500]); // the next look is still due

    writeFileSync(join(folder, 'sau-do.pdf'), '%PDF-1.4 bản quét sau');
    timers.advance(2 * 1500);
    expect(stored.map((s) => s.fileName)).toEqual(['sau-do.pdf']);
    watcher.stop();
  });
});
