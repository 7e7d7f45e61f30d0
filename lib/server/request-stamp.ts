// What every document request carries into the render, set by the production server (scripts/server.mjs)
// before Next.js sees the request: the Content-Security-Policy with a fresh nonce, which Next.js reads from the
// request to stamp its scripts and which is also sent back, and the path being visited, for "return here after
// sign-in". The proxy did this before; a request header set there costs Next.js a copy and a rewrite of every
// header on every request (docs/performance.md, "Fifth round").
import 'server-only';
import { randomBytes } from 'node:crypto';
import { pathHeader } from '@/lib/auth/paths';
import { env } from '@/lib/env';
import { contentSecurityPolicy } from '@/lib/security-headers';

/** Contract with scripts/server.mjs: `globalThis[requestStampKey](headers, url)`. */
export const requestStampKey = Symbol.for('trajectory.stampRequest');

// Static files get the locked-down policy of next.config.js and carry no page.
const unstamped = /^\/(?:_next\/static\/|_next\/image|favicon\.ico|icon\.svg)/;

type IncomingHeaders = Record<string, string | string[] | undefined>;

/**
 * Sets this request's policy and path on its `headers` (replacing whatever the client sent under those names)
 * and returns the policy for the response, or null for a static file.
 */
export function stampRequest(headers: IncomingHeaders, url: string): string | null {
  if (unstamped.test(url)) return null;
  const { github, google } = env();
  const policy = contentSecurityPolicy({
    nonce: randomBytes(16).toString('base64'),
    oauthProviderIds: [github && 'github', google && 'google'].filter((id): id is string => Boolean(id)),
  });
  headers['content-security-policy'] = policy;
  delete headers['content-security-policy-report-only'];
  headers[pathHeader] = url;
  return policy;
}

export function registerRequestStamp() {
  (globalThis as Record<symbol, unknown>)[requestStampKey] = stampRequest;
}
