// The demo account's people and feedback: a mentor met over the years, a few contacts, and feedback in which
// "Presenting" comes back as a development area (so the Career page lists it as recurring).
import { and, eq } from 'drizzle-orm';
import type { FeedbackKind, FeedbackRelation } from '@/lib/feedback/vocabulary';
import type { InteractionKind, PersonRelation } from '@/lib/people/vocabulary';
import { addDays, type IsoDate } from '@/lib/dates/calendar';
import { db } from '@/db/client';
import { feedbackEntries, feedbackSkills, goals, people, personGoals, personInteractions, skills } from '@/db/schema';

const ago = (today: IsoDate, days: number) => addDays(today, -days);

const peopleStory: {
  key: string;
  name: string;
  relation: PersonRelation;
  whereMet: string;
  notes: string;
  servesNetworkGoal: boolean;
  interactions: [daysAgo: number, kind: InteractionKind, note: string][];
}[] = [
  {
    key: 'priya',
    name: 'Priya Raman',
    relation: 'mentor',
    whereMet: 'Analytics mentorship programme',
    notes: 'Senior analyst in Finance. Prefers a short agenda sent the day before.',
    servesNetworkGoal: true,
    interactions: [
      [400, 'meeting', 'First session: what an analyst does all day.'],
      [310, 'meeting', 'Reviewed my first SQL report.'],
      [200, 'call', 'Talked through the churn model.'],
      [120, 'meeting', 'Practised the dashboard demo.'],
      [30, 'meeting', 'Planning the next year.'],
      [6, 'message', 'Sent her the finished dashboard.'],
    ],
  },
  {
    key: 'tom',
    name: 'Tom Becker',
    relation: 'peer',
    whereMet: 'Ops leads meeting',
    notes: 'Runs the returns team; good source of process questions.',
    servesNetworkGoal: true,
    interactions: [
      [260, 'meeting', 'Coffee about the returns process.'],
      [20, 'call', 'Asked for data on return reasons.'],
    ],
  },
  {
    key: 'lena',
    name: 'Lena Ortiz',
    relation: 'contact',
    whereMet: 'Local data meetup',
    notes: 'BI developer at a logistics firm.',
    servesNetworkGoal: false,
    interactions: [[150, 'event', 'Met at the Power BI talk.']],
  },
  {
    key: 'sam',
    name: 'Sam Lee',
    relation: 'manager',
    whereMet: 'Acme Retail',
    notes: 'Head of operations, my manager.',
    servesNetworkGoal: false,
    interactions: [[45, 'meeting', 'Mid-year check-in.']],
  },
];

const feedbackStory: {
  daysAgo: number;
  fromName: string;
  person: string | null;
  relation: FeedbackRelation;
  kind: FeedbackKind;
  text: string;
  skills: string[];
}[] = [
  {
    daysAgo: 380,
    fromName: 'Sam Lee',
    person: 'sam',
    relation: 'manager',
    kind: 'development',
    text: 'In the ops review the numbers were right but the message got lost: lead with the one thing you want us to decide.',
    skills: ['Presenting'],
  },
  {
    daysAgo: 300,
    fromName: 'Priya Raman',
    person: 'priya',
    relation: 'mentor',
    kind: 'praise',
    text: 'The ticket report query is clean and well commented; easy to trust.',
    skills: ['SQL'],
  },
  {
    daysAgo: 150,
    fromName: 'Tom Becker',
    person: 'tom',
    relation: 'peer',
    kind: 'praise',
    text: 'The returns review made my team’s week easier; the before/after chart did the convincing.',
    skills: ['Process improvement', 'Stakeholder communication'],
  },
  {
    daysAgo: 120,
    fromName: 'Priya Raman',
    person: 'priya',
    relation: 'mentor',
    kind: 'development',
    text: 'The demo ran long. Cut to three slides and rehearse the first minute.',
    skills: ['Presenting'],
  },
  {
    daysAgo: 40,
    fromName: 'Jordan (support team)',
    person: null,
    relation: 'report',
    kind: 'praise',
    text: 'Thanks for the coaching sessions before you moved on: I run the queue now.',
    skills: ['Coaching'],
  },
  {
    daysAgo: 25,
    fromName: 'Sam Lee',
    person: 'sam',
    relation: 'manager',
    kind: 'development',
    text: 'The dashboard is great; in the leadership meeting, speak to the decision before the chart.',
    skills: ['Presenting', 'Stakeholder communication'],
  },
];

export async function seedDemoPeople(userId: string, today: IsoDate): Promise<void> {
  const [networkGoal] = await db()
    .select({ id: goals.id })
    .from(goals)
    .where(and(eq(goals.userId, userId), eq(goals.category, 'network')));
  const skillIds = new Map(
    (await db().select({ id: skills.id, name: skills.name }).from(skills).where(eq(skills.userId, userId))).map(
      (skill) => [skill.name, skill.id],
    ),
  );
  const personIds = new Map<string, string>();
  for (const person of peopleStory) {
    const [row] = await db()
      .insert(people)
      .values({ userId, name: person.name, relation: person.relation, whereMet: person.whereMet, notes: person.notes })
      .returning({ id: people.id });
    if (!row) throw new Error('demo person insert failed');
    personIds.set(person.key, row.id);
    await db()
      .insert(personInteractions)
      .values(
        person.interactions.map(([daysAgo, kind, note]) => ({
          userId,
          personId: row.id,
          occurredOn: ago(today, daysAgo),
          kind,
          note,
        })),
      );
    if (person.servesNetworkGoal && networkGoal)
      await db().insert(personGoals).values({ userId, personId: row.id, goalId: networkGoal.id });
  }
  for (const entry of feedbackStory) {
    const [row] = await db()
      .insert(feedbackEntries)
      .values({
        userId,
        receivedOn: ago(today, entry.daysAgo),
        fromName: entry.fromName,
        personId: entry.person === null ? null : (personIds.get(entry.person) ?? null),
        relation: entry.relation,
        kind: entry.kind,
        text: entry.text,
      })
      .returning({ id: feedbackEntries.id });
    if (!row) throw new Error('demo feedback insert failed');
    const linked = entry.skills.flatMap((name) => {
      const skillId = skillIds.get(name);
      return skillId ? [{ userId, feedbackId: row.id, skillId }] : [];
    });
    if (linked.length > 0) await db().insert(feedbackSkills).values(linked);
  }
}
