import type { Db } from '../connection';

export interface SessionRow {
  user_id: number;
  expires_at: string;
  revoked_at: string | null;
}

/** Sessions are stored by the SHA-256 of their token: a copied database holds no usable token. */
export interface SessionRepository {
  insert(session: { tokenHash: string; userId: number; createdAt: Date; expiresAt: Date }): void;
  find(tokenHash: string): SessionRow | null;
  revoke(tokenHash: string, now: Date): boolean;
  revokeAllOf(userId: number, now: Date): number;
  /** Forgets sessions that expired or were ended before `cutoff`; returns how many. */
  deleteEndedBefore(cutoff: Date): number;
}

export function sessionRepository(db: Db): SessionRepository {
  const insert = db.prepare(
    'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (@tokenHash, @userId, @createdAt, @expiresAt)',
  );
  const find = db.prepare<[string], SessionRow>('SELECT user_id, expires_at, revoked_at FROM sessions WHERE token_hash = ?');
  const revoke = db.prepare('UPDATE sessions SET revoked_at = @now WHERE token_hash = @tokenHash AND revoked_at IS NULL');
  const revokeUser = db.prepare('UPDATE sessions SET revoked_at = @now WHERE user_id = @userId AND revoked_at IS NULL');
  const deleteEnded = db.prepare('DELETE FROM sessions WHERE expires_at < @cutoff OR revoked_at < @cutoff');
  return {
    insert(session: { tokenHash: string; userId: number; createdAt: Date; expiresAt: Date }): void {
      insert.run({
        tokenHash: session.tokenHash,
        userId: session.userId,
        createdAt: session.createdAt.toISOString(),
        expiresAt: session.expiresAt.toISOString(),
      });
    },
    find: (tokenHash: string) => find.get(tokenHash) ?? null,
    revoke: (tokenHash: string, now: Date) => revoke.run({ tokenHash, now: now.toISOString() }).changes > 0,
    revokeAllOf: (userId: number, now: Date) => revokeUser.run({ userId, now: now.toISOString() }).changes,
    deleteEndedBefore: (cutoff: Date) => deleteEnded.run({ cutoff: cutoff.toISOString() }).changes,
  };
}
