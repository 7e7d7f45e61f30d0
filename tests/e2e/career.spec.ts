import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { signOut, signUpNewUser } from '../support/users';

test('adding a skill, education, a certification and positions shows them on the career page and the timeline', async ({
  page,
}) => {
  test.slow();
  await signUpNewUser(page);
  await page.goto('/career');
  await expect(page.getByText('No skills yet.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Add a skill' }).click();
  await expect(page).toHaveURL(/\/career\/skills\/new$/);
  await page.getByRole('textbox', { name: 'Skill' }).fill('SQL');
  await page.getByLabel('Kind').selectOption('technical');
  await page.getByLabel('Target level').selectOption('4');
  await page.getByLabel('Current level').selectOption('2');
  await page.getByRole('button', { name: 'Add skill' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SQL' })).toBeVisible();
  await expect(page.getByText('Current level: 2 – Advanced beginner.')).toBeVisible();
  await page.getByLabel('Level', { exact: true }).selectOption('3');
  await page.getByLabel('Evidence (optional)').fill('Wrote the weekly report query');
  await page.getByRole('button', { name: 'Add assessment' }).click();
  await expect(page.getByText('Current level: 3 – Competent.')).toBeVisible();
  await expect(page.getByRole('table', { name: /Assessments of SQL/ }).getByRole('row')).toHaveCount(3);

  await page.goto('/career/education/new');
  await page.getByLabel('Kind').selectOption('course');
  await page.getByLabel('Title').fill('Power BI Data Analyst');
  await page.getByLabel('Provider (optional)').fill('Microsoft Learn');
  await page.getByLabel('Hours (optional)').fill('40');
  await page.getByRole('button', { name: 'Add education or training' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Education saved.' })).toBeVisible();
  await expect(page.getByText('Microsoft Learn · in progress · 40 hours')).toBeVisible();

  await page.goto('/career/certifications/new');
  await page.getByLabel('Certification').fill('ITIL 4 Foundation');
  await page.getByLabel('Issuer (optional)').fill('PeopleCert');
  await page.getByLabel('Earned on').fill('2024-01-15');
  await page.getByLabel('Expires on (optional)').fill('2025-01-15');
  await page.getByLabel('Credential URL (optional)').fill('https://example.com/verify/123');
  await page.getByRole('button', { name: 'Add certification' }).click();
  const certification = page.getByRole('listitem').filter({ hasText: 'ITIL 4 Foundation' });
  await expect(certification.getByText('Expired', { exact: true })).toBeVisible();
  await expect(certification.getByRole('link', { name: /View credential/ })).toHaveAttribute(
    'href',
    'https://example.com/verify/123',
  );

  for (const role of [
    { title: 'Support agent', started: '2019-03-01', ended: '2022-05-31', how: 'first_role' },
    { title: 'Team lead', started: '2022-06-01', ended: '', how: 'promotion' },
  ]) {
    await page.goto('/career/positions/new');
    await page.getByLabel('Role title').fill(role.title);
    await page.getByLabel('Employer').fill('Acme');
    await page.getByLabel('Started').fill(role.started);
    if (role.ended) await page.getByLabel('Ended (leave empty if current)').fill(role.ended);
    await page.getByLabel('How you reached it').selectOption(role.how);
    await page.getByRole('button', { name: 'Add position' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Position saved.' })).toBeVisible();
  }
  await expect(page.getByRole('listitem').filter({ hasText: 'Team lead' }).getByText('Current')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Positions timeline' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Positions timeline' })).toBeVisible();
  const entries = page.getByRole('list', { name: 'Positions, newest first' }).getByRole('listitem');
  await expect(entries.nth(0)).toContainText('Team lead');
  await expect(entries.nth(0)).toContainText('Promotion');
  await expect(entries.nth(1)).toContainText('Support agent');
  await expect(entries.nth(1)).toContainText('First role');
  await expectNoAxeViolations(page);

  // Every page the main navigation does not list leads back to the pages above it.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Career' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Career' })).toBeVisible();
  for (const { path, above } of [
    { path: '/career/skills/new', above: ['Career'] },
    { path: '/career/education/new', above: ['Career'] },
    { path: '/career/certifications/new', above: ['Career'] },
    { path: '/career/positions/new', above: ['Career'] },
    { path: '/career/cv', above: ['Career'] },
    { path: '/career/feedback/new', above: ['Career', 'Feedback'] },
    { path: '/career/people/new', above: ['Career', 'People'] },
    { path: '/achievements/new', above: ['Achievements'] },
    { path: '/goals/new', above: ['Goals'] },
  ]) {
    await page.goto(path);
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link'), path).toHaveText(above);
  }
});

test('bad career input gets field messages and saves nothing', async ({ page }) => {
  await signUpNewUser(page);
  await page.goto('/career/positions/new');
  await page.getByLabel('Started').fill('2024-05-01');
  await page.getByLabel('Ended (leave empty if current)').fill('2024-04-01');
  await page.getByRole('button', { name: 'Add position' }).click();
  await expect(page.getByLabel('Ended (leave empty if current)')).toHaveAccessibleDescription(
    'The end cannot be before the start.',
  );
  await expect(page.getByLabel('Role title')).toHaveAccessibleDescription('Enter the role title.');

  await page.goto('/career/certifications/new');
  await page.getByLabel('Certification').fill('Fake');
  await page.getByLabel('Credential URL (optional)').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Add certification' }).click();
  await expect(page.getByLabel('Credential URL (optional)')).toHaveAccessibleDescription(
    'Enter a web address starting with https:// or http://.',
  );
  await expect(page.getByLabel('Certification')).toHaveValue('Fake');

  await page.goto('/career/education/new');
  await page.getByLabel('Kind').selectOption('course');
  await page.getByLabel('Title').fill('Negative');
  await page.getByLabel('Hours (optional)').fill('-4');
  await page.getByRole('button', { name: 'Add education or training' }).click();
  await expect(page.getByLabel('Hours (optional)')).toHaveAccessibleDescription('Hours cannot be negative.');
  await expect(page.getByLabel('Hours (optional)')).toBeFocused();
  await expect(page.getByLabel('Kind')).toHaveValue('course');

  await page.goto('/career');
  await expect(page.getByText('No positions yet.')).toBeVisible();
  await expect(page.getByText('No certifications yet.')).toBeVisible();
  await expect(page.getByText('No education or training yet.')).toBeVisible();
});

test('another user opening my career entry sees "not found"', async ({ page }) => {
  await signUpNewUser(page);
  await page.goto('/career/skills/new');
  await page.getByLabel('Skill').fill('Private skill');
  await page.getByLabel('Kind').selectOption('soft');
  await page.getByRole('button', { name: 'Add skill' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Private skill' })).toBeVisible();
  const url = page.url().split('?')[0] ?? '';
  await signOut(page);

  await signUpNewUser(page);
  const response = await page.goto(url);
  expect(response?.status()).toBe(404);
  await expect(page.getByText('Private skill')).toHaveCount(0);
});

test('a career entry can be edited, and deleted after confirming', async ({ page }) => {
  await signUpNewUser(page);
  await page.goto('/career/certifications/new');
  await page.getByLabel('Certification').fill('Scrum Master');
  await page.getByRole('button', { name: 'Add certification' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Certification saved.' })).toBeVisible();
  // A card's link is followed in the app, without reloading the page (a reload would forget this mark).
  await page.evaluate(() => Object.assign(window, { beforeFollowingTheCard: true }));
  await page.getByRole('link', { name: 'Scrum Master' }).click();
  await expect(page.getByRole('textbox', { name: 'Certification' })).toHaveValue('Scrum Master');
  expect(await page.evaluate(() => 'beforeFollowingTheCard' in window)).toBe(true);

  await page.getByRole('textbox', { name: 'Certification' }).fill('Professional Scrum Master I');
  await page.getByLabel('Issuer (optional)').fill('Scrum.org');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Scrum.org · earned')).toBeVisible();

  await page.getByRole('link', { name: 'Professional Scrum Master I' }).click();
  await page.getByRole('button', { name: 'Delete certification' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this certification?' });
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted.' })).toBeVisible();
  await expect(page.getByText('No certifications yet.')).toBeVisible();
});

test('each kind of entry has its own page, and a malformed id is not found', async ({ page }) => {
  await signUpNewUser(page);
  for (const path of [
    '/career/skills/not-an-id',
    '/career/education/not-an-id',
    '/career/certifications/not-an-id',
    '/career/positions/not-an-id',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }

  await page.goto('/career/skills/new');
  await page.getByRole('textbox', { name: 'Skill' }).fill('Facilitation');
  await page.getByLabel('Kind').selectOption('soft');
  await page.getByRole('button', { name: 'Add skill' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Facilitation' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete skill' }).click();
  await page.getByRole('dialog', { name: 'Delete this skill?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('No skills yet.')).toBeVisible();

  await page.goto('/career/education/new');
  await page.getByLabel('Kind').selectOption('course');
  await page.getByLabel('Title').fill('Coaching basics');
  await page.getByRole('button', { name: 'Add education or training' }).click();
  await page.getByRole('link', { name: 'Coaching basics' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Coaching basics' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete education or training' }).click();
  await page
    .getByRole('dialog', { name: 'Delete this education or training?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(page.getByText('No education or training yet.')).toBeVisible();

  await page.goto('/career/positions/new');
  await page.getByLabel('Role title').fill('Analyst');
  await page.getByLabel('Employer').fill('Acme');
  await page.getByLabel('Started').fill('2023-01-01');
  await page.getByLabel('How you reached it').selectOption('first_role');
  await page.getByRole('button', { name: 'Add position' }).click();
  await page.getByRole('link', { name: 'Analyst' }).click();
  await expect(page.getByLabel('Employer')).toHaveValue('Acme');
  await page.getByRole('button', { name: 'Delete position' }).click();
  await page.getByRole('dialog', { name: 'Delete this position?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('No positions yet.')).toBeVisible();
});

test('the page the save leads to keeps its title while the address is tidied', async ({ page }) => {
  await signUpNewUser(page);
  await page.goto('/career/education/new');
  // The text of every document <title> element taken out of the page (an SVG's <title> is another element).
  await page.evaluate(() => {
    const removals: string[] = [];
    Object.assign(window, { titleRemovals: removals });
    const titlesIn = (node: Node): Element[] =>
      node instanceof HTMLTitleElement ? [node] : node instanceof Element ? [...node.querySelectorAll('title')] : [];
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.removedNodes)
          for (const title of titlesIn(node)) if (title instanceof HTMLTitleElement) removals.push(title.text);
    }).observe(document, { childList: true, subtree: true });
  });
  await page.getByLabel('Kind').selectOption('course');
  await page.getByLabel('Title').fill('Negotiation basics');
  await page.getByRole('button', { name: 'Add education or training' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Education saved.' })).toBeVisible();
  await expect(page).toHaveURL(/\/career#education$/);
  await expect(page).toHaveTitle('Career · Trajectory');
  const removals = await page.evaluate(() => (window as unknown as { titleRemovals: string[] }).titleRemovals);
  // The form page's own title goes when the career page comes; the career page's title must never go.
  expect(removals.filter((title) => title.startsWith('Career ·'))).toEqual([]);
});
