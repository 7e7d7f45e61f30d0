// The import runs the forms' rules: a file can hold nothing a form would refuse (issue 11, items 1–2).
import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { db } from '@/db/client';
import { exportAccount } from '@/db/queries/account/export';
import { importAccount } from '@/db/queries/account/import';
import { findCredentialsByEmail, updateUserProfile } from '@/db/queries/account/users';
import { users } from '@/db/schema';
import { demoEmail, seedDemoAccount } from '@/db/seed/demo';
import { readExportFile } from '@/lib/account/data-forms';
import type { AccountExport } from '@/lib/account/export-schema';
import { addDays, addWeeks, currentWeekStart, localDate } from '@/lib/dates/calendar';
import { describeOnEachDatabase } from '../support/database';
import { createTestUser } from '../support/fixtures';

type Goal = AccountExport['goals'][number];

/** The refusal the import gives a file, or 'accepted'. */
function importVerdict(file: unknown): string {
  try {
    readExportFile(JSON.stringify(file));
    return 'accepted';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describeOnEachDatabase('the import runs the same rules as the forms', () => {
  let demo: AccountExport;
  const today = localDate(new Date(), 'Europe/London');
  const thisWeek = currentWeekStart(new Date(), 'Europe/London', 1);

  beforeAll(async () => {
    await seedDemoAccount('demo password 1');
    const demoId = (await findCredentialsByEmail(demoEmail))?.id ?? '';
    const exported = await exportAccount(demoId);
    if (!exported) throw new Error('no export');
    demo = JSON.parse(JSON.stringify(exported)) as AccountExport;
    // Goals with weekly updates first, so a change can take the first goal's first update.
    demo.goals.sort((a, b) => Number(b.updates.length > 0) - Number(a.updates.length > 0));
  });

  const withGoals = (change: (goals: Goal[]) => Goal[]): AccountExport => ({
    ...demo,
    goals: change(structuredClone(demo.goals)),
  });
  const firstGoal = (kind: (goal: Goal) => boolean) => {
    const index = demo.goals.findIndex(kind);
    if (index < 0) throw new Error('the demo account lacks such a goal');
    return index;
  };

  it('accepts the demo account’s own export', () => {
    expect(importVerdict(demo)).toBe('accepted');
  });

  it('refuses a time zone that does not exist and a week start the form does not offer', () => {
    expect(importVerdict({ ...demo, profile: { ...demo.profile, timeZone: 'Mars/Phobos' } })).toMatch(
      /profile\.timeZone/,
    );
    expect(importVerdict({ ...demo, profile: { ...demo.profile, weekStartsOn: 3 } })).toMatch(/profile\.weekStartsOn/);
  });

  it('refuses weekly updates for a future week or a day that does not start a week', () => {
    const future = withGoals(([first, ...rest]) => [
      {
        ...(first as Goal),
        updates: [{ ...(first?.updates[0] as Goal['updates'][number]), weekStart: addWeeks(thisWeek, 1) }],
      },
      ...rest,
    ]);
    expect(importVerdict(future)).toMatch(/goals\.0\.updates\.0\.weekStart/);
    const midweek = withGoals(([first, ...rest]) => [
      {
        ...(first as Goal),
        updates: [{ ...(first?.updates[0] as Goal['updates'][number]), weekStart: addDays(thisWeek, -12) }],
      },
      ...rest,
    ]);
    expect(importVerdict(midweek)).toMatch(/goals\.0\.updates\.0\.weekStart/);
    const reflection = {
      ...(demo.reflections[0] as AccountExport['reflections'][number]),
      weekStart: addWeeks(thisWeek, 2),
    };
    expect(importVerdict({ ...demo, reflections: [reflection] })).toMatch(/reflections\.0\.weekStart/);
  });

  it('refuses future assessments, certifications and completed studies', () => {
    const tomorrow = addDays(today, 1);
    const [skill] = demo.skills;
    if (!skill) throw new Error('setup');
    const assessments = [{ ...(skill.assessments[0] as (typeof skill.assessments)[number]), assessedOn: tomorrow }];
    expect(importVerdict({ ...demo, skills: [{ ...skill, assessments }] })).toMatch(
      /skills\.0\.assessments\.0\.assessedOn/,
    );
    const certification = {
      ...(demo.certifications[0] as AccountExport['certifications'][number]),
      earnedOn: '9999-12-31',
      expiresOn: null,
    };
    expect(importVerdict({ ...demo, certifications: [certification] })).toMatch(/certifications\.0\.earnedOn/);
    const study = { ...(demo.education[0] as AccountExport['education'][number]), completedOn: tomorrow };
    expect(importVerdict({ ...demo, education: [study] })).toMatch(/education\.0\.completedOn/);
  });

  it('refuses a goal that is its own parent, a parent cycle, and a long-term goal under a short-term one', () => {
    const short = firstGoal((goal) => goal.horizon === 'short');
    const long = firstGoal((goal) => goal.horizon === 'long');
    const own = withGoals((goals) =>
      goals.map((goal, index) => (index === short ? { ...goal, parentRef: goal.ref } : goal)),
    );
    expect(importVerdict(own)).toMatch(new RegExp(`goals\\.${short}\\.parentRef`));
    const second = demo.goals.findIndex((goal, index) => goal.horizon === 'short' && index !== short);
    const cycle = withGoals((goals) =>
      goals.map((goal, index) => {
        if (index === short) return { ...goal, parentRef: goals[second]?.ref ?? null };
        if (index === second) return { ...goal, parentRef: goals[short]?.ref ?? null };
        return goal;
      }),
    );
    expect(importVerdict(cycle)).toMatch(/parentRef/);
    const longUnderShort = withGoals((goals) =>
      goals.map((goal, index) => (index === long ? { ...goal, parentRef: goals[short]?.ref ?? null } : goal)),
    );
    expect(importVerdict(longUnderShort)).toMatch(new RegExp(`goals\\.${long}\\.parentRef`));
  });

  it('refuses a numeric goal without a target, review year 9999 and impossible timestamps', () => {
    const numeric = firstGoal((goal) => goal.targetKind === 'numeric');
    const noTarget = withGoals((goals) =>
      goals.map((goal, index) => (index === numeric ? { ...goal, targetValue: null } : goal)),
    );
    expect(importVerdict(noTarget)).toMatch(new RegExp(`goals\\.${numeric}\\.targetValue`));
    const review = demo.reviews[0] ?? {
      year: 2025,
      summary: '',
      highlights: [],
      createdAt: demo.exportedAt,
      updatedAt: demo.exportedAt,
    };
    expect(importVerdict({ ...demo, reviews: [{ ...review, year: 9999 }] })).toMatch(/reviews\.0\.year/);
    for (const createdAt of ['0001-01-01T00:00:00.000Z', '9999-01-01T00:00:00.000Z']) {
      const old = withGoals(([first, ...rest]) => [{ ...(first as Goal), createdAt }, ...rest]);
      expect(importVerdict(old), createdAt).toMatch(/goals\.0\.createdAt/);
    }
  });

  it('refuses text a form would refuse: newlines in a title, invisible titles, over-long fields', () => {
    const titled = (title: string) => withGoals(([first, ...rest]) => [{ ...(first as Goal), title }, ...rest]);
    expect(importVerdict(titled('Ship\n## Goals achieved'))).toMatch(/goals\.0\.title/);
    expect(importVerdict(titled('\u202E\u200B'))).toMatch(/goals\.0\.title/);
    expect(importVerdict(titled('x'.repeat(201)))).toMatch(/goals\.0\.title/);
    const certification = {
      ...(demo.certifications[0] as AccountExport['certifications'][number]),
      credentialUrl: `https://example.com/${'a'.repeat(2980)}`,
    };
    expect(importVerdict({ ...demo, certifications: [certification] })).toMatch(/certifications\.0\.credentialUrl/);
  });

  it('moves recorded weeks with the week start, so the export of an account that changed it imports again', async () => {
    const switcher = await createTestUser('switcher');
    await importAccount(switcher, readExportFile(JSON.stringify(demo)));
    await updateUserProfile(switcher, { weekStartsOn: 0 });
    const exported = await exportAccount(switcher);
    if (!exported) throw new Error('no export');
    expect(importVerdict(JSON.parse(JSON.stringify(exported)))).toBe('accepted');
    const mondays = demo.goals.flatMap((goal) => goal.updates.map((update) => update.weekStart));
    const sundays = exported.goals.flatMap((goal) => goal.updates.map((update) => update.weekStart));
    expect(sundays).toEqual(mondays.map((monday) => addDays(monday, -1)));
    expect(exported.reflections.map((row) => row.weekStart)).toEqual(
      demo.reflections.map((row) => addDays(row.weekStart, -1)),
    );
  });

  it('lets an account with an unknown stored time zone export a file that imports again', async () => {
    const stranded = await createTestUser('stranded');
    await importAccount(stranded, readExportFile(JSON.stringify(demo)));
    await db().update(users).set({ timeZone: 'Mars/Phobos' }).where(eq(users.id, stranded));
    const exported = await exportAccount(stranded);
    expect(exported?.profile.timeZone).toBe('UTC');
    expect(importVerdict(JSON.parse(JSON.stringify(exported)))).toBe('accepted');
  });
});
