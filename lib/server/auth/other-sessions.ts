// Ending every other session of the user while keeping the one making the request (docs/security.md
// "Two-factor sign-in"): after a change to how the account signs in, other devices sign in again under it.
import 'server-only';
import { endAllSessions } from '@/db/queries/auth/sessions';
import { unstable_update } from './auth';
import { renewingSession } from './session-checks';

export async function endOtherSessions(userId: string): Promise<void> {
  const sessionVersion = await endAllSessions(userId);
  if (sessionVersion === undefined) return;
  await renewingSession(userId, sessionVersion, () => unstable_update({}));
}
