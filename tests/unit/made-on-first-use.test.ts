import { describe, expect, it } from 'vitest';
import { madeOnFirstUse } from '@/lib/made-on-first-use';

describe('madeOnFirstUse', () => {
  it('makes nothing until asked, then makes the value once and gives the same one back', () => {
    let made = 0;
    const format = madeOnFirstUse(() => {
      made += 1;
      return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'short' });
    });
    expect(made).toBe(0);

    const first = format();
    expect(first.format(new Date(Date.UTC(2026, 10, 27)))).toBe('Nov');
    expect(format()).toBe(first);
    expect(made).toBe(1);
  });
});
