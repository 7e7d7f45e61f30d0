// Issuing and checking session claims for the Auth.js jwt callback and events (lib/server/auth/auth.ts).
// Checked on every use of the session, so an ended session stops working on every instance at once.
import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { asDatabaseUnavailable, isDatabaseUnavailable } from '@/db/unavailable';
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
  const claims = readSessionClaims(token);
  if (!claims) return null;
  const standing = await findSessionStanding(claims.sub, claims.sid);
  if (!standing || standing.ended || standing.sessionVersion !== claims.sv) return null;
  return claims;
}

/** Ends the session this token belongs to (signing out). */
export async function endSessionOf(token: Record<string, unknown> | null | undefined, now = new Date()): Promise<void> {
  const claims = token ? readSessionClaims(token) : null;
  if (claims) await endSession(claims.sub, claims.sid, endedSessionsForgottenBefore(now));
}

// Keeping this session while ending the others (docs/security.md "Two-factor sign-in"): the session version is
// raised, which ends every session, and this request's own token is then re-issued under the new version. The
// permission lives in this request's async context, which no client can reach: a token refreshed through
// Auth.js's session endpoint from outside gets only the ordinary check.
const sessionRenewals = new AsyncLocalStorage<{ userId: string; sessionVersion: number }>();

/** Runs `renew` (Auth.js's session update) allowing the token it reads to move to `sessionVersion`. */
export function renewingSession<T>(userId: string, sessionVersion: number, renew: () => Promise<T>): Promise<T> {
  return sessionRenewals.run({ userId, sessionVersion }, renew);
}

/** The token's claims under the new session version, when this request asked for that token's renewal. */
export async function renewedSession(token: Record<string, unknown>): Promise<SessionClaims | null> {
  const renewal = sessionRenewals.getStore();
  const claims = readSessionClaims(token);
  if (!renewal || !claims || claims.sub !== renewal.userId) return null;
  const standing = await findSessionStanding(claims.sub, claims.sid);
  if (!standing || standing.ended || standing.sessionVersion !== renewal.sessionVersion) return null;
  return { ...claims, sv: renewal.sessionVersion };
}

// Auth.js answers "no session" when the jwt callback throws, so a check the database could not answer
// would read as "signed out": the user sent to sign-in, the form they had filled lost. The callback notes
// such a failure in the reading that asked for the session (`readSessionOrThrow`), which throws it.
const sessionReadings = new AsyncLocalStorage<{ unavailable?: unknown }>();

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
  const reading: { unavailable?: unknown } = {};
  const session = await sessionReadings.run(reading, read);
  if (reading.unavailable !== undefined) throw asDatabaseUnavailable(reading.unavailable);
  return session;
}
