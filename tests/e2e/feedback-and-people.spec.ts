import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { signUpNewUser } from '../support/users';

test('a person met counts on the dashboard; a development area named twice recurs on the Career and skill pages', async ({
  page,
}) => {
  test.slow();
  await signUpNewUser(page);

  await page.goto('/career/skills/new');
  await page.getByRole('textbox', { name: 'Skill' }).fill('Presenting');
  await page.getByLabel('Kind').selectOption('soft');
  await page.getByLabel('Target level').selectOption('4');
  await page.getByRole('button', { name: 'Add skill' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Presenting' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await page.getByRole('link', { name: 'Add a person' }).click();
  await page.getByLabel('Name').fill('Priya Raman');
  await page.getByLabel('Relation').selectOption('mentor');
  await page.getByLabel('Where you met (optional)').fill('Mentorship programme');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByText('Person saved.')).toBeVisible();
  await page.getByRole('link', { name: 'Priya Raman' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Priya Raman' })).toBeVisible();
  await page.getByLabel('What you talked about (optional)').fill('Career chat');
  await page.getByRole('button', { name: 'Add interaction' }).click();
  await expect(
    page.getByRole('table', { name: /Interactions with Priya Raman/ }).getByText('Career chat'),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/dashboard');
  const fact = page.getByText('People you met with this quarter').locator('..');
  await expect(fact.getByRole('definition')).toHaveText('1');

  for (const text of ['Lead with the decision you want.', 'The demo ran long; rehearse the first minute.']) {
    await page.goto('/career/feedback/new');
    await page.getByLabel('Kind').selectOption('development');
    await page.getByLabel('From').fill('Priya Raman');
    await page.getByLabel('Their relation to you').selectOption('mentor');
    await page.getByLabel('Person on your People page (optional)').selectOption({ label: 'Priya Raman' });
    await page.getByLabel('Feedback', { exact: true }).fill(text);
    await page.getByRole('checkbox', { name: 'Presenting' }).check();
    await page.getByRole('button', { name: 'Add feedback' }).click();
    await expect(page.getByText('Feedback saved.')).toBeVisible();
  }
  await expectNoAxeViolations(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Career' }).click();
  const recurring = page.getByRole('region', { name: 'Feedback and people' });
  await expect(recurring.getByRole('listitem')).toHaveText(/Presenting: named in 2 feedback entries/);
  await recurring.getByRole('link', { name: 'Presenting' }).click();
  const aboutSkill = page.getByRole('region', { name: 'Feedback about this skill' });
  await expect(aboutSkill.getByText('Lead with the decision you want.')).toBeVisible();
  await expect(aboutSkill.getByText('The demo ran long; rehearse the first minute.')).toBeVisible();
});
