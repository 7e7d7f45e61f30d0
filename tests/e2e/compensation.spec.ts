import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { signUpNewUser } from '../support/users';

async function addPosition(page: Page, role: { title: string; started: string; ended: string; how: string }) {
  await page.goto('/career/positions/new');
  await page.getByLabel('Role title').fill(role.title);
  await page.getByLabel('Employer').fill('Acme');
  await page.getByLabel('Started').fill(role.started);
  if (role.ended) await page.getByLabel('Ended (leave empty if current)').fill(role.ended);
  await page.getByLabel('How you reached it').selectOption(role.how);
  await page.getByRole('button', { name: 'Add position' }).click();
  await expect(page.getByText('Position saved.')).toBeVisible();
}

async function openPosition(page: Page, title: string) {
  await page.goto('/career');
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('a promotion with a raise shows on the timeline and on the dashboard’s compensation chart', async ({ page }) => {
  test.slow();
  await signUpNewUser(page);
  await addPosition(page, { title: 'Support agent', started: '2021-01-01', ended: '2023-06-30', how: 'first_role' });
  await addPosition(page, { title: 'Team lead', started: '2023-07-01', ended: '', how: 'promotion' });

  // An hourly wage: £12 × 40 h a week × 52 = £24,960 a year. An unknown currency is refused first.
  await openPosition(page, 'Support agent');
  await expect(page.getByText('No pay recorded for this role yet.')).toBeVisible();
  await page.getByLabel('Currency').fill('XQZ');
  await page.getByLabel('Base pay').selectOption('hourly');
  await page.getByLabel('Amount').fill('12');
  await page.getByLabel('Usual hours a week (hourly)').fill('40');
  await page.getByRole('button', { name: 'Add pay record' }).click();
  await expect(page.getByLabel('Currency')).toHaveAccessibleDescription(
    /Enter a known currency code \(ISO 4217\), such as EUR or USD\./,
  );
  await expect(page.getByLabel('Amount')).toHaveValue('12');
  await page.getByLabel('Currency').fill('gbp');
  await page.getByRole('button', { name: 'Add pay record' }).click();
  await expect(page.getByText('Pay record added.')).toBeVisible();
  const agentPay = page.getByRole('table', { name: /Pay records of Support agent/ });
  await expect(agentPay).toContainText('£12.00 an hour × 40 h a week');
  await expect(agentPay).toContainText('£24,960.00');
  await expectNoAxeViolations(page);

  // The promotion's raise: a salary of £30,000 and a bonus target of £2,000, from the day it began.
  await openPosition(page, 'Team lead');
  await expect(page.getByLabel('Effective from')).toHaveValue('2023-07-01');
  await page.getByLabel('Currency').fill('GBP');
  await page.getByLabel('Base pay').selectOption('salary');
  await page.getByLabel('Amount').fill('30000');
  await page.getByLabel('Bonus target a year (optional)').fill('2000');
  await page.getByLabel('Health insurance').check();
  await page.getByRole('button', { name: 'Add pay record' }).click();
  await expect(page.getByText('Pay record added.')).toBeVisible();
  await expect(page.getByRole('table', { name: /Pay records of Team lead/ })).toContainText('£32,000.00');

  await page.goto('/career/timeline');
  const lead = page.getByRole('list', { name: 'Positions, newest first' }).getByRole('listitem').first();
  await expect(lead).toContainText('Team lead');
  await expect(lead).toContainText('Pay: £32,000.00 a year in total · +£7,040.00 at the promotion');
  await expectNoAxeViolations(page);

  await page.goto('/dashboard');
  const compensation = page.getByRole('region', { name: 'Total yearly compensation' });
  await expect(compensation.getByRole('img')).toHaveAccessibleName(
    /from £24,960\.00 on 1 Jan 2021 to £32,000\.00 from 1 Jul 2023\. ▲ marks the change at a promotion\./,
  );
  // The chart drew its line and the promotion's marker once it scrolled near (components/charts/chart-frame.tsx).
  await compensation.locator('figure').scrollIntoViewIfNeeded();
  await expect(compensation.locator('.recharts-line-curve')).toBeVisible();
  await expect(compensation.locator('.recharts-reference-dot')).toHaveCount(1);
  await compensation.getByText('Show GBP compensation as a table').click();
  const table = compensation.getByRole('table', { name: /Total yearly compensation in GBP/ });
  await expect(table.getByRole('row').filter({ hasText: '1 Jul 2023' })).toContainText('Team lead (+£7,040.00)');
  await expectNoAxeViolations(page);
});
