import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { signInAsDemo } from '../support/demo';
import { signUpNewUser } from '../support/users';

test('the demo account’s dashboard shows the index with its factors, and the table matches the chart', async ({
  page,
}) => {
  await signInAsDemo(page);
  const index = page.getByRole('region', { name: 'Trajectory index' });
  const indexChart = index.getByRole('img', { name: /^Trajectory index from \d+ in .* to \d+ in / });
  // The first paint's chart is drawn on the server, one band per factor; Recharts, with its tooltip, replaces it
  // at the first pointer move (components/charts/chart-frame.tsx).
  await expect(indexChart.locator('polygon')).toHaveCount(6);
  await indexChart.hover();
  await expect(index.locator('.recharts-area')).toHaveCount(6);
  // The tooltip leads with the month's index, not only its parts.
  await index.locator('.recharts-surface').hover();
  await expect(index.locator('.recharts-tooltip-wrapper')).toContainText(/\w+ \d{4}: index \d+/);

  await page.getByRole('link', { name: '3 years' }).click();
  await expect(page).toHaveURL(/range=3y/);
  await index.getByText('Show the index as a table').click();
  const rows = index.getByRole('table', { name: /Trajectory index by month/ }).getByRole('row');
  await expect(rows).toHaveCount(36 + 1);
  // The newest row's index is the headline number.
  const headline = await index.locator('p .text-4xl').textContent();
  await expect(rows.nth(1).getByRole('cell').first()).toHaveText(headline ?? '');

  await expect(
    page.getByRole('region', { name: 'Career at a glance' }).getByText('Certifications expiring in 90 days'),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('every chart of the demo dashboard has data, and its table alternative lists the same points', async ({
  page,
}) => {
  await signInAsDemo(page);
  const consistency = page.getByRole('region', { name: 'Weekly consistency' });
  await expect(consistency.getByRole('list', { name: 'Last weeks, oldest first' }).getByRole('listitem')).toHaveCount(
    52,
  );
  const updatedWeeks = Number(
    /Updates in (\d+) of the last 52 weeks/.exec((await consistency.textContent()) ?? '')?.[1],
  );
  expect(updatedWeeks).toBeGreaterThan(10);
  await expect(consistency.getByRole('listitem').filter({ hasText: '(this week)' })).toHaveCount(1);
  await expect(consistency.getByText('This week ↑')).toBeVisible();
  const weeksLegend = consistency.getByRole('list', { name: 'Legend of the weeks' });
  for (const item of ['Update saved', 'No update', 'This week'])
    await expect(weeksLegend.getByRole('listitem').filter({ hasText: item })).toBeVisible();

  const purpose = page.getByRole('region', { name: 'Purpose alignment and goal progress' });
  const purposeChart = purpose.getByRole('img', {
    name: /Alignment from \d\.\d to \d\.\d out of 5\. Goal progress from \d+% to \d+%/,
  });
  await expect(purposeChart).toBeVisible();
  await purposeChart.scrollIntoViewIfNeeded();
  await expect(purpose.locator('.recharts-line')).toHaveCount(2);
  await purpose.getByText('Show as a table').click();
  const months = purpose.getByRole('table').getByRole('row');
  await expect(months).toHaveCount(12 + 1);

  const balance = page.getByRole('region', { name: 'Work-life balance beside purpose' });
  const balanceChart = balance.getByRole('img', { name: /Hours a week from \d+\.\d h to \d+\.\d h\./ });
  await expect(balanceChart).toBeVisible();
  await balanceChart.scrollIntoViewIfNeeded();
  await expect(balance.locator('.recharts-line')).toHaveCount(2);
  await balance.getByText('Show as a table').click();
  await expect(balance.getByRole('table').getByRole('row')).toHaveCount(12 + 1);

  const skills = page.getByRole('region', { name: 'Skills: now and a year ago' });
  await skills.getByText('Show skills as a table').click();
  await expect(skills.getByRole('table')).toBeVisible();
  const skillRows = await skills.getByRole('table').getByRole('row').count();
  expect(skillRows - 1).toBeGreaterThan(3);
  // Two bars per skill, a year ago and now; a skill first assessed within the year has no level a year ago.
  const newThisYear = await skills.getByRole('table').getByRole('cell', { name: '—', exact: true }).count();
  expect(newThisYear).toBeLessThan(skillRows - 1);
  await skills.locator('figure').scrollIntoViewIfNeeded();
  await expect(skills.locator('.recharts-bar-rectangle')).toHaveCount((skillRows - 1) * 2 - newThisYear);

  const goals = page.getByRole('region', { name: 'Active goals' });
  await expect(goals.getByRole('article').first()).toBeVisible();
  await expect(
    goals.getByText(/^(On track: projected|Behind by \d+ weeks?|Stalled|Not enough updates|Target reached)/).first(),
  ).toBeVisible();
});

test.describe('on a phone in dark mode', () => {
  test.use({ viewport: { width: 375, height: 740 }, colorScheme: 'dark' });

  test('the demo dashboard fits the screen, does not shift while its charts load, and passes axe', async ({ page }) => {
    await signInAsDemo(page);
    await page.addInitScript(() => {
      const shifts = { total: 0 };
      Object.assign(window, { layoutShifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) shifts.total += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/dashboard');
    // Index, purpose, work-life balance, skills and total yearly compensation: each is drawn as it scrolls near,
    // into the box its frame reserved.
    // The index chart is drawn on the server; Recharts replaces it at the first pointer move after hydration.
    const index = page.getByRole('region', { name: 'Trajectory index' });
    await expect(async () => {
      await page.mouse.move(10, 10);
      await page.mouse.move(20, 20);
      await expect(index.locator('.recharts-wrapper')).toHaveCount(1, { timeout: 1_000 });
    }).toPass();
    for (const chart of await page.locator('main figure[role="img"]').all()) await chart.scrollIntoViewIfNeeded();
    await expect(page.locator('.recharts-wrapper')).toHaveCount(5);
    await page.waitForLoadState('networkidle');
    const shift = await page.evaluate(
      () => (window as unknown as { layoutShifts: { total: number } }).layoutShifts.total,
    );
    // 0.1 is the threshold of a "good" cumulative layout shift (web.dev/cls).
    expect(shift).toBeLessThan(0.1);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});

/** The date `months` months before today, as the forms take it. */
function monthsAgo(months: number): string {
  const date = new Date();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}

test('a new account starts with an empty state, and a sitting of back-dated history shows apart, not as progress', async ({
  page,
}) => {
  await signUpNewUser(page);
  await expect(page.getByText('Not enough data yet. Add a goal or your current role')).toBeVisible();
  await expect(page.getByRole('img', { name: /Trajectory index from/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Create your first goal' })).toBeVisible();

  // One sitting of history about the past: a first role three years ago, a promotion and a certification since.
  for (const role of [
    { title: 'Support agent', started: monthsAgo(36), ended: monthsAgo(7), how: 'first_role' },
    { title: 'Team lead', started: monthsAgo(6), ended: '', how: 'promotion' },
  ]) {
    await page.goto('/career/positions/new');
    await page.getByLabel('Role title').fill(role.title);
    await page.getByLabel('Employer').fill('Acme');
    await page.getByLabel('Started').fill(role.started);
    if (role.ended) await page.getByLabel('Ended (leave empty if current)').fill(role.ended);
    await page.getByLabel('How you reached it').selectOption(role.how);
    await page.getByRole('button', { name: 'Add position' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Position saved.' })).toBeVisible();
  }
  await page.goto('/career/certifications/new');
  await page.getByLabel('Certification').fill('ITIL 4 Foundation');
  await page.getByLabel('Earned on').fill(monthsAgo(4));
  await page.getByRole('button', { name: 'Add certification' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Certification saved.' })).toBeVisible();

  await page.goto('/dashboard');
  const index = page.getByRole('region', { name: 'Trajectory index' });
  // The history moved the index, but none of it happened since the account was made.
  await expect(
    index.getByText(/^in \w+ \d{4} · no change yet since you joined on \d+ \w+ \d{4}; so far the index/),
  ).toBeVisible();
  await expect(index).not.toContainText('over 12 months');
  const shadedChart = index.getByRole('img', { name: /The months before you joined on \d+ \w+ \d{4} are shaded/ });
  await expect(shadedChart).toBeVisible();
  await shadedChart.hover();
  await expect(index.locator('.recharts-reference-area')).toHaveCount(1);
  const legend = index.getByRole('list', { name: 'Chart legend' });
  for (const item of ['Promotion', 'Certification', 'Before you joined: history you entered'])
    await expect(legend.getByRole('listitem').filter({ hasText: item })).toBeVisible();

  await index.getByText('Show the index as a table').click();
  const rows = index.getByRole('table', { name: /Trajectory index by month/ }).getByRole('row');
  await expect(rows.nth(1).getByRole('cell').last()).toHaveText('You joined');
  await expect(rows.nth(2).getByRole('cell').last()).toHaveText('Before you joined');
  const [newest, oldest] = await Promise.all([
    rows.nth(1).getByRole('cell').first().textContent(),
    rows.last().getByRole('cell').first().textContent(),
  ]);
  expect(Number(newest)).toBeGreaterThan(Number(oldest));
  await expectNoAxeViolations(page);
});

test('after a new user’s first goal and weekly update, the dashboard speaks of a first week, not of 51 missed ones', async ({
  page,
}) => {
  await signUpNewUser(page);
  await page.goto('/goals/new');
  await page.getByLabel('Title').fill('Finish the SQL course');
  await page.getByLabel(/^Short-term/).check();
  await page.getByLabel('Category').selectOption('learning');
  await page.getByLabel('Target', { exact: true }).fill('8');
  await page.getByLabel('Unit').fill('modules');
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByText('0 of 8 modules, no update yet')).toBeVisible();

  await page.goto('/weekly');
  await page.getByLabel('Value now (modules) for Finish the SQL course').fill('2');
  await page
    .getByRole('group', { name: /^Finish the SQL course/ })
    .getByRole('radio', { name: 'Likely', exact: true })
    .check();
  await page
    .getByRole('group', { name: /How aligned/ })
    .getByRole('radio', { name: '4 – Mostly' })
    .check();
  await page.getByRole('button', { name: 'Save update' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Update for .* saved\./ })).toBeVisible();

  await page.goto('/dashboard');
  await expect(page.getByRole('region', { name: 'Weekly consistency' })).toContainText(
    'Updates in 1 of the 1 week since you started.',
  );
  await expect(page.getByRole('region', { name: 'Purpose alignment and goal progress' })).toContainText(
    'alignment 4.0 out of 5, goal progress 25%. The trend appears from your second month',
  );
  await expect(page.getByText('The chart draws your path from your second month here')).toBeVisible();
  await expect(page.locator('main figure[role="img"]')).toHaveCount(0);
});

test('the demo account’s goal and skill pages with long histories stay accessible', async ({ page }) => {
  await signInAsDemo(page);
  await page.goto('/goals');
  await page.getByRole('link', { name: 'Save a 2,000 € emergency fund' }).click();
  await expect(page.getByRole('img', { name: /^Weekly values from/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/career');
  await page.getByRole('link', { name: 'SQL', exact: true }).click();
  await expect(page.getByRole('table', { name: /Assessments of SQL/ }).getByRole('row')).toHaveCount(5);
  await expectNoAxeViolations(page);
});
