// The export's sections of people and feedback (docs/export-format.md, version 2).
import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { AccountExport } from '@/lib/account/export-schema';
import { groupBy } from '@/lib/group-by';
import { db } from '@/db/client';
import { recordTimes } from '@/db/queries/account/record-times';
import { feedbackEntries, feedbackSkills, people, personGoals, personInteractions, skills } from '@/db/schema';

/** People name their goals by the goal's ref (its id, as the goals section writes it); feedback names skills by name. */
export async function exportPeopleAndFeedback(userId: string): Promise<Pick<AccountExport, 'people' | 'feedback'>> {
  const [personRows, interactionRows, goalLinks, feedbackRows, skillLinks] = await Promise.all([
    db().select().from(people).where(eq(people.userId, userId)).orderBy(asc(people.createdAt), asc(people.name)),
    db()
      .select()
      .from(personInteractions)
      .where(eq(personInteractions.userId, userId))
      .orderBy(asc(personInteractions.occurredOn), asc(personInteractions.createdAt)),
    db().select().from(personGoals).where(eq(personGoals.userId, userId)).orderBy(asc(personGoals.goalId)),
    db()
      .select()
      .from(feedbackEntries)
      .where(eq(feedbackEntries.userId, userId))
      .orderBy(asc(feedbackEntries.receivedOn), asc(feedbackEntries.createdAt)),
    db()
      .select({ feedbackId: feedbackSkills.feedbackId, name: skills.name })
      .from(feedbackSkills)
      .innerJoin(skills, eq(skills.id, feedbackSkills.skillId))
      .where(eq(feedbackSkills.userId, userId))
      .orderBy(asc(skills.name)),
  ]);
  const interactionsByPerson = groupBy(interactionRows, (row) => row.personId);
  const goalsByPerson = groupBy(goalLinks, (row) => row.personId);
  const skillsByFeedback = groupBy(skillLinks, (row) => row.feedbackId);
  return {
    people: personRows.map((person) => ({
      ref: person.id,
      name: person.name,
      relation: person.relation,
      whereMet: person.whereMet,
      notes: person.notes,
      goalRefs: (goalsByPerson.get(person.id) ?? []).map((link) => link.goalId),
      ...recordTimes(person),
      interactions: (interactionsByPerson.get(person.id) ?? []).map((row) => ({
        occurredOn: row.occurredOn,
        kind: row.kind,
        note: row.note,
        ...recordTimes(row),
      })),
    })),
    feedback: feedbackRows.map((entry) => ({
      receivedOn: entry.receivedOn,
      fromName: entry.fromName,
      relation: entry.relation,
      kind: entry.kind,
      text: entry.text,
      personRef: entry.personId,
      skillNames: (skillsByFeedback.get(entry.id) ?? []).map((link) => link.name),
      ...recordTimes(entry),
    })),
  };
}
