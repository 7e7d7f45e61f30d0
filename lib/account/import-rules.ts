// The rules between fields and records that an export file must meet: the same rules the forms and
// actions apply when the records are typed in (goal links, weeks, not-future dates, date order).
import { measuredResultProblems } from '@/lib/achievements/schema';
import { certificationProblems, educationProblems, positionProblems } from '@/lib/career/schema';
import { isWeekStart, localDate, weekStartOf } from '@/lib/dates/calendar';
import type { CrossFieldProblem } from '@/lib/forms/form';
import { goalProblems } from '@/lib/goals/schema';
import { peopleAndFeedbackProblems } from './export-people-schema';
import { targetRoleProblems } from './export-roles-schema';
import type { AccountFile } from './export-schema';

export type FileProblem = [path: (string | number)[], message: string];

const at = (prefix: (string | number)[], problems: CrossFieldProblem[]): FileProblem[] =>
  problems.map(([path, message]) => [[...prefix, ...path.split('.')], message]);

/** Every rule of the file that one field alone cannot tell; `now` dates "today" in the file's time zone. */
export function accountFileProblems(file: AccountFile, now: Date = new Date()): FileProblem[] {
  const today = localDate(now, file.profile.timeZone);
  const thisWeek = weekStartOf(today, file.profile.weekStartsOn);
  const weekProblems = (weekStart: string, path: (string | number)[]): FileProblem[] => {
    if (!isWeekStart(weekStart, file.profile.weekStartsOn))
      return [[path, 'is not the first day of a week, as the profile’s week start says']];
    return weekStart > thisWeek ? [[path, 'is a week that has not started yet']] : [];
  };
  const notFuture = (date: string | null, path: (string | number)[]): FileProblem[] =>
    date !== null && date > today ? [[path, 'is in the future']] : [];

  return [
    ...goalLinkProblems(file.goals),
    ...file.goals.flatMap((goal, index) => [
      ...at(
        ['goals', index],
        goalProblems({
          ...goal,
          targetDate: goal.targetDate ?? undefined,
          parentGoalId: goal.parentRef ?? undefined,
        }).map(([path, message]): CrossFieldProblem => [path === 'parentGoalId' ? 'parentRef' : path, message]),
      ),
      ...goal.updates.flatMap((update, updateIndex) =>
        weekProblems(update.weekStart, ['goals', index, 'updates', updateIndex, 'weekStart']),
      ),
    ]),
    ...file.reflections.flatMap((reflection, index) =>
      weekProblems(reflection.weekStart, ['reflections', index, 'weekStart']),
    ),
    ...file.skills.flatMap((skill, index) =>
      skill.assessments.flatMap((assessment, assessmentIndex) =>
        notFuture(assessment.assessedOn, ['skills', index, 'assessments', assessmentIndex, 'assessedOn']),
      ),
    ),
    ...file.education.flatMap((entry, index) => [
      ...at(['education', index], educationProblems(entry)),
      ...notFuture(entry.completedOn, ['education', index, 'completedOn']),
    ]),
    ...file.certifications.flatMap((certification, index) => [
      ...at(['certifications', index], certificationProblems(certification)),
      ...notFuture(certification.earnedOn, ['certifications', index, 'earnedOn']),
    ]),
    ...file.positions.flatMap((position, index) => at(['positions', index], positionProblems(position))),
    ...(new Set(file.reviews.map((review) => review.year)).size === file.reviews.length
      ? []
      : [[['reviews'], 'has two reviews of the same year'] satisfies FileProblem]),
    ...achievementProblems(file),
    ...file.achievements.flatMap((achievement, index) => [
      ...at(['achievements', index], measuredResultProblems(achievement)),
      ...notFuture(achievement.achievedOn, ['achievements', index, 'achievedOn']),
    ]),
    ...peopleAndFeedbackProblems(file, today),
    ...targetRoleProblems(file, today),
  ];
}

/**
 * An achievement links only to what the file holds: goals by ref, skills by name (in any case), a position
 * by employer, title and start date; a review picks only achievements of the file. Refs are unique.
 */
function achievementProblems(file: AccountFile): FileProblem[] {
  const refs = new Set(file.achievements.map((achievement) => achievement.ref));
  const problems: FileProblem[] =
    refs.size === file.achievements.length ? [] : [[['achievements'], 'two achievements share the same ref']];
  const goalRefs = new Set(file.goals.map((goal) => goal.ref));
  const skillNames = new Set(file.skills.map((skill) => skill.name.toLowerCase()));
  const positionKey = (position: { employer: string; title: string; startedOn: string }) =>
    JSON.stringify([position.employer, position.title, position.startedOn]);
  const positionKeys = new Set(file.positions.map(positionKey));
  file.achievements.forEach((achievement, index) => {
    achievement.goalRefs.forEach((ref, linkIndex) => {
      if (!goalRefs.has(ref))
        problems.push([['achievements', index, 'goalRefs', linkIndex], 'refers to no goal in this file']);
    });
    achievement.skills.forEach((name, linkIndex) => {
      if (!skillNames.has(name.toLowerCase()))
        problems.push([['achievements', index, 'skills', linkIndex], 'names no skill in this file']);
    });
    if (achievement.position !== null && !positionKeys.has(positionKey(achievement.position)))
      problems.push([['achievements', index, 'position'], 'names no position in this file']);
  });
  file.reviews.forEach((review, index) => {
    review.achievementRefs?.forEach((ref, pickIndex) => {
      if (!refs.has(ref))
        problems.push([['reviews', index, 'achievementRefs', pickIndex], 'refers to no achievement in this file']);
    });
  });
  return problems;
}

/** Refs are unique, and a goal serves only a long-term goal of the file other than itself. */
function goalLinkProblems(goals: AccountFile['goals']): FileProblem[] {
  const byRef = new Map(goals.map((goal) => [goal.ref, goal]));
  const problems: FileProblem[] = byRef.size === goals.length ? [] : [[['goals'], 'two goals share the same ref']];
  goals.forEach((goal, index) => {
    if (goal.parentRef === null) return;
    const path = ['goals', index, 'parentRef'];
    const parent = byRef.get(goal.parentRef);
    if (!parent) problems.push([path, 'refers to no goal in this file']);
    else if (parent === goal) problems.push([path, 'refers to the goal itself']);
    // A parent is long-term and only short-term goals have one: no chain, so no cycle, can form.
    else if (parent.horizon !== 'long') problems.push([path, 'refers to a goal that is not long-term']);
  });
  return problems;
}
