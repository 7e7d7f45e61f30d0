import type { IsoDate } from '@/lib/dates/calendar';

export type Assessment = { assessedOn: IsoDate; level: number };

const byDate = (a: Assessment, b: Assessment) => a.assessedOn.localeCompare(b.assessedOn);

/** The latest assessment's level; null before the first one. */
export function currentLevel(assessments: Assessment[]): number | null {
  return [...assessments].sort(byDate).at(-1)?.level ?? null;
}

/** The level as it stood on a date: the latest assessment on or before it. */
export function levelOn(assessments: Assessment[], date: IsoDate): number | null {
  return (
    [...assessments]
      .sort(byDate)
      .filter((assessment) => assessment.assessedOn <= date)
      .at(-1)?.level ?? null
  );
}

/** The date twelve months before, on the same day of the month (29 Feb → 28 Feb). */
export function yearBefore(date: IsoDate): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC((year ?? 0) - 1, (month ?? 1) - 1, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day ?? 1, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * A skill's level on a day and a year before it; for a skill first assessed within that year
 * (no level a year ago), the level of that first assessment, else null.
 */
export type SkillLevels = { now: number | null; yearAgo: number | null; firstWithinYear: number | null };

export function skillLevelsOn(assessments: Assessment[], today: IsoDate): SkillLevels {
  const since = yearBefore(today);
  const yearAgo = levelOn(assessments, since);
  const firstWithinYear = [...assessments]
    .sort(byDate)
    .find((assessment) => assessment.assessedOn > since && assessment.assessedOn <= today);
  return {
    now: levelOn(assessments, today),
    yearAgo,
    firstWithinYear: yearAgo === null ? (firstWithinYear?.level ?? null) : null,
  };
}

/**
 * Change over the last twelve months: current level minus the level a year ago.
 * A skill first assessed within the year counts from its first assessment.
 */
export function levelChangeOverYear({ now, yearAgo, firstWithinYear }: SkillLevels): number | null {
  if (now === null) return null;
  return now - (yearAgo ?? firstWithinYear ?? now);
}
