// The career record's closed vocabularies and the skill scale, documented in docs/career.md.

export const skillKinds = ['technical', 'soft'] as const;
export type SkillKind = (typeof skillKinds)[number];
export const skillKindLabels: Record<SkillKind, string> = { technical: 'Technical', soft: 'Soft' };

/** The Dreyfus model of skill acquisition, 1 to 5. */
export const skillLevels = [
  { level: 1, name: 'Novice', meaning: 'follows rules and instructions; needs close guidance' },
  { level: 2, name: 'Advanced beginner', meaning: 'handles routine situations; still needs help with the unusual' },
  { level: 3, name: 'Competent', meaning: 'plans own work and solves most problems independently' },
  { level: 4, name: 'Proficient', meaning: 'sees the whole situation; guides others' },
  { level: 5, name: 'Expert', meaning: 'acts from deep experience; others come to them' },
] as const;

export function skillLevelName(level: number): string {
  return skillLevels.find((entry) => entry.level === level)?.name ?? `Level ${level}`;
}

export const educationKinds = [
  'degree',
  'vocational',
  'bootcamp',
  'course',
  'workshop',
  'mentorship',
  'self_study',
] as const;
export type EducationKind = (typeof educationKinds)[number];
export const educationKindLabels: Record<EducationKind, string> = {
  degree: 'Degree',
  vocational: 'Vocational training',
  bootcamp: 'Bootcamp',
  course: 'Course',
  workshop: 'Workshop',
  mentorship: 'Mentorship',
  self_study: 'Self-study',
};

export const employmentTypes = ['full_time', 'part_time', 'temporary', 'contract', 'freelance'] as const;
export type EmploymentType = (typeof employmentTypes)[number];
export const employmentTypeLabels: Record<EmploymentType, string> = {
  full_time: 'Full-time',
  part_time: 'Part-time',
  temporary: 'Temporary',
  contract: 'Contract',
  freelance: 'Freelance',
};

export const payBases = ['salary', 'hourly'] as const;
export type PayBasis = (typeof payBases)[number];
export const payBasisLabels: Record<PayBasis, string> = { salary: 'Salary', hourly: 'Hourly' };

export const howReachedOptions = ['first_role', 'promotion', 'lateral_move', 'new_employer', 'career_change'] as const;
export type HowReached = (typeof howReachedOptions)[number];
export const howReachedLabels: Record<HowReached, string> = {
  first_role: 'First role',
  promotion: 'Promotion',
  lateral_move: 'Lateral move',
  new_employer: 'New employer',
  career_change: 'Career change',
};

/** Benefits a pay record can name; anything else goes in its free-text note. */
export const benefitKinds = [
  'health_insurance',
  'pension',
  'paid_leave',
  'parental_leave',
  'learning_budget',
  'remote_work',
  'equipment',
  'meals',
  'transport',
] as const;
export type BenefitKind = (typeof benefitKinds)[number];
export const isBenefitKind = (value: string): value is BenefitKind =>
  (benefitKinds as readonly string[]).includes(value);
export const benefitKindLabels: Record<BenefitKind, string> = {
  health_insurance: 'Health insurance',
  pension: 'Pension or retirement plan',
  paid_leave: 'Paid leave beyond the legal minimum',
  parental_leave: 'Parental leave',
  learning_budget: 'Learning budget',
  remote_work: 'Remote work',
  equipment: 'Equipment or home-office allowance',
  meals: 'Meals',
  transport: 'Transport',
};
