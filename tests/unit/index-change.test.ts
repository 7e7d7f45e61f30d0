import { describe, expect, it } from 'vitest';
import { indexChange, indexChangeOverYear, indexChangeText, monthAgainstJoining } from '@/lib/trajectory/index-change';
import { monthEnds } from '@/lib/trajectory/trajectory-index';

/** One point per month from `firstMonth`, scores in order. */
function series(firstMonth: string, scores: number[]) {
  const [year, month] = firstMonth.split('-').map(Number) as [number, number];
  const lastIndex = year * 12 + month - 1 + scores.length - 1;
  const last = `${Math.floor(lastIndex / 12)}-${String((lastIndex % 12) + 1).padStart(2, '0')}`;
  return monthEnds(firstMonth, last).map((monthEnd, index) => ({ monthEnd, score: scores[index] ?? 0 }));
}

// Nov 2025 to Nov 2026: 13 points, from 14 to 58.
const backDated = series('2025-11', [14, 14, 15, 15, 16, 20, 22, 30, 33, 40, 45, 55, 58]);

describe('the index change a user reads as their progress', () => {
  it('counts the whole twelve months for a user who joined before they began', () => {
    expect(indexChangeOverYear(backDated, '2023-05-14')).toEqual({ kind: 'over-period', change: 44 });
    // Joined in the base month itself: its index is where both counts start.
    expect(indexChangeOverYear(backDated, '2025-11-20')).toEqual({ kind: 'over-period', change: 44 });
  });

  it('counts from the month a user joined inside the window, not the history typed before it', () => {
    expect(indexChangeOverYear(backDated, '2026-09-02')).toEqual({
      kind: 'since-joining',
      change: 58 - 45,
      joinedOn: '2026-09-02',
    });
    expect(indexChangeOverYear(backDated, '2026-10-31')).toEqual({
      kind: 'since-joining',
      change: 58 - 55,
      joinedOn: '2026-10-31',
    });
  });

  it('says there is no change yet for an account that joined in the latest month, whatever it entered', () => {
    expect(indexChangeOverYear(backDated, '2026-11-25')).toEqual({
      kind: 'none-since-joining',
      joinedOn: '2026-11-25',
    });
  });

  it('starts from the first index after joining when the index began later', () => {
    const late = series('2026-07', [20, 24, 30, 31, 35]);
    expect(indexChangeOverYear(late, '2026-03-10')).toEqual({
      kind: 'since-joining',
      change: 15,
      joinedOn: '2026-03-10',
    });
    expect(indexChangeOverYear(series('2026-11', [20]), '2026-03-10')).toEqual({
      kind: 'none-since-joining',
      joinedOn: '2026-03-10',
    });
  });

  it('calls a period entirely before joining history, not progress', () => {
    const year2024 = series('2023-12', [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 30]);
    expect(indexChange(year2024, '2023-12', '2026-11-02')).toEqual({
      kind: 'before-joining',
      change: 20,
      joinedOn: '2026-11-02',
    });
  });

  it('knows nothing without a point to compare with', () => {
    expect(indexChangeOverYear([], '2026-11-02')).toEqual({ kind: 'unknown' });
    // Joined long ago, but the index only starts inside the window: no base twelve months back.
    expect(indexChangeOverYear(series('2026-06', [30, 40]), '2020-01-01')).toEqual({ kind: 'unknown' });
  });

  it('compares months by calendar month, even with a gap in the points', () => {
    const gapped = [
      { monthEnd: '2025-11-30', score: 30 },
      { monthEnd: '2026-10-31', score: 31 },
      { monthEnd: '2026-11-30', score: 36 },
    ];
    expect(indexChangeOverYear(gapped, '2024-01-01')).toEqual({ kind: 'over-period', change: 6 });
  });

  it('compares the month still running, judged as of today, with the same month a year before', () => {
    const running = [...backDated.slice(0, -1), { monthEnd: '2026-11-26', score: 57 }];
    expect(indexChangeOverYear(running, '2023-05-14')).toEqual({ kind: 'over-period', change: 57 - 14 });
  });
});

describe('the index change in words', () => {
  it('words each case so that it is true', () => {
    expect(indexChangeText({ kind: 'over-period', change: 44 }, 'over 12 months')).toBe('+44 over 12 months');
    expect(indexChangeText({ kind: 'over-period', change: -3 }, 'over 12 months')).toBe('-3 over 12 months');
    expect(indexChangeText({ kind: 'over-period', change: 0 }, 'in 2026')).toBe('no change in 2026');
    expect(indexChangeText({ kind: 'since-joining', change: 3, joinedOn: '2026-11-02' }, 'over 12 months')).toBe(
      '+3 since you joined on 2 Nov 2026',
    );
    expect(indexChangeText({ kind: 'none-since-joining', joinedOn: '2026-11-25' }, 'over 12 months')).toBe(
      'no change yet since you joined on 25 Nov 2026; so far the index comes from the history you entered',
    );
    expect(indexChangeText({ kind: 'before-joining', change: 20, joinedOn: '2026-11-02' }, 'in 2024')).toBe(
      '+20 in 2024, from the history you entered (you joined on 2 Nov 2026)',
    );
    expect(indexChangeText({ kind: 'unknown' }, 'over 12 months')).toBeNull();
  });
});

describe('months against the month the user joined', () => {
  it('tells months before joining from the month of joining and after', () => {
    expect(monthAgainstJoining('2026-10', '2026-11-02')).toBe('before');
    expect(monthAgainstJoining('2026-11', '2026-11-02')).toBe('joined');
    expect(monthAgainstJoining('2026-12', '2026-11-02')).toBe('since');
  });
});
