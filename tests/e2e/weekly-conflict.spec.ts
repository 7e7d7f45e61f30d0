// The same week (and a skill, a goal) saved from two tabs (issue 12, item 4): the later save is shown the
// earlier one and chooses, and nothing typed is lost (docs/architecture.md, "Edits from two tabs").
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { signUpNewUser } from '../support/users';

const goalTitle = 'Finish the SQL course';

async function fillWeek(tab: Page, week: { modules: string; alignment: string; note: string }) {
  await tab.getByLabel(`Value now (modules) for ${goalTitle}`).fill(week.modules);
  await tab
    .getByRole('group', { name: new RegExp(`^${goalTitle}`) })
    .getByRole('radio', { name: 'Likely', exact: true })
    .check();
  await tab
    .getByRole('group', { name: /How aligned/ })
    .getByRole('radio', { name: week.alignment })
    .check();
  await tab.getByLabel('What made it so? (optional)').fill(week.note);
}

test('a week saved in another tab is shown, not overwritten; keeping mine saves mine over it', async ({
  page,
  browser,
}) => {
  test.slow(); // two tabs, four saves
  await signUpNewUser(page);
  await page.goto('/goals/new');
  await page.getByLabel('Title').fill(goalTitle);
  await page.getByLabel(/^Short-term/).check();
  await page.getByLabel('Category').selectOption({ label: 'Learning: courses, degrees, reading, study hours' });
  await page.getByLabel('Target', { exact: true }).fill('8');
  await page.getByLabel('Unit').fill('modules');
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: goalTitle })).toBeVisible();

  // Both open the week: this tab, and the same account on a phone whose browser asks for German.
  const tabOne = page;
  const phone = await browser.newContext({
    locale: 'de-DE',
    viewport: { width: 375, height: 740 },
    storageState: await page.context().storageState(),
  });
  const tabTwo = await phone.newPage();
  for (const tab of [tabOne, tabTwo]) {
    await tab.goto('/weekly');
    await expect(tab.getByRole('heading', { level: 1, name: 'Weekly update' })).toBeVisible();
  }

  await fillWeek(tabOne, { modules: '2.5', alignment: '4 – Mostly', note: 'Tab one: two modules' });
  await tabOne.getByLabel('Hours worked this week (optional)').fill('41.5');
  await tabOne.getByRole('button', { name: 'Save update' }).click();
  await expect(tabOne.getByRole('status').filter({ hasText: /Update for .* saved\./ })).toBeVisible();

  await fillWeek(tabTwo, { modules: '3', alignment: '2 – A little', note: 'Tab two: three modules' });
  await tabTwo.getByRole('button', { name: 'Save update' }).click();

  const conflict = tabTwo.getByRole('region', { name: 'Saved in another tab' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText(/This week was saved in another tab or device at \d{2}:\d{2}/);
  // Numbers as tab two's locale writes them, like the rest of its page.
  await expect(conflict).toContainText('2,5 modules');
  await expect(conflict.getByRole('definition').filter({ hasText: /^41,5$/ })).toBeVisible();
  await expect(conflict).toContainText('Mostly');
  await expect(conflict).toContainText('Tab one: two modules');
  // What tab two typed is still in its form, and it was not saved.
  await expect(tabTwo.getByLabel(`Value now (modules) for ${goalTitle}`)).toHaveValue('3');
  await expect(tabTwo.getByLabel('What made it so? (optional)')).toHaveValue('Tab two: three modules');
  await expect(
    tabTwo.getByRole('group', { name: /How aligned/ }).getByRole('radio', { name: '2 – A little' }),
  ).toBeChecked();
  await expect(tabTwo.getByRole('status').filter({ hasText: /saved\./ })).toHaveCount(0);
  const keepMine = conflict.getByRole('button', { name: 'Keep mine' });
  await expect(keepMine).toBeFocused();
  await expect(keepMine).toBeInViewport();
  await expect(conflict.getByRole('link', { name: 'Use the saved one' })).toBeInViewport();
  await expectNoAxeViolations(tabTwo);

  await keepMine.click();
  await expect(tabTwo.getByRole('status').filter({ hasText: /Update for .* saved\./ })).toBeVisible();
  await expect(conflict).toHaveCount(0);

  for (const tab of [tabTwo, tabOne]) {
    await tab.goto('/weekly');
    await expect(tab.getByLabel(`Value now (modules) for ${goalTitle}`)).toHaveValue('3');
    await expect(tab.getByLabel('What made it so? (optional)')).toHaveValue('Tab two: three modules');
  }
  await phone.close();
});

test('using the saved one reloads the week as the other tab saved it', async ({ page }) => {
  await signUpNewUser(page);
  await page.goto('/goals/new');
  await page.getByLabel('Title').fill(goalTitle);
  await page.getByLabel(/^Short-term/).check();
  await page.getByLabel('Category').selectOption({ label: 'Learning: courses, degrees, reading, study hours' });
  await page.getByLabel('Target', { exact: true }).fill('8');
  await page.getByLabel('Unit').fill('modules');
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: goalTitle })).toBeVisible();

  const tabOne = page;
  const tabTwo = await page.context().newPage();
  for (const tab of [tabOne, tabTwo]) {
    await tab.goto('/weekly');
    await expect(tab.getByRole('heading', { level: 1, name: 'Weekly update' })).toBeVisible();
  }
  await fillWeek(tabOne, { modules: '5', alignment: '5 – Fully', note: 'Saved first' });
  await tabOne.getByRole('button', { name: 'Save update' }).click();
  await expect(tabOne.getByRole('status').filter({ hasText: /Update for .* saved\./ })).toBeVisible();

  await fillWeek(tabTwo, { modules: '1', alignment: '1 – Not at all', note: 'Saved second' });
  await tabTwo.getByRole('button', { name: 'Save update' }).click();
  const conflict = tabTwo.getByRole('region', { name: 'Saved in another tab' });
  await conflict.getByRole('link', { name: 'Use the saved one' }).click();

  await expect(conflict).toHaveCount(0);
  await expect(tabTwo.getByLabel(`Value now (modules) for ${goalTitle}`)).toHaveValue('5');
  await expect(tabTwo.getByLabel('What made it so? (optional)')).toHaveValue('Saved first');
  // Saving from the reloaded week is a plain save again.
  await tabTwo.getByLabel('What made it so? (optional)').fill('Saved first, then more');
  await tabTwo.getByRole('button', { name: 'Save update' }).click();
  await expect(tabTwo.getByRole('status').filter({ hasText: /Update for .* saved\./ })).toBeVisible();
});

test('an edit form of a stored record (a skill) shows another tab’s save instead of overwriting it', async ({
  page,
}) => {
  await signUpNewUser(page);
  await page.goto('/career/skills/new');
  await page.getByRole('textbox', { name: 'Skill' }).fill('SQL');
  await page.getByLabel('Kind').selectOption('technical');
  await page.getByRole('button', { name: 'Add skill' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SQL' })).toBeVisible();
  const skillPage = page.url().replace(/\?.*$/, '');

  const tabOne = page;
  const tabTwo = await page.context().newPage();
  await tabTwo.goto(skillPage);
  await expect(tabTwo.getByRole('heading', { level: 1, name: 'SQL' })).toBeVisible();

  await tabOne.getByRole('textbox', { name: 'Skill' }).fill('PostgreSQL');
  await tabOne.getByRole('button', { name: 'Save skill' }).click();
  await expect(tabOne.getByRole('heading', { level: 1, name: 'PostgreSQL' })).toBeVisible();

  await tabTwo.getByRole('textbox', { name: 'Skill' }).fill('SQL and data modelling');
  await tabTwo.getByRole('button', { name: 'Save skill' }).click();
  const conflict = tabTwo.getByRole('region', { name: 'Saved in another tab' });
  await expect(conflict).toContainText(/This skill was saved in another tab or device at \d{2}:\d{2}/);
  await expect(conflict.getByRole('definition')).toHaveText(['PostgreSQL']);
  await expect(tabTwo.getByRole('textbox', { name: 'Skill' })).toHaveValue('SQL and data modelling');
  await expectNoAxeViolations(tabTwo);

  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(tabTwo.getByRole('heading', { level: 1, name: 'SQL and data modelling' })).toBeVisible();
  await tabOne.reload();
  await expect(tabOne.getByRole('heading', { level: 1, name: 'SQL and data modelling' })).toBeVisible();
});

test('a goal edited in two tabs: the second is shown the first’s title, and can use the saved one', async ({
  page,
}) => {
  await signUpNewUser(page);
  await page.goto('/goals/new');
  await page.getByLabel('Title').fill('Learn to present');
  await page.getByLabel(/^Short-term/).check();
  await page.getByLabel('Category').selectOption({ label: 'Skill: getting better at a technical or soft skill' });
  await page.getByLabel('Done or not done').check();
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Learn to present' })).toBeVisible();
  const editPage = `${page.url().replace(/\?.*$/, '')}/edit`;

  const tabOne = page;
  const tabTwo = await page.context().newPage();
  for (const tab of [tabOne, tabTwo]) {
    await tab.goto(editPage);
    await expect(tab.getByRole('heading', { level: 1, name: 'Edit goal' })).toBeVisible();
  }
  await tabOne.getByLabel('Title').fill('Present at the team meeting');
  await tabOne.getByRole('button', { name: 'Save changes' }).click();
  await expect(tabOne.getByRole('heading', { level: 1, name: 'Present at the team meeting' })).toBeVisible();

  await tabTwo.getByLabel('Title').fill('Present at the all-hands');
  await tabTwo.getByRole('button', { name: 'Save changes' }).click();
  const conflict = tabTwo.getByRole('region', { name: 'Saved in another tab' });
  await expect(conflict).toContainText(/This goal was saved in another tab or device at \d{2}:\d{2}/);
  await expect(conflict.getByRole('definition')).toHaveText(['Present at the team meeting']);
  await expect(tabTwo.getByLabel('Title')).toHaveValue('Present at the all-hands');
  await expect(tabTwo.getByRole('button', { name: 'Save changes' })).toHaveCount(0);

  await conflict.getByRole('link', { name: 'Use the saved one' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(tabTwo.getByLabel('Title')).toHaveValue('Present at the team meeting');
});
