/** Who caused a write, as the audit log records it. Never a name or an ID number. */
export type Actor =
  | { kind: 'user'; userId: number }
  | { kind: 'terminal'; role: 'kiosk' | 'display' | 'guest' }
  | { kind: 'system'; name: 'cli' | 'station' | 'sync' | 'setup' };

export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
      return `user:${actor.userId}`;
    case 'terminal':
      return `terminal:${actor.role}`;
    case 'system':
      return `system:${actor.name}`;
  }
}

/** The user account behind a write, when a person made it. */
export function userIdOf(actor: Actor): number | null {
  return actor.kind === 'user' ? actor.userId : null;
}
