import { expect, test } from '@playwright/test';
import { startOutageServer, type OutageServer } from '../support/outage-server';
import { signIn, signOut, signUpNewUser } from '../support/users';

// This spec runs its own production server, whose database is behind a proxy the test can cut.
test.describe.configure({ mode: 'serial' });

let server: OutageServer;
test.beforeAll(async () => {
  test.setTimeout(120_000); // a production server's start, as the config gives the e2e server
  server = await startOutageServer();
});
test.afterAll(async () => {
  await server?.stop();
});

const notSaved = 'Not saved: the database could not be reached. What you typed is still here; try again.';

test('a weekly update sent while the database is stopped keeps everything typed and says it was not saved; sent again once the database is back, it is saved', async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: server.baseUrl });
  const page = await context.newPage();
  await signUpNewUser(page, { outbox: server.outbox });
  await page.goto('/goals/new');
  await page.getByLabel('Title').fill('Finish the SQL course');
  await page.getByLabel(/^Short-term/).check();
  await page.getByLabel('Category').selectOption('learning');
  await page.getByLabel('Target', { exact: true }).fill('8');
  await page.getByLabel('Unit').fill('modules');
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByText('0 of 8 modules, no update yet')).toBeVisible();

  await page.goto('/weekly');
  const value = page.getByLabel('Value now (modules) for Finish the SQL course');
  await value.fill('3');
  await page
    .getByRole('group', { name: /^Finish the SQL course/ })
    .getByRole('radio', { name: 'Likely', exact: true })
    .check();
  const alignment = page.getByRole('group', { name: /How aligned/ });
  await alignment.getByRole('radio', { name: '4 – Mostly' }).check();
  await page.getByLabel('What made it so? (optional)').fill('Shipped the import, reviewed two designs');
  await page.getByLabel('Highlight of the week (optional)').fill('The first customer used it');

  await server.proxy.setMode('stopped');
  await page.getByRole('button', { name: 'Save update' }).click();
  await expect(page.getByText(notSaved)).toBeVisible();
  await expect(value).toHaveValue('3');
  await expect(alignment.getByRole('radio', { name: '4 – Mostly' })).toBeChecked();
  await expect(page.getByLabel('What made it so? (optional)')).toHaveValue('Shipped the import, reviewed two designs');
  await expect(page.getByLabel('Highlight of the week (optional)')).toHaveValue('The first customer used it');

  await server.proxy.setMode('pass');
  await page.getByRole('button', { name: 'Save update' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Update for .* saved\./ })).toBeVisible();
  await page.reload();
  await expect(value).toHaveValue('3');
  await expect(page.getByLabel('Highlight of the week (optional)')).toHaveValue('The first customer used it');
  await context.close();
});

test('a page that cannot reach the database says the service is briefly unavailable and loads on retry once it is back', async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: server.baseUrl });
  const page = await context.newPage();
  await signUpNewUser(page, { outbox: server.outbox });

  // Stopped, not black-holed: each query waits for its own connect timeout there, and behind a pool of
  // one connection (PGlite over the wire) the page's queries would queue up one timeout after another.
  await server.proxy.setMode('stopped');
  await page.goto('/goals');
  const unavailable = page.getByRole('heading', { name: 'Trajectory is briefly unavailable' });
  await expect(unavailable).toBeVisible();
  await expect(page.getByText(/could not be loaded/)).toBeVisible();
  // The page takes focus to its heading once it is interactive: a click before that would do nothing.
  await expect(unavailable).toBeFocused();

  await server.proxy.setMode('pass');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Goals', level: 1 })).toBeVisible();
  await context.close();
});

test('signing in while the database is stopped says it could not be reached and keeps the email; once it is back, the same sign-in works', async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: server.baseUrl });
  const page = await context.newPage();
  const { email, password } = await signUpNewUser(page, { outbox: server.outbox });
  await signOut(page);

  await server.proxy.setMode('stopped');
  await signIn(page, email, password);
  await expect(page.getByText(notSaved)).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue(email);

  await server.proxy.setMode('pass');
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await context.close();
});
