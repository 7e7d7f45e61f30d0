// Reading the session token from a request's cookies: shared by the proxy and the pages, so both pick the
// same cookie. Decoding only; whether the session still holds is for lib/server/auth/session-checks.ts.
import 'server-only';
import { decode, getToken, type JWT, type JWTDecodeParams } from 'next-auth/jwt';
import { resolveAuthSecret } from '@/lib/server/auth/secret';

const secureSessionCookie = '__Secure-authjs.session-token';

/** The decoded session token in a Cookie header, or null: none, forged, or expired. */
export async function readSessionToken(cookieHeader: string, now = Date.now()): Promise<JWT | null> {
  const secureCookie = cookieHeader.split(';').some((pair) => pair.trim().startsWith(secureSessionCookie));
  // Only the Cookie header: getToken would also take a Bearer token, which the app does not hand out.
  return getToken({
    req: { headers: new Headers({ cookie: cookieHeader }) },
    secret: resolveAuthSecret(),
    secureCookie,
    decode: (params) => decodeRemembered(params, now),
  });
}

// Decoding costs a key derivation (HKDF) and a decryption in WebCrypto, twice per request (the proxy, then
// the page): about a tenth of a signed-in request's CPU time (docs/performance.md). A token is encrypted and
// authenticated, so one string always decodes to the same claims: each process keeps the tokens it decoded
// lately, until they expire, and decodes each with Auth.js's own `decode` only once. Whether the session
// still holds is asked of the database on every request all the same.
const rememberedTokens = new Map<string, Readonly<JWT> & { exp: number }>();
const tokensRemembered = 1000;
/** The tolerance Auth.js's `decode` gives jose for the expiry. */
const clockToleranceSeconds = 15;

async function decodeRemembered(params: JWTDecodeParams, now: number): Promise<JWT | null> {
  const key = JSON.stringify([params.secret, params.salt, params.token]);
  const stillValid = (exp: number) => exp > now / 1000 - clockToleranceSeconds;
  const remembered = rememberedTokens.get(key);
  if (remembered) {
    rememberedTokens.delete(key);
    if (!stillValid(remembered.exp)) return null;
    rememberedTokens.set(key, remembered); // the most recently used last, so the oldest are forgotten first
    return remembered;
  }
  const token = await decode(params);
  const exp = token?.exp;
  if (!token || typeof exp !== 'number' || !stillValid(exp)) return token;
  rememberedTokens.set(key, Object.freeze({ ...token, exp }));
  for (const oldest of rememberedTokens.keys()) {
    if (rememberedTokens.size <= tokensRemembered) break;
    rememberedTokens.delete(oldest);
  }
  return token;
}
