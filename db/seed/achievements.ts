// The demo account's achievements log: a dozen wins over three years, from the support desk to analytics,
// linked to the goals, skills and positions of its story (seeded before this).
import { eq } from 'drizzle-orm';
import { addDays, type IsoDate } from '@/lib/dates/calendar';
import { db } from '@/db/client';
import { achievementGoals, achievements, achievementSkills, goals, positions, skills } from '@/db/schema';

type Story = {
  daysAgo: number;
  title: string;
  impact: string;
  result?: { metric: string; before: number | null; after: number; unit: string };
  position: string;
  goals: string[];
  skills: string[];
  tags: string[];
};

const story: Story[] = [
  {
    daysAgo: 1010,
    title: 'Rewrote the refund macros for the support desk',
    impact: 'Agents answered refund questions with one consistent, friendlier reply.',
    result: { metric: 'Refund tickets reopened', before: 18, after: 7, unit: '%' },
    position: 'Customer support agent',
    goals: [],
    skills: ['Stakeholder communication'],
    tags: ['customers', 'process'],
  },
  {
    daysAgo: 940,
    title: 'Trained four new agents in their first month',
    impact: 'New starters took live chats in their second week instead of their fourth.',
    position: 'Support team lead',
    goals: ['Lead a support team'],
    skills: ['Coaching'],
    tags: ['mentoring'],
  },
  {
    daysAgo: 860,
    title: 'Started weekly one-to-ones with every team member',
    impact: 'Problems surfaced early; two people asked for stretch work.',
    position: 'Support team lead',
    goals: ['Run weekly one-to-ones with my team', 'Lead a support team'],
    skills: ['Coaching'],
    tags: ['leadership'],
  },
  {
    daysAgo: 780,
    title: 'Cut the first-response time of the support queue',
    impact: 'Re-planned the rota around the Monday peak.',
    result: { metric: 'First response time', before: 9, after: 4, unit: 'hours' },
    position: 'Support team lead',
    goals: ['Lead a support team'],
    skills: ['Process improvement', 'Excel'],
    tags: ['process', 'customers'],
  },
  {
    daysAgo: 690,
    title: 'Earned the Lean Six Sigma Yellow Belt',
    impact: 'Gave me a shared language with the operations team.',
    position: 'Support team lead',
    goals: ['Earn the Lean Six Sigma Yellow Belt'],
    skills: ['Process improvement'],
    tags: ['learning'],
  },
  {
    daysAgo: 600,
    title: 'Wrote my first SQL report for the weekly team meeting',
    impact: 'Replaced a spreadsheet copied by hand every Monday.',
    result: { metric: 'Time to prepare the weekly report', before: 3, after: 0.5, unit: 'hours' },
    position: 'Support team lead',
    goals: ['Finish the SQL course series', 'Become a senior operations analyst'],
    skills: ['SQL'],
    tags: ['data'],
  },
  {
    daysAgo: 480,
    title: 'Built the contact-reasons dashboard',
    impact: 'Product managers now check it before planning; it is opened about forty times a week.',
    result: { metric: 'Weekly dashboard views', before: null, after: 40, unit: 'views' },
    position: 'Support team lead',
    goals: ['Build a dashboard people use', 'Study Power BI'],
    skills: ['Power BI', 'SQL'],
    tags: ['data', 'delivery'],
  },
  {
    daysAgo: 330,
    title: 'Led the returns process review',
    impact: 'Found the three steps that caused most delays and agreed fixes with the warehouse.',
    result: { metric: 'Average days to refund', before: 12, after: 5, unit: 'days' },
    position: 'Support team lead',
    goals: ['Become a senior operations analyst'],
    skills: ['Process improvement', 'Stakeholder communication'],
    tags: ['process', 'leadership'],
  },
  {
    daysAgo: 220,
    title: 'Automated the stock-out alert',
    impact: 'Buyers hear of a stock-out the same morning instead of at the weekly meeting.',
    result: { metric: 'Days from stock-out to action', before: 4, after: 1, unit: 'days' },
    position: 'Operations analyst',
    goals: ['Become a senior operations analyst'],
    skills: ['SQL'],
    tags: ['data', 'delivery'],
  },
  {
    daysAgo: 150,
    title: 'Presented the delivery-delay analysis to the leadership team',
    impact: 'It decided the carrier change for the winter season.',
    position: 'Operations analyst',
    goals: ['Do work I can explain with pride'],
    skills: ['Presenting', 'Stakeholder communication'],
    tags: ['leadership'],
  },
  {
    daysAgo: 75,
    title: 'Mentored a support agent into a reporting role',
    impact: 'The second person to make the move from the desk into analytics.',
    position: 'Operations analyst',
    goals: ['Meet analysts across the company'],
    skills: ['Coaching'],
    tags: ['mentoring'],
  },
  {
    daysAgo: 20,
    title: 'Cleaned up the returns data model',
    impact: 'One table of returns instead of three, so reports agree with each other.',
    result: { metric: 'Report refresh time', before: 25, after: 6, unit: 'minutes' },
    position: 'Operations analyst',
    goals: ['Become a senior operations analyst'],
    skills: ['SQL', 'Power BI'],
    tags: ['data'],
  },
];

/** Inserts the log; a goal, skill or position the story names but the account lacks is simply not linked. */
export async function seedDemoAchievements(userId: string, today: IsoDate): Promise<void> {
  const [goalRows, skillRows, positionRows] = await Promise.all([
    db().select({ id: goals.id, title: goals.title }).from(goals).where(eq(goals.userId, userId)),
    db().select({ id: skills.id, name: skills.name }).from(skills).where(eq(skills.userId, userId)),
    db().select({ id: positions.id, title: positions.title }).from(positions).where(eq(positions.userId, userId)),
  ]);
  const goalIds = new Map(goalRows.map((row) => [row.title, row.id]));
  const skillIds = new Map(skillRows.map((row) => [row.name, row.id]));
  const positionIds = new Map(positionRows.map((row) => [row.title, row.id]));
  for (const entry of story) {
    const [row] = await db()
      .insert(achievements)
      .values({
        userId,
        title: entry.title,
        impact: entry.impact,
        metric: entry.result?.metric ?? '',
        valueBefore: entry.result?.before ?? null,
        valueAfter: entry.result?.after ?? null,
        unit: entry.result?.unit ?? '',
        achievedOn: addDays(today, -entry.daysAgo),
        positionId: positionIds.get(entry.position) ?? null,
        tags: entry.tags,
      })
      .returning({ id: achievements.id });
    if (!row) throw new Error('demo achievement insert failed');
    const linkedGoals = entry.goals.flatMap((title) => goalIds.get(title) ?? []);
    const linkedSkills = entry.skills.flatMap((name) => skillIds.get(name) ?? []);
    if (linkedGoals.length > 0)
      await db()
        .insert(achievementGoals)
        .values(linkedGoals.map((goalId) => ({ userId, achievementId: row.id, goalId })));
    if (linkedSkills.length > 0)
      await db()
        .insert(achievementSkills)
        .values(linkedSkills.map((skillId) => ({ userId, achievementId: row.id, skillId })));
  }
}
