// Two-factor sign-in as a person uses it, with the test playing the authenticator app (otplib, the same
// library the server checks with): turn it on, sign in with a code, then with a recovery code, turn it off.
// Codes follow real time here; a used step is refused, so a second code sign-in uses the next step's code (one
// step of drift is accepted, as for a phone whose clock runs ahead) or a recovery code.
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { generate } from 'otplib';
import { expectNoAxeViolations } from '../support/accessibility';
import { signIn, signOut, signUpNewUser } from '../support/users';

const currentStep = () => Math.floor(Date.now() / 30_000);

/** The code the app shows now, with the step it belongs to (read before and after: a boundary between retries). */
async function appCode(key: string): Promise<{ code: string; step: number }> {
  for (;;) {
    const step = currentStep();
    const code = await generate({ secret: key });
    if (currentStep() === step) return { code, step };
  }
}

/** A picture of the part in question at phone width, kept with the test's results to look at the layout. */
async function screenshotAt375(part: Page | Locator, testInfo: TestInfo, name: string) {
  await part.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

function twoFactorSection(page: Page): Locator {
  return page.getByRole('region', { name: 'Two-factor sign-in' });
}

test('two-factor sign-in: set up with an app, sign in with a code and with a recovery code, turn off', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 375, height: 800 });
  const { email, password } = await signUpNewUser(page);

  // Another browser signed in before: turning two-factor sign-in on ends that session.
  const elsewhere = await browser.newContext();
  const otherPage = await elsewhere.newPage();
  await otherPage.goto('/sign-in');
  await signIn(otherPage, email, password);
  await expect(otherPage).toHaveURL(/\/dashboard$/);

  await page.goto('/settings');
  const section = twoFactorSection(page);
  await expect(section.getByText(/^Off\./)).toBeVisible();
  await section.getByLabel('Password').fill(password);
  await section.getByRole('button', { name: 'Turn on' }).click();

  await expect(section.getByRole('img', { name: /QR code/ })).toBeVisible();
  const key = ((await section.locator('code').textContent()) ?? '').replaceAll(' ', '');
  expect(key).toMatch(/^[A-Z2-7]{32}$/);
  await expectNoAxeViolations(page);
  await screenshotAt375(section, testInfo, 'setup');

  // A wrong code is refused beside the field.
  await section.getByLabel('Code from the app').fill('000000');
  await section.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await expect(section.getByLabel('Code from the app')).toHaveAccessibleDescription(/That code did not match/);

  const confirming = await appCode(key);
  await section.getByLabel('Code from the app').fill(confirming.code);
  await section.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  const codeList = section.getByRole('list', { name: 'Recovery codes' });
  await expect(codeList.getByRole('listitem')).toHaveCount(10);
  const recoveryCodes = await codeList.getByRole('listitem').allTextContents();
  await expect(section.getByText(/since .*10 recovery codes left/)).toBeVisible();
  await expect(section.getByRole('link', { name: 'Download as .txt' })).toHaveAttribute(
    'download',
    'trajectory-recovery-codes.txt',
  );
  await screenshotAt375(section, testInfo, 'recovery-codes');
  await otherPage.goto('/dashboard');
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await elsewhere.close();

  // Sign in again: the password alone is not enough. The code must be of a step after the confirming one.
  await signOut(page);
  await signIn(page, email, password);
  const codeField = page.getByLabel('Two-factor code');
  await expect(codeField).toBeFocused();
  await expect(codeField).toHaveAccessibleDescription(
    /Enter the 6-digit code from your authenticator app, or one of your recovery codes\.$/,
  );
  await expectNoAxeViolations(page);
  await screenshotAt375(page, testInfo, 'sign-in-code');
  await codeField.fill('000000');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByLabel('Two-factor code')).toHaveAccessibleDescription(
    /That code did not match\. Codes change every 30 seconds; try the newest one\.$/,
  );
  // The code of the step after the confirming one: now, or (while that step has not begun) what an app whose
  // clock runs up to a step ahead shows, which the server accepts as drift.
  const signInCode = await generate({ secret: key, epoch: Math.max(currentStep(), confirming.step + 1) * 30 });
  await page.getByLabel('Two-factor code').fill(signInCode);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // A recovery code signs in once, and Settings says how many are left.
  await signOut(page);
  await signIn(page, email, password);
  await page.getByLabel('Two-factor code').fill(recoveryCodes[0] ?? '');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/settings/);
  await expect(page.getByText('You signed in with a recovery code; 9 left.', { exact: false })).toBeVisible();
  await expect(twoFactorSection(page).getByText(/9 recovery codes left/)).toBeVisible();

  // Turning it off takes the password and a code.
  const onSection = twoFactorSection(page);
  await onSection
    .getByRole('textbox', { name: 'Code' })
    .last()
    .fill(recoveryCodes[1] ?? '');
  await onSection.getByRole('button', { name: 'Turn off' }).click();
  await expect(onSection.getByLabel('Password')).toHaveAccessibleDescription(/Enter your current password\.$/);
  await onSection.getByLabel('Password').fill(password);
  await onSection
    .getByRole('textbox', { name: 'Code' })
    .last()
    .fill(recoveryCodes[1] ?? '');
  await onSection.getByRole('button', { name: 'Turn off' }).click();
  await expect(onSection.getByText(/^Off\./)).toBeVisible();

  await signOut(page);
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
});
