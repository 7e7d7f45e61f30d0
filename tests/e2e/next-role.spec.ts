import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { signInAsDemo } from '../support/demo';
import { signUpNewUser } from '../support/users';

const readinessOf = (page: Page) => page.getByRole('region', { name: 'Readiness', exact: true });
const gaps = (page: Page) => page.getByRole('list', { name: 'Gaps, largest first' }).getByRole('listitem');
const requirement = (page: Page, name: string) =>
  page
    .getByRole('region', { name: 'Requirements and evidence' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name, exact: true }) });

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('a new user picks an example role, turns its biggest gap into a goal, closes it, and shares the profile', async ({
  page,
}) => {
  test.slow();
  await signUpNewUser(page);
  await page.getByRole('link', { name: 'Next role' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Next role' })).toBeVisible();
  await expectNoAxeViolations(page);

  const teamLead = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Team lead/ }) });
  await expect(teamLead).toContainText('9 requirements');
  await teamLead.getByRole('button', { name: 'Use this profile' }).click();
  await expect(readinessOf(page)).toContainText('0%ready for Team lead (Customer support)');
  await expect(gaps(page).first()).toContainText('Coaching');
  await expect(gaps(page).first()).toContainText('20% of readiness');
  await expect(gaps(page)).toHaveCount(9);

  await gaps(page).first().getByRole('button', { name: 'Make it a goal' }).click();
  await expect(page.getByRole('status').getByText('Goal created: Reach Competent in Coaching.')).toBeVisible();
  await gaps(page).first().getByRole('link', { name: 'Goal: Reach Competent in Coaching' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reach Competent in Coaching' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Become Team lead' })).toBeVisible();

  await page.goto('/career');
  await page.getByRole('link', { name: 'Coaching', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Coaching' })).toBeVisible();
  await page.getByLabel('Level', { exact: true }).selectOption('3');
  await page.getByRole('button', { name: 'Add assessment' }).click();
  await expect(page.getByText('Current level: 3 – Competent.')).toBeVisible();

  await page.goto('/next-role');
  await expect(readinessOf(page)).toContainText('20%ready for Team lead');
  await expect(gaps(page)).toHaveCount(8);
  await expect(gaps(page).filter({ has: page.getByRole('heading', { name: 'Coaching', exact: true }) })).toHaveCount(0);
  const coaching = requirement(page, 'Coaching');
  await expect(coaching).toContainText('Met');
  await expect(coaching.getByRole('list', { name: 'Evidence for Coaching' })).toContainText(
    'Assessment: Coaching assessed at 3 of 5',
  );
  await expect(page.getByRole('region', { name: 'Readiness over time' })).toContainText('to 20%');
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download profile' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('team-lead.role.json');
  const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as {
    format: string;
    profile: { title: string; requirements: { level?: number }[] };
  };
  expect(file.format).toBe('trajectory-role-profile');
  expect(file.profile.requirements).toHaveLength(9);

  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'role-profile-'));
  const broken = path.join(folder, 'broken.role.json');
  const shared = path.join(folder, 'shared.role.json');
  const edited = structuredClone(file);
  edited.profile.title = 'Team lead, from a mentor';
  fs.writeFileSync(shared, JSON.stringify(edited));
  const wrongLevel = structuredClone(edited);
  if (wrongLevel.profile.requirements[0]) wrongLevel.profile.requirements[0].level = 9;
  fs.writeFileSync(broken, JSON.stringify(wrongLevel));

  await page.getByText('Write your own, start from an example or import a file').click();
  const fileField = page.getByLabel('Role profile file');
  await fileField.setInputFiles(broken);
  await page.getByRole('button', { name: 'Import the profile' }).click();
  await expect(page.getByText(/requirements › #1 › level/)).toBeVisible();
  await expect(page.getByRole('alert').getByText('The profile was not imported.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your other targets' })).toHaveCount(0);

  await page.getByLabel('Role profile file').setInputFiles(shared);
  await page.getByRole('button', { name: 'Import the profile' }).click();
  await expect(readinessOf(page)).toContainText('20%ready for Team lead, from a mentor');
  await expect(page.getByRole('region', { name: 'Your other targets' })).toContainText('Team lead');

  await page.setViewportSize({ width: 375, height: 740 });
  await page.reload();
  await expect(readinessOf(page)).toBeVisible();
  expect(await horizontalOverflow(page), '/next-role overflows at 375 px').toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

test('a new user writes a small profile from scratch, is told which row is wrong, and edits a weight', async ({
  page,
}) => {
  test.slow();
  await signUpNewUser(page);
  await page.goto('/next-role');
  await page.getByRole('link', { name: 'Write a profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Write a role profile' })).toBeVisible();
  const row = (number: number) => page.getByRole('group', { name: `Requirement ${number}`, exact: true });

  await page.getByLabel('Title').fill('Team lead');
  await row(1).getByLabel('Skill', { exact: true }).fill('Coaching');
  await row(1).getByLabel('Kind of skill').selectOption('soft');
  await row(1).getByLabel('Weight').fill('3');
  await page.getByRole('button', { name: 'Add a requirement' }).click();
  await expect(row(2).getByLabel('Kind', { exact: true })).toBeFocused();
  await row(2).getByLabel('Kind', { exact: true }).selectOption('expectation');
  await row(2).getByLabel('What the role expects').fill('Runs the weekly team meeting');
  await row(2).getByLabel('Weight').fill('11');
  // A row added by mistake goes again from the keyboard.
  await page.getByRole('button', { name: 'Add a requirement' }).press('Enter');
  await expect(row(3)).toBeVisible();
  await page.getByRole('button', { name: 'Remove requirement 3' }).press('Enter');
  await expect(row(3)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add a requirement' })).toBeFocused();

  await page.getByRole('button', { name: 'Save the profile' }).click();
  await expect(page.getByRole('alert').getByText(/The profile was not saved/)).toBeVisible();
  await expect(row(2)).toContainText('Requirement 2: Give a weight from 0 to 10.');
  await expect(row(2).getByLabel('Weight')).toBeFocused();
  await expect(row(2).getByLabel('What the role expects')).toHaveValue('Runs the weekly team meeting');
  await expect(row(1).getByLabel('Skill', { exact: true })).toHaveValue('Coaching');
  await expectNoAxeViolations(page);
  await row(2).getByLabel('Weight').fill('1');
  await page.getByRole('button', { name: 'Save the profile' }).click();

  await expect(readinessOf(page)).toContainText('0%ready for Team lead');
  await expect(gaps(page)).toHaveCount(2);
  await expect(gaps(page).first()).toContainText('Coaching');
  await page.getByLabel('How often you do this').selectOption('5');
  await page.getByRole('button', { name: 'Save rating' }).click();
  await expect(readinessOf(page)).toContainText('25%ready for Team lead');

  await page.getByRole('link', { name: 'Edit profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit Team lead' })).toBeVisible();
  await expect(row(2).getByLabel('What the role expects')).toHaveValue('Runs the weekly team meeting');
  await row(2).getByLabel('Weight').fill('3');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(readinessOf(page)).toContainText('50%ready for Team lead');
  await expect(gaps(page)).toHaveCount(1);
  // The rating of the kept expectation stayed with it through the edit.
  await expect(requirement(page, 'Runs the weekly team meeting')).toContainText('Met');
});

test('the demo account sees its readiness rise over three years, on the page and on the dashboard', async ({
  page,
}) => {
  await signInAsDemo(page);
  const card = page.getByRole('region', { name: 'Next role' });
  await expect(card).toContainText('ready for Senior data analyst');
  await expect(card).toContainText('Biggest gap:');
  await card.getByRole('link', { name: 'Gaps and evidence' }).click();

  await expect(readinessOf(page)).toContainText('ready for Senior data analyst');
  const chart = page.getByRole('region', { name: 'Readiness over time' });
  await expect(chart).toContainText(/up \d+ points/);
  await chart.getByText('Show as a table').click();
  await expect(chart.getByRole('table', { name: 'Readiness at the end of each month' }).getByRole('row')).toHaveCount(
    37,
  );
  await expect(page.getByRole('link', { name: /^Goal: .*Python/ })).toBeVisible();
  await expectNoAxeViolations(page);
});
