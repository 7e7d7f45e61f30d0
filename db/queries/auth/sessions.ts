// What decides whether a session token still holds: the user's session version and the sessions ended
// one at a time by signing out. docs/security.md "Sessions that end".
import 'server-only';
import { eq, lt, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { profileColumns, type UserProfile } from '@/db/queries/account/users';
import { endedSessions, keptSessions, users } from '@/db/schema';
import { readWhileDatabaseUnchanged } from '@/db/while-unchanged';

type SessionStanding = {
  sessionVersion: number;
  ended: boolean;
  keptAtVersion: number | null;
  profile: UserProfile;
  historyVersion: number;
  /** Whether the account signs in with a password (one made through GitHub or Google may not). */
  passwordSet: boolean;
};

/**
 * The user's session version, whether this session was signed out, the version it was kept at, if any, and
 * the user's profile, history version (db/loaders/history-memo.ts) and whether a password is set, in one query
 * (every signed-in request needs it; it is read again only once the database has changed: db/while-unchanged.ts);
 * undefined once the account is gone.
 */
export function findSessionStanding(userId: string, sessionId: string): Promise<Readonly<SessionStanding> | undefined> {
  return readWhileDatabaseUnchanged(`session standing ${userId} ${sessionId}`, () =>
    readSessionStanding(userId, sessionId),
  );
}

async function readSessionStanding(userId: string, sessionId: string): Promise<SessionStanding | undefined> {
  const [row] = await db()
    .select({
      ...profileColumns,
      sessionVersion: users.sessionVersion,
      historyVersion: users.historyVersion,
      passwordSet: sql<boolean>`${users.passwordHash} is not null`,
      ended: sql<boolean>`exists (select 1 from ${endedSessions} where ${endedSessions.sessionId} = ${sessionId})`,
      keptAtVersion: sql<number | null>`(select ${keptSessions.sessionVersion} from ${keptSessions}
        where ${keptSessions.sessionId} = ${sessionId} and ${keptSessions.userId} = ${users.id})`,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!row) return undefined;
  const { sessionVersion, ended, keptAtVersion, historyVersion, passwordSet, ...profile } = row;
  return { sessionVersion, ended, keptAtVersion, historyVersion, passwordSet, profile };
}

export async function findSessionVersion(userId: string): Promise<number | undefined> {
  const [row] = await db().select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId));
  return row?.sessionVersion;
}

/**
 * Ends one session; nothing to do once the account is gone (its deletion ended every session). Ended sessions
 * older than any token could live are pruned on the way.
 */
export async function endSession(userId: string, sessionId: string, expiredBefore: Date): Promise<void> {
  await db().delete(endedSessions).where(lt(endedSessions.endedAt, expiredBefore));
  await db().execute(
    sql`insert into ${endedSessions} (session_id, user_id)
        select ${sessionId}, ${users.id} from ${users} where ${users.id} = ${userId}
        on conflict do nothing`,
  );
}

/** Ends every session of the user at once, on every instance: tokens carry the old version. The new version. */
export async function endAllSessions(userId: string): Promise<number | undefined> {
  const [row] = await db()
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion });
  return row?.sessionVersion;
}

/** Replaces the password and ends every session made with the old one. False when the account is gone. */
export async function replacePassword(userId: string, passwordHash: string): Promise<boolean> {
  const updated = await db()
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  return updated.length > 0;
}

/**
 * Keeps one session valid under the user's current session version, raised just before to end the others.
 * Kept sessions older than any token could live are pruned on the way.
 */
export async function keepSession(userId: string, sessionId: string, expiredBefore: Date): Promise<void> {
  await db().delete(keptSessions).where(lt(keptSessions.keptAt, expiredBefore));
  await db().execute(
    sql`insert into ${keptSessions} (session_id, user_id, session_version)
        select ${sessionId}, ${users.id}, ${users.sessionVersion} from ${users} where ${users.id} = ${userId}
        on conflict (session_id) do update set session_version = excluded.session_version, kept_at = now()
        where ${keptSessions.userId} = excluded.user_id`,
  );
}
