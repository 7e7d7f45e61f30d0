import type { NextAuthConfig } from 'next-auth';
import { resolveAuthSecret } from './secret';

/**
 * The part of the Auth.js config that only reads tokens: shared by the proxy
 * (which must not open the database) and the full config in auth.ts.
 */
export function baseAuthConfig(): NextAuthConfig {
  return {
    secret: resolveAuthSecret(),
    trustHost: true,
    session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: [],
    callbacks: {
      jwt({ token, user }) {
        if (user?.id) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}
