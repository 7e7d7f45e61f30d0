import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { signInAsDemo } from '../support/demo';
import { reviewSectionHeadings } from '../support/review-headings';

async function download(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

test('the demo account’s review of this year shows its story and downloads as Markdown and JSON', async ({ page }) => {
  await signInAsDemo(page);
  await page.goto('/review');
  const year = new Date().getFullYear();
  await expect(page.getByRole('heading', { level: 1, name: `Yearly review ${year}` })).toBeVisible();
  const index = page.getByRole('region', { name: 'Trajectory index' });
  const indexChart = index.getByRole('img', { name: new RegExp(`^Trajectory index by month in ${year}`) });
  await expect(indexChart).toBeVisible();
  // The chart loads Recharts when it comes near the screen (components/charts/chart-frame.tsx).
  await indexChart.scrollIntoViewIfNeeded();
  await expect(index.locator('.recharts-line')).toHaveCount(1);
  await expect(index.getByRole('table').getByRole('row').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Training' })).toContainText('hours of training');
  await expect(page.getByRole('region', { name: 'Weekly consistency' })).toContainText(/Updates in \d+ of \d+ weeks/);
  // The target role's readiness as the year began and now, with a gap the year closed and what closed it.
  const nextRole = page.getByRole('region', { name: 'Next role' });
  await expect(nextRole).toContainText(
    new RegExp(`^Next roleReadiness for Senior data analyst \\(Senior\\): \\d+% at the start of ${year} → \\d+% on `),
  );
  await expect(nextRole.getByRole('listitem').filter({ hasText: /^Gap closed: Leads an analysis/ })).toContainText(
    'Starting → Usually; evidence: You rated yourself “Usually”',
  );
  await expect(nextRole.getByRole('link', { name: 'Gaps and evidence today' })).toHaveAttribute('href', '/next-role');
  await expectNoAxeViolations(page);

  // Write a summary and pick a highlight: they are saved and lead every export.
  const notes = page.getByRole('region', { name: 'Your summary and highlights' });
  await notes.getByLabel('Summary').fill('The year I moved from support into analytics.');
  const firstHighlight = notes.getByRole('region', { name: 'Highlights to pick from' }).getByRole('checkbox').first();
  const highlight = (await firstHighlight.locator('xpath=..').textContent()) ?? '';
  await firstHighlight.check();
  await notes.getByRole('button', { name: 'Save summary and highlights' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'summary and highlights are saved' })).toBeVisible();
  await page.reload();
  await expect(notes.getByLabel('Summary')).toHaveValue('The year I moved from support into analytics.');

  // Pay is private: the files hold it only when it is ticked for them.
  await page.getByLabel('Include pay in downloads').check();
  const markdown = await download(page, 'Download Markdown');
  expect(markdown.text).toContain('The year I moved from support into analytics.');
  expect(markdown.text).toContain(`- ${highlight.trim()}`);
  expect(markdown.name).toBe(`trajectory-review-${year}.md`);
  const headings = markdown.text.split('\n').filter((line) => line.startsWith('#'));
  expect(headings).toEqual([
    expect.stringMatching(new RegExp(`^# Yearly review ${year}`)),
    ...reviewSectionHeadings({ withPay: true }),
  ]);

  await page.getByLabel('Include pay in downloads').uncheck();
  const json = await download(page, 'Download JSON');
  expect(json.text).not.toContain('"pay"');
  expect(json.text).not.toMatch(/£\d/);
  expect(json.name).toBe(`trajectory-review-${year}.json`);
  const review = JSON.parse(json.text) as {
    format: string;
    year: number;
    consistency: { weeksUpdated: number };
    roles: unknown[];
    feedback: { praise: number; developmentAreas: number; recurringAreas: unknown[] };
    peopleMet: number;
    nextRole: { start: { percent: number }; end: { percent: number }; gapsClosed: { requirement: string }[] };
  };
  expect(review).toMatchObject({ format: 'trajectory-review', version: 3, year });
  expect(review.nextRole.end.percent).toBeGreaterThan(review.nextRole.start.percent);
  expect(review.nextRole.gapsClosed.map((gap) => gap.requirement)).toContain(
    'Leads an analysis from the first question to the decision it informs',
  );
  expect(review.consistency.weeksUpdated).toBeGreaterThan(10);
  expect(review.roles.length).toBeGreaterThan(0);
  expect(review.feedback).toEqual({
    praise: expect.any(Number),
    developmentAreas: expect.any(Number),
    recurringAreas: expect.any(Array),
  });
  expect(review.peopleMet).toEqual(expect.any(Number));
});

test('the review downloads as a PDF with its summary, sections and page numbers, with progress shown meanwhile', async ({
  page,
}) => {
  test.slow(); // the PDF is drawn on the server
  await signInAsDemo(page);
  // Last year's review, so this test and the one above (running in parallel on the same demo account) never overwrite each other's summary.
  const year = new Date().getFullYear() - 1;
  await page.goto(`/review?year=${year}`);
  const notes = page.getByRole('region', { name: 'Your summary and highlights' });
  await notes.getByLabel('Summary').fill('Analytics became my work that year: Łódź, Αθήνα, Київ.');
  await notes.getByRole('button', { name: 'Save summary and highlights' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'summary and highlights are saved' })).toBeVisible();

  // Hold the response until the progress message has been seen, as on a slow connection.
  let progressSeen = () => {};
  const held = new Promise<void>((resolve) => (progressSeen = resolve));
  await page.route('**/pdf', async (route) => {
    const response = await route.fetch();
    await held;
    await route.fulfill({ response });
  });
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Drawing your review as a PDF…' })).toBeVisible();
  progressSeen();
  const file = await downloaded;
  expect(file.suggestedFilename()).toBe(`trajectory-review-${year}.pdf`);

  const { extractText, getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(fs.readFileSync(await file.path())));
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  expect(totalPages).toBeGreaterThanOrEqual(1);
  for (const expected of [
    `Yearly review ${year}`,
    'Analytics became my work that year: Łódź, Αθήνα, Київ.',
    'Achievements',
    'Trajectory index',
    'Next role',
    `at the start of ${year} to`,
    'Gap closed: Statistics',
    'Goals achieved',
    'Skills gained',
    'Positions and promotions',
    'Weekly consistency',
    `Page 1 of ${totalPages}`,
  ]) {
    expect(text).toContain(expected);
  }
});

test('an empty year offers the years with records and no downloads; a year not begun has no review; a year before the target role says so', async ({
  page,
}) => {
  await signInAsDemo(page);
  const year = new Date().getFullYear();
  await page.goto('/review?year=2001');
  await expect(page.getByRole('heading', { name: 'Nothing recorded in 2001' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download PDF' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Download/ })).toHaveCount(0);
  // The download addresses say the same as the page: there is nothing to download.
  const markdown = await page.request.get('/review/2001/markdown');
  expect(markdown.status()).toBe(404);
  expect(await markdown.text()).toBe('Nothing is recorded in 2001, so there is no review of it to download.');
  expect((await page.request.get('/review/not-a-year/json')).status()).toBe(404);

  // Next year's review has not begun: no reversed period, no figures, and no download.
  await page.goto(`/review?year=${year + 1}`);
  await expect(page.getByText(`${year + 1} has not begun, so it has no review yet; here is ${year}.`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: `Yearly review ${year}` })).toBeVisible();
  // Not a period starting next year; a date later in January (a certification's "21 Jan") is not one.
  await expect(page.getByText(new RegExp(`(^|\\D)1 Jan ${year + 1}`))).toHaveCount(0);
  expect((await page.request.get(`/review/${year + 1}/pdf`)).status()).toBe(404);

  await page.goto('/review?year=1800');
  await expect(page.getByText(`There is no review for “1800”, so here is ${year}.`)).toBeVisible();

  // A year of the demo's record before it aimed at its next role: the section says so and links to the page.
  await page.goto(`/review?year=${year - 4}`);
  const nextRole = page.getByRole('region', { name: 'Next role' });
  await expect(nextRole).toContainText(`No target role in ${year - 4}.`);
  await expect(nextRole.getByRole('link', { name: 'Aim at a role on the Next role page' })).toHaveAttribute(
    'href',
    '/next-role',
  );

  // The empty year links the years that have records.
  await page.goto('/review?year=2001');
  await page
    .getByRole('navigation', { name: 'Years with records' })
    .getByRole('link', { name: `Review of ${year}` })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: `Yearly review ${year}` })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download Markdown' })).toBeVisible();
});
