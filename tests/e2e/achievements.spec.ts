import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { jsonResumeProblems } from '../support/json-resume';
import { signUpNewUser } from '../support/users';

test('a weekly highlight becomes an achievement that leads the review PDF and is a highlight of its role in the JSON Resume', async ({
  page,
}) => {
  test.slow(); // a new account, a week, a PDF drawn on the server
  await signUpNewUser(page);
  await page.goto('/goals/new');
  await page.getByLabel('Title').fill('Become an operations analyst');
  await page.getByLabel(/^Long-term/).check();
  await page
    .getByLabel('Category')
    .selectOption({ label: 'Advancement: promotion, new responsibilities, a next role' });
  const doneOrNot = page.getByRole('radio', { name: 'Done or not done' });
  await doneOrNot.check();
  await expect(page.getByLabel('Target', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Become an operations analyst' })).toBeVisible();

  await page.goto('/career/positions/new');
  await page.getByLabel('Role title').fill('Operations analyst');
  await page.getByLabel('Employer').fill('Acme Retail');
  await page.getByLabel('Started').fill('2024-04-01');
  await page.getByLabel('How you reached it').selectOption('career_change');
  await page.getByRole('button', { name: 'Add position' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Position saved.' })).toBeVisible();

  // The week's highlight, saved with the update, becomes an achievement with one click.
  const highlight = 'Automated the stock-out alert for the buyers';
  await page.goto('/weekly');
  await page
    .getByRole('checkbox', { name: 'Done' })
    .or(page.getByLabel(/^Value now/))
    .first()
    .isVisible();
  await page
    .getByRole('group', { name: /How aligned/ })
    .getByRole('radio', { name: '4 – Mostly' })
    .check();
  await page.getByLabel('Highlight of the week (optional)').fill(highlight);
  await page.getByRole('button', { name: 'Save update' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Update for .* saved\./ })).toBeVisible();
  const weekHighlight = page.getByRole('region', { name: 'This week’s highlight' });
  await expect(weekHighlight).toContainText(highlight);
  await weekHighlight.getByRole('button', { name: 'Make it an achievement' }).click();

  // It opens for its impact, measured result and links.
  await expect(page.getByRole('heading', { level: 1, name: 'Edit achievement' })).toBeVisible();
  await expect(page.getByLabel('What happened')).toHaveValue(highlight);
  await page.getByLabel('Impact (optional)').fill('Buyers act the same morning.');
  await page.getByLabel('What you measured').fill('Days from stock-out to action');
  await page.getByLabel('Before (optional)').fill('4');
  await page.getByLabel('After', { exact: true }).fill('1');
  await page.getByLabel('Unit (optional)').fill('days');
  await page.getByLabel('Position (optional)').selectOption({ label: 'Operations analyst, Acme Retail' });
  await page.getByRole('checkbox', { name: 'Become an operations analyst' }).check();
  await page.getByLabel('Tags (optional)').fill('Data, delivery');
  await page.getByRole('button', { name: 'Save achievement' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Achievement saved.' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Achievements, newest first' })).toContainText(highlight);

  // The goal's page lists it.
  await page.goto('/goals');
  await page.getByRole('link', { name: 'Become an operations analyst' }).first().click();
  await expect(page.getByRole('region', { name: 'Achievements' })).toContainText(highlight);

  // The review includes every achievement of the year until the user picks, and its PDF opens with them.
  const year = new Date().getFullYear();
  await page.goto(`/review?year=${year}`);
  const included = page.getByRole('region', { name: 'Achievements' });
  await expect(included).toContainText('Every achievement of the year is included until you pick');
  await expect(included).toContainText(highlight);
  const [pdfFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PDF' }).click(),
  ]);
  const { extractText, getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(fs.readFileSync(await pdfFile.path())));
  const { text } = await extractText(pdf, { mergePages: true });
  const line = `${highlight}. Buyers act the same morning. Result: Days from stock-out to action: 4 days to 1 days (−75%).`;
  expect(text).toContain('Achievements');
  expect(text.replace(/\s+/g, ' ')).toContain(line);
  expect(text.indexOf('Achievements')).toBeLessThan(text.indexOf('Summary'));

  // The JSON Resume lists it under its role, and the schema accepts the file.
  await page.goto('/career');
  const [resumeFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download as JSON Resume' }).click(),
  ]);
  const resume = JSON.parse(fs.readFileSync(await resumeFile.path(), 'utf8')) as {
    work: { position: string; highlights?: string[] }[];
  };
  expect(jsonResumeProblems(resume)).toEqual([]);
  expect(resume.work).toEqual([
    expect.objectContaining({
      position: 'Operations analyst',
      highlights: [line.replace('4 days to 1 days', '4 days → 1 days')],
    }),
  ]);
});
