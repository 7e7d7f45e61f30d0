import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { accountExportSchema } from '@/lib/account/export-schema';
import { signInAsDemo } from '../support/demo';
import { jsonResumeProblems } from '../support/json-resume';
import { signIn, signUpNewUser } from '../support/users';

async function downloadExport(page: Page) {
  await page.goto('/settings');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download all my data (JSON)' }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), path, content: JSON.parse(fs.readFileSync(path, 'utf8')) as unknown };
}

async function importFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto('/settings');
  await page.getByLabel('Export file').setInputFiles(file);
  await page.getByRole('button', { name: 'Import' }).click();
}

test('the demo account’s data downloads as one JSON file and imports into a new, empty account', async ({ page }) => {
  test.slow(); // two accounts and a three-year history
  await signInAsDemo(page);
  const exported = await downloadExport(page);
  expect(exported.name).toMatch(/^trajectory-account-\d{4}-\d{2}-\d{2}\.json$/);
  const file = accountExportSchema.parse(exported.content);
  expect(file.goals.length).toBeGreaterThan(10);

  await page.context().clearCookies();
  await signUpNewUser(page);
  await importFile(page, { name: exported.name, mimeType: 'application/json', buffer: fs.readFileSync(exported.path) });
  // The summary names every kind of record the file brought, with its count, and the settings it changed.
  const summary = page.getByRole('status').filter({ hasText: `Imported ${file.goals.length} goals` });
  await expect(summary).toContainText(`${file.reflections.length} reflections`);
  await expect(summary).toContainText(`${file.certifications.length} certifications`);
  await expect(summary).toContainText(`${file.education.length} training entries`);
  await expect(summary).toContainText(`Changed your name to “${file.profile.name}”`);
  await page.goto('/goals');
  await expect(page.getByRole('link', { name: 'Save a 2,000 € emergency fund' })).toBeVisible();

  // A second import into the now non-empty account is refused.
  await importFile(page, { name: exported.name, mimeType: 'application/json', buffer: fs.readFileSync(exported.path) });
  await expect(page.getByText('Import only works into an empty account')).toBeVisible();
});

test('a truncated, wrong-version or oversized file is refused with a clear message, and nothing is imported', async ({
  page,
}, testInfo) => {
  await signUpNewUser(page);
  await importFile(page, {
    name: 'cut.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"trajectory-account","version":1,"goals":[{"ti'),
  });
  await expect(page.getByText('The file is not valid JSON; it may be cut short or not an export.')).toBeVisible();
  await expect(page.getByLabel('Export file')).toHaveAttribute('aria-invalid', 'true');

  const wrongVersion = {
    format: 'trajectory-account',
    version: 99,
    exportedAt: new Date().toISOString(),
    profile: {},
    goals: [],
  };
  await importFile(page, {
    name: 'old.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(wrongVersion)),
  });
  await expect(
    page.getByText('This export is in another version of the format; this app reads versions 1, 2 and 3.'),
  ).toBeVisible();

  // Given as a path, the browser reads the file itself; a buffer of 20 MB would cross the test protocol first.
  const huge = testInfo.outputPath('huge.json');
  fs.writeFileSync(huge, Buffer.alloc(20 * 1024 * 1024 + 1, 32));
  await importFile(page, huge);
  await expect(page.getByText('The file is larger than 20 MB.')).toBeVisible();

  await page.goto('/goals');
  await expect(page.getByRole('heading', { name: 'No goals yet' })).toBeVisible();
});

test('deleting the account needs the password, then signs out and the account is gone', async ({ page }) => {
  const { email, password } = await signUpNewUser(page);
  await page.goto('/settings');
  const danger = page.getByRole('region', { name: 'Delete your account' });
  await danger.getByLabel('Your password').fill('not my password at all');
  await danger.getByRole('button', { name: 'Delete my account and all its data' }).click();
  await expect(danger.getByText('That is not your password.')).toBeVisible();

  await danger.getByLabel('Your password').fill(password);
  await danger.getByRole('button', { name: 'Delete my account and all its data' }).click();
  await expect(page).toHaveURL(/\/sign-in\?deleted=1/);
  await expect(page.getByText('Your account and all its data were deleted.')).toBeVisible();

  await signIn(page, email, password);
  await expect(page.getByRole('alert').filter({ hasText: 'do not match' })).toHaveText(
    'That email and password do not match an account.',
  );
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('the demo account’s career record downloads as a JSON Resume that its schema accepts', async ({ page }) => {
  await signInAsDemo(page);
  await page.goto('/career');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download as JSON Resume' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('resume.json');
  const resume = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as {
    work: { position: string }[];
    certificates: unknown[];
    skills: unknown[];
    education: unknown[];
  };
  expect(jsonResumeProblems(resume)).toEqual([]);
  expect(resume.work.map((work) => work.position)).toEqual([
    'Operations analyst',
    'Support team lead',
    'Customer support agent',
  ]);
  expect(resume.certificates.length).toBe(3);
  expect(resume.skills.length).toBeGreaterThanOrEqual(6);
  expect(resume.education.length).toBeGreaterThan(0);
});

test('an import that would lock the account (an unknown time zone, a week start the form does not offer) is refused, and every page still opens', async ({
  page,
}) => {
  await signUpNewUser(page);
  const file = (profile: { timeZone: string; weekStartsOn: number }) => ({
    name: 'export.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'trajectory-account',
        version: 1,
        exportedAt: new Date().toISOString(),
        profile: { name: null, email: 'someone@example.com', ...profile },
        goals: [],
        reflections: [],
        skills: [],
        education: [],
        certifications: [],
        positions: [],
      }),
    ),
  });
  await importFile(page, file({ timeZone: 'Mars/Phobos', weekStartsOn: 1 }));
  await expect(page.getByText(/profile\.timeZone/)).toBeVisible();
  await importFile(page, file({ timeZone: 'Europe/Paris', weekStartsOn: 3 }));
  await expect(page.getByText(/profile\.weekStartsOn/)).toBeVisible();
  for (const path of ['/dashboard', '/weekly', '/goals', '/career', '/review', '/settings']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
  }
  await importFile(page, file({ timeZone: 'Europe/Paris', weekStartsOn: 1 }));
  await expect(page.getByRole('status').filter({ hasText: 'The file held no records to import.' })).toBeVisible();
});
