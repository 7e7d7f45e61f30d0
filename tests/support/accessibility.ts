import fs from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Fails with a readable list when axe finds any WCAG 2.2 A/AA violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page) {
  // The title may be streamed in after the content the test waited for; axe must see the finished page.
  await expect(page).toHaveTitle(/\S/);
  // axe runs in the page itself (our pages have no frames). @axe-core/playwright opened a second page per
  // check to merge frame results, which tripled each check's time and made it most of the suite's CPU.
  // The browser's own evaluation of a script is not bound by the page's Content-Security-Policy, as a
  // script tag or eval() would be.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } };
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, wcagTags);
  const summary = violations.map((violation) => `${violation.id}: ${violation.help} (${violation.targets.join(', ')})`);
  expect(summary, `accessibility violations on ${page.url()}`).toEqual([]);
}
