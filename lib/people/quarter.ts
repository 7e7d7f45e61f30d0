// "People you met with this quarter": a calendar quarter of the user's own dates.
import type { IsoDate } from '@/lib/dates/calendar';

/** The first day of the calendar quarter `date` falls in (January, April, July or October the 1st). */
export function quarterStart(date: IsoDate): IsoDate {
  const month = Number(date.slice(5, 7));
  const firstMonth = month - ((month - 1) % 3);
  return `${date.slice(0, 4)}-${String(firstMonth).padStart(2, '0')}-01`;
}

/** How many distinct people the user had an interaction with from `from` to `to`, both included. */
export function peopleMetBetween(
  interactions: { personId: string; occurredOn: IsoDate }[],
  from: IsoDate,
  to: IsoDate,
) {
  return new Set(
    interactions
      .filter((interaction) => interaction.occurredOn >= from && interaction.occurredOn <= to)
      .map((interaction) => interaction.personId),
  ).size;
}

/**
 * How many distinct people the user had an interaction with from the start of `today`'s quarter up to
 * `today` (the user's own date, so the quarter turns at their midnight).
 */
export function peopleMetThisQuarter(interactions: { personId: string; occurredOn: IsoDate }[], today: IsoDate) {
  return peopleMetBetween(interactions, quarterStart(today), today);
}
