import { rolesOfAnonymous, rolesOfUser, type Role, type User } from '@contract';
import type { Actor } from '../actor';

/** The caller of one API call, as authentication established it. */
export interface Principal {
  roles: readonly Role[];
  user: User | null;
  /** SHA-256 of the session token, to log out exactly this session. */
  sessionHash: string | null;
}

export const anonymous: Principal = { roles: rolesOfAnonymous(), user: null, sessionHash: null };

export function userPrincipal(user: User, sessionHash: string): Principal {
  return { roles: rolesOfUser(user.role), user, sessionHash };
}

/** Who the audit log names for a call; an anonymous caller is named by what it acts as. */
export function actorOf(principal: Principal, anonymousAs: 'kiosk' | 'display' | 'guest' = 'guest'): Actor {
  return principal.user ? { kind: 'user', userId: principal.user.id } : { kind: 'terminal', role: anonymousAs };
}
