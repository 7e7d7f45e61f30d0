// The next role in the yearly review: readiness for the current target as the year began (or when the target
// was set, if later) and at the review's end, and the gaps the year closed or narrowed. Both readings are
// readinessOn (lib/next-role/readiness.ts) at the two dates, so the review and the Next role page never differ.
import { addDays, type IsoDate } from '@/lib/dates/calendar';
import {
  readinessOn,
  type CareerRecord,
  type Evidence,
  type RequirementReadiness,
  type TrackedRequirement,
} from '@/lib/next-role/readiness';
import { requirementName } from '@/lib/next-role/requirement-name';

export type ReviewTarget = {
  title: string;
  level: string;
  /** The day the target was set, in the user's time zone. */
  createdOn: IsoDate;
  requirements: TrackedRequirement[];
};

export type RequirementChange = {
  requirement: string;
  /** What the record held at the start and at the end, in readiness's words ("Competent (3 of 5)"). */
  from: string;
  to: string;
  need: string;
  /** The records at the end that were not there at the start: what closed or narrowed the gap. */
  evidence: Evidence[];
};

export type NextRoleInYear = {
  title: string;
  level: string;
  /**
   * `year-start`: as the year began, from the record up to the end of 31 December before it (as the review's
   * skills and index count the start); `target-set`: on the day the target was set, later in the year.
   */
  start: { date: IsoDate; basis: 'year-start' | 'target-set'; percent: number };
  end: { date: IsoDate; percent: number };
  /** Percentage points, end minus start. */
  change: number;
  /** Missing or partly met at the start, met at the end; the largest share first. */
  gapsClosed: RequirementChange[];
  /** Still not met at the end, but nearer than at the start. */
  gapsNarrowed: RequirementChange[];
  /** How many requirements are still not met at the end. */
  gapsLeft: number;
};

const evidenceKey = (evidence: Evidence) => `${evidence.kind}\u0000${evidence.label}\u0000${evidence.date ?? ''}`;

function changeOf(before: RequirementReadiness, after: RequirementReadiness): RequirementChange {
  const known = new Set(before.evidence.map(evidenceKey));
  const added = after.evidence.filter((evidence) => !known.has(evidenceKey(evidence)));
  return {
    requirement: requirementName(after.requirement),
    from: before.have,
    to: after.have,
    need: after.need,
    // Time alone can close a gap (years in a role): then the records that count at the end are its evidence.
    evidence: added.length > 0 ? added : after.evidence,
  };
}

/**
 * The target's readiness over the review period `start`–`end` (the review's own period); null without a target
 * or when it was set after the period.
 */
export function nextRoleInYear(
  target: ReviewTarget | null,
  record: CareerRecord,
  start: IsoDate,
  end: IsoDate,
): NextRoleInYear | null {
  if (target === null || target.createdOn > end || end < start) return null;
  const basis = target.createdOn > start ? 'target-set' : 'year-start';
  const startDate = basis === 'target-set' ? target.createdOn : start;
  const before = readinessOn(target.requirements, record, basis === 'target-set' ? startDate : addDays(start, -1));
  const after = readinessOn(target.requirements, record, end);
  const pairs = after.requirements
    .flatMap((entry) => {
      const earlier = before.requirements.find((candidate) => candidate.key === entry.key);
      return earlier ? [{ before: earlier, after: entry }] : [];
    })
    .sort((a, b) => b.after.share - a.after.share);
  return {
    title: target.title,
    level: target.level,
    start: { date: startDate, basis, percent: before.percent },
    end: { date: end, percent: after.percent },
    change: after.percent - before.percent,
    gapsClosed: pairs
      .filter((pair) => pair.before.state !== 'met' && pair.after.state === 'met')
      .map((pair) => changeOf(pair.before, pair.after)),
    gapsNarrowed: pairs
      .filter((pair) => pair.after.state !== 'met' && pair.after.credit > pair.before.credit)
      .map((pair) => changeOf(pair.before, pair.after)),
    gapsLeft: after.gaps.length,
  };
}
