import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { signInAsDemo } from '../support/demo';
import { signUpNewUser } from '../support/users';

test('the demo account’s dashboard shows the index with its factors, and the table matches the chart', async ({ page }) => {
  await signInAsDemo(page);
  const index = page.getByRole('region', { name: 'Trajectory index' });
  await expect(index.getByRole('img', { name: /^Trajectory index from \d+ in .* to \d+ in / })).toBeVisible();
  await expect(index.locator('.recharts-area')).toHaveCount(6);

  await page.getByRole('link', { name: '3 years' }).click();
  await expect(page).toHaveURL(/range=3y/);
  await index.getByText('Show the index as a table').click();
  const rows = index.getByRole('table', { name: /Trajectory index by month/ }).getByRole('row');
  await expect(rows).toHaveCount(36 + 1);
  // The newest row's index is the headline number.
  const headline = await index.locator('p .text-4xl').textContent();
  await expect(rows.nth(1).getByRole('cell').first()).toHaveText(headline ?? '');

  await expect(page.getByRole('region', { name: 'Career at a glance' }).getByText('Certifications expiring in 90 days')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a new account gets a helpful empty state, not a fake number', async ({ page }) => {
  await signUpNewUser(page);
  await expect(page.getByText('Not enough data yet. Add a goal or your current role')).toBeVisible();
  await expect(page.getByRole('img', { name: /Trajectory index from/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Create your first goal' })).toBeVisible();
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
