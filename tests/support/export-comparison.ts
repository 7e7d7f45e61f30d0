import type { AccountExport } from '@/lib/account/export-schema';

/** An export without what differs between two accounts with the same records: ids, email, export time. */
export function comparableExport(file: AccountExport) {
  // Goal, achievement and person refs are ids, new on import: they are compared by their place in the list instead.
  const position = new Map(file.goals.map((goal, index) => [goal.ref, index]));
  const achievementPlace = new Map(file.achievements.map((achievement, index) => [achievement.ref, index]));
  const personPlace = new Map(file.people.map((person, index) => [person.ref, index]));
  return {
    ...file,
    exportedAt: undefined,
    profile: { ...file.profile, email: undefined },
    goals: file.goals.map(({ ref: _ref, parentRef, ...goal }) => ({
      ...goal,
      parent: parentRef === null ? null : position.get(parentRef),
    })),
    reviews: file.reviews.map(({ achievementRefs, ...review }) => ({
      ...review,
      achievements: achievementRefs?.map((ref) => achievementPlace.get(ref)) ?? null,
    })),
    achievements: file.achievements.map(({ ref: _ref, goalRefs, ...achievement }) => ({
      ...achievement,
      goals: goalRefs.map((ref) => position.get(ref)).sort(),
      skills: [...achievement.skills].sort(),
    })),
    people: file.people.map(({ ref: _ref, goalRefs, ...person }) => ({
      ...person,
      goals: goalRefs.map((ref) => position.get(ref)).sort(),
    })),
    feedback: file.feedback.map(({ personRef, ...entry }) => ({
      ...entry,
      person: personRef === null ? null : personPlace.get(personRef),
    })),
  };
}
