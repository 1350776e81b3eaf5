/**
 * Sites and their short-lived sessions. A site proves itself with its secret
 * (stored as a salted scrypt hash) and gets a bearer token; only the token's
 * SHA-256 is kept, so the database never holds a usable credential.
 */
import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { ProvincialDb } from './database';

/** Cheaper than a production setting: a test server opens many sessions, and its secrets are test secrets. */
const scryptCost = { N: 4096, r: 8, p: 1 };
const hashOfSecret = (secret: string, salt: Buffer) => scryptSync(secret, salt, 32, scryptCost);
const hashOfToken = (token: string) => createHash('sha256').update(token).digest('hex');

export type SessionCheck = { ok: true; siteId: string } | { ok: false; reason: 'unknown' | 'expired' };

export function credentialBook(db: ProvincialDb, now: () => Date) {
  const upsertSite = db.prepare(
    `INSERT INTO sites (id, salt, secret_hash, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET salt = excluded.salt, secret_hash = excluded.secret_hash`,
  );
  const siteById = db.prepare<[string], { salt: Buffer; secret_hash: Buffer }>('SELECT salt, secret_hash FROM sites WHERE id = ?');
  const insertSession = db.prepare('INSERT INTO sessions (token_hash, site_id, expires_at) VALUES (?, ?, ?)');
  const sessionByHash = db.prepare<[string], { site_id: string; expires_at: number }>(
    'SELECT site_id, expires_at FROM sessions WHERE token_hash = ?',
  );
  const purgeExpired = db.prepare('DELETE FROM sessions WHERE expires_at <= ?');

  return {
    /** Adds a site, or gives an existing one a new secret. */
    registerSite(id: string, secret: string): void {
      const salt = randomBytes(16);
      upsertSite.run(id, salt, hashOfSecret(secret, salt), now().toISOString());
    },

    secretMatches(siteId: string, secret: string): boolean {
      const site = siteById.get(siteId);
      if (!site) return false;
      return timingSafeEqual(hashOfSecret(secret, site.salt), site.secret_hash);
    },

    openSession(siteId: string, ttlMs: number): { token: string; expiresAt: Date } {
      const at = now().getTime();
      purgeExpired.run(at);
      const token = randomBytes(24).toString('base64url');
      const expiresAt = new Date(at + ttlMs);
      insertSession.run(hashOfToken(token), siteId, expiresAt.getTime());
      return { token, expiresAt };
    },

    checkToken(token: string): SessionCheck {
      const session = sessionByHash.get(hashOfToken(token));
      if (!session) return { ok: false, reason: 'unknown' };
      if (session.expires_at <= now().getTime()) return { ok: false, reason: 'expired' };
      return { ok: true, siteId: session.site_id };
    },
  };
}
export type CredentialBook = ReturnType<typeof credentialBook>;
