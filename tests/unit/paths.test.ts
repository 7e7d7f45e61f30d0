import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from '@/lib/auth/paths';

describe('callback path after sign-in', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeCallbackPath('/goals?status=active')).toBe('/goals?status=active');
  });

  it.each(['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '', null, undefined])(
    'falls back to the dashboard for %s',
    (candidate) => {
      expect(safeCallbackPath(candidate)).toBe('/dashboard');
    },
  );
});
