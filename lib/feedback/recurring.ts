// Which development areas keep coming back: the rule behind the Career page's list and the review's line.
import type { FeedbackKind } from '@/lib/feedback/vocabulary';
import type { IsoDate } from '@/lib/dates/calendar';

export type FeedbackAboutSkills = {
  receivedOn: IsoDate;
  kind: FeedbackKind;
  skills: { id: string; name: string }[];
};

export type RecurringArea = {
  skillId: string;
  name: string;
  /** How many feedback entries named the skill as a development area. */
  entries: number;
  firstOn: IsoDate;
  lastOn: IsoDate;
};

/** Two entries naming the same skill are a pattern; one is a remark. */
export const recurringThreshold = 2;

/**
 * The skills named as a development area in at least two feedback entries, most often named first (then
 * the most recently named). An entry counts once per skill however it lists it; praise never counts, so a
 * skill praised since is still listed: the record shows both and the user judges.
 */
export function recurringDevelopmentAreas(entries: FeedbackAboutSkills[]): RecurringArea[] {
  const areas = new Map<string, RecurringArea>();
  for (const entry of entries) {
    if (entry.kind !== 'development') continue;
    const named = new Map(entry.skills.map((skill) => [skill.id, skill.name]));
    for (const [skillId, name] of named) {
      const area = areas.get(skillId);
      if (!area) {
        areas.set(skillId, { skillId, name, entries: 1, firstOn: entry.receivedOn, lastOn: entry.receivedOn });
        continue;
      }
      area.entries += 1;
      if (entry.receivedOn < area.firstOn) area.firstOn = entry.receivedOn;
      if (entry.receivedOn > area.lastOn) area.lastOn = entry.receivedOn;
    }
  }
  return [...areas.values()]
    .filter((area) => area.entries >= recurringThreshold)
    .sort((a, b) => b.entries - a.entries || b.lastOn.localeCompare(a.lastOn) || a.name.localeCompare(b.name));
}
