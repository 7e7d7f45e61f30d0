import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { db } from '@/db/client';
import { deleteFeed, hasFeed, storeFeedSecret } from '@/db/queries/calendar/feeds';
import { createCertification } from '@/db/queries/career/certifications';
import { setGoalStatus } from '@/db/queries/goals/goals';
import { calendarFeeds } from '@/db/schema';
import { certificationSchema } from '@/lib/career/schema';
import { feedPath } from '@/lib/calendar/feed-secret';
import { calendarFeedResponse } from '@/lib/server/calendar/feed-response';
import { hashFeedSecret, newFeedSecret } from '@/lib/server/calendar/feed-secret';
import { describeOnEachDatabase } from '../support/database';
import { createTestGoal, createTestUser } from '../support/fixtures';
import { parsedEvents } from '../support/icalendar';

const now = new Date('2026-11-26T10:00:00Z');

/** What a calendar app does: asks for the URL's file and reads the events' summaries. */
async function fetchFeed(secret: string) {
  const fileName = feedPath(secret).split('/').at(-1) ?? '';
  const response = await calendarFeedResponse(fileName, now);
  const body = await response.text();
  const summaries = response.status === 200 ? parsedEvents(body).map((event) => event.summary) : [];
  return { response, body, summaries };
}

async function turnOn(userId: string) {
  const secret = newFeedSecret();
  await storeFeedSecret(userId, hashFeedSecret(secret));
  return secret;
}

describeOnEachDatabase('calendar feed', () => {
  let alice = '';
  let bob = '';
  beforeAll(async () => {
    alice = await createTestUser('alice-calendar');
    bob = await createTestUser('bob-calendar');
    await createTestGoal(alice, { title: 'Alice ships the report', targetDate: '2027-03-31' });
    const dropped = await createTestGoal(alice, { title: 'Alice abandoned goal', targetDate: '2027-04-30' });
    await setGoalStatus(alice, dropped.id, 'abandoned', '2026-11-01');
    await createCertification(
      alice,
      certificationSchema.parse({
        name: 'Alice cert',
        issuer: 'IASSC',
        earnedOn: '2025-05-01',
        expiresOn: '2027-05-01',
      }),
    );
    await createTestGoal(bob, { title: 'Bob secret plan', targetDate: '2027-02-01' });
  });

  it('serves the owner’s weekly check-in, expiries and active goals, privately, without cookies', async () => {
    const secret = await turnOn(alice);
    const { response, summaries } = await fetchFeed(secret);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(summaries).toEqual([
      'Weekly check-in (Trajectory)',
      'Certification expires: Alice cert',
      'Goal target date: Alice ships the report',
    ]);
    expect(summaries).not.toContain('Goal target date: Alice abandoned goal');
  });

  it('stores only the secret’s hash, never the secret', async () => {
    const secret = await turnOn(alice);
    const rows = await db().select().from(calendarFeeds).where(eq(calendarFeeds.userId, alice));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.secretHash).toBe(hashFeedSecret(secret));
    expect(JSON.stringify(rows)).not.toContain(secret);
  });

  it('a new link stops the old one at once', async () => {
    const old = await turnOn(alice);
    const replacement = await turnOn(alice);
    expect((await fetchFeed(old)).response.status).toBe(404);
    expect((await fetchFeed(replacement)).response.status).toBe(200);
  });

  it('another user’s secret never shows my dates', async () => {
    await turnOn(alice);
    const bobSecret = await turnOn(bob);
    const { body, summaries } = await fetchFeed(bobSecret);
    expect(summaries).toContain('Goal target date: Bob secret plan');
    expect(body).not.toContain('Alice');
    expect(body).not.toContain(alice);
  });

  it('turned off, the link answers 404 with no detail', async () => {
    const secret = await turnOn(alice);
    await deleteFeed(alice);
    expect(await hasFeed(alice)).toBe(false);
    const { response, body } = await fetchFeed(secret);
    expect(response.status).toBe(404);
    expect(body).toBe('Not found');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });

  it.each([
    ['unknown', `${'A'.repeat(43)}.ics`],
    ['malformed', 'not-a-secret.ics'],
    ['without .ics', 'A'.repeat(43)],
    ['a hex hash instead of the secret', `${'a'.repeat(64)}.ics`],
    ['percent-encoded junk', '%00%0d%0a.ics'],
  ])('an %s file name answers 404, never a 500', async (_case, fileName) => {
    const response = await calendarFeedResponse(fileName, now);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found');
  });
});
