import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { createDoneGoal, createGoal } from '../support/goals';
import { signOut, signUpNewUser } from '../support/users';

test('a long-term goal, a linked short-term goal and a weekly update show up on the goal page with the streak', async ({
  page,
}) => {
  test.slow();
  await signUpNewUser(page);

  await createGoal(page, {
    title: 'Become an operations analyst',
    horizon: 'Long-term',
    category: 'Advancement: promotion, new responsibilities, a next role',
  });
  await page.getByLabel('Why it matters').fill('Work that uses my head, not only my hours.');
  await page.getByLabel('A checklist of milestones').check();
  await page.getByRole('textbox', { name: 'Milestone 1', exact: true }).fill('Learn SQL');
  await page.getByRole('button', { name: 'Add a milestone' }).click();
  await page.getByRole('textbox', { name: 'Milestone 2', exact: true }).fill('Shadow an analyst');
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Become an operations analyst' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Goal created.' })).toBeVisible();

  await page.getByRole('link', { name: 'Add a short-term goal' }).click();
  await page.getByLabel('Title').fill('Finish SQL courses');
  await expect(page.getByLabel('Serves long-term goal (optional)')).toHaveValue(/.+/);
  await page.getByLabel('Category').selectOption({ label: 'Learning: courses, degrees, reading, study hours' });
  await page.getByLabel('Target', { exact: true }).fill('4');
  await page.getByLabel('Unit').fill('courses');
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Finish SQL courses' })).toBeVisible();
  await expect(page.getByText('Serves Become an operations analyst')).toBeVisible();

  // The navigation says the weekly update is due.
  await expect(page.getByRole('link', { name: /Weekly update.*Due/ })).toBeVisible();

  await page.getByRole('link', { name: /Weekly update/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Weekly update' })).toBeVisible();
  await page.getByLabel('Value now (courses) for Finish SQL courses').fill('2');
  await page
    .getByRole('group', { name: /^Finish SQL courses/ })
    .getByRole('radio', { name: 'Likely', exact: true })
    .check();
  const longTerm = page.getByRole('group', { name: /^Become an operations analyst/ });
  await longTerm.getByLabel('Learn SQL').check();
  await longTerm.getByRole('radio', { name: 'Unsure', exact: true }).check();
  await page
    .getByRole('group', { name: /How aligned/ })
    .getByRole('radio', { name: '4 – Mostly' })
    .check();
  await page.getByLabel('Highlight of the week (optional)').fill('Wrote my first JOIN');
  await page.getByRole('button', { name: 'Save update' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Update for .* saved\./ })).toBeVisible();
  await expect(page.getByText('1 week in a row')).toBeVisible();
  await expect(page.getByRole('link', { name: /Weekly update.*Due/ })).toHaveCount(0);

  await page.getByRole('link', { name: 'Goals', exact: true }).first().click();
  await page.getByRole('link', { name: 'Finish SQL courses' }).click();
  await expect(page.getByText('2 of 4 courses')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Progress of Finish SQL courses' })).toHaveAttribute(
    'value',
    '50',
  );
  const history = page.getByRole('table', { name: /Weekly updates of Finish SQL courses/ });
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history.getByRole('cell', { name: '2', exact: true })).toBeVisible();
  await expect(history.getByRole('cell', { name: '4 / 5' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The long-term goal rolls up its short-term goal and shows its own milestone.
  await page.getByRole('link', { name: 'Become an operations analyst' }).click();
  await expect(page.getByText('Linked short-term goals: 50% on average.')).toBeVisible();
  await expect(page.getByText('1 of 2 milestones')).toBeVisible();

  // Re-submitting the same week updates it instead of adding a row.
  await page.goto('/weekly');
  await page.getByLabel('Value now (courses) for Finish SQL courses').fill('3');
  await page.getByRole('button', { name: 'Save update' }).click();
  await expect(page.getByRole('status').filter({ hasText: /saved\./ })).toBeVisible();
  await page.goto('/goals');
  await page.getByRole('link', { name: 'Finish SQL courses' }).click();
  await expect(page.getByText('3 of 4 courses')).toBeVisible();
  await expect(page.getByRole('table', { name: /Weekly updates/ }).getByRole('row')).toHaveCount(2);

  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { name: 'This week’s update is done' })).toBeVisible();
});

test('another user opening my goal’s address sees "not found"', async ({ page }) => {
  await signUpNewUser(page);
  await createGoal(page, {
    title: 'Private ambition',
    horizon: 'Long-term',
    category: 'Purpose: work aligned with what matters to you',
  });
  await page.getByLabel('Done or not done').check();
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Private ambition' })).toBeVisible();
  const goalUrl = page.url();
  await signOut(page);

  await signUpNewUser(page);
  for (const path of [goalUrl, `${goalUrl}/edit`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
    await expect(page.getByText('Private ambition')).toHaveCount(0);
  }
});

test('a goal can be paused, resumed and deleted after confirming', async ({ page }) => {
  await signUpNewUser(page);
  await createGoal(page, {
    title: 'Learn to present',
    horizon: 'Short-term',
    category: 'Skill: getting better at a technical or soft skill',
  });
  await page.getByLabel('Done or not done').check();
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Learn to present' })).toBeVisible();

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Goal marked paused.' })).toBeVisible();
  await expect(page.getByText(/^Paused since/)).toBeVisible();
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByRole('button', { name: 'Mark achieved' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this goal?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Learn to present' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Delete goal' }).click();
  await expect(page).toHaveURL(/\/goals$/);
  await expect(page.getByRole('status').filter({ hasText: 'Goal deleted.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No goals yet' })).toBeVisible();
});

test('the goal list is a tree with active goals first, and its filters apply at once and live in the address', async ({
  page,
}) => {
  test.slow();
  await signUpNewUser(page);
  await createDoneGoal(page, {
    title: 'A finished ambition',
    horizon: 'Long-term',
    category: 'Purpose: work aligned with what matters to you',
  });
  await page.getByRole('button', { name: 'Mark achieved' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Goal marked achieved.' })).toBeVisible();
  await createDoneGoal(page, {
    title: 'Become an analyst',
    horizon: 'Long-term',
    category: 'Advancement: promotion, new responsibilities, a next role',
  });
  await createDoneGoal(page, {
    title: 'Finish SQL courses',
    horizon: 'Short-term',
    category: 'Learning: courses, degrees, reading, study hours',
    parent: 'Become an analyst',
  });
  await createDoneGoal(page, {
    title: 'Save a fund',
    horizon: 'Short-term',
    category: 'Income: pay, savings, financial footing',
  });

  await page.goto('/goals');
  // Scripts run, so the filters need no Apply button.
  await expect(page.getByRole('button', { name: 'Apply' })).toHaveCount(0);
  const longTerm = page.getByRole('region', { name: 'Long-term goals and the short-term goals serving them' });
  await expect(longTerm.getByRole('heading', { level: 3 })).toHaveText(['Become an analyst', 'A finished ambition']);
  const serving = longTerm.getByRole('list', { name: 'Short-term goals serving Become an analyst' });
  await expect(serving.getByRole('heading', { level: 4, name: 'Finish SQL courses' })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Short-term goals not linked to a long-term goal' })
      .getByRole('heading', { name: 'Save a fund' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Category').selectOption('learning');
  await expect(page).toHaveURL(/\/goals\?category=learning$/);
  await expect(page.getByText('Showing 1 of 4 goals')).toBeVisible();
  await expect(serving.getByRole('heading', { name: 'Finish SQL courses' })).toBeVisible();
  await expect(longTerm.getByText('Outside your filters, shown for the short-term goals it holds.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Save a fund' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'A finished ambition' })).toHaveCount(0);

  await page.getByLabel('Status').selectOption('achieved');
  await expect(page).toHaveURL(/status=achieved/);
  await expect(page.getByRole('heading', { name: 'No goals match these filters' })).toBeVisible();

  // Back and forward restore both the list and the choices in the form.
  await page.goBack();
  await expect(page.getByText('Showing 1 of 4 goals')).toBeVisible();
  await expect(page.getByLabel('Status')).toHaveValue('');
  await expect(page.getByLabel('Category')).toHaveValue('learning');
  await page.goBack();
  await expect(page.getByText('Showing 4 of 4 goals')).toBeVisible();
  await expect(page.getByLabel('Category')).toHaveValue('');
  await page.goForward();
  await expect(page.getByLabel('Category')).toHaveValue('learning');
});

/** The names of the buttons cut by the viewport's sides or by a box around them that clips its content. */
