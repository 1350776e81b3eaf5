/**
 * Officer and admin log-in. Sessions last one long working day; a token is a
 * random 256-bit value, and only its hash is stored. Repeated failures on one
 * account are slowed down so a counter PC left unattended cannot be brute-forced.
 */
import { createHash, randomBytes } from 'node:crypto';
import { AppError, type User } from '@contract';
import type { Repositories } from '../../db/repositories';
import { withoutHash } from '../../db/repositories/userRepository';
import type { Clock } from '@domain/time/clock';
import type { UnitOfWork } from '../unitOfWork';
import { decoyHash, hashPassword, verifyPassword } from './passwordHash';
import { userPrincipal, type Principal } from './principal';

export const sessionLifetimeMs = 12 * 60 * 60 * 1000;
/** Ended sessions are kept this long (recent ones can matter when looking into an incident; the audit log keeps every login). */
export const endedSessionRetentionMs = 30 * 24 * 60 * 60 * 1000;
const maxFailures = 5;
const failureWindowMs = 15 * 60 * 1000;

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface AuthService {
  /** True until the first administrator exists (the station's first page is then /setup). */
  setupRequired(): boolean;
  createFirstAdmin(input: { username: string; fullName: string; password: string }): Promise<User>;
  login(input: { username: string; password: string }): Promise<{ token: string; expiresAt: string; user: User }>;
  logout(principal: Principal): { loggedOut: true };
  /** The principal a token stands for; read-only, so it costs two indexed lookups. */
  resolve(token: string): Principal;
}

export function authService(repos: Repositories, uow: UnitOfWork, clock: Clock): AuthService {
  const failures = new Map<string, number[]>();

  function recentFailures(username: string, now: number): number[] {
    const list = (failures.get(username) ?? []).filter((at) => now - at < failureWindowMs);
    failures.set(username, list);
    return list;
  }

  return {
    setupRequired: () => repos.users.count() === 0,

    async createFirstAdmin(input: { username: string; fullName: string; password: string }): Promise<User> {
      if (repos.users.count() > 0) throw new AppError('SETUP_DONE');
      const passwordHash = await hashPassword(input.password);
      return uow.run({ kind: 'system', name: 'setup' }, (ctx) => {
        if (ctx.repos.users.count() > 0) throw new AppError('SETUP_DONE');
        const id = ctx.repos.users.insert({ ...input, role: 'admin', passwordHash }, ctx.now);
        ctx.audit('user.create', 'user', id, { role: 'admin', firstAdmin: true });
        return withoutHash(ctx.repos.users.byId(id)!);
      });
    },

    async login(input: { username: string; password: string }): Promise<{ token: string; expiresAt: string; user: User }> {
      const startedAt = clock.now().getTime();
      if (recentFailures(input.username, startedAt).length >= maxFailures) throw new AppError('TOO_MANY_ATTEMPTS');
      const user = repos.users.byUsername(input.username);
      const valid = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash));
      if (!user || !valid || !user.active) {
        recentFailures(input.username, startedAt).push(startedAt);
        throw new AppError('INVALID_CREDENTIALS');
      }
      failures.delete(input.username);
      const token = randomBytes(32).toString('base64url');
      return uow.run({ kind: 'user', userId: user.id }, (ctx) => {
        const expiresAt = new Date(ctx.now.getTime() + sessionLifetimeMs);
        ctx.repos.sessions.insert({ tokenHash: tokenHash(token), userId: user.id, createdAt: ctx.now, expiresAt });
        // Logins are the natural moment to forget old sessions: otherwise the table only grows.
        ctx.repos.sessions.deleteEndedBefore(new Date(ctx.now.getTime() - endedSessionRetentionMs));
        ctx.audit('auth.login', 'user', user.id);
        return { token, expiresAt: expiresAt.toISOString(), user: withoutHash(user) };
      });
    },

    logout(principal: Principal): { loggedOut: true } {
      const { user, sessionHash } = principal;
      if (!user || !sessionHash) throw new AppError('UNAUTHENTICATED');
      uow.run({ kind: 'user', userId: user.id }, (ctx) => {
        ctx.repos.sessions.revoke(sessionHash, ctx.now);
        ctx.audit('auth.logout', 'user', user.id);
      });
      return { loggedOut: true };
    },

    resolve(token: string): Principal {
      const hash = tokenHash(token);
      const session = repos.sessions.find(hash);
      if (!session || session.revoked_at || Date.parse(session.expires_at) <= clock.now().getTime()) {
        throw new AppError('SESSION_EXPIRED');
      }
      const user = repos.users.byId(session.user_id);
      if (!user || !user.active) throw new AppError('SESSION_EXPIRED');
      return userPrincipal(withoutHash(user), hash);
    },
  };
}
