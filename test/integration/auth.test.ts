import { describe, expect, it } from 'vitest';
import { endedSessionRetentionMs, sessionLifetimeMs } from '../../main/services/auth/authService';
import { expectError, expectOk, loginAs, testStation } from '../helpers/testStation';

describe('accounts and sessions', () => {
  it('a new station has no default password: the first admin is created once', async () => {
    const station = await testStation();
    expect(expectOk(await station.call('system.info', {}))).toMatchObject({ setupRequired: true });
    const admin = { username: 'quantri', fullName: 'Nguyễn Thị Lan', password: 'mot-mat-khau-dai' };
    expectOk(await station.call('setup.createAdmin', admin));
    expect(expectOk(await station.call('system.info', {}))).toMatchObject({ setupRequired: false });
    expect(expectError(await station.call('setup.createAdmin', { ...admin, username: 'khac' })).code).toBe('SETUP_DONE');
    await station.close();
  });

  it('a wrong password and an unknown user get the same answer', async () => {
    const station = await testStation();
    await loginAs(station, 'officer', 'canbo1');
    const wrong = expectError(await station.call('auth.login', { username: 'canbo1', password: 'sai-mat-khau' }));
    const unknown = expectError(await station.call('auth.login', { username: 'khongco', password: 'sai-mat-khau' }));
    expect(wrong.code).toBe('INVALID_CREDENTIALS');
    expect(unknown).toEqual(wrong);
    await station.close();
  });

  it('a session expires after a long working day', async () => {
    const station = await testStation();
    const token = await loginAs(station, 'officer');
    expectOk(await station.call('auth.me', {}, token));
    station.clock.advance(sessionLifetimeMs + 1);
    expect(expectError(await station.call('auth.me', {}, token)).code).toBe('SESSION_EXPIRED');
    await station.close();
  });

  it('old ended sessions are forgotten at a later login; recent ones are kept', async () => {
    const station = await testStation();
    const sessionCount = () => (station.services.db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n;
    const old = await loginAs(station, 'officer', 'canbo1');
    expectOk(await station.call('auth.logout', {}, old));
    await loginAs(station, 'officer', 'canbo1'); // expires on its own
    station.clock.advance(endedSessionRetentionMs + sessionLifetimeMs + 1);
    const recent = await loginAs(station, 'officer', 'canbo1');
    expectOk(await station.call('auth.logout', {}, recent));
    expect(sessionCount()).toBe(1);
    await loginAs(station, 'officer', 'canbo1');
    expect(sessionCount()).toBe(2);
    await station.close();
  });

  it('logging out ends exactly that session', async () => {
    const station = await testStation();
    const first = await loginAs(station, 'officer', 'canbo1');
    const second = await loginAs(station, 'officer', 'canbo1');
    expectOk(await station.call('auth.logout', {}, first));
    expect(expectError(await station.call('auth.me', {}, first)).code).toBe('SESSION_EXPIRED');
    expectOk(await station.call('auth.me', {}, second));
    await station.close();
  });

  it('disabling an officer ends their sessions; the last admin cannot be disabled', async () => {
    const station = await testStation();
    const admin = await loginAs(station, 'admin', 'quantri');
    const officer = await loginAs(station, 'officer', 'canbo1');
    const officerId = station.services.repos.users.byUsername('canbo1')!.id;
    expectOk(await station.call('users.setActive', { userId: officerId, active: false }, admin));
    expect(expectError(await station.call('auth.me', {}, officer)).code).toBe('SESSION_EXPIRED');
    const adminId = station.services.repos.users.byUsername('quantri')!.id;
    const refused = expectError(await station.call('users.setActive', { userId: adminId, active: false }, admin));
    expect(refused.code).toBe('CONFLICT');
    await station.close();
  });

  it('five wrong passwords in a row lock the account for a while', async () => {
    const station = await testStation();
    await loginAs(station, 'officer', 'canbo1');
    for (let i = 0; i < 5; i += 1) await station.call('auth.login', { username: 'canbo1', password: 'sai-mat-khau' });
    const locked = expectError(await station.call('auth.login', { username: 'canbo1', password: 'mat-khau-canbo1' }));
    expect(locked.code).toBe('TOO_MANY_ATTEMPTS');
    station.clock.advance(16 * 60 * 1000);
    expectOk(await station.call('auth.login', { username: 'canbo1', password: 'mat-khau-canbo1' }));
    await station.close();
  });

  it('passwords are stored as scrypt hashes, tokens only as SHA-256', async () => {
    const station = await testStation();
    const token = await loginAs(station, 'officer', 'canbo1');
    const user = station.services.db.prepare('SELECT password_hash FROM users').get() as { password_hash: string };
    expect(user.password_hash).toMatch(/^scrypt\$15\$8\$1\$/);
    const sessions = station.services.db.prepare('SELECT token_hash FROM sessions').all() as { token_hash: string }[];
    expect(sessions.map((s) => s.token_hash)).not.toContain(token);
    await station.close();
  });
});
