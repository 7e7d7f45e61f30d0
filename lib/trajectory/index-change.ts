// The change of the trajectory index that a user reads as their own progress. Months before the account
// existed are real history, but history the user typed in, often in one sitting: that sitting is not growth.
import { dateLabel, type IsoDate } from '@/lib/dates/calendar';

type IndexPoint = { monthEnd: IsoDate; score: number };

export type IndexChange =
  /** The user joined at or before the period began: the whole period counts. */
  | { kind: 'over-period'; change: number }
  /** The user joined inside the period: the change counts from the month they joined. */
  | { kind: 'since-joining'; change: number; joinedOn: IsoDate }
  /** The user joined in the latest month: there is nothing since joining to compare with yet. */
  | { kind: 'none-since-joining'; joinedOn: IsoDate }
  /** The whole period lies before the user joined (a past year's review): history they entered, not progress. */
  | { kind: 'before-joining'; change: number; joinedOn: IsoDate }
  /** Not enough index to compare. */
  | { kind: 'unknown' };

const monthOf = (point: IndexPoint) => point.monthEnd.slice(0, 7);

/**
 * The change of the index from the end of `baseMonth` (YYYY-MM) to the last point of `points` (oldest first),
 * never counting months before the user joined. The month the account was created is the starting point:
 * what a user enters in the first sitting (a role held for years, skills assessed today) is dated in it or
 * before it, so that month's index is where their own progress starts.
 */
export function indexChange(points: IndexPoint[], baseMonth: string, joinedOn: IsoDate): IndexChange {
  const latest = points.at(-1);
  if (!latest) return { kind: 'unknown' };
  const joinedMonth = joinedOn.slice(0, 7);
  const latestMonth = monthOf(latest);
  const base = points.find((point) => monthOf(point) === baseMonth);
  if (joinedMonth > latestMonth) {
    return base ? { kind: 'before-joining', change: latest.score - base.score, joinedOn } : { kind: 'unknown' };
  }
  if (joinedMonth > baseMonth) {
    // The month they joined, or the first month with an index after it when the index began later.
    const start = points.find((point) => monthOf(point) >= joinedMonth);
    return !start || start === latest
      ? { kind: 'none-since-joining', joinedOn }
      : { kind: 'since-joining', change: latest.score - start.score, joinedOn };
  }
  return base ? { kind: 'over-period', change: latest.score - base.score } : { kind: 'unknown' };
}

/** The month (YYYY-MM) twelve months before the month of `monthEnd`. */
function yearEarlier(monthEnd: IsoDate): string {
  return `${Number(monthEnd.slice(0, 4)) - 1}${monthEnd.slice(4, 7)}`;
}

/** The dashboard's change: over the twelve months up to the latest point, counted from joining if later. */
export function indexChangeOverYear(points: IndexPoint[], joinedOn: IsoDate): IndexChange {
  const latest = points.at(-1);
  return latest ? indexChange(points, yearEarlier(latest.monthEnd), joinedOn) : { kind: 'unknown' };
}

const signed = (change: number) => (change > 0 ? `+${change}` : String(change));

/**
 * The change in words, as every place that states it writes it (dashboard, review, its downloads);
 * `period` says what "over-period" spans ("over 12 months", "in 2026"). Null when there is nothing to say.
 */
export function indexChangeText(change: IndexChange, period: string): string | null {
  switch (change.kind) {
    case 'over-period':
      return change.change === 0 ? `no change ${period}` : `${signed(change.change)} ${period}`;
    case 'since-joining':
      return change.change === 0
        ? `no change since you joined on ${dateLabel(change.joinedOn)}`
        : `${signed(change.change)} since you joined on ${dateLabel(change.joinedOn)}`;
    case 'none-since-joining':
      return `no change yet since you joined on ${dateLabel(change.joinedOn)}; so far the index comes from the history you entered`;
    case 'before-joining':
      return `${change.change === 0 ? 'no change' : signed(change.change)} ${period}, from the history you entered (you joined on ${dateLabel(change.joinedOn)})`;
    case 'unknown':
      return null;
  }
}

/** Where a month stands against the month the user joined, for charts and tables that show it apart. */
export type MonthAgainstJoining = 'before' | 'joined' | 'since';

export function monthAgainstJoining(month: string, joinedOn: IsoDate): MonthAgainstJoining {
  const joinedMonth = joinedOn.slice(0, 7);
  return month < joinedMonth ? 'before' : month === joinedMonth ? 'joined' : 'since';
}
