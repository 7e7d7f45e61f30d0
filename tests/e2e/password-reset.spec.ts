// Forgot password end to end: the e2e server has no SMTP_URL, so the mail is read from its outbox
// (.e2e-data/outbox, scripts/e2e-server.mjs) as any mail client would open it.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { newestMailTo } from '../support/outbox';
import { signIn, signOut, signUpNewUser, uniqueEmail } from '../support/users';

async function askForReset(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'If that email belongs to an account' }).first(),
  ).toBeVisible();
}

test('a user who forgot their password gets back in from the email alone, and the old password stops working', async ({
  page,
  browser,
}) => {
  const { email, password } = await signUpNewUser(page);
  const otherDevice = await browser.newContext();
  const otherPage = await otherDevice.newPage();
  await otherPage.goto('/sign-in');
  await signIn(otherPage, email, password);
  await expect(otherPage).toHaveURL(/\/dashboard$/);
  await signOut(page);

  await askForReset(page, email);
  // Said once, on the page: not again in a toast, which a screen reader would announce a second time.
  await expect(page.getByText('If that email belongs to an account')).toHaveCount(1);
  await expectNoAxeViolations(page);

  // The job runner sends within a poll or two: wait for the message to be written, not for a time.
  await expect
    .poll(async () => (await newestMailTo(email, 'Choose a new Trajectory password'))?.subject, { timeout: 30_000 })
    .toBe('Choose a new Trajectory password');
  const mail = await newestMailTo(email, 'Choose a new Trajectory password');
  expect(mail?.html).toContain('Trajectory');
  const link = /(https?:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
  expect(link).toBeDefined();

  await page.goto(link ?? '');
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The sign-up rules hold: a short password is refused beside the field, which takes the focus.
  await page.getByLabel('New password').fill('short');
  await page.getByRole('button', { name: 'Save and sign in' }).click();
  await expect(page.getByLabel('New password')).toBeFocused();
  await expect(page.getByLabel('New password')).toHaveAccessibleDescription(/Use at least/);

  const newPassword = 'a completely different passphrase';
  await page.getByLabel('New password').fill(newPassword);
  await page.getByRole('button', { name: 'Save and sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // Every other session ended with the old password.
  await otherPage.goto('/dashboard');
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await otherDevice.close();

  // The link worked once.
  await page.goto(link ?? '');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'This reset link has already been used. Ask for a new one if you need it.',
  );

  await page.goto('/dashboard');
  await signOut(page);
  await signIn(page, email, password);
  await expect(page.getByRole('alert').filter({ hasText: 'do not match' })).toBeVisible();
  await signIn(page, email, newPassword);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test('an unknown email gets the same answer, and a mangled link says so in one sentence', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await askForReset(page, uniqueEmail('nobody'));

  for (const token of ['', 'not-a-token', 'A'.repeat(43), `${'A'.repeat(43)}&token=x`]) {
    const response = await page.goto(`/reset-password?token=${token}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'This reset link is not valid. Ask for a new one.',
    );
  }
  await expect(page.getByRole('link', { name: 'Ask for a new link' })).toBeVisible();
  await expectNoAxeViolations(page);
});
