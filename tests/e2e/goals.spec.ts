import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { signOut, signUpNewUser } from '../support/users';

async function createGoal(
  page: Page,
  fields: { title: string; horizon: 'Short-term' | 'Long-term'; category: string; parent?: string },
) {
  await page.goto('/goals/new');
  await page.getByLabel('Title').fill(fields.title);
  await page.getByLabel(new RegExp(`^${fields.horizon}`)).check();
  if (fields.parent) await page.getByLabel('Serves long-term goal (optional)').selectOption({ label: fields.parent });
  await page.getByLabel('Category').selectOption({ label: fields.category });
}

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
    'aria-valuenow',
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

async function createDoneGoal(page: Page, fields: Parameters<typeof createGoal>[1]) {
  await createGoal(page, fields);
  await page.getByLabel('Done or not done').check();
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: fields.title })).toBeVisible();
}

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
function clippedButtons(buttons: Locator) {
  return buttons.evaluateAll((elements) =>
    elements
      .filter((button) => {
        const box = button.getBoundingClientRect();
        if (box.left < 0 || box.right > window.innerWidth) return true;
        for (let parent = button.parentElement; parent; parent = parent.parentElement) {
          const style = getComputedStyle(parent);
          if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
          const frame = parent.getBoundingClientRect();
          if (box.left < frame.left || box.right > frame.right || box.top < frame.top || box.bottom > frame.bottom)
            return true;
        }
        return false;
      })
      .map((button) => button.getAttribute('aria-label') ?? button.textContent),
  );
}

test('on a phone the goal and skill pages stack their history rows instead of scrolling or cutting them', async ({
  page,
}) => {
  test.slow(); // a goal, a week, a skill and its assessments, through the forms
  await page.setViewportSize({ width: 375, height: 800 });
  await signUpNewUser(page);
  await createGoal(page, {
    title: 'Read twelve books on data',
    horizon: 'Short-term',
    category: 'Learning: courses, degrees, reading, study hours',
  });
  await page.getByLabel('Target', { exact: true }).fill('12');
  await page.getByLabel('Unit').fill('books');
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Read twelve books on data' })).toBeVisible();

  const note = 'Finished the statistics primer and started the one about experiments, slower than planned';
  await page.goto('/weekly');
  await page.getByLabel('Value now (books) for Read twelve books on data').fill('2');
  await page
    .getByRole('group', { name: /^Read twelve books on data/ })
    .getByRole('radio', { name: 'Likely', exact: true })
    .check();
  await page.getByLabel('Note (optional) for Read twelve books on data').fill(note);
  await page
    .getByRole('group', { name: /How aligned/ })
    .getByRole('radio', { name: /^4/ })
    .check();
  await page.getByRole('button', { name: 'Save update' }).click();
  await expect(page.getByRole('status').filter({ hasText: /saved\./ })).toBeVisible();

  await page.goto('/goals');
  await page.getByRole('link', { name: 'Read twelve books on data' }).click();
  const history = page.getByRole('table', { name: /Weekly updates of Read twelve books on data/ });
  // Brought up to the table's start, its last column is on screen too: nothing hides off to the right.
  await history.scrollIntoViewIfNeeded();
  await expect(history.getByRole('cell', { name: note })).toBeInViewport();
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
    widestTable: Math.max(...[...document.querySelectorAll('table')].map((table) => table.scrollWidth)),
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  expect(widths.widestTable).toBeLessThanOrEqual(widths.viewport);

  // A skill whose assessments, stacked, are taller than a table's scroll box on a wide screen.
  await page.goto('/career/skills/new');
  await page.getByRole('textbox', { name: 'Skill' }).fill('Stakeholder communication');
  await page.getByLabel('Kind').selectOption('soft');
  await page.getByLabel('Target level').selectOption('5');
  await page.getByLabel('Current level').selectOption('1');
  await page.getByRole('button', { name: 'Add skill' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stakeholder communication' })).toBeVisible();
  for (const { level, evidence } of [
    {
      level: '2',
      evidence: 'Ran the weekly status meeting for the team and wrote its notes for the people who missed it',
    },
    {
      level: '3',
      evidence: 'Presented the quarterly figures to the regional managers and answered their questions on the spot',
    },
    {
      level: '4',
      evidence: 'Negotiated the new reporting deadline with finance, so both teams kept their month-end calendar',
    },
  ]) {
    await page.getByLabel('Level', { exact: true }).selectOption(level);
    await page.getByLabel('Evidence (optional)').fill(evidence);
    await page.getByRole('button', { name: 'Add assessment' }).click();
    await expect(page.getByRole('cell', { name: evidence })).toBeVisible();
  }
  const assessments = page.getByRole('table', { name: /Assessments of Stakeholder communication/ });
  await expect(assessments.getByRole('row')).toHaveCount(5);
  const rowWidths = await assessments
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.scrollWidth - row.clientWidth));
  expect(Math.max(...rowWidths), 'a stacked row scrolls sideways').toBeLessThanOrEqual(0);
  const deleteButtons = assessments.getByRole('button', { name: /^Delete the assessment of / });
  await expect(deleteButtons).toHaveCount(4);
  expect(await clippedButtons(deleteButtons)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
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
