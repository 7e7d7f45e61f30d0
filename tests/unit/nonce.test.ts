// The Content-Security-Policy nonce drawn from a pool of secure random bytes (lib/server/nonce.ts).
import { describe, expect, it } from 'vitest';
import { freshNonce } from '@/lib/server/nonce';

describe('freshNonce', () => {
  it('hands out 16 random bytes a call, never the same ones twice, across refills of the pool', () => {
    const nonces = Array.from({ length: 1000 }, () => freshNonce());
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
    }
    expect(new Set(nonces).size).toBe(nonces.length);
  });
});
