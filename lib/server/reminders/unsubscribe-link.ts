// Signed one-click unsubscribe links for reminder mails (docs/security.md, "Unsubscribe links"). The link
// names the user and the reminder kind and carries an HMAC of both under a key derived from the auth
// secret, so it cannot be made for anyone else. It does not expire: an unsubscribe link must keep working
// from any old mail (RFC 8058 expects it), and all it can ever do is turn one reminder off. Changing the
// auth secret retires every link at once.
import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';
import { isUuid } from '@/lib/ids';
import { isReminderKind, type ReminderKind } from '@/lib/reminders/due-reminders';
import { resolveAuthSecret } from '@/lib/server/auth/secret';

export const unsubscribePath = '/unsubscribe';
export const oneClickUnsubscribePath = '/api/unsubscribe';

export type UnsubscribeRequest = { userId: string; kind: ReminderKind };

function signingKey(): Buffer {
  return createHmac('sha256', resolveAuthSecret()).update('trajectory reminder unsubscribe v1').digest();
}

function signature(userId: string, kind: ReminderKind): Buffer {
  return createHmac('sha256', signingKey()).update(`${userId}\n${kind}`).digest();
}

/** The query string of a signed link: user, kind and signature. */
export function unsubscribeQuery(userId: string, kind: ReminderKind): string {
  const query = new URLSearchParams({ user: userId, kind, sig: signature(userId, kind).toString('base64url') });
  return query.toString();
}

/** The page a person opens from the mail's text, with a button (a GET never changes anything). */
export function unsubscribePageUrl(userId: string, kind: ReminderKind): string {
  return `${env().appUrl}${unsubscribePath}?${unsubscribeQuery(userId, kind)}`;
}

/** The List-Unsubscribe address a mail client POSTs to (RFC 8058). */
export function oneClickUnsubscribeUrl(userId: string, kind: ReminderKind): string {
  return `${env().appUrl}${oneClickUnsubscribePath}?${unsubscribeQuery(userId, kind)}`;
}

/** The user and kind a link names, or null for anything unsigned, tampered with or malformed. */
export function verifyUnsubscribe(params: {
  user?: unknown;
  kind?: unknown;
  sig?: unknown;
}): UnsubscribeRequest | null {
  const { user, kind, sig } = params;
  if (!isUuid(user) || !isReminderKind(kind) || typeof sig !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(sig)) {
    return null;
  }
  const given = Buffer.from(sig, 'base64url');
  const expected = signature(user.toLowerCase(), kind);
  return given.length === expected.length && timingSafeEqual(given, expected) ? { userId: user, kind } : null;
}
