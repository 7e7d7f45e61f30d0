// Work-life balance (issue 14, item 4): a week's hours and balance, kept through a refused save, on the
// dashboard's chart beside purpose alignment.
import { expect, test, type Page } from '@playwright/test';
import { signUpNewUser } from '../support/users';

const goalTitle = 'Finish the SQL course';

/** The Monday six weeks before this one: in another month, so the chart has two points. */
function mondaySixWeeksAgo(): string {
  const today = new Date();
  const monday = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7) - 42);
  return monday.toISOString().slice(0, 10);
}

async function fillWeek(page: Page, week: { modules: string; alignment: string; hours: string; balance: string }) {
  await page.getByLabel(`Value now (modules) for ${goalTitle}`).fill(week.modules);
  await page
    .getByRole('group', { name: new RegExp(`^${goalTitle}`) })
    .getByRole('radio', { name: 'Likely', exact: true })
    .check();
  await page
    .getByRole('group', { name: /How aligned/ })
    .getByRole('radio', { name: week.alignment })
    .check();
  await page.getByLabel('Hours worked this week (optional)').fill(week.hours);
  await page
    .getByRole('group', { name: /balance between work and the rest/ })
    .getByRole('radio', { name: week.balance, exact: true })
    .check();
}

test('hours and balance saved in two weekly updates, one first refused, show on the dashboard beside alignment', async ({
  page,
}) => {
  test.slow(); // sign-up, a goal, three saves
  await signUpNewUser(page);
  await page.goto('/goals/new');
  await page.getByLabel('Title').fill(goalTitle);
  await page.getByLabel(/^Short-term/).check();
  await page.getByLabel('Category').selectOption('learning');
  await page.getByLabel('Target', { exact: true }).fill('8');
  await page.getByLabel('Unit').fill('modules');
  await page.getByLabel('Start date').fill('2020-01-06');
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: goalTitle })).toBeVisible();

  // A past week: 200 hours is refused beside its field, and what was typed stays, the balance included.
  await page.goto(`/weekly?week=${mondaySixWeeksAgo()}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Weekly update' })).toBeVisible();
  await fillWeek(page, { modules: '2', alignment: '3 – Somewhat', hours: '200', balance: 'Strained' });
  await page.getByRole('button', { name: 'Save update' }).click();
  const hours = page.getByLabel('Hours worked this week (optional)');
  await expect(hours).toHaveAccessibleDescription(/Enter the hours you worked, from 0 to 120/);
  await expect(hours).toHaveValue('200');
  await expect(page.getByRole('radio', { name: 'Strained', exact: true })).toBeChecked();
  await expect(page.getByLabel(`Value now (modules) for ${goalTitle}`)).toHaveValue('2');
  await hours.fill('52');
  await page.getByRole('button', { name: 'Save update' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Update for .* saved\./ })).toBeVisible();

  await page.goto('/weekly');
  await fillWeek(page, { modules: '3', alignment: '4 – Mostly', hours: '38.5', balance: 'Good' });
  await page.getByRole('button', { name: 'Save update' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Update for .* saved\./ })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Hours worked this week (optional)')).toHaveValue('38.5');
  await expect(page.getByRole('radio', { name: 'Good', exact: true })).toBeChecked();

  await page.goto('/dashboard');
  const balance = page.getByRole('region', { name: 'Work-life balance beside purpose' });
  await expect(
    balance.getByRole('img', {
      name: /Hours a week from 52\.0 h to 38\.5 h\. Balance from 2\.0 out of 5 to 4\.0 out of 5\. Alignment from 3\.0 out of 5 to 4\.0 out of 5\./,
    }),
  ).toBeVisible();
  // The chart loads Recharts when it comes near the screen (components/charts/chart-frame.tsx).
  await balance.locator('figure').scrollIntoViewIfNeeded();
  await expect(balance.locator('.recharts-line')).toHaveCount(2);
  await expect(balance.locator('.recharts-bar-rectangle')).toHaveCount(2);
  await balance.getByText('Show as a table').click();
  const rows = balance.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2 + 1);
  await expect(rows.nth(1).getByRole('cell')).toHaveText(['52.0 h', '2.0', '3.0']);
  await expect(rows.nth(2).getByRole('cell')).toHaveText(['38.5 h', '4.0', '4.0']);
});
