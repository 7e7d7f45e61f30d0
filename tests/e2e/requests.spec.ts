// Requests refused before an action runs (docs/security.md, "Refused requests"): a clear 4xx answer, and in
// the form a readable sentence with what the user typed kept, never a 500.
import { expect, test, type Page, type Request } from '@playwright/test';
import { signUpNewUser } from '../support/users';

const foreignOrigin = 'https://attacker.example';
const overLimitBytes = 22 * 1024 * 1024;

/** The request the browser sends when the profile form on Settings is saved: a real server action call. */
async function profileSaveRequest(page: Page): Promise<Request> {
  await page.goto('/settings');
  const sent = page.waitForRequest((request) => request.method() === 'POST' && 'next-action' in request.headers());
  await page.getByRole('button', { name: 'Save settings' }).click();
  return sent;
}

/** A multipart body of about `bytes` bytes carrying one file field. */
function multipartBody(boundary: string, bytes: number): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.json"\r\nContent-Type: application/json\r\n\r\n`,
    ),
    Buffer.alloc(bytes, 'a'),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}

test('a server action posted from another site is refused with 403 and a sentence, not a 500', async ({ page }) => {
  await signUpNewUser(page);
  const action = await profileSaveRequest(page);
  const answer = await page.request.post(action.url(), {
    headers: { ...action.headers(), origin: foreignOrigin },
    data: action.postDataBuffer() ?? '',
  });
  expect(answer.status()).toBe(403);
  expect(await answer.text()).toContain('from another site');
});

test('a server action body over the limit is refused with 413 and a sentence, not a 500', async ({ page }) => {
  await signUpNewUser(page);
  const action = await profileSaveRequest(page);
  const boundary = 'trajectory-oversized';
  const answer = await page.request.post(action.url(), {
    headers: { ...action.headers(), 'content-type': `multipart/form-data; boundary=${boundary}` },
    data: multipartBody(boundary, overLimitBytes),
  });
  expect(answer.status()).toBe(413);
  expect(await answer.text()).toContain('larger than 20 MB');
});

test('the form says why a refused request was not saved and keeps what was typed', async ({ page }) => {
  await signUpNewUser(page);
  await page.goto('/settings');
  await page.getByLabel('Name').fill('Ada, padded past the limit');
  // The form's request grows past the limit on its way out, as an import over 21 MB would be.
  await page.route('**/settings', (route) => {
    const body = route.request().postDataBuffer();
    return route.request().method() === 'POST' && body
      ? route.continue({ postData: Buffer.concat([body, Buffer.alloc(overLimitBytes, ' ')]) })
      : route.continue();
  });
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This was not saved' })).toContainText('larger than 20 MB');
  await expect(page.getByLabel('Name')).toHaveValue('Ada, padded past the limit');
  await page.unrouteAll();
  await page.reload();
  await expect(page.getByLabel('Name')).not.toHaveValue('Ada, padded past the limit');
});
