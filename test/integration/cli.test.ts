import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/runCliCaptured';
import { tempDir } from '../helpers/tempDir';
import { repoRoot } from '../helpers/testStation';

function spawnCli(args: string[], input?: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'main/cli.ts'), ...args], {
    cwd: repoRoot,
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('motcua CLI', () => {
  it('seed --demo then audit verify exits 0; a tampered audit row makes it exit 1 and name the row', async () => {
    const data = tempDir();
    const seeded = await cli('seed', '--demo', '--data', data);
    expect(seeded.code).toBe(0);
    expect(seeded.out).toContain('Trung tâm Phục vụ hành chính công xã Đông Sơn');
    expect(seeded.out).toMatch(/canbo1 {2}[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}/);
    // The demo has its administrator, so the true next step is signing in, not /setup (which refuses once users exist).
    expect(seeded.out).toMatch(/quantrimau {2}[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4} {2}\(Đỗ Văn Quang, quản trị/);
    expect(seeded.out).not.toContain('/setup');
    const users = await cli('user', 'list', '--data', data);
    expect(users.out).toMatch(/quantrimau.*admin/);

    const verified = await cli('audit', 'verify', '--data', data);
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.out.split('\n')[0]!)).toMatchObject({ intact: true, firstBrokenSeq: null });

    const db = new Database(join(data, 'motcua.sqlite3'));
    db.prepare(`UPDATE audit_log SET actor = 'user:99' WHERE seq = 2`).run();
    db.close();
    const broken = await cli('audit', 'verify', '--data', data);
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.out.split('\n')[0]!)).toMatchObject({ intact: false, firstBrokenSeq: 2 });
  });

  it('refuses to seed demo data over a station that has data', async () => {
    const data = tempDir();
    expect((await cli('seed', '--demo', '--data', data)).code).toBe(0);
    const again = await cli('seed', '--demo', '--data', data);
    expect(again.code).toBe(1);
    expect(again.err).toContain('dữ liệu mẫu chỉ được tạo trên một trạm mới');
  });

  it('bad arguments print the usage and exit 2', async () => {
    for (const argv of [
      ['launch-rockets'],
      ['backup', '--data', tempDir()],
      ['station', '--port', 'abc'],
      ['user', 'add', '--role', 'superuser', '--username', 'x', '--name', 'y'],
      ['seed', '--data', tempDir()],
      ['audit', 'verify', '--unknown-flag'],
      ['calendar', 'due', '--received', '2026-11-23 09:00', '--limit', '3d'],
    ]) {
      const result = await cli(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err).toContain('Cách dùng / Usage');
    }
    expect((await cli()).code).toBe(2);
  });

  it('user add takes the password from standard input, and that account can log in', async () => {
    const data = tempDir();
    const added = spawnCli(
      ['user', 'add', '--data', data, '--role', 'admin', '--username', 'quantri', '--name', 'Nguyễn Thị Lan', '--password-stdin'],
      'mat-khau-rat-dai\n',
    );
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    const listed = await cli('user', 'list', '--data', data);
    expect(listed.out).toBe('quantri\tadmin\tactive');
    const short = spawnCli(['user', 'add', '--data', data, '--role', 'officer', '--username', 'canbo1', '--name', 'A', '--password-stdin'], 'ngan\n');
    expect(short.status).toBe(1);
    expect(short.stderr).toContain('Mật khẩu phải có ít nhất 8 ký tự');
  });

  it('backs up online and restores, keeping the replaced database aside', async () => {
    const data = tempDir();
    await cli('seed', '--demo', '--data', data);
    const out = join(tempDir(), 'sao-luu.sqlite3');
    expect((await cli('backup', '--data', data, '--out', out)).code).toBe(0);
    expect((await cli('backup', '--data', data, '--out', out)).code).toBe(1); // never overwrites

    spawnCli(['user', 'add', '--data', data, '--role', 'admin', '--username', 'sau-sao-luu', '--name', 'Sau', '--password-stdin'], 'mat-khau-dai-du\n');
    expect((await cli('user', 'list', '--data', data)).out).toContain('sau-sao-luu');

    const restored = await cli('restore', '--data', data, '--from', out);
    expect(restored.code).toBe(0);
    expect((await cli('user', 'list', '--data', data)).out).not.toContain('sau-sao-luu');
    expect(readdirSync(join(data, 'backups')).some((name) => name.startsWith('before-restore-'))).toBe(true);
    expect((await cli('audit', 'verify', '--data', data)).code).toBe(0);
  });

  it('restore refuses a file that is not a Một Cửa backup and changes nothing', async () => {
    const data = tempDir();
    await cli('seed', '--demo', '--data', data);
    const live = readFileSync(join(data, 'motcua.sqlite3'));
    const junk = join(tempDir(), 'junk.sqlite3');
    writeFileSync(junk, 'không phải cơ sở dữ liệu'.repeat(10));
    const refused = await cli('restore', '--data', data, '--from', junk);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('DATABASE_INVALID');
    expect(readFileSync(join(data, 'motcua.sqlite3')).equals(live)).toBe(true);
    expect(existsSync(join(data, 'backups'))).toBe(false);
  });

  it('restore refuses while a station runs on the folder', async () => {
    const data = tempDir();
    await cli('seed', '--demo', '--data', data);
    const backup = join(tempDir(), 'b.sqlite3');
    await cli('backup', '--data', data, '--out', backup);
    const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(join(data, 'station.lock'), String(running.pid));
      const refused = await cli('restore', '--data', data, '--from', backup);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('Hãy dừng trạm');
    } finally {
      running.kill();
    }
  });

  it('qr parse prints the card as JSON, or the reason and exit 2', async () => {
    const ok = await cli('qr', 'parse', '001090123456|012345678|Nguyễn Văn A|01011990|Nam|Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|15042021\r\n');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toEqual({
      idNumber: '001090123456',
      oldIdNumber: '012345678',
      fullName: 'Nguyễn Văn A',
      dateOfBirth: '1990-01-01',
      gender: 'male',
      address: 'Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh',
      issueDate: '2021-04-15',
    });
    const bad = await cli('qr', 'parse', '099090123456||Nguyễn Văn A|01011990|Nam|Phường Bến Nghé, Quận 1|15042021');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('099');
  });

  it('calendar due counts working days across Tết', async () => {
    const due = await cli('calendar', 'due', '--received', '2026-02-13T16:00:00+07:00', '--limit', '3d');
    expect(due.code).toBe(0);
    expect(due.out).toBe('2026-02-25T16:00:00+07:00');
    const sameDay = await cli('calendar', 'due', '--received', '2026-11-23T15:30:00+07:00', '--same-day');
    expect(sameDay.out).toBe('2026-11-25T17:00:00+07:00'); // 24/11 is Ngày Văn hóa Việt Nam
  });
});
