import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { signIn } from './users';

/** Signs in as the demo account the e2e server created on its fresh database (scripts/e2e-server.mjs). */
export async function signInAsDemo(page: Page) {
  const note = fs.readFileSync(path.join(process.cwd(), '.e2e-data', 'demo-account.txt'), 'utf8');
  const field = (name: string) => new RegExp(`^${name}: (.+)$`, 'm').exec(note)?.[1] ?? '';
  await page.goto('/sign-in');
  await signIn(page, field('email'), field('password'));
  await expect(page).toHaveURL(/\/dashboard$/);
}
