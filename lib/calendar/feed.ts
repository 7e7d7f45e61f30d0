// What a user's calendar feed holds (docs/security.md, "Calendar feed"): the weekly check-in, repeating on
// the first day of their week at `weeklyCheckInTime` in their own time zone, each certification's expiry
// and each active goal's target date as all-day events. UIDs are built from stored ids only, so a calendar
// app updates an event when its title or date changes instead of adding a second one.
import { localDate, weekStartOf, type IsoDate, type WeekStartDay } from '@/lib/dates/calendar';
import { usableTimeZone } from '@/lib/dates/time-zones';
import { calendarText, type CalendarEvent } from './icalendar';

/** 09:00 local: early enough to plan the week by, late enough not to wake anyone. */
export const weeklyCheckInTime = '09:00';
export const weeklyCheckInMinutes = 30;
const uidDomain = 'trajectory.calendar';

export type FeedOwner = { id: string; timeZone: string; weekStartsOn: WeekStartDay; createdAt: Date };
export type FeedCertification = { id: string; name: string; issuer: string; expiresOn: IsoDate | null };
export type FeedGoal = { id: string; title: string; status: string; targetDate: IsoDate | null };

export function weeklyCheckInEvent(owner: FeedOwner): CalendarEvent {
  const timeZone = usableTimeZone(owner.timeZone);
  // Anchored on the week the account was made in, so the series does not move from one fetch to the next.
  const firstWeek = weekStartOf(localDate(owner.createdAt, timeZone), owner.weekStartsOn);
  return {
    uid: `weekly-check-in-${owner.id}@${uidDomain}`,
    summary: 'Weekly check-in (Trajectory)',
    description: 'Record how each goal moved this week and what you learned.',
    start: { kind: 'zoned', date: firstWeek, time: weeklyCheckInTime, timeZone },
    durationMinutes: weeklyCheckInMinutes,
    weekly: true,
  };
}

export function certificationExpiryEvents(certifications: FeedCertification[]): CalendarEvent[] {
  return certifications.flatMap((certification) =>
    certification.expiresOn
      ? [
          {
            uid: `certification-expiry-${certification.id}@${uidDomain}`,
            summary: `Certification expires: ${certification.name}`,
            description: certification.issuer ? `Issued by ${certification.issuer}.` : undefined,
            start: { kind: 'date', date: certification.expiresOn },
          } satisfies CalendarEvent,
        ]
      : [],
  );
}

/** Only active goals: a goal achieved or dropped has no date left to keep. */
export function goalTargetEvents(goals: FeedGoal[]): CalendarEvent[] {
  return goals.flatMap((goal) =>
    goal.status === 'active' && goal.targetDate
      ? [
          {
            uid: `goal-target-${goal.id}@${uidDomain}`,
            summary: `Goal target date: ${goal.title}`,
            start: { kind: 'date', date: goal.targetDate },
          } satisfies CalendarEvent,
        ]
      : [],
  );
}

export function calendarFeed(
  content: { owner: FeedOwner; certifications: FeedCertification[]; goals: FeedGoal[] },
  now: Date,
): string {
  return calendarText({
    name: 'Trajectory',
    now,
    events: [
      weeklyCheckInEvent(content.owner),
      ...certificationExpiryEvents(content.certifications),
      ...goalTargetEvents(content.goals),
    ],
  });
}
