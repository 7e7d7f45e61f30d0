// What an import tells the user: every kind of record it brought, with counts, and every setting of the
// account it changed. Built from the file and the account as it was, so a new section of the export is one
// line here rather than a message that quietly leaves it out.
import type { AccountExport } from './export-schema';
import { weekStartChoices } from './week-start';

type Counted = { count: number; one: string; many: string };

/** The account's settings an import may overwrite, as they were before it. */
export type SettingsBefore = {
  name: string | null;
  timeZone: string;
  weekStartsOn: number;
  reminders: {
    weeklyOn: boolean;
    weeklyDay: number;
    weeklyHour: number;
    certificationsOn: boolean;
    goalsOn: boolean;
  };
};

const sum = <T>(rows: readonly T[], count: (row: T) => number) => rows.reduce((total, row) => total + count(row), 0);

function countedRecords(file: AccountExport): Counted[] {
  return [
    { count: file.goals.length, one: 'goal', many: 'goals' },
    { count: sum(file.goals, (goal) => goal.milestones.length), one: 'milestone', many: 'milestones' },
    { count: sum(file.goals, (goal) => goal.updates.length), one: 'weekly update', many: 'weekly updates' },
    { count: file.reflections.length, one: 'reflection', many: 'reflections' },
    { count: file.skills.length, one: 'skill', many: 'skills' },
    { count: sum(file.skills, (skill) => skill.assessments.length), one: 'skill rating', many: 'skill ratings' },
    { count: file.positions.length, one: 'role', many: 'roles' },
    { count: sum(file.positions, (position) => position.payRecords.length), one: 'pay record', many: 'pay records' },
    { count: file.education.length, one: 'training entry', many: 'training entries' },
    { count: file.certifications.length, one: 'certification', many: 'certifications' },
    { count: file.achievements.length, one: 'achievement', many: 'achievements' },
    { count: file.reviews.length, one: 'yearly review', many: 'yearly reviews' },
    { count: file.people.length, one: 'person', many: 'people' },
    {
      count: sum(file.people, (person) => person.interactions.length),
      one: 'contact with a person',
      many: 'contacts with people',
    },
    { count: file.feedback.length, one: 'feedback entry', many: 'feedback entries' },
    { count: file.targetRoles.length, one: 'target role', many: 'target roles' },
  ];
}

/** "a, b and c" */
function listed(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

const dayName = (day: number) => weekStartChoices.find((choice) => choice.value === day)?.label ?? String(day);

function settingsChanged(file: AccountExport, before: SettingsBefore): string[] {
  const changes: string[] = [];
  const { profile, reminders } = file;
  if (profile.name !== before.name)
    changes.push(profile.name ? `your name to “${profile.name}”` : 'your name to none (it was removed)');
  if (profile.timeZone !== before.timeZone) changes.push(`your time zone to ${profile.timeZone}`);
  if (profile.weekStartsOn !== before.weekStartsOn)
    changes.push(`your week to start on ${dayName(profile.weekStartsOn)}`);
  if (reminders) {
    const keys = Object.keys(before.reminders) as (keyof SettingsBefore['reminders'])[];
    if (keys.some((key) => reminders[key] !== before.reminders[key])) changes.push('your reminders to the file’s');
  }
  return changes;
}

/** "Imported 3 goals, 12 weekly updates and 1 role. Changed your name to “Ana” and your time zone to Europe/Lisbon." */
export function importSummary(file: AccountExport, before: SettingsBefore): string {
  const brought = countedRecords(file)
    .filter((record) => record.count > 0)
    .map((record) => `${record.count.toLocaleString('en')} ${record.count === 1 ? record.one : record.many}`);
  const changes = settingsChanged(file, before);
  return [
    brought.length > 0 ? `Imported ${listed(brought)}.` : 'The file held no records to import.',
    changes.length > 0 ? `Changed ${listed(changes)}.` : 'Your settings are as they were.',
  ].join(' ');
}
