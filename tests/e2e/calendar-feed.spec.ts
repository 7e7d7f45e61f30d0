import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { signUpNewUser } from '../support/users';

async function createGoalWithTargetDate(page: Page, title: string, targetDate: string) {
  await page.goto('/goals/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel(/^Long-term/).check();
  await page.getByLabel('Category').selectOption({ label: 'Purpose: work aligned with what matters to you' });
  await page.getByLabel('Done or not done').check();
  await page.getByLabel('Target date (optional)').fill(targetDate);
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** What a calendar app does: fetch the link with no cookie. */
async function fetchFeed(request: APIRequestContext, url: string) {
  const response = await request.get(url, { headers: { cookie: '' } });
  return { status: response.status(), headers: response.headers(), body: await response.text() };
}

async function madeLink(page: Page) {
  const field = page.getByLabel('Calendar feed link');
  await expect(field).toHaveValue(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  return field.inputValue();
}

test('turning the calendar feed on in Settings gives a link with the weekly check-in and a goal’s date; a new link ends the old', async ({
  page,
  playwright,
}) => {
  test.slow();
  await signUpNewUser(page);
  await createGoalWithTargetDate(page, 'Lead the Q3 audit, with care; really', '2027-09-30');

  await page.goto('/settings');
  const section = page.getByRole('region', { name: 'Calendar feed' });
  await expect(section.getByText('anyone with the link can read those dates')).toBeVisible();
  await expect(section.getByLabel('Calendar feed link')).toHaveCount(0);
  await section.getByRole('button', { name: 'Turn on the calendar feed' }).click();
  const firstUrl = await madeLink(page);
  await expect(section.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expectNoAxeViolations(page);

  // A fresh request context: no cookie of the signed-in page goes with it.
  const calendarApp = await playwright.request.newContext();
  const feed = await fetchFeed(calendarApp, firstUrl);
  expect(feed.status).toBe(200);
  expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
  expect(feed.headers['cache-control']).toBe('private, no-store');
  expect(feed.headers['set-cookie']).toBeUndefined();
  expect(feed.body).toContain('SUMMARY:Weekly check-in (Trajectory)');
  expect(feed.body).toMatch(/\r\nDTSTART;TZID=[^:\r\n]+:\d{8}T090000\r\n/);
  expect(feed.body).toMatch(/\r\nRRULE:FREQ=WEEKLY;BYDAY=MO\r\n/);
  expect(feed.body).toContain('SUMMARY:Goal target date: Lead the Q3 audit\\, with care\\; really');
  expect(feed.body).toContain('DTSTART;VALUE=DATE:20270930');

  await section.getByRole('button', { name: 'Make a new link' }).click();
  await expect(section.getByLabel('Calendar feed link')).not.toHaveValue(firstUrl);
  const secondUrl = await madeLink(page);
  expect((await fetchFeed(calendarApp, firstUrl)).status).toBe(404);
  expect((await fetchFeed(calendarApp, secondUrl)).status).toBe(200);

  // Back later, the feed is still on but its link is not shown again (only its hash is kept).
  await page.reload();
  await expect(section.getByText('Your calendar feed is on.')).toBeVisible();
  await expect(section.getByLabel('Calendar feed link')).toHaveCount(0);

  await section.getByRole('button', { name: 'Turn off' }).click();
  await expect(section.getByRole('button', { name: 'Turn on the calendar feed' })).toBeVisible();
  const afterOff = await fetchFeed(calendarApp, secondUrl);
  expect(afterOff.status).toBe(404);
  expect(afterOff.body).toBe('Not found');
  await calendarApp.dispose();
});

// `%ZZ` was a 500: Next.js fails decoding a dynamic segment; the server's gate now answers any such path 404.
test('a malformed or unknown feed URL answers a bare 404', async ({ request }) => {
  for (const path of [
    '/api/calendar/nope.ics',
    `/api/calendar/${'A'.repeat(43)}.ics`,
    '/api/calendar/%ZZ',
    '/goals/%ZZ',
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
});

test.describe('at phone width', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the calendar feed section fits the screen with its link shown', async ({ page }) => {
    await signUpNewUser(page);
    await page.goto('/settings');
    await page.getByRole('button', { name: 'Turn on the calendar feed' }).click();
    await madeLink(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
