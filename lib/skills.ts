import type { IsoDate } from './weeks';

export type Assessment = { assessedOn: IsoDate; level: number };

const byDate = (a: Assessment, b: Assessment) => a.assessedOn.localeCompare(b.assessedOn);

/** The latest assessment's level; null before the first one. */
export function currentLevel(assessments: Assessment[]): number | null {
  return [...assessments].sort(byDate).at(-1)?.level ?? null;
}

/** The level as it stood on a date: the latest assessment on or before it. */
export function levelOn(assessments: Assessment[], date: IsoDate): number | null {
  return [...assessments].sort(byDate).filter((assessment) => assessment.assessedOn <= date).at(-1)?.level ?? null;
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
 * Change over the last twelve months: current level minus the level a year ago.
 * A skill first assessed within the year counts from its first assessment.
 */
export function levelChangeOverYear(assessments: Assessment[], today: IsoDate): number | null {
  const now = levelOn(assessments, today);
  if (now === null) return null;
  const since = yearBefore(today);
  const baseline = levelOn(assessments, since) ?? [...assessments].sort(byDate).find((assessment) => assessment.assessedOn > since)?.level ?? now;
  return now - baseline;
}
