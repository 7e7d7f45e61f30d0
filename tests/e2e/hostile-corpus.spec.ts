import { expect, test, type Page } from '@playwright/test';
import { markdownText } from '@/lib/markdown';
import { hostileSummary, singleLineHostileTexts } from '../support/hostile-corpus';
import { blockOpenedBy, liveInlineSyntax } from '../support/markdown-structure';
import { signUpNewUser } from '../support/users';
import { reviewSectionHeadings } from '../support/review-headings';

/** Everything the page did that user text must never cause: a dialog (alert) and a CSP violation. */
function watchForInjection(page: Page) {
  const incidents: string[] = [];
  page.on('dialog', (dialog) => {
    incidents.push(`dialog on ${page.url()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to|securitypolicyviolation/i.test(message.text()))
      incidents.push(`console on ${page.url()}: ${message.text()}`);
  });
  // Runs before the page's own scripts, outside its CSP.
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`securitypolicyviolation ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return incidents;
}

/** No element, attribute or link on the page came from user text. */
async function expectNoInjectedElements(page: Page) {
  const injected = await page.evaluate(() => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll('*')))
      for (const attribute of Array.from(element.attributes))
        if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
    // Next's own scripts carry page data, user text included, as JSON strings; a script from user text is the payload itself.
    for (const script of Array.from(document.querySelectorAll('script')))
      if (/^\s*alert\(/.test(script.textContent ?? '')) found.push(`script: ${script.textContent}`);
    for (const link of Array.from(document.querySelectorAll('a[href]')))
      if (/^\s*javascript:/i.test(link.getAttribute('href') ?? '')) found.push(`link: ${link.getAttribute('href')}`);
    for (const image of Array.from(document.querySelectorAll('img')))
      if (image.getAttribute('src') === 'x') found.push('img src=x');
    found.push(
      ...Array.from(
        document.querySelectorAll('main svg[onload], main iframe, main object, main embed'),
        (e) => e.tagName,
      ),
    );
    return found;
  });
  expect(injected, `elements from user text on ${page.url()}`).toEqual([]);
}

test('hostile text stored through the forms shows as text on every page and in the review’s downloads', async ({
  page,
}) => {
  test.setTimeout(300_000); // dozens of forms are sent one after another
  const incidents = watchForInjection(page);
  await signUpNewUser(page);
  // One goal is achieved, so its title is also offered (and picked) as a highlight: the one that is HTML.
  const achieved = singleLineHostileTexts.find((text) => text.includes('onerror'));
  if (achieved === undefined) throw new Error('the corpus has no img with onerror');
  const others = singleLineHostileTexts.filter((text) => text !== achieved);

  for (const title of singleLineHostileTexts) {
    await page.goto('/goals/new');
    await page.getByLabel('Title').fill(title);
    await page.getByLabel(/^Short-term/).check();
    await page.getByLabel('Category').selectOption({ label: 'Learning: courses, degrees, reading, study hours' });
    await page.getByLabel('Target', { exact: true }).fill('4');
    await page.getByLabel('Unit').fill('courses');
    await page.getByRole('button', { name: 'Create goal' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
    await expectNoInjectedElements(page);
    if (title === achieved) {
      await page.getByRole('button', { name: 'Mark achieved' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Goal marked achieved.' })).toBeVisible();
    }
  }
  for (const name of singleLineHostileTexts) {
    await page.goto('/career/skills/new');
    await page.getByRole('textbox', { name: 'Skill' }).fill(name);
    await page.getByLabel('Kind').selectOption('technical');
    await page.getByLabel('Target level').selectOption('4');
    await page.getByLabel('Current level').selectOption('2');
    await page.getByRole('button', { name: 'Add skill' }).click();
    await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
  }

  const year = new Date().getFullYear();
  await page.goto('/review');
  const notes = page.getByRole('region', { name: 'Your summary and highlights' });
  await notes.getByLabel('Summary').fill(hostileSummary);
  await notes.getByRole('checkbox', { name: `Achieved: ${achieved}`, exact: true }).check();
  await notes.getByRole('button', { name: 'Save summary and highlights' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'summary and highlights are saved' })).toBeVisible();

  for (const path of ['/goals', '/career', '/dashboard', '/review']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoInjectedElements(page);
    if (path === '/goals' || path === '/career')
      for (const text of singleLineHostileTexts) await expect(page.locator('main')).toContainText(text);
  }
  await expect(page.getByRole('region', { name: 'Short-term goals' })).toContainText(others[0] ?? '');
  await expect(page.getByRole('region', { name: 'Goals achieved' })).toContainText(achieved);
  await expect(page.getByRole('region', { name: 'Your summary and highlights' }).getByLabel('Summary')).toHaveValue(
    hostileSummary,
  );

  const markdown = await (await page.request.get(`/review/${year}/markdown`)).text();
  const lines = markdown.split('\n');
  expect(lines.filter((line) => line.startsWith('#'))).toEqual([
    expect.stringMatching(new RegExp(`^# Yearly review ${year}`)),
    ...reviewSectionHeadings({ withPay: false }),
  ]);
  for (const line of lines) {
    const content = line.replace(/^(?:#{1,2} |- )/, '');
    expect(blockOpenedBy(content), line).toBeNull();
    if (!/^_[^_]+_$/.test(line)) expect(liveInlineSyntax(line), line).toEqual([]);
  }
  expect(markdown).toContain(`- Achieved: ${markdownText(achieved)}`);
  expect(markdown).toContain(`- ${markdownText(achieved)} (`);
  for (const text of others) {
    expect(markdown).toContain(`- ${markdownText(text)}: 0%`);
    expect(markdown).toContain(`- ${markdownText(text)}: level – → 2`);
  }

  const review = (await (await page.request.get(`/review/${year}/json`)).json()) as {
    summary: string;
    highlights: string[];
    goalsAchieved: { title: string }[];
    shortTermGoals: { title: string }[];
    skillsGained: { name: string }[];
  };
  // A form sends a textarea's line breaks as CRLF.
  expect(review.summary.replace(/\r\n/g, '\n')).toBe(hostileSummary);
  expect(review.highlights).toEqual([`Achieved: ${achieved}`]);
  expect(review.goalsAchieved.map((goal) => goal.title)).toEqual([achieved]);
  expect(review.shortTermGoals.map((goal) => goal.title).sort()).toEqual([...others].sort());
  expect(review.skillsGained.map((skill) => skill.name).sort()).toEqual([...singleLineHostileTexts].sort());

  expect(incidents).toEqual([]);
});
