// Runs before every page: adds the nonce-based CSP and sends signed-out visitors
// to sign-in. A convenience only: pages and actions check the session themselves.
import NextAuth, { type NextAuthRequest } from 'next-auth';
import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { baseAuthConfig } from '@/lib/auth/config-base';
import { pathHeader } from '@/lib/auth/paths';
import { env } from '@/lib/env';
import { contentSecurityPolicy } from '@/lib/security-headers';

const publicPaths = ['/sign-in', '/sign-up', '/api/auth'];

function isPublic(pathname: string) {
  return publicPaths.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

function withSession(request: NextAuthRequest) {
  const { pathname, search } = request.nextUrl;

  if (!request.auth && !isPublic(pathname) && pathname !== '/') {
    const signIn = new URL('/sign-in', request.nextUrl);
    signIn.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }

  const { github, google } = env();
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy({
    nonce,
    development: process.env.NODE_ENV === 'development',
    oauthProviderIds: [github && 'github', google && 'google'].filter((id): id is string => Boolean(id)),
  });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  requestHeaders.set(pathHeader, `${pathname}${search}`);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

type Handler = (request: NextRequest, event: NextFetchEvent) => Promise<Response | undefined> | Response | undefined;
let handler: Handler | undefined;

// Built on the first request rather than at import: the secret may live in the data folder.
export function proxy(request: NextRequest, event: NextFetchEvent) {
  handler ??= NextAuth(baseAuthConfig()).auth(withSession) as unknown as Handler;
  return handler(request, event);
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|icon.svg).*)' }],
};
