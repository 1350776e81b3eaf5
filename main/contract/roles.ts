/**
 * Who may call what. A method lists the roles allowed to call it; a caller holds
 * several roles at once:
 * - every caller is a `guest` (log in, read the station's public info);
 * - an anonymous terminal acts as `kiosk` and `display` (issue tickets, read the
 *   public board) and nothing more;
 * - an officer adds `officer`; an admin adds `officer` and `admin`, because in a
 *   small commune the administrator also sits at a counter.
 */
export const roles = ['guest', 'kiosk', 'display', 'officer', 'admin'] as const;
export type Role = (typeof roles)[number];

/** Roles a person can hold as a user account. */
export const userRoles = ['officer', 'admin'] as const;
export type UserRole = (typeof userRoles)[number];

export function rolesOfAnonymous(): readonly Role[] {
  return ['guest', 'kiosk', 'display'];
}

export function rolesOfUser(role: UserRole): readonly Role[] {
  return role === 'admin' ? ['guest', 'kiosk', 'display', 'officer', 'admin'] : ['guest', 'kiosk', 'display', 'officer'];
}

export function mayCall(held: readonly Role[], allowed: readonly Role[]): boolean {
  return allowed.some((role) => held.includes(role));
}
