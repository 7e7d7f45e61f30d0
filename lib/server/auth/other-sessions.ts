// Ending every other session of the user while keeping the one making the request (docs/security.md
// "Sessions that end"): after a change to how the account signs in, other devices sign in again under it.
// The kept session's token is not rewritten (a cookie set by a server action is not seen by the page it
// renders next); the database remembers it as kept at the new version instead.
import 'server-only';
import { endAllSessions, keepSession } from '@/db/queries/auth/sessions';
import { endedSessionsForgottenBefore } from '@/lib/auth/session-claims';
import { auth } from './auth';
import { readCurrentClaims } from './session-checks';

/**
 * Runs `change`, which raises the user's session version (ending every session), then keeps this request's
 * session under the new version. The session is read first: once the version moved, it no longer reads.
 */
export async function keepingThisSession<T>(userId: string, change: () => Promise<T>, now = new Date()): Promise<T> {
  const claims = await readCurrentClaims(() => auth());
  const result = await change();
  if (claims?.sub === userId) await keepSession(userId, claims.sid, endedSessionsForgottenBefore(now));
  return result;
}

export async function endOtherSessions(userId: string): Promise<void> {
  await keepingThisSession(userId, () => endAllSessions(userId));
}
