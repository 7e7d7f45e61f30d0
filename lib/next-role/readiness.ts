// How ready a person is, on a date, for the role they aim at: each requirement's credit from 0 to 1
// with the records that earn it, and their weighted sum as a percentage. The rules: docs/next-role.md.
import type { EducationKind, SkillKind } from '@/lib/career/vocabulary';
import { educationKindLabels, skillLevelName } from '@/lib/career/vocabulary';
import { certificationState } from '@/lib/career/certifications';
import { yearBefore } from '@/lib/career/skills';
import { daysBetween, type IsoDate } from '@/lib/dates/calendar';
import { trainingHoursIn } from '@/lib/career/training-hours';
import { expectationMetAt, expectationRatingName, type ReadinessState } from './vocabulary';
import type { Requirement } from './profile-schema';

export type CareerRecord = {
  skills: { name: string; kind: SkillKind; assessments: { assessedOn: IsoDate; level: number }[] }[];
  certifications: { name: string; earnedOn: IsoDate; expiresOn: IsoDate | null }[];
  education: {
    kind: EducationKind;
    title: string;
    provider: string;
    startedOn: IsoDate | null;
    completedOn: IsoDate | null;
    hours: number | null;
  }[];
  positions: { title: string; employer: string; level: string; startedOn: IsoDate; endedOn: IsoDate | null }[];
  achievements: { title: string; achievedOn: IsoDate; tags: string[] }[];
};

/** A requirement as the user keeps it: with their own ratings of it and the goals made from it. */
export type TrackedRequirement = {
  key: string;
  requirement: Requirement;
  selfRatings: { ratedOn: IsoDate; rating: number }[];
  goals: { title: string; achievedOn: IsoDate | null }[];
};

export type EvidenceKind =
  'assessment' | 'certification' | 'education' | 'position' | 'achievement' | 'self_rating' | 'goal';
export type Evidence = { kind: EvidenceKind; label: string; date: IsoDate | null };

export type RequirementReadiness = {
  key: string;
  requirement: Requirement;
  /** This requirement's part of the whole, 0 to 1 (its weight over the sum of weights). */
  share: number;
  /** How much of it the record meets on the date, 0 to 1. */
  credit: number;
  state: ReadinessState;
  have: string;
  need: string;
  evidence: Evidence[];
};

export type Readiness = {
  /** 0 to 100; 100 only when every weighted requirement is met. */
  percent: number;
  requirements: RequirementReadiness[];
  /** The requirements not met, the largest missing share first. */
  gaps: RequirementReadiness[];
};

type Assessed = { credit: number; have: string; need: string; evidence: Evidence[] };

/** Names compared as a person would: case, accents' forms and spacing aside. */
export function sameText(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}
const mentions = (haystack: string[], needle: string) =>
  needle.trim() === '' || haystack.some((text) => sameText(text).includes(sameText(needle)));

const plural = (count: number, one: string, many = `${one}s`) => `${formatCount(count)} ${count === 1 ? one : many}`;
const formatCount = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
const fieldSuffix = (field: string) => (field ? ` in ${field}` : '');

function assessSkill(requirement: Extract<Requirement, { type: 'skill' }>, record: CareerRecord, date: IsoDate) {
  const skill = record.skills.find((candidate) => sameText(candidate.name) === sameText(requirement.skill));
  const latest = (skill?.assessments ?? [])
    .filter((assessment) => assessment.assessedOn <= date)
    .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn))
    .at(-1);
  const need = `${skillLevelName(requirement.level)} (${requirement.level} of 5)`;
  if (!latest) return { credit: 0, have: skill ? 'Not assessed yet' : 'Not in your skills yet', need, evidence: [] };
  return {
    credit: Math.min(1, latest.level / requirement.level),
    have: `${skillLevelName(latest.level)} (${latest.level} of 5)`,
    need,
    evidence: [
      { kind: 'assessment', label: `${requirement.skill} assessed at ${latest.level} of 5`, date: latest.assessedOn },
    ],
  } satisfies Assessed;
}

function assessCertification(
  requirement: Extract<Requirement, { type: 'certification' }>,
  record: CareerRecord,
  date: IsoDate,
): Assessed {
  const earned = record.certifications
    .filter((certification) => certification.earnedOn <= date && mentions([certification.name], requirement.name))
    .map((certification) => ({
      certification,
      expired: certificationState(certification.expiresOn, date) === 'expired',
    }))
    .sort(
      (a, b) =>
        Number(a.expired) - Number(b.expired) || b.certification.earnedOn.localeCompare(a.certification.earnedOn),
    );
  const best = earned[0];
  const need = requirement.name;
  if (!best) return { credit: 0, have: 'Not earned', need, evidence: [] };
  const { certification, expired } = best;
  return {
    credit: expired ? 0.5 : 1,
    have: expired ? `Expired on ${certification.expiresOn}` : 'Earned',
    need: expired ? `${requirement.name}, renewed` : need,
    evidence: [{ kind: 'certification', label: certification.name, date: certification.earnedOn }],
  };
}

function assessEducation(
  requirement: Extract<Requirement, { type: 'education' }>,
  record: CareerRecord,
  date: IsoDate,
): Assessed {
  const need = `${educationKindLabels[requirement.educationKind]}${fieldSuffix(requirement.field)}`;
  const matching = record.education.filter(
    (entry) => entry.kind === requirement.educationKind && mentions([entry.title, entry.provider], requirement.field),
  );
  const completed = matching.find((entry) => entry.completedOn !== null && entry.completedOn <= date);
  if (completed)
    return {
      credit: 1,
      have: 'Completed',
      need,
      evidence: [{ kind: 'education', label: completed.title, date: completed.completedOn }],
    };
  const underway = matching.find((entry) => entry.startedOn !== null && entry.startedOn <= date);
  if (underway)
    return {
      credit: 0.5,
      have: 'In progress',
      need,
      evidence: [{ kind: 'education', label: `${underway.title} (in progress)`, date: underway.startedOn }],
    };
  return { credit: 0, have: 'None yet', need, evidence: [] };
}

/**
 * Hours of an entry learned by a date: its hours spread over the months it ran, up to the date's month, as
 * the review and the index count them (lib/career/training-hours.ts); an entry not completed counts none yet.
 */
export function hoursLearnedBy(entry: CareerRecord['education'][number], date: IsoDate): number {
  return trainingHoursIn([entry], earliestMonth, date.slice(0, 7));
}
const earliestMonth = '1900-01';

function assessLearningHours(
  requirement: Extract<Requirement, { type: 'learning_hours' }>,
  record: CareerRecord,
  date: IsoDate,
): Assessed {
  const counted = record.education
    .filter((entry) => mentions([entry.title, entry.provider], requirement.field))
    .map((entry) => ({ entry, hours: hoursLearnedBy(entry, date) }))
    .filter(({ hours }) => hours > 0);
  const total = counted.reduce((sum, { hours }) => sum + hours, 0);
  return {
    credit: Math.min(1, total / requirement.hours),
    have: plural(Math.round(total), 'hour'),
    need: `${plural(requirement.hours, 'hour')}${fieldSuffix(requirement.field)}`,
    evidence: counted.map(({ entry, hours }) => ({
      kind: 'education',
      label: `${entry.title}: ${plural(Math.round(hours), 'hour')}`,
      date: entry.completedOn ?? entry.startedOn,
    })),
  };
}

const daysPerYear = 365.25;

/** Years in matching roles up to the date; overlapping roles count once. */
function assessExperience(
  requirement: Extract<Requirement, { type: 'experience' }>,
  record: CareerRecord,
  date: IsoDate,
): Assessed {
  const roles = record.positions
    .filter(
      (position) => position.startedOn <= date && mentions([position.title, position.level], requirement.roleIncludes),
    )
    .sort((a, b) => a.startedOn.localeCompare(b.startedOn));
  let days = 0;
  let coveredUntil: IsoDate | null = null;
  for (const role of roles) {
    const end = role.endedOn !== null && role.endedOn < date ? role.endedOn : date;
    const start = coveredUntil !== null && coveredUntil >= role.startedOn ? coveredUntil : null;
    if (start !== null) {
      if (end > start) days += daysBetween(start, end);
    } else {
      days += daysBetween(role.startedOn, end) + 1;
    }
    if (coveredUntil === null || end > coveredUntil) coveredUntil = end;
  }
  const years = Math.floor((days / daysPerYear) * 10) / 10;
  const roleWords = requirement.roleIncludes ? ` in ${requirement.roleIncludes} roles` : '';
  return {
    credit: Math.min(1, days / daysPerYear / requirement.years),
    have: plural(years, 'year'),
    need: `${plural(requirement.years, 'year')}${roleWords}`,
    evidence: roles.map((role) => ({
      kind: 'position',
      label: `${role.title}, ${role.employer}`,
      date: role.startedOn,
    })),
  };
}

function assessAchievements(
  requirement: Extract<Requirement, { type: 'achievements' }>,
  record: CareerRecord,
  date: IsoDate,
): Assessed {
  const since = Array.from({ length: requirement.withinYears }).reduce<IsoDate>((day) => yearBefore(day), date);
  const counted = record.achievements
    .filter((achievement) => achievement.achievedOn > since && achievement.achievedOn <= date)
    .filter(
      (achievement) => !requirement.tag || achievement.tags.some((tag) => sameText(tag) === sameText(requirement.tag)),
    )
    .sort((a, b) => b.achievedOn.localeCompare(a.achievedOn));
  const tagWords = requirement.tag ? ` tagged “${requirement.tag}”` : '';
  return {
    credit: Math.min(1, counted.length / requirement.count),
    have: plural(counted.length, 'achievement'),
    need: `${plural(requirement.count, 'achievement')}${tagWords} in the last ${plural(requirement.withinYears, 'year')}`,
    evidence: counted.map((achievement) => ({
      kind: 'achievement',
      label: achievement.title,
      date: achievement.achievedOn,
    })),
  };
}

function assessExpectation(ratings: TrackedRequirement['selfRatings'], date: IsoDate): Assessed {
  const latest = ratings
    .filter((entry) => entry.ratedOn <= date)
    .sort((a, b) => a.ratedOn.localeCompare(b.ratedOn))
    .at(-1);
  const need = expectationRatingName(expectationMetAt);
  if (!latest) return { credit: 0, have: 'Not rated yet', need, evidence: [] };
  return {
    credit: Math.min(1, (latest.rating - 1) / (expectationMetAt - 1)),
    have: expectationRatingName(latest.rating),
    need,
    evidence: [
      {
        kind: 'self_rating',
        label: `You rated yourself “${expectationRatingName(latest.rating)}”`,
        date: latest.ratedOn,
      },
    ],
  };
}

function assess(tracked: TrackedRequirement, record: CareerRecord, date: IsoDate): Assessed {
  const { requirement } = tracked;
  switch (requirement.type) {
    case 'skill':
      return assessSkill(requirement, record, date);
    case 'certification':
      return assessCertification(requirement, record, date);
    case 'education':
      return assessEducation(requirement, record, date);
    case 'learning_hours':
      return assessLearningHours(requirement, record, date);
    case 'experience':
      return assessExperience(requirement, record, date);
    case 'achievements':
      return assessAchievements(requirement, record, date);
    case 'expectation':
      return assessExpectation(tracked.selfRatings, date);
  }
}

/** Readiness points are stored per month (db/loaders/readiness.ts): raise this when a change here alters a score. */
export const readinessRulesVersion = 1;

const stateOf = (credit: number): ReadinessState => (credit >= 1 ? 'met' : credit > 0 ? 'partly' : 'missing');

/** Readiness on a date, from what the record held on that date only. */
export function readinessOn(requirements: TrackedRequirement[], record: CareerRecord, date: IsoDate): Readiness {
  const totalWeight = requirements.reduce((sum, tracked) => sum + tracked.requirement.weight, 0);
  const assessed = requirements.map((tracked): RequirementReadiness => {
    const { credit, have, need, evidence } = assess(tracked, record, date);
    const achievedGoals = tracked.goals
      .filter((goal) => goal.achievedOn !== null && goal.achievedOn <= date)
      .map((goal): Evidence => ({ kind: 'goal', label: `Goal achieved: ${goal.title}`, date: goal.achievedOn }));
    return {
      key: tracked.key,
      requirement: tracked.requirement,
      share: totalWeight === 0 ? 0 : tracked.requirement.weight / totalWeight,
      credit,
      state: stateOf(credit),
      have,
      need,
      evidence: [...evidence, ...achievedGoals],
    };
  });
  const earned = assessed.reduce((sum, entry) => sum + entry.share * entry.credit, 0);
  const allMet = assessed.every((entry) => entry.state === 'met' || entry.share === 0);
  const rounded = Math.round(earned * 100);
  const percent = rounded === 100 && !allMet ? 99 : rounded;
  const gaps = assessed
    .filter((entry) => entry.state !== 'met')
    .sort((a, b) => b.share * (1 - b.credit) - a.share * (1 - a.credit) || b.share - a.share);
  return { percent: totalWeight === 0 ? 0 : percent, requirements: assessed, gaps };
}
