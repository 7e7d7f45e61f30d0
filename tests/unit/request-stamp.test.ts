import { describe, expect, it } from 'vitest';
import { pathHeader } from '@/lib/auth/paths';
import { stampRequest } from '@/lib/server/request-stamp';

const nonceOf = (policy: string | null) => policy?.match(/'nonce-([^']+)'/)?.[1];

describe('request stamp', () => {
  it('gives a page a fresh nonce on the request and for the response, and the path it visits', () => {
    const headers: Record<string, string | undefined> = { cookie: 'a=b' };
    const policy = stampRequest(headers, '/goals?status=active');
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(headers['content-security-policy']).toBe(policy);
    expect(headers[pathHeader]).toBe('/goals?status=active');
    expect(headers.cookie).toBe('a=b');
    expect(nonceOf(stampRequest({}, '/goals'))).not.toBe(nonceOf(policy));
  });

  it('replaces a policy or path the client sent', () => {
    const headers: Record<string, string | undefined> = {
      'content-security-policy': "script-src 'nonce-chosen-by-client'",
      'content-security-policy-report-only': "script-src 'nonce-also-chosen'",
      [pathHeader]: 'https://elsewhere.example',
    };
    const policy = stampRequest(headers, '/dashboard');
    expect(headers['content-security-policy']).toBe(policy);
    expect(policy).not.toContain('chosen-by-client');
    expect(headers['content-security-policy-report-only']).toBeUndefined();
    expect(headers[pathHeader]).toBe('/dashboard');
  });

  it('leaves static files to their own locked-down policy', () => {
    for (const url of ['/_next/static/chunks/app.js', '/_next/image?url=x', '/favicon.ico', '/icon.svg']) {
      const headers: Record<string, string | undefined> = {};
      expect(stampRequest(headers, url)).toBeNull();
      expect(headers).toEqual({});
    }
  });
});
