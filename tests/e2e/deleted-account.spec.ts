// A deleted account's old session (docs/security.md "Sessions that end"): a copied cookie, still holding the
// page's forms, is simply signed out by every save action, never answered with a 500 (issue 11, item 7).
import { expect, test, type Page } from '@playwright/test';
import { signUpNewUser } from '../support/users';

/** Submits a form of a page opened before the account was deleted, and expects to be sent to sign-in. */
async function submitIsSignedOut(page: Page, button: string) {
  await page.getByRole('button', { name: button }).click();
  await expect(page).toHaveURL(/\/sign-in(\?|$)/);
}

test('every save action sends an old session of a deleted account to sign-in, never a 500', async ({
  page,
  browser,
}) => {
  test.slow(); // four pages in a second browser
  const { password } = await signUpNewUser(page);
  await page.goto('/goals/new');
  await page.getByLabel('Title').fill('Finish the SQL course');
  await page.getByLabel(/^Short-term/).check();
  await page.getByLabel('Category').selectOption({ label: 'Learning: courses, degrees, reading, study hours' });
  await page.getByLabel('Target', { exact: true }).fill('4');
  await page.getByLabel('Unit').fill('modules');
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Finish the SQL course' })).toBeVisible();

  // Someone who copied the session cookie opens each form while the account still exists.
  const elsewhere = await browser.newContext();
  await elsewhere.addCookies(await page.context().cookies());
  const serverErrors: string[] = [];
  elsewhere.on('response', (response) => {
    if (response.status() >= 500) serverErrors.push(`${response.status()} ${response.url()}`);
  });
  const open = async (path: string) => {
    const tab = await elsewhere.newPage();
    await tab.goto(path);
    await expect(tab).toHaveURL(new RegExp(`${path}$`));
    return tab;
  };
  const weekly = await open('/weekly');
  await weekly.getByLabel('Value now (modules) for Finish the SQL course').fill('2');
  const goal = await open('/goals/new');
  await goal.getByLabel('Title').fill('Read two books');
  const skill = await open('/career/skills/new');
  await skill.getByRole('textbox', { name: 'Skill' }).fill('SQL');
  const settings = await open('/settings');
  await settings.getByLabel('Name').fill('Still here');

  await page.goto('/settings');
  const danger = page.getByRole('region', { name: 'Delete your account' });
  await danger.getByLabel('Your password').fill(password);
  await danger.getByRole('button', { name: 'Delete my account and all its data' }).click();
  await expect(page).toHaveURL(/\/sign-in\?deleted=1/);

  await submitIsSignedOut(weekly, 'Save update');
  await submitIsSignedOut(goal, 'Create goal');
  await submitIsSignedOut(skill, 'Add skill');
  await submitIsSignedOut(settings, 'Save settings');
  expect(serverErrors).toEqual([]);
  await elsewhere.close();
});
