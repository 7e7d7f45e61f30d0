'use client';

import { addWeeks, parseIsoDate, weekLabel, type IsoDate } from '@/lib/dates/calendar';

const shortMonth = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });

export type WeekState = 'updated' | 'missed' | 'before';

/**
 * The weeks up to `thisWeek`, oldest first, one element a week drawn as a square by the `week-grid` class
 * (app/globals.css), with the month each new month starts at and this week (the last) ringed. A client
 * component although it only draws: given the weeks' states as data, the page's React payload carries those
 * instead of their markup, a twentieth of the size (docs/performance.md, "Seventh round").
 */
export function WeekSquares({ thisWeek, states }: { thisWeek: IsoDate; states: WeekState[] }) {
  const weeks = states.map((state, index) => ({ state, weekStart: addWeeks(thisWeek, index - states.length + 1) }));
  return (
    <ol aria-label="Last weeks, oldest first" className="week-grid">
      {weeks.map(({ state, weekStart }, index) => {
        const isThisWeek = index === weeks.length - 1;
        const previous = weeks[index - 1]?.weekStart;
        const startsMonth = !previous || previous.slice(0, 7) !== weekStart.slice(0, 7);
        const status = {
          updated: 'updated',
          missed: isThisWeek ? 'no update yet' : 'no update',
          before: 'before you started',
        }[state];
        const label = `${weekLabel(weekStart)}${isThisWeek ? ' (this week)' : ''}: ${status}`;
        return (
          <li
            key={weekStart}
            title={label}
            data-week={state}
            data-this-week={isThisWeek ? '' : undefined}
            data-month={startsMonth ? shortMonth.format(parseIsoDate(weekStart)) : undefined}
          >
            <span className="sr-only">{label}</span>
          </li>
        );
      })}
    </ol>
  );
}
