// Sessions that end (docs/security.md): a copied session cookie stops working once its session ends.
import { expect, test, type Browser } from '@playwright/test';
import { signIn, signOut, signUpNewUser } from '../support/users';

async function signedInElsewhere(browser: Browser, email: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/sign-in');
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
  return { context, page };
}

test('after sign-out, the old session cookie no longer opens the dashboard', async ({ page, context }) => {
  await signUpNewUser(page);
  const sessionCookies = await context.cookies();
  await signOut(page);

  // The cookie as someone who copied it before the sign-out still has it.
  await context.addCookies(sessionCookies);
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
});

test('changing the password keeps this session and ends the one in another browser', async ({ page, browser }) => {
  const { email, password } = await signUpNewUser(page);
  const elsewhere = await signedInElsewhere(browser, email, password);

  await page.goto('/settings');
  const section = page.getByRole('region', { name: 'Sign-in and sessions' });
  await section.getByLabel('Current password').fill('not my password at all');
  await section.getByLabel('New password').fill('a brand new passphrase');
  await section.getByRole('button', { name: 'Change password' }).click();
  await expect(section.getByLabel('Current password')).toHaveAccessibleDescription(
    'That is not your current password.',
  );
  // The form is mounted afresh with each answer; type once it has settled (focus moves to the refused field).
  await expect(section.getByLabel('Current password')).toBeFocused();

  await section.getByLabel('Current password').fill(password);
  await section.getByLabel('New password').fill('aaaaaaaaaa');
  await section.getByRole('button', { name: 'Change password' }).click();
  await expect(section.getByLabel('New password')).toHaveAccessibleDescription(/common/);
  await expect(section.getByLabel('New password')).toBeFocused();

  await section.getByLabel('Current password').fill(password);
  await section.getByLabel('New password').fill('a brand new passphrase');
  await section.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Password changed' })).toBeVisible();
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/dashboard$/);

  await elsewhere.page.goto('/dashboard');
  await expect(elsewhere.page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
  await signIn(elsewhere.page, email, 'a brand new passphrase');
  await expect(elsewhere.page).toHaveURL(/\/dashboard$/);
  await elsewhere.context.close();
});

test('"sign out everywhere" ends every session of the account', async ({ page, browser }) => {
  const { email, password } = await signUpNewUser(page);
  const elsewhere = await signedInElsewhere(browser, email, password);

  await page.goto('/settings');
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await elsewhere.page.goto('/settings');
  await expect(elsewhere.page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings/);
  await elsewhere.context.close();
});
