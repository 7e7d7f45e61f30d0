// Ending every other session of the user while keeping the one making the request (docs/security.md
// "Sessions that end"): after a change to how the account signs in, other devices sign in again under it.
// The kept session's token is not rewritten (a cookie set by a server action is not seen by the page it
// renders next); the database remembers it as kept at the new version instead.
import 'server-only';
import { inTransaction } from '@/db/client';
import { endAllSessions, keepSession } from '@/db/queries/auth/sessions';
import { endedSessionsForgottenBefore } from '@/lib/auth/session-claims';
import { auth } from './auth';
import { readCurrentClaims } from './session-checks';

/** Keeps this request's session valid under the user's session version, raised just before. */
export async function keepThisSession(userId: string, now = new Date()): Promise<void> {
  const claims = await readCurrentClaims(() => auth());
  if (claims?.sub === userId) await keepSession(userId, claims.sid, endedSessionsForgottenBefore(now));
}

export async function endOtherSessions(userId: string, now = new Date()): Promise<void> {
  const claims = await readCurrentClaims(() => auth());
  await inTransaction(async () => {
    await endAllSessions(userId);
    if (claims?.sub === userId) await keepSession(userId, claims.sid, endedSessionsForgottenBefore(now));
  });
}
