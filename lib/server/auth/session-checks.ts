// Issuing and checking session claims for the Auth.js jwt callback and events (lib/server/auth/auth.ts).
// Checked on every use of the session, so an ended session stops working on every instance at once (as soon as
// each has heard of the change: db/change-notices.ts).
import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { asDatabaseUnavailable, isDatabaseUnavailable } from '@/db/unavailable';
import type { UserProfile } from '@/db/queries/account/users';
import { endSession, findSessionStanding, findSessionVersion } from '@/db/queries/auth/sessions';
import { endedSessionsForgottenBefore, readSessionClaims, type SessionClaims } from '@/lib/auth/session-claims';

/** Claims for a session that starts now; null when the account is gone. */
export async function startSession(userId: string): Promise<SessionClaims | null> {
  const sessionVersion = await findSessionVersion(userId);
  if (sessionVersion === undefined) return null;
  return { sub: userId, sid: randomUUID(), sv: sessionVersion };
}

/** The token's claims while its session holds: the account exists, it was not signed out, nor all sessions ended. */
export async function currentSession(token: Record<string, unknown>): Promise<SessionClaims | null> {
  return (await currentSessionUser(token))?.claims ?? null;
}

/**
 * The token's claims, its user's profile, history version and whether a password is set, while its session
 * holds (one query for all).
 */
export async function currentSessionUser(
  token: Record<string, unknown>,
): Promise<{ claims: SessionClaims; profile: UserProfile; historyVersion: number; passwordSet: boolean } | null> {
  const claims = readSessionClaims(token);
  if (!claims) return null;
  const standing = await findSessionStanding(claims.sub, claims.sid);
  if (!standing || standing.ended) return null;
  // Issued under the current version, or kept when the others ended (lib/server/auth/other-sessions.ts).
  if (standing.sessionVersion !== claims.sv && standing.keptAtVersion !== standing.sessionVersion) return null;
  sessionReadings.getStore()?.claims.push(claims);
  return {
    claims,
    profile: standing.profile,
    historyVersion: standing.historyVersion,
    passwordSet: standing.passwordSet,
  };
}

/** Ends the session this token belongs to (signing out). */
export async function endSessionOf(token: Record<string, unknown> | null | undefined, now = new Date()): Promise<void> {
  const claims = token ? readSessionClaims(token) : null;
  if (claims) await endSession(claims.sub, claims.sid, endedSessionsForgottenBefore(now));
}

// Auth.js answers "no session" when the jwt callback throws, so a check the database could not answer
// would read as "signed out": the user sent to sign-in, the form they had filled lost. The callback notes
// such a failure in the reading that asked for the session (`readSessionOrThrow`), which throws it.
// The reading also notes the claims the check found, for the one request that needs the session's id
// (`readSessionClaims`: keeping this session while ending the others).
type SessionReading = { unavailable?: unknown; claims: SessionClaims[] };
const sessionReadings = new AsyncLocalStorage<SessionReading>();

/** Runs a session check in the jwt callback; a database out of reach is noted for the reading that asked. */
export async function noteUnavailability<T>(check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    const reading = sessionReadings.getStore();
    if (reading && isDatabaseUnavailable(error)) reading.unavailable = error;
    throw error;
  }
}

/** Reads the session with `read` (Auth.js's `auth()`); throws DatabaseUnavailableError when its check could not be made. */
export async function readSessionOrThrow<T>(read: () => Promise<T>): Promise<T> {
  return (await readWithClaims(read)).session;
}

/** The claims of this request's session, read through `read` (Auth.js's `auth()`); null when signed out. */
export async function readCurrentClaims(read: () => Promise<unknown>): Promise<SessionClaims | null> {
  return (await readWithClaims(read)).claims;
}

async function readWithClaims<T>(read: () => Promise<T>): Promise<{ session: T; claims: SessionClaims | null }> {
  const reading: SessionReading = { claims: [] };
  const session = await sessionReadings.run(reading, read);
  if (reading.unavailable !== undefined) throw asDatabaseUnavailable(reading.unavailable);
  return { session, claims: reading.claims.at(-1) ?? null };
}
