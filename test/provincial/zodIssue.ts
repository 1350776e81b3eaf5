import type { z } from 'zod';

/** "path: message" of a refused value's first issue; `root` names the value itself when the issue is at its top. */
export function firstIssue(error: z.ZodError, root: string): string | null {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || root}: ${issue.message}` : null;
}
