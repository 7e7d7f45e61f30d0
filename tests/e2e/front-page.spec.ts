// The front page: a signed-out visitor learns what Trajectory is, sees a picture of the dashboard and finds
// the ways in; a signed-in user at `/` goes straight to the dashboard.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { signUpNewUser } from '../support/users';

test.use({ viewport: { width: 375, height: 740 } });

test('a signed-out visitor at / learns what Trajectory is and finds sign up and sign in; signed in, / is the dashboard', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Turn the job you have into a career you chose');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 2, name: 'From a job to a career' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Your data stays yours' })).toBeVisible();
  await expect(
    page.getByRole('img', { name: /trajectory index rises from 31 in January to 64 in December/ }),
  ).toBeVisible();
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page);
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'the front page scrolls sideways at 375 px').toBeLessThanOrEqual(0);
  // The page is drawn on the server: no chart library is sent for the picture.
  expect(await page.locator('.recharts-wrapper').count()).toBe(0);

  await page.getByRole('main').getByRole('link', { name: 'Sign up, it is free' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create your account' })).toBeVisible();
  await page.getByRole('link', { name: 'Trajectory', exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

  await signUpNewUser(page);
  await page.goto('/');
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
