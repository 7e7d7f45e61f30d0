// What every request meets before Next.js sees it, in the server itself (scripts/server.mjs, for `npm start`
// and `npm run dev`): form posts from another site or over the size limit are refused with a 4xx, a malformed
// path is answered 404, and a signed-out visitor is sent to sign-in. A page or action checks the session
// itself all the same. A page then carries into the render the Content-Security-Policy with a fresh nonce,
// which Next.js reads from the request to stamp its scripts and which is also sent back, and the path being
// visited, for "return here after sign-in".
// This was Next.js's proxy (middleware) before: running it cost every page about a seventh of the server's
// throughput, and a request header set there a copy and a rewrite of every header (docs/performance.md,
// "Fifth round", "Sixth round"). The gate only reads the session token and never writes cookies, so a request
// still in flight during sign-out cannot sign the user back in.
import 'server-only';
import { pathHeader } from '@/lib/auth/paths';
import { env } from '@/lib/env';
import { requestRefusal } from '@/lib/forms/refused-requests';
import { contentSecurityPolicy } from '@/lib/security-headers';
import { freshNonce } from '@/lib/server/nonce';
import { readSessionToken } from '@/lib/server/auth/session-token';
import { hasWellFormedPercentEncoding } from '@/lib/url-path';

/** Contract with scripts/server.mjs: `await globalThis[requestGateKey](request)`. */
export const requestGateKey = Symbol.for('trajectory.gateRequest');

type IncomingHeaders = Record<string, string | string[] | undefined>;
export type IncomingRequest = { method: string; url: string; headers: IncomingHeaders };

/** What the server does with a request: answer it here, or hand it to Next.js with this policy to send back. */
export type GateDecision =
  { answer: { status: number; headers: Record<string, string>; body: string } } | { policy: string | null };

// Static files get the locked-down policy of next.config.js and carry no page.
const staticFile = /^\/(?:_next\/static\/|_next\/image|favicon\.ico|icon\.svg)/;

// /api/calendar: a feed is opened by a calendar app, with its secret in the URL and no session.
// /unsubscribe, /api/unsubscribe: a reminder mail's signed link works without signing in (RFC 8058).
const publicPaths = [
  '/sign-in',
  '/sign-up',
  '/forgot-password',
  '/reset-password',
  '/verify-email',
  '/api/auth',
  '/api/health',
  '/api/calendar',
  '/unsubscribe',
  '/api/unsubscribe',
];

function isPublic(pathname: string) {
  return pathname === '/' || publicPaths.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

function headerReader(headers: IncomingHeaders) {
  return {
    get(name: string): string | null {
      const value = headers[name];
      return (Array.isArray(value) ? value.join(', ') : value) ?? null;
    },
  };
}

// Exactly text/plain: Next's client then throws the sentence for the form to show (use-form-action.ts).
const plainText = (status: number, body: string) => ({
  answer: { status, headers: { 'content-type': 'text/plain' }, body },
});

/**
 * Decides what happens to a request; for a page it also sets the request's policy and path on `headers`
 * (replacing whatever the client sent under those names).
 */
export async function gateRequest({ method, url, headers }: IncomingRequest): Promise<GateDecision> {
  const queryAt = url.indexOf('?');
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  if (staticFile.test(pathname)) return { policy: null };

  const refusal = requestRefusal({ method, pathname, headers: headerReader(headers) });
  if (refusal) return plainText(refusal.status, refusal.message);
  if (!hasWellFormedPercentEncoding(pathname)) return plainText(404, 'Not found');

  if (!isPublic(pathname) && !(await readSessionToken(headerReader(headers).get('cookie') ?? ''))?.sub) {
    const location = `/sign-in?${new URLSearchParams({ callbackUrl: url })}`;
    return { answer: { status: 307, headers: { location }, body: '' } };
  }

  headers[pathHeader] = url;
  delete headers['content-security-policy-report-only'];
  // `next dev` evaluates code as it compiles it, which a policy without 'unsafe-eval' forbids.
  if (process.env.NODE_ENV === 'development') {
    delete headers['content-security-policy'];
    return { policy: null };
  }
  const { github, google } = env();
  const policy = contentSecurityPolicy({
    nonce: freshNonce(),
    oauthProviderIds: [github && 'github', google && 'google'].filter((id): id is string => Boolean(id)),
  });
  headers['content-security-policy'] = policy;
  return { policy };
}

export function registerRequestGate() {
  (globalThis as Record<symbol, unknown>)[requestGateKey] = gateRequest;
}
