import type { AccountExport } from '@/lib/account/export-schema';

/** An export without what differs between two accounts with the same records: ids, email, export time. */
export function comparableExport(file: AccountExport) {
  // Goal refs are ids, new on import: goals are compared by their place in the list instead.
  const position = new Map(file.goals.map((goal, index) => [goal.ref, index]));
  return {
    ...file,
    exportedAt: undefined,
    profile: { ...file.profile, email: undefined },
    goals: file.goals.map(({ ref: _ref, parentRef, ...goal }) => ({
      ...goal,
      parent: parentRef === null ? null : position.get(parentRef),
    })),
  };
}
