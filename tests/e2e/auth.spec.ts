import { expect, test } from '@playwright/test';
import { confirmationLinkPattern, linkFromMail } from '../support/outbox';
import { confirmationSubject, signIn, signOut, signUpNewUser, testPassword, uniqueEmail } from '../support/users';

test('a new user signs up, signs out and signs back in', async ({ page }) => {
  const { email, password } = await signUpNewUser(page, { name: 'Grace Hopper' });
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Grace' })).toBeVisible();

  await signOut(page);
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);

  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Grace' })).toBeVisible();
});

test('a signed-out visitor is sent to sign-in and returned to the page they wanted', async ({ page }) => {
  const { email, password } = await signUpNewUser(page);
  await signOut(page);

  await page.goto('/settings');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings$/);
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('a wrong password and an unknown email get the same generic message', async ({ page }) => {
  const { email } = await signUpNewUser(page);
  await signOut(page);

  await signIn(page, email, 'not the password at all');
  const alert = page.getByRole('alert').filter({ hasText: 'do not match' });
  await expect(alert).toHaveText('That email and password do not match an account.');
  await expect(page.getByLabel('Email')).toHaveValue(email);

  await signIn(page, uniqueEmail('nobody'), 'not the password at all');
  await expect(alert).toHaveText('That email and password do not match an account.');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('the sixth wrong password in a row is refused with a wait message', async ({ page }) => {
  const { email, password } = await signUpNewUser(page);
  await signOut(page);

  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(page, email, `wrong password ${attempt}`);
    await expect(page.getByRole('alert').filter({ hasText: 'do not match' })).toBeVisible();
  }
  // Even the right password is refused until the window passes.
  await signIn(page, email, password);
  await expect(page.getByRole('alert').filter({ hasText: 'Too many' })).toHaveText(
    'Too many sign-in attempts. Try again in 15 minutes.',
  );
  await expect(page).toHaveURL(/\/sign-in/);
});

test('bad sign-up input gets a message beside each field and creates nothing', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page.getByLabel('Email')).toHaveAccessibleDescription(
    'Enter a valid email address, like name@example.com.',
  );
  await expect(page.getByLabel('Password')).toHaveAccessibleDescription(/Use at least 10 characters\.$/);
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Email')).toHaveValue('not-an-email');

  const email = uniqueEmail('same');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(email.toUpperCase());
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByLabel('Password')).toHaveAccessibleDescription(/must not be your email address/);
  await expect(page).toHaveURL(/\/sign-up$/);

  // Nothing was created: signing up now mails a confirmation link, not a notice that the email is taken.
  await page.getByLabel('Password').fill(testPassword);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
  expect(await linkFromMail(email, confirmationSubject, confirmationLinkPattern)).toContain('/verify-email?token=');
});

test('signing up with an email already registered, in another case, answers the same and tells the owner', async ({
  page,
}) => {
  const { email } = await signUpNewUser(page);
  await signOut(page);

  await page.goto('/sign-up');
  await page.getByLabel('Email').fill(`  ${email.toUpperCase()} `);
  await page.getByLabel('Password').fill('another long passphrase');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Check your inbox' })).toContainText(
    `we sent a link to ${email}`,
  );
  const signInLink = await linkFromMail(
    email,
    'Someone tried to create a Trajectory account with your email',
    /https?:\/\/\S+\/sign-in/,
  );
  expect(signInLink).toMatch(/\/sign-in$/);
  // The owner's password still works, and no second account was made.
  await page.goto('/sign-in');
  await signIn(page, email, testPassword);
  await expect(page).toHaveURL(/\/dashboard$/);
});
