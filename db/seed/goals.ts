// The demo account's three years of goals and weekly check-ins: a support agent
// who becomes a team lead and is moving into operations analysis.
import { addWeeks, type IsoDate } from '@/lib/dates/calendar';
import { db } from '@/db/client';
import type { GoalCategory, GoalHorizon, GoalStatus, GoalTargetKind } from '@/lib/goals/vocabulary';
import { goalMilestones, goals, weeklyReflections, weeklyUpdates } from '@/db/schema';

type DemoGoal = {
  key: string;
  title: string;
  purpose: string;
  horizon: GoalHorizon;
  category: GoalCategory;
  targetKind: GoalTargetKind;
  start?: number;
  target?: number;
  unit?: string;
  milestones?: { title: string; atWeek: number | null }[];
  fromWeek: number; // weeks after the story begins
  toWeek: number | null; // week the status changed; null = still active
  status: GoalStatus;
  parent?: string;
  targetWeeks: number;
};

const story: DemoGoal[] = [
  {
    key: 'lead',
    title: 'Lead a support team',
    purpose: 'Help others do their best work, not just close my own tickets.',
    horizon: 'long',
    category: 'advancement',
    targetKind: 'done',
    fromWeek: 0,
    toWeek: 46,
    status: 'achieved',
    targetWeeks: 52,
  },
  {
    key: 'ops',
    title: 'Become a senior operations analyst',
    purpose: 'Work on why problems happen, not only on answering them.',
    horizon: 'long',
    category: 'advancement',
    targetKind: 'milestones',
    milestones: [
      { title: 'Learn SQL properly', atWeek: 70 },
      { title: 'Build a dashboard people use', atWeek: 118 },
      { title: 'Lead a process review', atWeek: 131 },
      { title: 'Move into an analyst role', atWeek: 122 },
      { title: 'Reach senior analyst', atWeek: null },
    ],
    fromWeek: 40,
    toWeek: null,
    status: 'active',
    targetWeeks: 180,
  },
  {
    key: 'cushion',
    title: 'Build a financial cushion',
    purpose: 'Room to choose the next role for the right reasons.',
    horizon: 'long',
    category: 'income',
    targetKind: 'numeric',
    start: 0,
    target: 10000,
    unit: '€',
    fromWeek: 10,
    toWeek: null,
    status: 'active',
    targetWeeks: 200,
  },
  {
    key: 'purpose',
    title: 'Do work I can explain with pride',
    purpose: 'Fewer weeks that feel like treading water.',
    horizon: 'long',
    category: 'purpose',
    targetKind: 'done',
    fromWeek: 60,
    toWeek: null,
    status: 'active',
    targetWeeks: 220,
  },
  {
    key: 'ones',
    title: 'Run weekly one-to-ones with my team',
    purpose: 'Know what each person needs.',
    horizon: 'short',
    category: 'skill',
    targetKind: 'numeric',
    start: 0,
    target: 12,
    unit: 'sessions',
    fromWeek: 4,
    toWeek: 30,
    status: 'achieved',
    parent: 'lead',
    targetWeeks: 26,
  },
  {
    key: 'books',
    title: 'Read a book a month',
    purpose: 'Keep learning outside work.',
    horizon: 'short',
    category: 'learning',
    targetKind: 'numeric',
    start: 0,
    target: 12,
    unit: 'books',
    fromWeek: 12,
    toWeek: 38,
    status: 'abandoned',
    targetWeeks: 52,
  },
  {
    key: 'sql',
    title: 'Finish the SQL course series',
    purpose: 'The language of every analyst job ad.',
    horizon: 'short',
    category: 'learning',
    targetKind: 'numeric',
    start: 0,
    target: 4,
    unit: 'courses',
    fromWeek: 44,
    toWeek: 70,
    status: 'achieved',
    parent: 'ops',
    targetWeeks: 30,
  },
  {
    key: 'belt',
    title: 'Earn the Lean Six Sigma Yellow Belt',
    purpose: 'A credential for process work.',
    horizon: 'short',
    category: 'certification',
    targetKind: 'milestones',
    milestones: [
      { title: 'Complete the training modules', atWeek: 80 },
      { title: 'Pass the exam', atWeek: 92 },
    ],
    fromWeek: 72,
    toWeek: 92,
    status: 'achieved',
    parent: 'ops',
    targetWeeks: 24,
  },
  {
    key: 'bi',
    title: 'Study Power BI',
    purpose: 'Turn queries into something people read.',
    horizon: 'short',
    category: 'learning',
    targetKind: 'numeric',
    start: 0,
    target: 40,
    unit: 'hours',
    fromWeek: 94,
    toWeek: 120,
    status: 'achieved',
    parent: 'ops',
    targetWeeks: 26,
  },
  {
    key: 'exercise',
    title: 'Exercise three times a week',
    purpose: 'Energy for the long game.',
    horizon: 'short',
    category: 'wellbeing',
    targetKind: 'numeric',
    start: 0,
    target: 3,
    unit: 'sessions',
    fromWeek: 100,
    toWeek: 126,
    status: 'paused',
    targetWeeks: 52,
  },
  {
    key: 'network',
    title: 'Meet analysts across the company',
    purpose: 'Learn what the job really is.',
    horizon: 'short',
    category: 'network',
    targetKind: 'numeric',
    start: 0,
    target: 8,
    unit: 'people',
    fromWeek: 122,
    toWeek: null,
    status: 'active',
    parent: 'ops',
    targetWeeks: 40,
  },
  {
    key: 'churn',
    title: 'Ship the churn dashboard',
    purpose: 'Proof that I can do the analyst job.',
    horizon: 'short',
    category: 'skill',
    targetKind: 'milestones',
    milestones: [
      { title: 'Agree the metrics with the team lead', atWeek: 136 },
      { title: 'Build the data model', atWeek: 146 },
      { title: 'Present it at the ops review', atWeek: null },
    ],
    fromWeek: 132,
    toWeek: null,
    status: 'active',
    parent: 'purpose',
    targetWeeks: 30,
  },
  {
    key: 'fund',
    title: 'Save a 2,000 € emergency fund',
    purpose: 'The first step of the cushion.',
    horizon: 'short',
    category: 'income',
    targetKind: 'numeric',
    start: 0,
    target: 2000,
    unit: '€',
    fromWeek: 128,
    toWeek: null,
    status: 'active',
    parent: 'cushion',
    targetWeeks: 36,
  },
];

const highlights = [
  'Closed a tricky escalation',
  'Good feedback from my manager',
  'Finished a course module',
  'Wrote my first window function',
  'Helped a new colleague',
  'Presented to the ops team',
  'Automated a weekly report',
  'Mentoring session went well',
];

/** A small deterministic generator, so the demo looks the same every time. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const storyWeeks = 156;

/** The week the demo's story of weekly check-ins begins: when its user joined. */
export function demoStoryStart(currentWeek: IsoDate): IsoDate {
  return addWeeks(currentWeek, -storyWeeks);
}

export async function seedDemoGoals(userId: string, currentWeek: IsoDate): Promise<void> {
  const first = demoStoryStart(currentWeek);
  const weekAt = (index: number) => addWeeks(first, index);
  const next = random(42);

  // Weeks with a check-in: most of them, none this week (so the update is due), the last six in a row.
  const checkedIn = new Set<number>();
  for (let index = 0; index < storyWeeks; index++) if (index >= storyWeeks - 6 || next() > 0.12) checkedIn.add(index);

  const ids = new Map<string, string>();
  for (const goal of story) {
    const [row] = await db()
      .insert(goals)
      .values({
        userId,
        title: goal.title,
        purpose: goal.purpose,
        horizon: goal.horizon,
        category: goal.category,
        targetKind: goal.targetKind,
        startValue: goal.targetKind === 'numeric' ? (goal.start ?? 0) : null,
        targetValue: goal.targetKind === 'numeric' ? (goal.target ?? null) : null,
        unit: goal.unit ?? null,
        startDate: weekAt(goal.fromWeek),
        targetDate: weekAt(goal.fromWeek + goal.targetWeeks),
        status: goal.status,
        statusChangedOn: goal.toWeek === null ? weekAt(goal.fromWeek) : weekAt(goal.toWeek),
        parentGoalId: goal.parent ? (ids.get(goal.parent) ?? null) : null,
      })
      .returning({ id: goals.id });
    if (!row) throw new Error('demo goal insert failed');
    ids.set(goal.key, row.id);
    if (goal.milestones) {
      await db()
        .insert(goalMilestones)
        .values(
          goal.milestones.map((milestone, position) => ({
            userId,
            goalId: row.id,
            title: milestone.title,
            position,
            completedWeek: milestone.atWeek === null ? null : weekAt(milestone.atWeek),
          })),
        );
    }
  }

  const updates: (typeof weeklyUpdates.$inferInsert)[] = [];
  const reflections: (typeof weeklyReflections.$inferInsert)[] = [];
  for (let index = 0; index < storyWeeks; index++) {
    if (!checkedIn.has(index)) continue;
    const weekStart = weekAt(index);
    for (const goal of story) {
      const lastWeek = goal.toWeek ?? storyWeeks - 1;
      if (index < goal.fromWeek || index > lastWeek) continue;
      const share = Math.min(1, (index - goal.fromWeek + 1) / Math.max(1, lastWeek - goal.fromWeek + 1));
      updates.push({
        userId,
        goalId: ids.get(goal.key) ?? '',
        weekStart,
        value: demoValue(goal, index, share, next),
        confidence: Math.max(1, Math.min(5, Math.round(2.5 + share * 2 + (next() - 0.5) * 1.5))),
        note: next() > 0.85 ? 'Steady progress this week.' : '',
      });
    }
    const trend = 2 + (2 * index) / storyWeeks;
    reflections.push({
      userId,
      weekStart,
      alignment: Math.max(1, Math.min(5, Math.round(trend + (next() - 0.5) * 1.6))),
      note: next() > 0.8 ? 'More time on the work that matters this week.' : '',
      highlight: next() > 0.6 ? (highlights[Math.floor(next() * highlights.length)] ?? '') : '',
    });
  }
  for (let start = 0; start < updates.length; start += 500) {
    await db()
      .insert(weeklyUpdates)
      .values(updates.slice(start, start + 500));
  }
  await db().insert(weeklyReflections).values(reflections);
}

function demoValue(goal: DemoGoal, index: number, share: number, next: () => number): number | null {
  if (goal.targetKind === 'done') return goal.status === 'achieved' && index === goal.toWeek ? 1 : 0;
  if (goal.targetKind === 'milestones')
    return (goal.milestones ?? []).filter((milestone) => milestone.atWeek !== null && milestone.atWeek <= index).length;
  const start = goal.start ?? 0;
  const target = goal.target ?? 0;
  const reach = goal.status === 'achieved' ? 1 : goal.status === 'abandoned' ? 0.4 : 0.75;
  const value = start + (target - start) * Math.min(1, share * reach + (next() - 0.5) * 0.04);
  return target >= 100 ? Math.round(value / 10) * 10 : Math.max(start, Math.round(value));
}
