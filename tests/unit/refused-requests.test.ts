import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { maxRequestBodyBytes, refusedRequestMessages, requestRefusal } from '@/lib/forms/refused-requests';

const post = (headers: Record<string, string>, pathname = '/settings') =>
  requestRefusal({ method: 'POST', pathname, headers: new Headers({ 'content-length': '100', ...headers }) });

describe('requests refused before an action runs', () => {
  it('lets a post from the site itself through, and one without Origin as Next.js does', () => {
    expect(post({ host: 'localhost:3000', origin: 'http://localhost:3000' })).toBeNull();
    expect(post({ host: 'localhost:3000' })).toBeNull();
  });

  it('refuses a post from another site with 403, or with an Origin that is no URL', () => {
    const foreign = { status: 403, message: refusedRequestMessages.foreignOrigin };
    expect(post({ host: 'localhost:3000', origin: 'https://attacker.example' })).toEqual(foreign);
    expect(post({ host: 'localhost:3000', origin: 'http://localhost:3001' })).toEqual(foreign);
    expect(post({ host: 'localhost:3000', origin: 'null' })).toEqual(foreign);
  });

  it('accepts the first X-Forwarded-Host as the site, as Next.js does (a proxy in front must set it)', () => {
    const forwarded = {
      host: 'app:3000',
      'x-forwarded-host': 'trajectory.example, app',
      origin: 'https://trajectory.example',
    };
    expect(post(forwarded)).toBeNull();
  });

  it('refuses a body over the limit with 413 and one of unknown length with 411', () => {
    const host = { host: 'localhost:3000', origin: 'http://localhost:3000' };
    expect(post({ ...host, 'content-length': String(maxRequestBodyBytes) })).toBeNull();
    expect(post({ ...host, 'content-length': String(maxRequestBodyBytes + 1) })).toEqual({
      status: 413,
      message: refusedRequestMessages.tooLarge,
    });
    expect(post({ ...host, 'content-length': '1e9' })?.status).toBe(413);
    const unknownLength = requestRefusal({ method: 'POST', pathname: '/settings', headers: new Headers(host) });
    expect(unknownLength?.status).toBe(411);
  });

  it('leaves reads and the Auth.js routes alone', () => {
    const headers = new Headers({ host: 'localhost:3000', origin: 'https://attacker.example' });
    expect(requestRefusal({ method: 'GET', pathname: '/settings', headers })).toBeNull();
    expect(requestRefusal({ method: 'POST', pathname: '/api/auth/callback/apple', headers })).toBeNull();
  });

  it('reads as much as Next.js is configured to read', () => {
    const config = createRequire(import.meta.url)('../../next.config.js') as {
      experimental: { serverActions: { bodySizeLimit: string } };
    };
    const megabytes = (limit: string) => Number(/^(\d+)mb$/.exec(limit)?.[1]) * 1024 * 1024;
    expect(megabytes(config.experimental.serverActions.bodySizeLimit)).toBe(maxRequestBodyBytes);
  });
});
