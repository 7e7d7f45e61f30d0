import { expect, test, type Locator } from '@playwright/test';
import { createGoal } from '../support/goals';
import { signUpNewUser } from '../support/users';

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
