// Reading the session token from a request's cookies: shared by the proxy and the pages, so both pick the
// same cookie. Decoding only; whether the session still holds is for lib/server/auth/session-checks.ts.
import 'server-only';
import { getToken, type JWT } from 'next-auth/jwt';
import { resolveAuthSecret } from '@/lib/server/auth/secret';

const secureSessionCookie = '__Secure-authjs.session-token';

/** The decoded session token in a Cookie header, or null: none, forged, or expired. */
export async function readSessionToken(cookieHeader: string): Promise<JWT | null> {
  const secureCookie = cookieHeader.split(';').some((pair) => pair.trim().startsWith(secureSessionCookie));
  // Only the Cookie header: getToken would also take a Bearer token, which the app does not hand out.
  return getToken({
    req: { headers: new Headers({ cookie: cookieHeader }) },
    secret: resolveAuthSecret(),
    secureCookie,
  });
}
