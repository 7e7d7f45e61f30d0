// Reminders end to end: turned on in Settings with a preview, the weekly mail arrives in the e2e server's
// outbox (.e2e-data/outbox) once the planner finds it due, and its unsubscribe link turns it off again.
import fs from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { simpleParser, type ParsedMail } from 'mailparser';
import { expectNoAxeViolations } from '../support/accessibility';
import { confirmationSubject, signUpNewUser } from '../support/users';

const outbox = path.join(process.cwd(), '.e2e-data', 'outbox');

/** The reminders mailed to `email`: the account's confirmation mail from sign-up is not one. */
async function remindersTo(email: string): Promise<ParsedMail[]> {
  const names = (await fs.readdir(outbox).catch(() => [])).filter((file) => file.endsWith('.eml')).sort();
  const mails = await Promise.all(names.map(async (name) => simpleParser(await fs.readFile(path.join(outbox, name)))));
  return mails.filter((mail) => {
    const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
    const addressed = to.some((address) => address.value.some((entry) => entry.address === email));
    return addressed && mail.subject !== confirmationSubject;
  });
}

// Zones from UTC-11 to UTC+14: whatever the hour in UTC, one of them is around midday.
const zonesAroundTheWorld = [
  'Pacific/Pago_Pago',
  'Pacific/Honolulu',
  'America/Anchorage',
  'America/Los_Angeles',
  'America/Denver',
  'America/Chicago',
  'America/New_York',
  'America/Halifax',
  'America/Sao_Paulo',
  'Atlantic/South_Georgia',
  'Atlantic/Cape_Verde',
  'UTC',
  'Europe/Berlin',
  'Europe/Athens',
  'Europe/Moscow',
  'Asia/Dubai',
  'Asia/Karachi',
  'Asia/Dhaka',
  'Asia/Bangkok',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Australia/Brisbane',
  'Pacific/Noumea',
  'Pacific/Tarawa',
  'Pacific/Tongatapu',
  'Pacific/Kiritimati',
];

function localWeekdayAndHour(now: Date, timeZone: string): { weekday: string; hour: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'long',
    hour: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(now);
  return {
    weekday: parts.find((part) => part.type === 'weekday')?.value ?? '',
    hour: Number(parts.find((part) => part.type === 'hour')?.value),
  };
}

/**
 * A zone where it is now between 10:00 and 14:59, so the day the test picks for "now" is still the same day
 * when the reminder is planned, at whatever hour of the UTC day the suite runs.
 */
function zoneAroundMidday(now: Date): string {
  const zone = zonesAroundTheWorld.find((candidate) => {
    const { hour } = localWeekdayAndHour(now, candidate);
    return hour >= 10 && hour <= 14;
  });
  if (!zone) throw new Error(`no zone around midday at ${now.toISOString()}`);
  return zone;
}

test('turning on the weekly reminder sends it at the chosen hour; its unsubscribe link turns it off', async ({
  browser,
}) => {
  // The account's zone is the browser's at sign-up: pick one where it is midday now.
  const timeZone = zoneAroundMidday(new Date());
  const context = await browser.newContext({ timezoneId: timeZone });
  const page = await context.newPage();
  const { email } = await signUpNewUser(page);
  await page.goto('/settings#reminders');
  const section = page.getByRole('region', { name: 'Reminders' });
  await expect(section.getByText('all off until you turn them on')).toBeVisible();
  const weekly = section.getByRole('checkbox', { name: 'Remind me to write my weekly update' });
  await expect(weekly).not.toBeChecked();

  // The preview shows the real mail's subject and text.
  await section.getByText('Preview the email').first().click();
  await expect(section.getByText(/Subject: Your weekly update for .* is waiting/)).toBeVisible();
  // At 375 px the preview's long links wrap inside the card: nothing scrolls sideways.
  await page.setViewportSize({ width: 375, height: 800 });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
    .toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Choose this very day and hour in the account's zone, so the reminder is due at once.
  await expect(section.getByText(`(your time zone: ${timeZone.replaceAll('_', ' ')})`)).toBeVisible();
  const { weekday, hour } = localWeekdayAndHour(new Date(), timeZone);
  await weekly.check();
  await section.getByLabel('Day').selectOption(weekday);
  await section.getByLabel('Hour').selectOption(`${String(hour).padStart(2, '0')}:00`);
  await section.getByRole('button', { name: 'Save reminders' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Reminders saved.' }).first()).toBeVisible();
  await page.reload();
  await expect(section.getByRole('checkbox', { name: 'Remind me to write my weekly update' })).toBeChecked();
  await expectNoAxeViolations(page);

  // Saving plans it at once; the job runner sends it at its next poll.
  await expect.poll(async () => (await remindersTo(email)).length, { timeout: 30_000 }).toBe(1);
  const [mail] = await remindersTo(email);
  expect(mail?.subject).toMatch(/^Your weekly update for .* is waiting$/);
  expect(mail?.text).toMatch(/\/weekly\n/);
  expect(mail?.headerLines.some((line) => line.key === 'list-unsubscribe-post')).toBe(true);
  const link = /(https?:\/\/\S+\/unsubscribe\?\S+)/.exec(mail?.text ?? '')?.[1];
  expect(link).toBeDefined();

  // Opened signed out (as from a phone's mail app): the page asks first, and shows what it will do.
  const phone = await browser.newContext();
  const phonePage = await phone.newPage();
  await phonePage.goto(link ?? '');
  await expect(phonePage.getByRole('heading', { level: 1, name: 'Stop weekly update reminders?' })).toBeVisible();
  await expectNoAxeViolations(phonePage);
  await phonePage.getByRole('button', { name: 'Turn off weekly update reminders' }).click();
  await expect(phonePage.getByRole('status').filter({ hasText: 'are off' })).toHaveText(
    'Weekly update reminders are off. You will get no more of them.',
  );
  await expect(phonePage.getByRole('link', { name: 'Settings → Reminders' })).toBeVisible();

  // A tampered link changes nothing and says so.
  await phonePage.goto((link ?? '').replace(/sig=[\w-]{4}/, 'sig=AAAA'));
  await expect(phonePage.getByRole('alert').filter({ hasText: 'not valid' })).toHaveText(
    'This unsubscribe link is not valid. Nothing was changed.',
  );
  await phone.close();

  await page.reload();
  await expect(
    page
      .getByRole('region', { name: 'Reminders' })
      .getByRole('checkbox', { name: 'Remind me to write my weekly update' }),
  ).not.toBeChecked();
  await context.close();
});
