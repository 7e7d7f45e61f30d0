// The closed vocabularies of goals, documented in docs/goals.md.

export const goalHorizons = ['short', 'long'] as const;
export type GoalHorizon = (typeof goalHorizons)[number];

export const goalCategories = [
  'learning',
  'skill',
  'certification',
  'advancement',
  'network',
  'income',
  'wellbeing',
  'purpose',
] as const;
export type GoalCategory = (typeof goalCategories)[number];

export const goalTargetKinds = ['numeric', 'milestones', 'done'] as const;
export type GoalTargetKind = (typeof goalTargetKinds)[number];

export const goalStatuses = ['active', 'paused', 'achieved', 'abandoned'] as const;
export type GoalStatus = (typeof goalStatuses)[number];

export const horizonLabels: Record<GoalHorizon, string> = { short: 'Short-term', long: 'Long-term' };

export const categoryLabels: Record<GoalCategory, string> = {
  learning: 'Learning',
  skill: 'Skill',
  certification: 'Certification',
  advancement: 'Advancement',
  network: 'Network',
  income: 'Income',
  wellbeing: 'Wellbeing',
  purpose: 'Purpose',
};

export const categoryDescriptions: Record<GoalCategory, string> = {
  learning: 'courses, degrees, reading, study hours',
  skill: 'getting better at a technical or soft skill',
  certification: 'earning or renewing a credential',
  advancement: 'promotion, new responsibilities, a next role',
  network: 'mentors, peers, community, visibility',
  income: 'pay, savings, financial footing',
  wellbeing: 'health, energy, balance that sustains the work',
  purpose: 'work aligned with what matters to you',
};

export const statusLabels: Record<GoalStatus, string> = {
  active: 'Active',
  paused: 'Paused',
  achieved: 'Achieved',
  abandoned: 'Abandoned',
};

export const targetKindLabels: Record<GoalTargetKind, string> = {
  numeric: 'A number to reach',
  milestones: 'A checklist of milestones',
  done: 'Done or not done',
};
