import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { createGoal } from '../support/goals';
import { signUpNewUser } from '../support/users';

test('bad goal input gets a message beside each field and creates nothing', async ({ page }) => {
  await signUpNewUser(page);
  await page.goto('/goals/new');
  await page.getByLabel('Start date').fill('2026-06-01');
  await page.getByLabel('Target date (optional)').fill('2026-05-01');
  await page.getByLabel('A checklist of milestones').check();
  await page.getByRole('button', { name: 'Add a milestone' }).click();
  await page.getByRole('textbox', { name: 'Milestone 1', exact: true }).fill('First step');
  await page.getByRole('button', { name: 'Create goal' }).click();

  await expect(page.getByLabel('Title')).toHaveAccessibleDescription('Give the goal a title.');
  await expect(page.getByLabel('Category')).toHaveAccessibleDescription('Choose a category from the list.');
  await expect(page.getByLabel('Target date (optional)')).toHaveAccessibleDescription(
    'The target date cannot be before the start date.',
  );
  await expect(page.getByRole('textbox', { name: 'Milestone 2', exact: true })).toHaveAccessibleDescription(
    'Milestone 2 needs some text.',
  );
  await expect(page.getByRole('textbox', { name: 'Milestone 1', exact: true })).toHaveValue('First step');
  await expectNoAxeViolations(page);

  await page.goto('/goals');
  await expect(page.getByRole('heading', { name: 'No goals yet' })).toBeVisible();
});

test('after a refusal every choice stays as the user left it, and fixing the one field saves the goal', async ({
  page,
}) => {
  await signUpNewUser(page);
  await createGoal(page, {
    title: 'Become a data analyst',
    horizon: 'Long-term',
    category: 'Advancement: promotion, new responsibilities, a next role',
  });
  await page.getByLabel('Done or not done').check();
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Become a data analyst' })).toBeVisible();

  await page.goto('/goals/new');
  await page.getByLabel(/^Short-term/).check();
  await page.getByLabel('Serves long-term goal (optional)').selectOption({ label: 'Become a data analyst' });
  await page.getByLabel('Category').selectOption('network');
  await page.getByLabel('Done or not done').check();
  await page.getByRole('button', { name: 'Create goal' }).click();

  await expect(page.getByLabel('Title')).toHaveAccessibleDescription('Give the goal a title.');
  await expect(page.getByLabel('Title')).toBeFocused();
  await expect(page.getByLabel(/^Short-term/)).toBeChecked();
  await expect(page.getByLabel('Done or not done')).toBeChecked();
  await expect(page.getByLabel('Serves long-term goal (optional)').locator('option:checked')).toHaveText(
    'Become a data analyst',
  );
  await expect(page.getByLabel('Category')).toHaveValue('network');

  await page.getByLabel('Title').fill('Coffee with an analyst');
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Coffee with an analyst' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Become a data analyst' })).toBeVisible();
});

test('a weekly value that is not a number is refused and nothing is saved', async ({ page }) => {
  await signUpNewUser(page);
  await createGoal(page, {
    title: 'Save an emergency fund',
    horizon: 'Short-term',
    category: 'Income: pay, savings, financial footing',
  });
  await page.getByLabel('Target', { exact: true }).fill('3000');
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Save an emergency fund' })).toBeVisible();

  await page.goto('/weekly');
  await page.getByLabel('Value now for Save an emergency fund').fill('lots');
  await page.getByRole('button', { name: 'Save update' }).click();
  await expect(page.getByLabel('Value now for Save an emergency fund')).toHaveAccessibleDescription('Enter a number.');
  await expect(page.getByRole('group', { name: /How aligned/ })).toHaveAccessibleDescription(
    'Rate how aligned this week was, from 1 to 5.',
  );
  await expect(page.getByText('0 weeks in a row')).toBeVisible();

  await page.goto('/weekly?week=2999-01-04');
  await expect(page.getByText('That week has not started yet, so here is this week.')).toBeVisible();
});

test('a weekly update saves only the goals the user checked in on, asking for a rating the words name', async ({
  page,
}) => {
  await signUpNewUser(page);
  for (const title of ['Read two books', 'Ship the side project']) {
    await createGoal(page, {
      title,
      horizon: 'Short-term',
      category: 'Learning: courses, degrees, reading, study hours',
    });
    await page.getByLabel('Target', { exact: true }).fill('2');
    await page.getByRole('button', { name: 'Create goal' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  await page.goto('/weekly');
  const books = page.getByRole('group', { name: /^Read two books/ });
  await expect(books.getByRole('radio', { checked: true })).toHaveCount(0);
  await books.getByLabel(/^Value now/).fill('1');
  await page
    .getByRole('group', { name: /How aligned/ })
    .getByRole('radio', { name: '3 – Somewhat' })
    .check();
  await page.getByRole('button', { name: 'Save update' }).click();
  // Progress without a rating is asked for, not given a rating the user did not choose; the value stays.
  await expect(books.getByText('Rate your confidence, from Very unlikely to Very likely.')).toBeVisible();
  await expect(books.getByLabel(/^Value now/)).toHaveValue('1');

  await books.getByRole('radio', { name: 'Likely', exact: true }).check();
  await page.getByRole('button', { name: 'Save update' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Update for .* saved\./ })).toBeVisible();

  await page.goto('/goals');
  await page.getByRole('link', { name: 'Read two books' }).click();
  await expect(page.getByRole('table', { name: /Weekly updates of Read two books/ }).getByRole('row')).toHaveCount(2);
  await page.goto('/goals');
  await page.getByRole('link', { name: 'Ship the side project' }).click();
  await expect(page.getByText('No updates yet.')).toBeVisible();
  await expect(page.getByRole('table', { name: /Weekly updates/ })).toHaveCount(0);
});
