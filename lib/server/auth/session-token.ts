// Reading the session token from a request's cookies: shared by the server's gate and the pages, so both pick
// the same cookie. Decoding only; whether the session still holds is for lib/server/auth/session-checks.ts.
import 'server-only';
import { decode, getToken, type JWT, type JWTDecodeParams } from 'next-auth/jwt';
import { resolveAuthSecret } from '@/lib/server/auth/secret';

const secureSessionCookie = '__Secure-authjs.session-token';

/** The decoded session token in a Cookie header, or null: none, forged, or expired. */
export async function readSessionToken(cookieHeader: string, now = Date.now()): Promise<JWT | null> {
  const secret = resolveAuthSecret();
  // A browser sends the same Cookie header visit after visit, and the gate and the page each read it: the
  // token is remembered under the whole header too, so a visit costs a lookup instead of Auth.js parsing the
  // cookies again (about 1.5 % of a page's CPU time under load, docs/performance.md, item 73).
  const headerKey = `${secret}\n${cookieHeader}`;
  const known = tokensByHeader.recall(headerKey, now);
  if (known !== undefined) return known;
  const secureCookie = cookieHeader.split(';').some((pair) => pair.trim().startsWith(secureSessionCookie));
  // Only the Cookie header: getToken would also take a Bearer token, which the app does not hand out.
  const token = await getToken({
    req: { headers: new Headers({ cookie: cookieHeader }) },
    secret,
    secureCookie,
    decode: (params) => decodeRemembered(params, now),
  });
  return tokensByHeader.keep(headerKey, token, now);
}

// Decoding costs a key derivation (HKDF) and a decryption in WebCrypto, twice per request (the gate, then
// the page): about a tenth of a signed-in request's CPU time (docs/performance.md). A token is encrypted and
// authenticated, so one string always decodes to the same claims: each process keeps the tokens it decoded
// lately, until they expire, and decodes each with Auth.js's own `decode` only once. Whether the session
// still holds is asked of the database on every request all the same.
async function decodeRemembered(params: JWTDecodeParams, now: number): Promise<JWT | null> {
  const key = JSON.stringify([params.secret, params.salt, params.token]);
  const known = decodedTokens.recall(key, now);
  if (known !== undefined) return known;
  return decodedTokens.keep(key, await decode(params), now);
}

/** The tolerance Auth.js's `decode` gives jose for the expiry. */
const clockToleranceSeconds = 15;

type RememberedToken = Readonly<JWT> & { exp: number };

/** Tokens kept until they expire, at most `capacity`, the least recently used forgotten first. */
function tokenMemory(capacity: number) {
  const tokens = new Map<string, RememberedToken>();
  const stillValid = (exp: number, now: number) => exp > now / 1000 - clockToleranceSeconds;
  return {
    /** The token kept under `key`: undefined when none is, null when it has expired. */
    recall(key: string, now: number): RememberedToken | null | undefined {
      const remembered = tokens.get(key);
      if (!remembered) return undefined;
      tokens.delete(key);
      if (!stillValid(remembered.exp, now)) return null;
      tokens.set(key, remembered); // the most recently used last, so the oldest are forgotten first
      return remembered;
    },
    /** Keeps a token that is valid at `now` (and no other), and gives it back. */
    keep(key: string, token: JWT | null, now: number): JWT | null {
      const exp = token?.exp;
      if (!token || typeof exp !== 'number' || !stillValid(exp, now)) return token;
      tokens.set(key, Object.freeze({ ...token, exp }));
      for (const oldest of tokens.keys()) {
        if (tokens.size <= capacity) break;
        tokens.delete(oldest);
      }
      return token;
    },
  };
}

const decodedTokens = tokenMemory(1000);
const tokensByHeader = tokenMemory(1000);
