import { describe, expect, it } from 'vitest';
import { localDate, type IsoDate } from '@/lib/dates/calendar';
import {
  defaultReminderPreferences,
  dueReminders,
  type DueReminder,
  type ReminderPreferences,
  type ReminderSubject,
} from '@/lib/reminders/due-reminders';
import { zonedInstant } from '@/lib/reminders/zoned-time';

const userId = '00000000-0000-4000-8000-000000000001';
const sunday = 0;
const monday = 1;

function subject(overrides: Partial<ReminderSubject> = {}, preferences: Partial<ReminderPreferences> = {}) {
  return {
    userId,
    timeZone: 'UTC',
    weekStartsOn: monday,
    weeksDone: [],
    certifications: [],
    goals: [],
    ...overrides,
    preferences: { ...defaultReminderPreferences, ...preferences },
  } satisfies ReminderSubject;
}

/**
 * What a planner running every `stepMinutes` from `from` to `to` would send: each key once (as enqueue
 * does), the weekly reminder's date remembered as the send job records it. `change` may alter the
 * subject at a given instant.
 */
function plan(
  start: ReminderSubject,
  from: string,
  to: string,
  {
    stepMinutes = 15,
    change,
  }: { stepMinutes?: number; change?: (at: Date, s: ReminderSubject) => ReminderSubject } = {},
) {
  const sent = new Map<string, DueReminder & { sentAt: Date }>();
  let current = start;
  for (let t = Date.parse(from); t <= Date.parse(to); t += stepMinutes * 60_000) {
    const now = new Date(t);
    current = change ? change(now, current) : current;
    for (const reminder of dueReminders(current, now)) {
      if (sent.has(reminder.key)) continue;
      sent.set(reminder.key, { ...reminder, sentAt: now });
      if (reminder.kind === 'weekly') {
        current = { ...current, preferences: { ...current.preferences, weeklyLastSentOn: reminder.occursOn } };
      }
    }
  }
  return [...sent.values()];
}

describe('wall-clock hours as instants', () => {
  it('keeps 09:00 local across both daylight-saving changes in Berlin and New York', () => {
    // Berlin: clocks go forward on 28 Mar 2027 and back on 31 Oct 2027.
    expect(zonedInstant('2027-03-21', 9, 'Europe/Berlin').toISOString()).toBe('2027-03-21T08:00:00.000Z');
    expect(zonedInstant('2027-03-28', 9, 'Europe/Berlin').toISOString()).toBe('2027-03-28T07:00:00.000Z');
    expect(zonedInstant('2027-10-24', 9, 'Europe/Berlin').toISOString()).toBe('2027-10-24T07:00:00.000Z');
    expect(zonedInstant('2027-10-31', 9, 'Europe/Berlin').toISOString()).toBe('2027-10-31T08:00:00.000Z');
    // New York: forward on 14 Mar 2027, back on 7 Nov 2027.
    expect(zonedInstant('2027-03-07', 9, 'America/New_York').toISOString()).toBe('2027-03-07T14:00:00.000Z');
    expect(zonedInstant('2027-03-14', 9, 'America/New_York').toISOString()).toBe('2027-03-14T13:00:00.000Z');
    expect(zonedInstant('2027-10-31', 9, 'America/New_York').toISOString()).toBe('2027-10-31T13:00:00.000Z');
    expect(zonedInstant('2027-11-07', 9, 'America/New_York').toISOString()).toBe('2027-11-07T14:00:00.000Z');
  });

  it('moves an hour that does not exist forward by the gap, and takes the first of an hour that happens twice', () => {
    expect(zonedInstant('2027-03-28', 2, 'Europe/Berlin').toISOString()).toBe('2027-03-28T01:00:00.000Z'); // 03:00 CEST
    expect(zonedInstant('2027-03-14', 2, 'America/New_York').toISOString()).toBe('2027-03-14T07:00:00.000Z'); // 03:00 EDT
    expect(zonedInstant('2027-10-31', 2, 'Europe/Berlin').toISOString()).toBe('2027-10-31T00:00:00.000Z'); // 02:00 CEST
    expect(zonedInstant('2027-11-07', 1, 'America/New_York').toISOString()).toBe('2027-11-07T05:00:00.000Z'); // 01:00 EDT
  });

  it('reads an unknown zone as UTC and handles zones with half-hour offsets', () => {
    expect(zonedInstant('2027-01-04', 9, 'Mars/Olympus').toISOString()).toBe('2027-01-04T09:00:00.000Z');
    expect(zonedInstant('2027-01-04', 9, 'Australia/Adelaide').toISOString()).toBe('2027-01-03T22:30:00.000Z');
  });
});

describe('the weekly reminder', () => {
  it('is not sent while reminders are off (the default)', () => {
    expect(plan(subject(), '2027-01-01T00:00:00Z', '2027-02-01T00:00:00Z')).toEqual([]);
  });

  it('goes out once a week at the chosen local hour across the spring-forward and fall-back Sundays', () => {
    for (const [timeZone, spring, fall] of [
      ['Europe/Berlin', '2027-03-28', '2027-10-31'],
      ['America/New_York', '2027-03-14', '2027-11-07'],
    ] as const) {
      const weekly = subject({ timeZone, weekStartsOn: monday }, { weeklyOn: true, weeklyDay: sunday, weeklyHour: 9 });
      for (const changeDay of [spring, fall]) {
        const from = new Date(Date.parse(changeDay) - 8 * 86_400_000).toISOString();
        const to = new Date(Date.parse(changeDay) + 9 * 86_400_000).toISOString();
        const sent = plan(weekly, from, to);
        expect(sent.map((r) => r.key)).toHaveLength(3);
        for (const reminder of sent) {
          expect(reminder.dueAt.toISOString()).toBe(
            zonedInstant(localDate(reminder.dueAt, timeZone), 9, timeZone).toISOString(),
          );
          const wall = new Intl.DateTimeFormat('en-GB', {
            timeZone,
            hour: '2-digit',
            minute: '2-digit',
            weekday: 'short',
          });
          expect(wall.format(reminder.sentAt)).toBe('Sun 09:00');
        }
        expect(sent.some((r) => r.kind === 'weekly' && r.occursOn === changeDay)).toBe(true);
      }
    }
  });

  it('chosen at 02:00 on the spring-forward day, goes out at 03:00 (the hour after the gap)', () => {
    const weekly = subject({ timeZone: 'Europe/Berlin' }, { weeklyOn: true, weeklyDay: sunday, weeklyHour: 2 });
    const sent = plan(weekly, '2027-03-27T12:00:00Z', '2027-03-28T12:00:00Z');
    expect(sent.map((r) => r.sentAt.toISOString())).toEqual(['2027-03-28T01:00:00.000Z']);
  });

  it('is keyed by user and local date, and due until that local day ends (the catch-up window), not after', () => {
    const weekly = subject({ timeZone: 'America/New_York' }, { weeklyOn: true, weeklyDay: 5, weeklyHour: 16 });
    // Friday 4 Jun 2027, 16:00 EDT = 20:00Z.
    expect(dueReminders(weekly, new Date('2027-06-04T19:59:00Z'))).toEqual([]);
    expect(dueReminders(weekly, new Date('2027-06-04T20:00:00Z'))).toEqual([
      {
        kind: 'weekly',
        key: `weekly:${userId}:2027-06-04`,
        dueAt: new Date('2027-06-04T20:00:00Z'),
        weekStart: '2027-05-31',
        occursOn: '2027-06-04',
      },
    ]);
    expect(dueReminders(weekly, new Date('2027-06-05T03:59:00Z'))).toHaveLength(1); // 23:59 local
    expect(dueReminders(weekly, new Date('2027-06-05T04:00:00Z'))).toEqual([]); // Saturday: stale, dropped
  });

  it('is skipped in a week whose update is already done', () => {
    const weekly = subject({ weeksDone: ['2027-05-31'] }, { weeklyOn: true, weeklyDay: 5, weeklyHour: 16 });
    expect(plan(weekly, '2027-05-31T00:00:00Z', '2027-06-13T00:00:00Z').map((r) => r.key)).toEqual([
      `weekly:${userId}:2027-06-11`,
    ]);
  });

  it('a change of week start neither sends two reminders for one week nor skips one', () => {
    // Sunday reminders; the week start changes from Monday to Sunday right after one was sent, then back.
    const weekly = subject({ weekStartsOn: monday }, { weeklyOn: true, weeklyDay: sunday, weeklyHour: 9 });
    const switchTo = (day: number, at: string) => (now: Date, s: ReminderSubject) =>
      now.toISOString() === at ? { ...s, weekStartsOn: day } : s;
    const toSunday = plan(weekly, '2027-05-01T00:00:00Z', '2027-05-31T00:00:00Z', {
      change: switchTo(sunday, '2027-05-09T10:00:00.000Z'),
    });
    expect(toSunday.map((r) => (r.kind === 'weekly' ? r.occursOn : ''))).toEqual([
      '2027-05-02',
      '2027-05-09',
      '2027-05-16',
      '2027-05-23',
      '2027-05-30',
    ]);
    // Saturday-start weeks with a Friday reminder, switched to Monday-start on the Friday after it went out.
    const friday = subject({ weekStartsOn: 6 }, { weeklyOn: true, weeklyDay: 5, weeklyHour: 9 });
    const toMonday = plan(friday, '2027-05-01T00:00:00Z', '2027-05-31T00:00:00Z', {
      change: switchTo(monday, '2027-05-14T12:00:00.000Z'),
    });
    expect(toMonday.map((r) => (r.kind === 'weekly' ? r.occursOn : ''))).toEqual([
      '2027-05-07',
      '2027-05-14',
      '2027-05-21',
      '2027-05-28',
    ]);
  });

  it('a new reminder day later in the same week does not send a second one that week', () => {
    const weekly = subject({}, { weeklyOn: true, weeklyDay: 3, weeklyHour: 9 });
    const sent = plan(weekly, '2027-05-03T00:00:00Z', '2027-05-17T00:00:00Z', {
      change: (now, s) =>
        now.toISOString() === '2027-05-05T12:00:00.000Z'
          ? { ...s, preferences: { ...s.preferences, weeklyDay: 5 } }
          : s,
    });
    expect(sent.map((r) => r.key)).toEqual([`weekly:${userId}:2027-05-05`, `weekly:${userId}:2027-05-14`]);
  });
});

describe('certification renewal and goal target reminders', () => {
  const expiresOn: IsoDate = '2027-09-30';
  const certifications = [
    { id: 'cert-1', expiresOn },
    { id: 'cert-none', expiresOn: null },
  ];

  it('go out once at each of 60, 30 and 7 days before expiry, at 09:00 local', () => {
    const on = subject({ timeZone: 'Europe/Berlin', certifications }, { certificationsOn: true });
    const sent = plan(on, '2027-07-01T00:00:00Z', '2027-10-05T00:00:00Z', { stepMinutes: 60 });
    expect(sent.map((r) => r.key)).toEqual([
      `cert-renewal:cert-1:${expiresOn}:60`,
      `cert-renewal:cert-1:${expiresOn}:30`,
      `cert-renewal:cert-1:${expiresOn}:7`,
    ]);
    expect(sent.map((r) => r.dueAt.toISOString())).toEqual([
      '2027-08-01T07:00:00.000Z',
      '2027-08-31T07:00:00.000Z',
      '2027-09-23T07:00:00.000Z',
    ]);
    expect(
      plan(subject({ certifications }), '2027-07-01T00:00:00Z', '2027-10-05T00:00:00Z', { stepMinutes: 60 }),
    ).toEqual([]);
  });

  it('a new expiry date is a new series of reminders', () => {
    const on = subject({ certifications: [{ id: 'cert-1', expiresOn: '2027-10-07' }] }, { certificationsOn: true });
    expect(dueReminders(on, new Date('2027-09-30T09:00:00Z')).map((r) => r.key)).toEqual([
      'cert-renewal:cert-1:2027-10-07:7',
    ]);
  });

  it('remind of an active goal’s target date a week ahead, and of no other goal', () => {
    const goals = [
      { id: 'goal-active', status: 'active', targetDate: '2027-06-15' },
      { id: 'goal-done', status: 'achieved', targetDate: '2027-06-15' },
      { id: 'goal-undated', status: 'active', targetDate: null },
    ];
    const on = subject({ timeZone: 'America/New_York', goals }, { goalsOn: true });
    const sent = plan(on, '2027-06-01T00:00:00Z', '2027-06-20T00:00:00Z', { stepMinutes: 60 });
    expect(sent.map((r) => [r.key, r.dueAt.toISOString()])).toEqual([
      ['goal-target:goal-active:2027-06-15', '2027-06-08T13:00:00.000Z'],
    ]);
    expect(plan(subject({ goals }), '2027-06-01T00:00:00Z', '2027-06-20T00:00:00Z', { stepMinutes: 60 })).toEqual([]);
  });
});
