// The session token as the server's gate and the pages read it: a token Auth.js issued is decoded once, then
// remembered until it expires; a forged one, one of another cookie's name or an expired one is refused.
import { randomUUID } from 'node:crypto';
import { encode } from 'next-auth/jwt';
import { expect, it, vi } from 'vitest';
import { readSessionToken } from '@/lib/server/auth/session-token';

const secret = 'a secret for the session token test, long enough';
vi.stubEnv('AUTH_SECRET', secret);
const plainCookie = 'authjs.session-token';
const secureCookie = '__Secure-authjs.session-token';

async function sessionCookie({
  maxAge = 60,
  name = plainCookie,
  salt = name,
}: { maxAge?: number; name?: string; salt?: string } = {}) {
  const claims = { sub: randomUUID(), sid: randomUUID(), sv: 0 };
  const token = await encode({ token: claims, secret, salt, maxAge });
  return { claims, cookie: `theme=dark; ${name}=${token}` };
}

it('reads a token Auth.js issued, and again from memory, until it expires', async () => {
  const { claims, cookie } = await sessionCookie({ maxAge: 60 });
  const now = Date.now();
  expect(await readSessionToken(cookie, now)).toMatchObject(claims);
  expect(await readSessionToken(cookie, now + 30_000)).toMatchObject(claims);
  // Past its expiry and Auth.js's 15 s of clock tolerance.
  expect(await readSessionToken(cookie, now + 76_000)).toBeNull();
});

it('reads the secure cookie when the request carries one', async () => {
  const { claims, cookie } = await sessionCookie({ name: secureCookie });
  expect(await readSessionToken(cookie)).toMatchObject(claims);
});

it('refuses a forged token, a token made for another cookie, an expired token and no token', async () => {
  const { cookie } = await sessionCookie();
  const forged = `${cookie.slice(0, -2)}${cookie.endsWith('AA') ? 'BB' : 'AA'}`;
  expect(await readSessionToken(forged)).toBeNull();
  expect(await readSessionToken((await sessionCookie({ salt: secureCookie })).cookie)).toBeNull();
  expect(await readSessionToken((await sessionCookie({ maxAge: -60 })).cookie)).toBeNull();
  expect(await readSessionToken('theme=dark')).toBeNull();
});
