import 'server-only';
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { AppError } from '@/lib/errors';
import { db, inTransaction } from '@/db/client';
import { moveRecordedWeeks } from '@/db/queries/weekly/week-start';
import { users, type User } from '@/db/schema';

export type UserProfile = Pick<User, 'id' | 'name' | 'email' | 'timeZone' | 'weekStartsOn' | 'createdAt'>;

/** The columns of `UserProfile`; also read with the session check (db/queries/auth/sessions.ts). */
export const profileColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  timeZone: users.timeZone,
  weekStartsOn: users.weekStartsOn,
  createdAt: users.createdAt,
};

/** The answer for a signed-in user whose account is gone (deleted in another tab). */
export const accountNotFound = () =>
  new AppError('not-found', 'Your account could not be found. Please sign in again.');

/** The signed-in user's own profile; undefined once the account is gone. */
export async function findUserProfile(userId: string): Promise<UserProfile | undefined> {
  const [profile] = await db().select(profileColumns).from(users).where(eq(users.id, userId));
  return profile;
}

/** Saves the profile; a new week start moves the recorded weeks with it, in the same transaction. */
export async function updateUserProfile(
  userId: string,
  changes: Partial<Pick<User, 'name' | 'timeZone' | 'weekStartsOn'>>,
): Promise<UserProfile | undefined> {
  return inTransaction(async () => {
    const [profile] = await db().update(users).set(changes).where(eq(users.id, userId)).returning(profileColumns);
    if (profile && changes.weekStartsOn !== undefined) await moveRecordedWeeks(userId, changes.weekStartsOn);
    return profile;
  });
}

// Pre-authentication lookups: they run before there is a user id to scope by,
// and return only what sign-in needs.
export async function findCredentialsByEmail(email: string) {
  const [row] = await db()
    .select({ id: users.id, passwordHash: users.passwordHash, emailVerified: users.emailVerified })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row;
}

export type NewUser = {
  email: string;
  name: string | null;
  passwordHash: string;
  timeZone: string;
  /** When the email was proven; null (the default) for an account waiting for its confirmation link. */
  emailVerified?: Date | null;
};

/** Creates the user, or returns null when the email is already registered. */
export async function createUserWithPassword(newUser: NewUser): Promise<{ id: string } | null> {
  const [created] = await db()
    .insert(users)
    .values({ ...newUser, email: newUser.email.toLowerCase() })
    .onConflictDoNothing()
    .returning({ id: users.id });
  return created ?? null;
}

/**
 * A new sign-up for an email whose account was never confirmed takes that account over: nobody proved the
 * address, and the account could never sign in, so it has no data to lose. Only while still unconfirmed.
 */
export async function replaceUnconfirmedAccount(
  userId: string,
  account: Pick<NewUser, 'name' | 'passwordHash' | 'timeZone'>,
): Promise<boolean> {
  const updated = await db()
    .update(users)
    .set(account)
    .where(and(eq(users.id, userId), isNull(users.emailVerified), isNotNull(users.passwordHash)))
    .returning({ id: users.id });
  return updated.length > 0;
}

export async function countUsers(): Promise<number> {
  const [row] = await db()
    .select({ count: sql<number>`count(*)::int` })
    .from(users);
  return row?.count ?? 0;
}
