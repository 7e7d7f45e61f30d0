import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { confirmationLinkPattern, linkFromMail } from './outbox';

export const testPassword = 'a perfectly long passphrase';

export function uniqueEmail(prefix = 'user') {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.com`;
}

/**
 * Signs up a brand-new account through the form, opens the confirmation link from the mail in the
 * outbox, confirms, and waits for the dashboard.
 */
export async function signUpNewUser(page: Page, options: { name?: string; email?: string; outbox?: string } = {}) {
  const email = options.email ?? uniqueEmail();
  await page.goto('/sign-up');
  if (options.name) await page.getByLabel('Name (optional)').fill(options.name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(testPassword);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
  await page.goto(await linkFromMail(email, confirmationSubject, confirmationLinkPattern, options.outbox));
  await page.getByRole('button', { name: 'Confirm my email' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  return { email, password: testPassword };
}

export const confirmationSubject = 'Confirm your email for Trajectory';

/** Submits the sign-in form and waits for the server's answer. */
export async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  const button = page.getByRole('button', { name: 'Sign in', exact: true });
  const answered = page.waitForResponse((response) => response.request().method() === 'POST');
  await button.click();
  await answered;
  // React resets the form when the action settles; typing before that would be wiped.
  await page.waitForFunction(
    () =>
      !location.pathname.startsWith('/sign-in') ||
      !document.querySelector('main form button[type=submit]')?.hasAttribute('disabled'),
  );
}

export async function signOut(page: Page) {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await expect(page).toHaveURL(/\/sign-in/);
}
