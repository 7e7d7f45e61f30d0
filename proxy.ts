// Runs before every page: refuses form posts from another site or over the size limit with a 4xx, answers a
// malformed path with 404 and sends signed-out visitors to sign-in. A convenience only: pages and actions check
// the session themselves. It changes no request header: the CSP nonce and the path are set by the server
// (lib/server/request-stamp.ts), since a header set here costs Next.js a rewrite of every header per request.
// It only reads the session token and never writes cookies, so a request still
// in flight during sign-out cannot sign the user back in.
import { NextResponse, type NextRequest } from 'next/server';
import { readSessionToken } from '@/lib/server/auth/session-token';
import { requestRefusal } from '@/lib/forms/refused-requests';
import { hasWellFormedPercentEncoding } from '@/lib/url-path';

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

async function hasSession(request: NextRequest) {
  const token = await readSessionToken(request.headers.get('cookie') ?? '');
  return Boolean(token?.sub);
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;

  const refusal = requestRefusal({ method: request.method, pathname, headers: request.headers });
  if (refusal) {
    // Exactly text/plain: Next's client then throws the sentence for the form to show.
    return new NextResponse(refusal.message, { status: refusal.status, headers: { 'content-type': 'text/plain' } });
  }

  if (!hasWellFormedPercentEncoding(pathname)) {
    return new NextResponse('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  }

  if (!isPublic(pathname) && !(await hasSession(request))) {
    const signIn = new URL('/sign-in', request.nextUrl);
    signIn.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }

  return NextResponse.next();
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|icon.svg).*)' }],
};
