// The CV as a PDF (issue 14, item 6): the sections ticked are in it, the others are not, and a CV with
// nothing in it is refused with a sentence, never a server error.
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { signInAsDemo } from '../support/demo';

test('the demo account’s CV holds the sections chosen and only those, with a profile, read back from the PDF', async ({
  page,
}) => {
  test.slow(); // the PDF is drawn on the server
  await signInAsDemo(page);
  await page.goto('/career');
  await page.getByRole('link', { name: 'CV as PDF' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'CV' })).toBeVisible();
  await expectNoAxeViolations(page);

  const sections = page.getByRole('group', { name: 'Sections to include' });
  for (const box of await sections.getByRole('checkbox').all()) await box.uncheck();
  await page.getByRole('button', { name: 'Download CV (PDF)' }).click();
  await expect(page.getByRole('status')).toHaveText('Choose at least one section, or write a profile, for your CV.');

  await sections.getByRole('checkbox', { name: /^Positions/ }).check();
  await sections.getByRole('checkbox', { name: /^Certifications/ }).check();
  await sections.getByRole('checkbox', { name: /^Technical skills/ }).check();
  await page
    .getByLabel('Profile (optional)')
    .fill('Operations analyst from Łódź who turns support data into decisions.');
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CV (PDF)' }).click();
  const file = await downloaded;
  expect(file.suggestedFilename()).toBe('cv.pdf');

  const { extractText, getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(fs.readFileSync(await file.path())));
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  expect(totalPages).toBeLessThanOrEqual(2);
  for (const expected of [
    'Alex Demo',
    'Operations analyst from Łódź who turns support data into decisions.',
    'Positions',
    'Operations analyst',
    'Support team lead',
    'Certifications',
    'Technical skills',
    'SQL',
  ])
    expect(text).toContain(expected);
  for (const absent of [
    'Education and training',
    'Soft skills',
    'Coaching',
    'BSc Business Management',
    'Salary',
    'Hourly',
  ])
    expect(text).not.toContain(absent);

  // A choice the form cannot make is refused with a sentence.
  const forged = await page.request.post('/career/cv/pdf', { form: { section: 'salary' } });
  expect(forged.status()).toBe(400);
  expect(await forged.text()).toBe('One of the sections is not a part a CV can hold.');
});
