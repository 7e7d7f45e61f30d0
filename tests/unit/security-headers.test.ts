import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '@/lib/security-headers';

describe('content security policy', () => {
  it('allows scripts only with the request nonce and forbids framing', () => {
    const policy = contentSecurityPolicy({ nonce: 'abc123', oauthProviderIds: [] });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("form-action 'self';");
  });

  it('lets sign-in forms reach configured OAuth providers', () => {
    const policy = contentSecurityPolicy({ nonce: 'n', oauthProviderIds: ['github'] });
    expect(policy).toContain("form-action 'self' https://github.com;");
  });
});
