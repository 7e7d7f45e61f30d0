// Auth.js wiring: credentials always, GitHub and Google when configured. JWT sessions, checked against the
// database on every use so that signing out, a password change and account deletion end them
// (lib/server/auth/session-checks.ts, docs/security.md).
import 'server-only';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import GitHub from 'next-auth/providers/github';
import Google from 'next-auth/providers/google';
import type { Provider } from 'next-auth/providers';
import { connection } from '@/db/client';
import { accounts, users } from '@/db/schema';
import { env } from '@/lib/env';
import { resolveAuthSecret } from '@/lib/server/auth/secret';
import { authenticate } from '@/lib/server/auth/credentials';
import { confirmSignUpLink } from '@/lib/server/auth/email-verification';
import type { VerificationLinkProblem } from '@/lib/auth/verification-token-field';
import { clientAddress } from '@/lib/auth/ip-address';
import { logger } from '@/lib/server/log/logger';
import { sessionMaxAgeSeconds } from '@/lib/auth/session-claims';
import { currentSession, endSessionOf, noteUnavailability, startSession } from '@/lib/server/auth/session-checks';
import { isDatabaseUnavailable } from '@/db/unavailable';

export class InvalidCredentials extends CredentialsSignin {
  code = 'invalid_credentials';
}

export class SignInRateLimited extends CredentialsSignin {
  constructor(readonly retryAfterMinutes: number) {
    super();
    this.code = `rate_limited:${retryAfterMinutes}`;
  }
}

/** The password was right; the second factor is missing or wrong (the code says which). */
export class SecondFactorRefused extends CredentialsSignin {
  constructor(reason: 'code_required' | 'wrong_code' | 'wrong_recovery_code') {
    super();
    this.code = `two_factor_${reason === 'code_required' ? 'required' : reason}`;
  }
}

export class EmailUnconfirmed extends CredentialsSignin {
  constructor(linkSent: boolean) {
    super();
    this.code = linkSent ? 'email_unconfirmed:sent' : 'email_unconfirmed:throttled';
  }
}

/** A confirmation link that did not work; the code names the problem (lib/auth/verification-token-field.ts). */
export class ConfirmationLinkRefused extends CredentialsSignin {
  constructor(problem: VerificationLinkProblem) {
    super();
    this.code = `link_refused:${problem}`;
  }
}

function providers(): Provider[] {
  const { github, google } = env();
  const list: Provider[] = [
    Credentials({
      credentials: { email: { type: 'email' }, password: { type: 'password' }, code: { type: 'text' } },
      async authorize(credentials, request) {
        const result = await authenticate(credentials, clientAddress(request.headers, env().trustedProxyHops));
        if (result.ok) return { id: result.userId };
        if (result.reason === 'rate_limited') throw new SignInRateLimited(result.retryAfterMinutes);
        if (result.reason === 'unconfirmed') throw new EmailUnconfirmed(result.linkSent);
        if (result.reason === 'invalid') throw new InvalidCredentials();
        throw new SecondFactorRefused(result.reason);
      },
    }),
    // Opening a new account's confirmation link signs it in: the link proves the inbox, as a reset link does.
    Credentials({
      id: 'email-link',
      name: 'Confirmation link',
      credentials: { token: { type: 'text' } },
      async authorize(credentials) {
        const result = await confirmSignUpLink(credentials.token);
        if (result.ok) return { id: result.userId };
        throw new ConfirmationLinkRefused(result.problem);
      },
    }),
  ];
  if (github) list.push(GitHub(github));
  if (google) list.push(Google(google));
  return list;
}

export function oauthProviders(): { id: string; name: string }[] {
  const { github, google } = env();
  const configured: { id: string; name: string }[] = [];
  if (github) configured.push({ id: 'github', name: 'GitHub' });
  if (google) configured.push({ id: 'google', name: 'Google' });
  return configured;
}

// Built on first use, not at import, so `next build` opens no database and writes no secret.
function fullConfig(): NextAuthConfig {
  return {
    secret: resolveAuthSecret(),
    trustHost: true,
    session: { strategy: 'jwt', maxAge: sessionMaxAgeSeconds },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    callbacks: {
      // Null signs the visitor out: Auth.js then answers "no session" and clears the cookie where it can.
      jwt: ({ token, user }) =>
        noteUnavailability(async () => {
          if (user?.id) {
            const claims = await startSession(user.id);
            return claims && { ...token, ...claims };
          }
          return (await currentSession(token)) && token;
        }),
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
    // The process-wide database, not db(): the adapter is built once and keeps the object it is given (a
    // transaction captured here would be long closed at its next use), and its writes (an OAuth user and
    // their account link) happen inside Auth.js's own request handling, never inside one of our transactions.
    adapter: DrizzleAdapter(connection().db, { usersTable: users, accountsTable: accounts }),
    providers: providers(),
    events: {
      async signOut(message) {
        if ('token' in message) await endSessionOf(message.token);
      },
    },
    logger: {
      // A wrong password is an expected outcome, not a server error worth a stack trace.
      error(error) {
        if (error instanceof CredentialsSignin) return;
        // Thrown again by readSessionOrThrow and logged once by whoever answers the request.
        if (isDatabaseUnavailable(error)) return;
        logger().error({ err: error }, 'Auth.js reported an error');
      },
    },
  };
}

let built: NextAuthConfig | undefined;

export const { handlers, auth, signIn, signOut } = NextAuth(() => (built ??= fullConfig()));
