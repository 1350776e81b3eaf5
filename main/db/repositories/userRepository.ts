import type { User, UserRole } from '@contract';
import type { Db } from '../connection';

interface UserRow {
  id: number;
  username: string;
  full_name: string;
  role: UserRole;
  password_hash: string;
  active: number;
  created_at: string;
}

export interface UserWithHash extends User {
  passwordHash: string;
}

const columns = 'id, username, full_name, role, password_hash, active, created_at';

function toUser(row: UserRow): UserWithHash {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    role: row.role,
    active: row.active === 1,
    createdAt: row.created_at,
    passwordHash: row.password_hash,
  };
}

export function withoutHash({ passwordHash: _hash, ...user }: UserWithHash): User {
  return user;
}

export interface UserRepository {
  byId(id: number): UserWithHash | null;
  byUsername(username: string): UserWithHash | null;
  list(): UserWithHash[];
  count(): number;
  /** The last active admin may not be deactivated. */
  activeAdminCount(): number;
  insert(user: { username: string; fullName: string; role: UserRole; passwordHash: string }, now: Date): number;
  setActive(id: number, active: boolean, now: Date): void;
}

export function userRepository(db: Db): UserRepository {
  const byId = db.prepare<[number], UserRow>(`SELECT ${columns} FROM users WHERE id = ?`);
  const byUsername = db.prepare<[string], UserRow>(`SELECT ${columns} FROM users WHERE username = ?`);
  const all = db.prepare<[], UserRow>(`SELECT ${columns} FROM users ORDER BY role, username`);
  const count = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM users`);
  const countAdmins = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM users WHERE role = 'admin' AND active = 1`);
  const insert = db.prepare(`INSERT INTO users (username, full_name, role, password_hash, active, created_at, updated_at)
    VALUES (@username, @fullName, @role, @passwordHash, 1, @now, @now)`);
  const setActive = db.prepare(`UPDATE users SET active = @active, updated_at = @now WHERE id = @id`);
  return {
    byId: (id: number) => mapRow(byId.get(id)),
    byUsername: (username: string) => mapRow(byUsername.get(username)),
    list: () => all.all().map(toUser),
    count: () => count.get()!.n,
    activeAdminCount: () => countAdmins.get()!.n,
    insert(user: { username: string; fullName: string; role: UserRole; passwordHash: string }, now: Date): number {
      return Number(insert.run({ ...user, now: now.toISOString() }).lastInsertRowid);
    },
    setActive(id: number, active: boolean, now: Date): void {
      setActive.run({ id, active: active ? 1 : 0, now: now.toISOString() });
    },
  };
}

function mapRow(row: UserRow | undefined): UserWithHash | null {
  return row ? toUser(row) : null;
}
