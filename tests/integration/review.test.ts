import { and, eq, lte } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { db } from '@/db/client';
import { listGoalFactsOn } from '@/db/queries/goals/history';
import { loadYearlyReview } from '@/db/loaders/review';
import { findCredentialsByEmail, findUserProfile } from '@/db/queries/account/users';
import { goalMilestones, weeklyUpdates } from '@/db/schema';
import { demoEmail, seedDemoAccount } from '@/db/seed/demo';
import { localDate } from '@/lib/dates/calendar';
import { reviewJsonFile } from '@/lib/review/json-file';
import { findReviewNotes } from '@/db/queries/review/notes';
import { describeOnEachDatabase } from '../support/database';

/** The JSON download as a reader of the file gets it. */
const asDownloaded = <T>(file: T): T => JSON.parse(JSON.stringify(file)) as T;

async function profileOf(userId: string) {
  const profile = await findUserProfile(userId);
  if (!profile) throw new Error(`no user ${userId}`);
  return profile;
}
import { createTestUser } from '../support/fixtures';
import { addAssessment, createSkill } from '@/db/queries/career/skills';
import { createEducation } from '@/db/queries/career/education';
import { listYearsWithRecords } from '@/db/queries/review/record-years';
import { reviewToMarkdown } from '@/lib/review/markdown';

describeOnEachDatabase('yearly review data', () => {
  let demoId = '';
  const today = localDate(new Date(), 'UTC');
  const year = Number(today.slice(0, 4));
  beforeAll(async () => {
    await seedDemoAccount('demo password 1');
    demoId = (await findCredentialsByEmail(demoEmail))?.id ?? '';
  });

  it('reads each goal’s value and milestones as they stood on a date, as a plain reading of the rows does', async () => {
    const date = `${year - 1}-12-31`;
    const facts = await listGoalFactsOn(demoId, date);
    const updates = await db()
      .select()
      .from(weeklyUpdates)
      .where(and(eq(weeklyUpdates.userId, demoId), lte(weeklyUpdates.weekStart, date)));
    const milestones = await db().select().from(goalMilestones).where(eq(goalMilestones.userId, demoId));
    expect(facts.length).toBeGreaterThan(5);
    for (const fact of facts) {
      const latest = updates
        .filter((update) => update.goalId === fact.goalId)
        .sort((a, b) => b.weekStart.localeCompare(a.weekStart))[0];
      const own = milestones.filter((milestone) => milestone.goalId === fact.goalId);
      expect(fact).toEqual({
        goalId: fact.goalId,
        latestValue: latest?.value ?? null,
        milestonesTotal: own.length,
        milestonesDone: own.filter((milestone) => milestone.completedWeek !== null && milestone.completedWeek <= date)
          .length,
      });
    }
  });

  it('gives the demo a full review of this year and another user an empty one', async () => {
    const review = await loadYearlyReview(await profileOf(demoId), year, today);
    expect(review.hasRecords).toBe(true);
    expect(review.roles.length).toBeGreaterThan(0);
    expect(review.consistency.weeksUpdated).toBeGreaterThan(10);

    const stranger = await createTestUser('stranger');
    const theirs = await loadYearlyReview(await profileOf(stranger), year, today);
    expect(theirs.hasRecords).toBe(false);
    expect(theirs.highlightCandidates).toEqual([]);
  });

  it('downloads a review JSON that holds no database identifiers or timestamps in any section', async () => {
    const keysOf = (value: unknown): string[] =>
      Array.isArray(value)
        ? value.flatMap(keysOf)
        : typeof value === 'object' && value !== null
          ? Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)])
          : [];
    for (const reviewYear of [year, year - 1]) {
      const review = await loadYearlyReview(await profileOf(demoId), reviewYear, today);
      const file = reviewJsonFile(review, await findReviewNotes(demoId, reviewYear));
      const keys = new Set(keysOf(JSON.parse(JSON.stringify(file))));
      // Sections that come from whole rows in the loader, so a leak would show here.
      expect(keys).toContain('title');
      expect(keys).toContain('issuer');
      expect(keys).toContain('employer');
      const leaked = [...keys].filter((key) => /^(id|userId|createdAt|updatedAt)$|Ids?$/.test(key));
      expect(leaked).toEqual([]);
    }
  });

  it('carries the demo’s next role in the JSON and the Markdown: a gap closed this year and last year', async () => {
    const profile = await profileOf(demoId);
    for (const reviewYear of [year, year - 1]) {
      const review = await loadYearlyReview(profile, reviewYear, today);
      const file = asDownloaded(reviewJsonFile(review, await findReviewNotes(demoId, reviewYear)));
      expect(file.version).toBe(3);
      expect(file.nextRole).toMatchObject({
        title: 'Senior data analyst',
        start: { date: `${reviewYear}-01-01`, basis: 'year-start' },
        end: { date: review.end },
      });
      expect(file.nextRole?.end.percent).toBeGreaterThan(file.nextRole?.start.percent ?? 100);
      expect(file.nextRole?.gapsClosed.length, String(reviewYear)).toBeGreaterThan(0);
      const markdown = reviewToMarkdown(review, null, { summary: '', highlights: [] }, reviewYear === year);
      const section = markdown.split('\n## Next role\n')[1]?.split('\n## ')[0] ?? '';
      expect(section).toMatch(/^Readiness for Senior data analyst \(Senior\): \d+% at the start of \d{4} → \d+% on /);
      expect(section).toContain('- Gap closed: ');
    }
    // The expectation is met this year and statistics last year, whatever the day the demo was seeded.
    const closedIn = async (reviewYear: number) =>
      (await loadYearlyReview(profile, reviewYear, today)).nextRole?.gapsClosed.map((gap) => gap.requirement);
    expect(await closedIn(year)).toContain('Leads an analysis from the first question to the decision it informs');
    expect(await closedIn(year - 1)).toContain('Statistics');

    const stranger = await createTestUser('no-target');
    await createEducation(stranger, {
      kind: 'course',
      title: 'SQL basics',
      provider: '',
      startedOn: `${year}-01-10`,
      completedOn: `${year}-01-20`,
      hours: 6,
    });
    const theirs = await loadYearlyReview(await profileOf(stranger), year, today);
    expect(theirs.nextRole).toBeNull();
    expect(asDownloaded(reviewJsonFile(theirs, await findReviewNotes(stranger, year))).nextRole).toBeNull();
    expect(reviewToMarkdown(theirs, null, { summary: '', highlights: [] }, true)).toContain(
      `## Next role\nNo target role in ${year}.\n`,
    );
  });

  it('counts a year’s skill gains and training hours from that year’s records only', async () => {
    const userId = await createTestUser('bounded');
    const profile = await profileOf(userId);
    const assessed = (assessedOn: string, level: number) => ({ assessedOn, level, evidence: '' });
    const sql = await createSkill(
      userId,
      { name: 'SQL', kind: 'technical', targetLevel: 5 },
      assessed('2025-03-01', 2),
    );
    // Within twelve months of late November 2026, but in 2025: a gain of 2025, not of 2026.
    await addAssessment(userId, sql.id, assessed('2025-12-10', 3));
    const excel = await createSkill(
      userId,
      { name: 'Excel', kind: 'technical', targetLevel: 5 },
      assessed('2025-06-01', 1),
    );
    await addAssessment(userId, excel.id, assessed('2026-02-01', 3));
    // A degree of 24 months at 50 hours a month, from October 2024 to September 2026.
    await createEducation(userId, {
      kind: 'degree',
      title: 'BSc Data Science',
      provider: 'Open University',
      startedOn: '2024-10-01',
      completedOn: '2026-09-30',
      hours: 1200,
    });

    const thisYear = await loadYearlyReview(profile, 2026, '2026-11-26');
    expect(thisYear.skillsGained).toEqual([{ name: 'Excel', from: 1, to: 3 }]);
    expect(thisYear.training.hours).toBe(450);
    const lastYear = await loadYearlyReview(profile, 2025, '2026-11-26');
    expect(lastYear.skillsGained).toEqual([
      { name: 'Excel', from: null, to: 1 },
      { name: 'SQL', from: null, to: 3 },
    ]);
    expect(lastYear.training.hours).toBe(600);
    expect(lastYear.training.completed).toEqual([]);
  });

  it('lists as years with records exactly the years whose review has records', async () => {
    const profile = await profileOf(demoId);
    const years = await listYearsWithRecords(demoId, year);
    expect(years[0]).toBe(year);
    const lastYear = years.at(-1) ?? year;
    for (let candidate = year; candidate >= lastYear - 1; candidate -= 1) {
      const review = await loadYearlyReview(profile, candidate, today);
      expect(review.hasRecords, String(candidate)).toBe(years.includes(candidate));
    }
    expect(await listYearsWithRecords(await createTestUser('no-records'), year)).toEqual([]);
  });
});
