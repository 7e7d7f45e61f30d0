// The one way to learn who is signed in. Pages and actions call `requireUserId`;
// the returned id is what every query is scoped by.
import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import type { UserProfile } from '@/db/queries/account/users';
import type { HistoryOwner } from '@/db/loaders/history-memo';
import { asDatabaseUnavailable, isDatabaseUnavailable } from '@/db/unavailable';
import { currentSessionUser } from '@/lib/server/auth/session-checks';
import { readSessionToken } from '@/lib/server/auth/session-token';
import { pathHeader } from '@/lib/auth/paths';

/**
 * The signed-in user, or null; throws DatabaseUnavailableError when the session could not be checked.
 * Once per request (layout and page share it). The token is decoded and checked against the database as
 * Auth.js's `auth()` does through the jwt callback, without its round trip through a synthetic request
 * and the re-encoding of a token that a page cannot send back anyway; the same query reads the profile
 * (docs/performance.md).
 */
const currentSignedIn = cache(async function currentSignedIn(): Promise<SignedIn | null> {
  const token = await readSessionToken((await headers()).get('cookie') ?? '');
  if (!token) return null;
  const signedIn = await currentSessionUser(token).catch((error: unknown) => {
    throw isDatabaseUnavailable(error) ? asDatabaseUnavailable(error) : error;
  });
  if (!signedIn) return null;
  const { profile, historyVersion, passwordSet } = signedIn;
  return { user: profile, history: { userId: profile.id, historyVersion }, passwordSet };
});

type SignedIn = { user: UserProfile; history: HistoryOwner; passwordSet: boolean };

async function currentUser(): Promise<UserProfile | null> {
  return (await currentSignedIn())?.user ?? null;
}

/** The signed-in user's id, or null; throws DatabaseUnavailableError when the session could not be checked. */
export async function currentUserId(): Promise<string | null> {
  return (await currentUser())?.id ?? null;
}

async function redirectToSignIn(): Promise<never> {
  const path = (await headers()).get(pathHeader);
  redirect(path ? `/sign-in?callbackUrl=${encodeURIComponent(path)}` : '/sign-in');
}

/** The signed-in user's id, or a redirect to sign-in. */
export async function requireUserId(): Promise<string> {
  return (await currentUserId()) ?? redirectToSignIn();
}

/** The signed-in user's profile; a token for a deleted account counts as signed out. */
export async function requireUser(): Promise<UserProfile> {
  return (await currentUser()) ?? redirectToSignIn();
}

/**
 * The signed-in user's profile and their history's version as this request's session check read it: the key
 * of values memoized while the history is unchanged (db/loaders/history-memo.ts); and whether a password is set.
 */
export async function requireUserWithHistory(): Promise<SignedIn> {
  return (await currentSignedIn()) ?? redirectToSignIn();
}
