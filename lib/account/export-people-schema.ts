// The export file's sections of feedback and people (added in version 2; a version 1 file has neither, and
// both default to empty), and the rules between their records and the rest of the file.
import { z } from 'zod';
import { feedbackFromName, feedbackText, maxFeedbackSkills } from '@/lib/feedback/schema';
import { feedbackKinds, feedbackRelations } from '@/lib/feedback/vocabulary';
import { plausibleDate, plausibleTimestamp } from '@/lib/forms/fields';
import { interactionNote, maxPersonGoals, personName, personNotes, personWhereMet } from '@/lib/people/schema';
import { interactionKinds, personRelations } from '@/lib/people/vocabulary';

const date = plausibleDate('must be a date written YYYY-MM-DD');
const times = { createdAt: plausibleTimestamp, updatedAt: plausibleTimestamp };
const ref = z.string().min(1).max(100);

export const peopleSection = z
  .array(
    z.object({
      ref,
      name: personName,
      relation: z.enum(personRelations),
      whereMet: personWhereMet,
      notes: personNotes,
      goalRefs: z.array(ref).max(maxPersonGoals),
      ...times,
      interactions: z
        .array(z.object({ occurredOn: date, kind: z.enum(interactionKinds), note: interactionNote, ...times }))
        .max(10_000),
    }),
  )
  .max(10_000)
  .default([]);

export const feedbackSection = z
  .array(
    z.object({
      receivedOn: date,
      fromName: feedbackFromName,
      relation: z.enum(feedbackRelations),
      kind: z.enum(feedbackKinds),
      text: feedbackText,
      personRef: ref.nullable(),
      // Skills are named, as the file names them: a skill's name is unique in an account whatever its case.
      skillNames: z.array(z.string().max(200)).max(maxFeedbackSkills),
      ...times,
    }),
  )
  .max(10_000)
  .default([]);

type FileProblem = [path: (string | number)[], message: string];
type PeopleAndFeedback = {
  goals: { ref: string; category: string }[];
  skills: { name: string }[];
  people: z.infer<typeof peopleSection>;
  feedback: z.infer<typeof feedbackSection>;
};

/** Links name records of the same file (a network goal, a skill, a person); nothing is dated after `today`. */
export function peopleAndFeedbackProblems(file: PeopleAndFeedback, today: string): FileProblem[] {
  const problems: FileProblem[] = [];
  const goalCategory = new Map(file.goals.map((goal) => [goal.ref, goal.category]));
  const skillNames = new Set(file.skills.map((skill) => skill.name.toLowerCase()));
  const personRefs = new Set(file.people.map((person) => person.ref));
  if (personRefs.size !== file.people.length) problems.push([['people'], 'two people share the same ref']);
  file.people.forEach((person, index) => {
    person.goalRefs.forEach((goalRef, goalIndex) => {
      const category = goalCategory.get(goalRef);
      const path = ['people', index, 'goalRefs', goalIndex];
      if (category === undefined) problems.push([path, 'refers to no goal in this file']);
      else if (category !== 'network') problems.push([path, 'refers to a goal not of the network category']);
    });
    person.interactions.forEach((interaction, interactionIndex) => {
      if (interaction.occurredOn > today)
        problems.push([['people', index, 'interactions', interactionIndex, 'occurredOn'], 'is in the future']);
    });
  });
  file.feedback.forEach((entry, index) => {
    if (entry.receivedOn > today) problems.push([['feedback', index, 'receivedOn'], 'is in the future']);
    if (entry.personRef !== null && !personRefs.has(entry.personRef))
      problems.push([['feedback', index, 'personRef'], 'refers to no person in this file']);
    entry.skillNames.forEach((name, skillIndex) => {
      if (!skillNames.has(name.toLowerCase()))
        problems.push([['feedback', index, 'skillNames', skillIndex], 'names no skill in this file']);
    });
  });
  return problems;
}
