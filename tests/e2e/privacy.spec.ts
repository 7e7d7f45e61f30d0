import { expect, test } from '@playwright/test';
import { navItems } from '@/components/shell/nav-items';
import { signUpNewUser } from '../support/users';

const appPaths = navItems.map((item) => item.href);

test('signed out, no app page returns content: each redirects to sign-in', async ({ request }) => {
  for (const path of appPaths) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toMatch(/^\/sign-in/);
  }
  // The site's icons are no one's data: a browser asks for /favicon.ico on its own, signed in or not.
  for (const [path, type] of [
    ['/favicon.ico', 'image/x-icon'],
    ['/icon.svg', 'image/svg+xml'],
  ] as const) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe(type);
  }
});

test('signed out, the session endpoint reveals no user', async ({ request }) => {
  const response = await request.get('/api/auth/session');
  expect(response.ok()).toBe(true);
  expect(await response.json()).toBeNull();
});

test('a server action replayed without a session changes nothing', async ({ page, browser }) => {
  await signUpNewUser(page, { name: 'Original Name' });
  await page.goto('/settings');

  // Capture the real "save settings" request the form sends…
  const captured = page.waitForRequest(
    (request) => request.method() === 'POST' && Boolean(request.headers()['next-action']),
  );
  await page.getByLabel('Name', { exact: true }).fill('Changed By Owner');
  await page.getByRole('button', { name: 'Save settings' }).click();
  const request = await captured;
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();

  // …then send it again from a browser with no session, asking for another name.
  const stranger = await browser.newContext();
  const body = (request.postData() ?? '')
    .replace('Changed+By+Owner', 'Changed+By+Stranger')
    .replace('Changed By Owner', 'Changed By Stranger');
  const headers = Object.fromEntries(
    Object.entries(request.headers()).filter(([name]) => !['cookie', 'content-length'].includes(name.toLowerCase())),
  );
  const replay = await stranger.request.post(request.url(), { headers, data: body, maxRedirects: 0 });
  expect(await replay.text()).not.toContain('Changed By Owner');
  await stranger.close();

  await page.reload();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Changed By Owner');
});

test('session cookies are HttpOnly and SameSite=Lax', async ({ page, context }) => {
  await signUpNewUser(page);
  const session = (await context.cookies()).find((cookie) => cookie.name.includes('authjs.session-token'));
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
});

test('every response carries the security headers, and pages satisfy their CSP', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });

  const signInResponse = await page.goto('/sign-in');
  const headers = signInResponse?.headers() ?? {};
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');

  await signUpNewUser(page);
  for (const path of appPaths) {
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    // Hydration ran: client-side navigation works only if scripts were allowed.
    await expect(page.getByRole('link', { name: 'Dashboard', exact: true }).first()).toBeVisible();
  }
  await page.getByRole('link', { name: 'Goals', exact: true }).first().click();
  await expect(page).toHaveURL(/\/goals$/);
  expect(violations).toEqual([]);
});
