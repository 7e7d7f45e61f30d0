'use client';

export type WeekState = 'updated' | 'missed' | 'before';

/** A week as its square shows it, written on the server ("1–7 Dec 2025", and "Dec" where a month starts). */
export type WeekSquare = { range: string; state: WeekState; month: string | null };

/**
 * The weeks, oldest first and this week last, one element a week drawn as a square by the `week-grid` class
 * (app/globals.css), with the month each new month starts at and this week ringed. A client component although
 * it only draws: given the weeks as data, the page's React payload carries their texts instead of their markup,
 * a sixth of the size (docs/performance.md, "Seventh round"). The texts come written from the server, so the
 * squares hydrate as drawn whatever the browser's Intl writes for a month.
 */
export function WeekSquares({ weeks }: { weeks: WeekSquare[] }) {
  return (
    <ol aria-label="Last weeks, oldest first" className="week-grid">
      {weeks.map(({ range, state, month }, index) => {
        const isThisWeek = index === weeks.length - 1;
        const status = {
          updated: 'updated',
          missed: isThisWeek ? 'no update yet' : 'no update',
          before: 'before you started',
        }[state];
        const label = `${range}${isThisWeek ? ' (this week)' : ''}: ${status}`;
        return (
          <li
            key={range}
            title={label}
            data-week={state}
            data-this-week={isThisWeek ? '' : undefined}
            data-month={month ?? undefined}
          >
            <span className="sr-only">{label}</span>
          </li>
        );
      })}
    </ol>
  );
}
