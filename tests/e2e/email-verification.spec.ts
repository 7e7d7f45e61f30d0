// Email verification end to end: sign up → the mail in the outbox → confirm → signed in on the dashboard;
// an unconfirmed sign-in is told to confirm; a used or mangled link says so; and a change of email
// confirmed at the new address, announced at the old one.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { confirmationLinkPattern, linkFromMail } from '../support/outbox';
import { confirmationSubject, signIn, signOut, signUpNewUser, testPassword, uniqueEmail } from '../support/users';

test('sign up, confirm from the email, and land signed in on the dashboard', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const email = uniqueEmail('confirm');
  await page.goto('/sign-up');
  await page.getByLabel('Name (optional)').fill('Ada Lovelace');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(testPassword);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('status')).toContainText(`we sent a link to ${email}`);
  // Said once, on the page: not again in a toast, which a screen reader would announce a second time.
  await expect(page.getByText(`we sent a link to ${email}`)).toHaveCount(1);
  await expectNoAxeViolations(page);

  // Not confirmed yet: the right password is told to confirm, the wrong one gets the usual sentence.
  await page.goto('/sign-in');
  await signIn(page, email, 'not the password at all');
  await expect(page.getByRole('alert').filter({ hasText: 'do not match' })).toBeVisible();
  await signIn(page, email, testPassword);
  await expect(page.getByRole('alert').filter({ hasText: 'Confirm your email first' })).toContainText(email);

  const link = await linkFromMail(email, confirmationSubject, confirmationLinkPattern);
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm your email' })).toBeVisible();
  await expectNoAxeViolations(page);
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(fits).toBe(true);
  await page.getByRole('button', { name: 'Confirm my email' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Ada' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Email confirmed' }).first()).toBeVisible();

  // The link worked once; the page says so and offers a way to a new one.
  await page.goto(link);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('This confirmation link has already been used.');

  await page.goto('/dashboard');
  await signOut(page);
  await signIn(page, email, testPassword);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test('a mangled confirmation link says so in one sentence and offers a new one', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  for (const token of ['', 'not-a-token', 'A'.repeat(43), `${'A'.repeat(43)}&token=x`]) {
    const response = await page.goto(`/verify-email?token=${token}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'This confirmation link is not valid. Ask for a new one.',
    );
  }
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('change email: confirmed at the new address, announced at the old, then signed in with it', async ({ page }) => {
  const { email: oldEmail, password } = await signUpNewUser(page);
  const newEmail = uniqueEmail('moved');
  await page.goto('/settings');
  const section = page.getByRole('region', { name: 'Email', exact: true });
  await section.getByLabel('New email').fill(newEmail);
  await section.getByLabel('Current password').fill(password);
  await section.getByRole('button', { name: 'Change email' }).click();
  await expect(section.getByRole('status')).toContainText(`Waiting for confirmation at ${newEmail}`);
  await expect(section.getByRole('button', { name: 'Cancel the change' })).toBeVisible();
  await expectNoAxeViolations(page);

  expect(
    await linkFromMail(oldEmail, 'Your Trajectory email is being changed', /https?:\/\/\S+\/forgot-password/),
  ).toMatch(/\/forgot-password$/);
  const link = await linkFromMail(newEmail, 'Confirm your new email for Trajectory', confirmationLinkPattern);
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm your new email' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Change my email' }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole('status').filter({ hasText: 'Email changed' }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Email', exact: true })).toContainText(`You sign in with ${newEmail}.`);
  expect(await linkFromMail(oldEmail, 'Your Trajectory email was changed', /https?:\/\/\S+\/forgot-password/)).toMatch(
    /\/forgot-password$/,
  );

  await signOut(page);
  await signIn(page, oldEmail, password);
  await expect(page.getByRole('alert').filter({ hasText: 'do not match' })).toBeVisible();
  await signIn(page, newEmail, password);
  await expect(page).toHaveURL(/\/dashboard$/);
});
