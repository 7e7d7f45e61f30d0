import { expect, type Page } from '@playwright/test';

/** Opens the new-goal form and fills its main fields; the caller adds the rest and submits. */
export async function createGoal(
  page: Page,
  fields: { title: string; horizon: 'Short-term' | 'Long-term'; category: string; parent?: string },
) {
  await page.goto('/goals/new');
  await page.getByLabel('Title').fill(fields.title);
  await page.getByLabel(new RegExp(`^${fields.horizon}`)).check();
  if (fields.parent) await page.getByLabel('Serves long-term goal (optional)').selectOption({ label: fields.parent });
  await page.getByLabel('Category').selectOption({ label: fields.category });
}

/** Creates a done-or-not-done goal and waits for its page. */
export async function createDoneGoal(page: Page, fields: Parameters<typeof createGoal>[1]) {
  await createGoal(page, fields);
  await page.getByLabel('Done or not done').check();
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: fields.title })).toBeVisible();
}
