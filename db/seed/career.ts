// The demo account's career record: support agent → team lead → operations
// analyst, with courses, a part-time degree, certifications and rising skills.
import type { EducationKind, SkillKind } from '@/lib/career/vocabulary';
import { addDays, type IsoDate } from '@/lib/dates/calendar';
import { db } from '@/db/client';
import { certifications, educationEntries, positions, skillAssessments, skills } from '@/db/schema';

const ago = (today: IsoDate, days: number) => addDays(today, -days);

const skillStory: {
  name: string;
  kind: SkillKind;
  target: number;
  levels: [daysAgo: number, level: number, evidence: string][];
}[] = [
  {
    name: 'SQL',
    kind: 'technical',
    target: 4,
    levels: [
      [1000, 1, 'First course'],
      [820, 2, 'Finished course 2'],
      [600, 3, 'Wrote the weekly ticket report'],
      [240, 4, 'Built the churn data model'],
    ],
  },
  {
    name: 'Power BI',
    kind: 'technical',
    target: 4,
    levels: [
      [520, 1, ''],
      [380, 2, 'First dashboard'],
      [200, 3, 'Dashboard used by ops leads'],
    ],
  },
  {
    name: 'Excel',
    kind: 'technical',
    target: 4,
    levels: [
      [1100, 3, ''],
      [500, 4, 'Pivot-table training for the team'],
    ],
  },
  {
    name: 'Process improvement',
    kind: 'technical',
    target: 4,
    levels: [
      [700, 2, 'Yellow Belt training'],
      [420, 3, 'Led the returns process review'],
      [90, 4, 'Cut handling time by 18%'],
    ],
  },
  {
    name: 'Coaching',
    kind: 'soft',
    target: 4,
    levels: [
      [1050, 2, 'New team lead'],
      [760, 3, 'Weekly one-to-ones'],
      [330, 4, 'Two team members promoted'],
    ],
  },
  {
    name: 'Stakeholder communication',
    kind: 'soft',
    target: 5,
    levels: [
      [900, 2, ''],
      [450, 3, 'Monthly ops review'],
      [60, 4, 'Presented to the leadership team'],
    ],
  },
  {
    name: 'Presenting',
    kind: 'soft',
    target: 4,
    levels: [
      [800, 2, ''],
      [300, 3, 'Ops review talks'],
    ],
  },
];

const educationStory: {
  kind: EducationKind;
  title: string;
  provider: string;
  started: number;
  completed: number | null;
  hours: number | null;
}[] = [
  {
    kind: 'degree',
    title: 'BSc Business Management (part-time)',
    provider: 'Open University',
    started: 1400,
    completed: 380,
    hours: 1800,
  },
  {
    kind: 'course',
    title: 'SQL for Data Analysis 1–4',
    provider: 'Coursera',
    started: 1000,
    completed: 780,
    hours: 60,
  },
  {
    kind: 'course',
    title: 'Power BI Data Analyst',
    provider: 'Microsoft Learn',
    // Within the last twelve months: the degree's hours leave the learning window a year after it ended, and a
    // person who keeps learning should not read as declining on the demo's first screen.
    started: 330,
    completed: 150,
    hours: 40,
  },
  {
    kind: 'workshop',
    title: 'Coaching for new managers',
    provider: 'Acme Academy',
    started: 1040,
    completed: 1038,
    hours: 14,
  },
  {
    kind: 'mentorship',
    title: 'Analytics mentorship with a senior analyst',
    provider: 'Acme mentoring programme',
    started: 400,
    completed: 40,
    hours: 24,
  },
  {
    kind: 'self_study',
    title: 'Storytelling with Data (book and exercises)',
    provider: '',
    started: 260,
    completed: 200,
    hours: 18,
  },
  { kind: 'bootcamp', title: 'Python for analysts', provider: 'DataCamp', started: 50, completed: null, hours: 12 },
];

export async function seedDemoCareer(userId: string, today: IsoDate): Promise<void> {
  for (const skill of skillStory) {
    const [row] = await db()
      .insert(skills)
      .values({ userId, name: skill.name, kind: skill.kind, targetLevel: skill.target })
      .returning({ id: skills.id });
    if (!row) throw new Error('demo skill insert failed');
    await db()
      .insert(skillAssessments)
      .values(
        skill.levels.map(([daysAgo, level, evidence]) => ({
          userId,
          skillId: row.id,
          assessedOn: ago(today, daysAgo),
          level,
          evidence,
        })),
      );
  }
  await db()
    .insert(educationEntries)
    .values(
      educationStory.map((entry) => ({
        userId,
        kind: entry.kind,
        title: entry.title,
        provider: entry.provider,
        startedOn: ago(today, entry.started),
        completedOn: entry.completed === null ? null : ago(today, entry.completed),
        hours: entry.hours,
      })),
    );
  await db()
    .insert(certifications)
    .values([
      {
        userId,
        name: 'ITIL 4 Foundation',
        issuer: 'PeopleCert',
        earnedOn: ago(today, 1035),
        expiresOn: addDays(today, 55),
        credentialId: 'GR671234',
        credentialUrl: 'https://www.peoplecert.org/for-corporations/certificate-verification-service',
      },
      {
        userId,
        name: 'Lean Six Sigma Yellow Belt',
        issuer: 'IASSC',
        earnedOn: ago(today, 560),
        expiresOn: null,
        credentialId: 'YB-20431',
        credentialUrl: 'https://iassc.org/verify-certification/',
      },
      {
        userId,
        name: 'Customer Service Professional',
        issuer: 'Institute of Customer Service',
        earnedOn: ago(today, 1700),
        expiresOn: ago(today, 600),
        credentialId: '',
        credentialUrl: null,
      },
    ]);
  await db()
    .insert(positions)
    .values([
      {
        userId,
        title: 'Customer support agent',
        employer: 'Acme Retail',
        level: 'Agent',
        employmentType: 'full_time',
        payBasis: 'hourly',
        hasBenefits: true,
        startedOn: ago(today, 1900),
        endedOn: ago(today, 1101),
        howReached: 'first_role',
      },
      {
        userId,
        title: 'Support team lead',
        employer: 'Acme Retail',
        level: 'Team lead',
        employmentType: 'full_time',
        payBasis: 'salary',
        hasBonus: true,
        hasBenefits: true,
        startedOn: ago(today, 1100),
        endedOn: ago(today, 241),
        howReached: 'promotion',
      },
      {
        userId,
        title: 'Operations analyst',
        employer: 'Acme Retail',
        level: 'Analyst II',
        employmentType: 'full_time',
        payBasis: 'salary',
        hasBonus: true,
        hasStockOptions: true,
        hasBenefits: true,
        startedOn: ago(today, 240),
        endedOn: null,
        howReached: 'career_change',
      },
    ]);
}
