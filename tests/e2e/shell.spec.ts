import { expect, test } from '@playwright/test';
import { navItems } from '@/components/shell/nav-items';
import { expectNoAxeViolations } from '../support/accessibility';
import { signUpNewUser } from '../support/users';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('sign-in and sign-up pages have no accessibility violations, errors shown or not', async ({ page }) => {
      for (const path of ['/sign-in', '/sign-up']) {
        await page.goto(path);
        await expectNoAxeViolations(page);
      }
      await page.getByRole('button', { name: 'Create account' }).click();
      await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(page);
    });

    test('every signed-in page has no accessibility violations', async ({ page }) => {
      test.slow(); // axe on every page of the navigation
      await signUpNewUser(page);
      for (const item of navItems) {
        await page.goto(item.href);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoAxeViolations(page);
      }
      await page.goto('/no-such-page');
      await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test.describe('at phone width', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('pages fit the screen and the menu reaches every section', async ({ page }) => {
    await signUpNewUser(page);
    for (const item of navItems) {
      await page.goto(item.href);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${item.href} overflows horizontally`).toBeLessThanOrEqual(0);
    }

    await page.goto('/dashboard');
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Career' }).click();
    await expect(page).toHaveURL(/\/career$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Career' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
  });
});

test('the keyboard reaches a skip link first, and it jumps to the content', async ({ page }) => {
  await signUpNewUser(page);
  await page.goto('/goals');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('the current section is marked in the navigation, which moves between pages without reloading', async ({
  page,
}) => {
  await signUpNewUser(page);
  await page.goto('/weekly');
  await expect(page.getByRole('link', { name: 'Weekly update' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('link', { name: 'Goals' })).not.toHaveAttribute('aria-current', 'page');

  // A reload would forget this mark.
  await page.evaluate(() => Object.assign(window, { beforeFollowingTheNavigation: true }));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Goals' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Goals' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Goals' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('link', { name: 'Weekly update' })).not.toHaveAttribute('aria-current', 'page');
  expect(await page.evaluate(() => 'beforeFollowingTheNavigation' in window)).toBe(true);
});

test('saving settings announces "Settings saved." and keeps the change', async ({ page }) => {
  await signUpNewUser(page);
  await page.goto('/settings');
  await page.getByLabel('Name', { exact: true }).fill('Ada Lovelace');
  // The page's HTML carries only the saved zone: a keyboard user reaching the field finds all of them there.
  await page.getByLabel('Name', { exact: true }).press('Tab');
  await expect(page.getByLabel('Time zone')).toBeFocused();
  await expect(page.getByLabel('Time zone').locator('option[value="Pacific/Auckland"]')).toHaveCount(1);
  await page.getByLabel('Time zone').selectOption('Europe/London');
  await page.getByLabel('Sunday').check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  // Without a reload the form shows what was saved, and a keyboard user is still on its button.
  await expect(page.getByLabel('Time zone')).toHaveValue('Europe/London');
  await expect(page.getByLabel('Sunday')).toBeChecked();
  await expect(page.getByRole('button', { name: 'Save settings' })).toBeFocused();

  await page.reload();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Ada Lovelace');
  await expect(page.getByLabel('Time zone')).toHaveValue('Europe/London');
  await expect(page.getByLabel('Sunday')).toBeChecked();
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Ada' })).toBeVisible();
});

test.describe('before the page can act', () => {
  test.use({ javaScriptEnabled: false });

  test('buttons that need JavaScript are disabled, and the page says why', async ({ page }) => {
    const response = await page.goto('/sign-in');
    // Chromium's script switch does not render <noscript>; a browser without JavaScript shows it.
    expect(await response?.text()).toMatch(/<noscript>.*Trajectory needs JavaScript to sign in and save your changes/);
    // A press before hydration would be lost without a word (and made end-to-end tests flaky under load).
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeDisabled();
  });
});

test('once the page can act, its buttons are enabled', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled();
  await expect(page.getByText('Trajectory needs JavaScript to sign in and save your changes.')).toBeHidden();
});
