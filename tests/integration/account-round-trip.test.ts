// Property: any account the forms can build exports to a file that imports again, unchanged. Accounts are
// generated from a seeded pseudo-random generator (the seed is in the test name, so a failure replays).
import { expect, it } from 'vitest';
import { exportAccount } from '@/db/queries/account/export';
import { importAccount } from '@/db/queries/account/import';
import { updateUserProfile } from '@/db/queries/account/users';
import { createCertification } from '@/db/queries/career/certifications';
import { createEducation } from '@/db/queries/career/education';
import { createPosition } from '@/db/queries/career/positions';
import { createSkill } from '@/db/queries/career/skills';
import { createGoal } from '@/db/queries/goals/goals';
import { saveReviewNotes } from '@/db/queries/review/notes';
import { saveWeek } from '@/db/queries/weekly/updates';
import { readExportFile } from '@/lib/account/data-forms';
import { parseProfileForm } from '@/lib/account/profile-schema';
import { parseCertificationForm, parseEducationForm, parseNewSkillForm, parsePositionForm } from '@/lib/career/schema';
import { educationKinds, employmentTypes, howReachedOptions, payBases, skillKinds } from '@/lib/career/vocabulary';
import { addDays, addWeeks, currentWeekStart, localDate } from '@/lib/dates/calendar';
import type { ParsedForm } from '@/lib/forms/form';
import { parseGoalForm } from '@/lib/goals/schema';
import { goalCategories } from '@/lib/goals/vocabulary';
import { parseReviewNotesForm } from '@/lib/review/schema';
import { parseWeeklyForm } from '@/lib/weekly/schema';
import { describeOnEachDatabase } from '../support/database';
import { comparableExport } from '../support/export-comparison';
import { createTestUser } from '../support/fixtures';

/** mulberry32: a small seeded generator, enough to vary test data reproducibly. */
function randomFrom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  return { next, int, pick };
}
type Random = ReturnType<typeof randomFrom>;

// Letters, accents, scripts, emoji (a joined one too) and the characters Markdown, HTML and CSV care about.
const pieces = [
  'a',
  'Z',
  'é',
  'ß',
  'Ж',
  '東',
  'ب',
  '😀',
  '👩‍💻',
  '#',
  '*',
  '_',
  '|',
  '<',
  '>',
  '&',
  '"',
  "'",
  '[',
  ']',
  ' ',
  '7',
];

/** One line of visible text, sometimes exactly at the field's limit. */
function line(random: Random, max: number): string {
  const length = random.next() < 0.15 ? max : random.int(1, Math.min(max, 40));
  let text = random.pick(pieces.filter((piece) => piece.trim()));
  while (text.length < length) {
    const piece = random.pick(pieces);
    if (text.length + piece.length > length) break;
    text += piece;
  }
  return text.trim() || 'x';
}
const lines = (random: Random, max: number) =>
  Array.from({ length: random.int(1, 3) }, () => line(random, 30))
    .join('\n')
    .slice(0, max)
    .trim();
const decimal = (random: Random) => String(random.int(-1000, 100_000) / random.pick([1, 10, 100]));

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const one of Array.isArray(value) ? value : [value]) data.append(name, one);
  return data;
}
function accepted<T>(parsed: ParsedForm<T>, what: string): T {
  if (!parsed.success)
    throw new Error(`the ${what} form refused generated input: ${JSON.stringify(parsed.fieldErrors)}`);
  return parsed.data;
}

async function buildAccount(userId: string, random: Random) {
  const timeZone = random.pick(['UTC', 'Europe/London', 'Pacific/Kiritimati', 'America/Los_Angeles']);
  const weekStartsOn = random.pick(['0', '1', '6']);
  const profile = accepted(parseProfileForm(form({ name: line(random, 100), timeZone, weekStartsOn })), 'profile');
  await updateUserProfile(userId, profile);
  const today = localDate(new Date(), timeZone);
  const thisWeek = currentWeekStart(new Date(), timeZone, profile.weekStartsOn);

  const longGoals: string[] = [];
  const goalIds: string[] = [];
  for (let index = 0; index < random.int(1, 4); index++) {
    const horizon = index === 0 || random.next() < 0.4 ? 'long' : 'short';
    const targetKind = random.pick(['numeric', 'milestones', 'done'] as const);
    const startValue = decimal(random);
    const fields: Record<string, string | string[]> = {
      title: line(random, 200),
      purpose: lines(random, 2000),
      horizon,
      category: random.pick(goalCategories),
      targetKind,
      startValue,
      targetValue: String(Number(startValue) + random.int(1, 500)),
      unit: line(random, 40),
      startDate: addWeeks(thisWeek, -random.int(10, 200)),
      targetDate: random.next() < 0.5 ? addWeeks(thisWeek, random.int(1, 100)) : '',
      milestoneTitle: Array.from({ length: random.int(1, 3) }, () => line(random, 200)),
      milestoneId: [],
    };
    if (horizon === 'short' && longGoals.length > 0 && random.next() < 0.7)
      fields.parentGoalId = random.pick(longGoals);
    const goal = await createGoal(userId, accepted(parseGoalForm(form(fields)), 'goal'), today);
    goalIds.push(goal.id);
    if (horizon === 'long') longGoals.push(goal.id);
  }

  const highlights: string[] = [];
  for (const weeksAgo of [0, 1, random.int(2, 8)]) {
    const weekStart = addWeeks(thisWeek, -weeksAgo);
    const highlight = random.next() < 0.7 ? line(random, 300) : '';
    if (highlight) highlights.push(highlight);
    const fields: Record<string, string | string[]> = {
      weekStart,
      version: '0',
      goalId: goalIds,
      alignment: String(random.int(1, 5)),
      reflectionNote: lines(random, 2000),
      highlight,
      hoursWorked:
        random.next() < 0.7 ? `${random.int(0, 119)}${random.next() < 0.5 ? `.${random.int(0, 9)}` : ''}` : '',
      balance: random.next() < 0.7 ? String(random.int(1, 5)) : '',
    };
    for (const goalId of goalIds) {
      fields[`value:${goalId}`] = decimal(random);
      if (random.next() < 0.5) fields[`done:${goalId}`] = 'on';
      fields[`confidence:${goalId}`] = String(random.int(1, 5));
      fields[`note:${goalId}`] = lines(random, 1000);
    }
    await saveWeek(userId, accepted(parseWeeklyForm(form(fields)), 'weekly'));
  }

  for (let index = 0; index < random.int(0, 3); index++) {
    const skill = {
      name: `${line(random, 190)} ${index}`,
      kind: random.pick(skillKinds),
      targetLevel: String(random.int(1, 5)),
      level: String(random.int(1, 5)),
      assessedOn: addDays(today, -random.int(0, 3000)),
      evidence: lines(random, 1000),
    };
    const { skill: input, firstAssessment } = accepted(parseNewSkillForm(form(skill), today), 'skill');
    await createSkill(userId, input, firstAssessment);
  }
  const startedOn = addDays(today, -random.int(400, 9000));
  await createEducation(
    userId,
    accepted(
      parseEducationForm(
        form({
          kind: random.pick(educationKinds),
          title: line(random, 200),
          provider: line(random, 200),
          startedOn,
          completedOn: addDays(startedOn, random.int(0, 300)),
          hours: String(random.int(0, 20000)),
        }),
        today,
      ),
      'education',
    ),
  );
  const earnedOn = addDays(today, -random.int(0, 5000));
  await createCertification(
    userId,
    accepted(
      parseCertificationForm(
        form({
          name: line(random, 200),
          issuer: line(random, 200),
          earnedOn,
          expiresOn: addDays(earnedOn, random.int(0, 2000)),
          credentialId: line(random, 200),
          credentialUrl: `https://example.com/${'c'.repeat(random.next() < 0.3 ? 1980 : random.int(1, 50))}`,
        }),
        today,
      ),
      'certification',
    ),
  );
  await createPosition(
    userId,
    accepted(
      parsePositionForm(
        form({
          title: line(random, 200),
          employer: line(random, 200),
          level: line(random, 100),
          employmentType: random.pick(employmentTypes),
          payBasis: random.pick(payBases),
          hasBonus: random.next() < 0.5 ? 'on' : '',
          startedOn,
          endedOn: random.next() < 0.5 ? addDays(startedOn, random.int(0, 300)) : '',
          howReached: random.pick(howReachedOptions),
        }),
      ),
      'position',
    ),
  );
  await saveReviewNotes(
    userId,
    accepted(
      parseReviewNotesForm(form({ year: today.slice(0, 4), summary: lines(random, 5000), highlights })),
      'review',
    ),
  );
}

describeOnEachDatabase('any account the forms can build exports and imports again', () => {
  for (const seed of [11, 2024, 777_001, 31_337]) {
    it(`round-trips generated account #${seed}`, async () => {
      const original = await createTestUser(`generated-${seed}`);
      await buildAccount(original, randomFrom(seed));
      const exported = await exportAccount(original);
      if (!exported) throw new Error('no export');
      expect(exported.goals.flatMap((goal) => goal.updates).length).toBeGreaterThan(0);
      expect(exported.reviews).toHaveLength(1);
      const file = readExportFile(JSON.stringify(exported));
      const copy = await createTestUser(`copy-${seed}`);
      await importAccount(copy, file);
      const again = await exportAccount(copy);
      if (!again) throw new Error('no export of the copy');
      expect(comparableExport(again)).toEqual(comparableExport(exported));
    });
  }
});
