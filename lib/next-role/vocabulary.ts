// The kinds of requirement a target role can have, the self-rating scale of expectations, and the
// states a requirement can be in. The rules behind them: docs/next-role.md.

export const requirementTypes = [
  'skill',
  'certification',
  'education',
  'learning_hours',
  'experience',
  'achievements',
  'expectation',
] as const;
export type RequirementType = (typeof requirementTypes)[number];
export const requirementTypeLabels: Record<RequirementType, string> = {
  skill: 'Skill',
  certification: 'Certification',
  education: 'Education or training',
  learning_hours: 'Hours of learning',
  experience: 'Experience',
  achievements: 'Achievements',
  expectation: 'Expectation',
};

export const readinessStates = ['met', 'partly', 'missing'] as const;
export type ReadinessState = (typeof readinessStates)[number];
export const readinessStateLabels: Record<ReadinessState, string> = {
  met: 'Met',
  partly: 'Partly met',
  missing: 'Missing',
};

/** How the user rates themselves against an expectation written in words; 4 and 5 meet it. */
export const expectationRatings = [
  { rating: 1, name: 'Not yet' },
  { rating: 2, name: 'Starting' },
  { rating: 3, name: 'Sometimes' },
  { rating: 4, name: 'Usually' },
  { rating: 5, name: 'Consistently' },
] as const;
export const expectationMetAt = 4;

export function expectationRatingName(rating: number): string {
  return expectationRatings.find((entry) => entry.rating === rating)?.name ?? `Rating ${rating}`;
}

export const maxRequirementWeight = 10;
export const maxRequirements = 40;
