// What every request meets in the server before Next.js sees it (lib/server/request-gate.ts).
import { randomUUID } from 'node:crypto';
import { encode } from 'next-auth/jwt';
import { describe, expect, it, vi } from 'vitest';
import { pathHeader } from '@/lib/auth/paths';
import { refusedRequestMessages } from '@/lib/forms/refused-requests';
import { gateRequest, type GateDecision } from '@/lib/server/request-gate';

const secret = 'a secret for the request gate test, long enough';
vi.stubEnv('AUTH_SECRET', secret);

type Headers = Record<string, string | string[] | undefined>;
const nonceOf = (decision: GateDecision) =>
  ('policy' in decision ? decision.policy : null)?.match(/'nonce-([^']+)'/)?.[1];

async function signedInCookie() {
  const name = 'authjs.session-token';
  const token = await encode({ token: { sub: randomUUID(), sid: randomUUID(), sv: 0 }, secret, salt: name });
  return `theme=dark; ${name}=${token}`;
}

describe('request gate', () => {
  it('gives a signed-in page a fresh nonce on the request and for the response, and the path it visits', async () => {
    const cookie = await signedInCookie();
    const headers: Headers = { cookie };
    const decision = await gateRequest({ method: 'GET', url: '/goals?status=active', headers });
    expect('policy' in decision && decision.policy).toMatch(
      /script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/,
    );
    expect(headers['content-security-policy']).toBe('policy' in decision ? decision.policy : undefined);
    expect(headers[pathHeader]).toBe('/goals?status=active');
    expect(headers.cookie).toBe(cookie);
    const again = await gateRequest({ method: 'GET', url: '/goals', headers: { cookie } });
    expect(nonceOf(again)).toBeDefined();
    expect(nonceOf(again)).not.toBe(nonceOf(decision));
  });

  it('replaces a policy or path the client sent', async () => {
    const headers: Headers = {
      cookie: await signedInCookie(),
      'content-security-policy': "script-src 'nonce-chosen-by-client'",
      'content-security-policy-report-only': "script-src 'nonce-also-chosen'",
      [pathHeader]: 'https://elsewhere.example',
    };
    const decision = await gateRequest({ method: 'GET', url: '/dashboard', headers });
    expect(headers['content-security-policy']).toBe('policy' in decision ? decision.policy : undefined);
    expect(headers['content-security-policy']).not.toContain('chosen-by-client');
    expect(headers['content-security-policy-report-only']).toBeUndefined();
    expect(headers[pathHeader]).toBe('/dashboard');
  });

  it('sends a visitor without a session, or with a forged one, to sign-in and back', async () => {
    const forged = (await signedInCookie()).slice(0, -3) + 'AAA';
    for (const cookie of [undefined, 'theme=dark', forged]) {
      const headers: Headers = { cookie };
      expect(await gateRequest({ method: 'GET', url: '/goals/new?from=dashboard', headers })).toEqual({
        answer: {
          status: 307,
          headers: { location: '/sign-in?callbackUrl=%2Fgoals%2Fnew%3Ffrom%3Ddashboard' },
          body: '',
        },
      });
      expect(headers[pathHeader]).toBeUndefined();
    }
  });

  it('lets a visitor without a session reach the public pages, with a policy', async () => {
    for (const url of [
      '/',
      '/sign-in?callbackUrl=%2Fgoals',
      '/api/auth/csrf',
      '/api/calendar/abc.ics',
      '/unsubscribe?t=1',
    ]) {
      const decision = await gateRequest({ method: 'GET', url, headers: {} });
      expect(nonceOf(decision)).toBeDefined();
    }
    expect('answer' in (await gateRequest({ method: 'GET', url: '/sign-inside', headers: {} }))).toBe(true);
  });

  it('answers a path that cannot be decoded with 404, signed in or not', async () => {
    for (const cookie of [undefined, await signedInCookie()])
      expect(await gateRequest({ method: 'GET', url: '/api/calendar/%ZZ', headers: { cookie } })).toEqual({
        answer: { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not found' },
      });
  });

  it('refuses a form post from another site or over the limit with its sentence, before the session', async () => {
    const foreign = await gateRequest({
      method: 'POST',
      url: '/settings',
      headers: { host: 'localhost:3000', origin: 'https://attacker.example', 'content-length': '10' },
    });
    expect(foreign).toEqual({
      answer: { status: 403, headers: { 'content-type': 'text/plain' }, body: refusedRequestMessages.foreignOrigin },
    });
    const huge = await gateRequest({
      method: 'POST',
      url: '/settings',
      headers: { host: 'localhost:3000', cookie: await signedInCookie(), 'content-length': String(2 ** 30) },
    });
    expect('answer' in huge && huge.answer.status).toBe(413);
  });

  it('leaves static files to their own locked-down policy', async () => {
    for (const url of ['/_next/static/chunks/app.js', '/_next/image?url=x', '/favicon.ico', '/icon.svg']) {
      const headers: Headers = {};
      expect(await gateRequest({ method: 'GET', url, headers })).toEqual({ policy: null });
      expect(headers).toEqual({});
    }
  });
});
