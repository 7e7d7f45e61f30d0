// The feed behind a secret URL: undefined for a secret no feed has (unknown, replaced or turned off).
import 'server-only';
import { listCertificationExpiries, listGoalTargetDates } from '@/db/queries/calendar/feed-dates';
import { findFeedOwner } from '@/db/queries/calendar/feeds';
import { calendarFeed } from '@/lib/calendar/feed';

export async function loadCalendarFeed(secretHash: string, now: Date): Promise<string | undefined> {
  const owner = await findFeedOwner(secretHash);
  if (!owner) return undefined;
  const [certifications, goals] = await Promise.all([
    listCertificationExpiries(owner.id),
    listGoalTargetDates(owner.id),
  ]);
  return calendarFeed({ owner, certifications, goals }, now);
}
