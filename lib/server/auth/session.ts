// The one way to learn who is signed in. Pages and actions call `requireUserId`;
// the returned id is what every query is scoped by.
import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import { findUserProfile, type UserProfile } from '@/db/queries/account/users';
import { asDatabaseUnavailable, isDatabaseUnavailable } from '@/db/unavailable';
import { currentSession } from '@/lib/server/auth/session-checks';
import { readSessionToken } from '@/lib/server/auth/session-token';
import { pathHeader } from '@/lib/auth/paths';

/**
 * The signed-in user's id, or null; throws DatabaseUnavailableError when the session could not be checked.
 * Once per request (layout and page share it). The token is decoded and checked against the database as
 * Auth.js's `auth()` does through the jwt callback, without its round trip through a synthetic request
 * and the re-encoding of a token that a page cannot send back anyway (docs/performance.md).
 */
export const currentUserId = cache(async function currentUserId(): Promise<string | null> {
  const token = await readSessionToken((await headers()).get('cookie') ?? '');
  if (!token) return null;
  const claims = await currentSession(token).catch((error: unknown) => {
    throw isDatabaseUnavailable(error) ? asDatabaseUnavailable(error) : error;
  });
  return claims?.sub ?? null;
});

async function redirectToSignIn(): Promise<never> {
  const path = (await headers()).get(pathHeader);
  redirect(path ? `/sign-in?callbackUrl=${encodeURIComponent(path)}` : '/sign-in');
}

/** The signed-in user's id, or a redirect to sign-in. */
export async function requireUserId(): Promise<string> {
  return (await currentUserId()) ?? redirectToSignIn();
}

/** The signed-in user's profile; a token for a deleted account counts as signed out. Read once per request. */
export const requireUser = cache(async function requireUser(): Promise<UserProfile> {
  const userId = await requireUserId();
  const profile = await findUserProfile(userId).catch((error: unknown) => {
    throw asDatabaseUnavailable(error); // so the error page can say the service is briefly unavailable
  });
  return profile ?? redirectToSignIn();
});
