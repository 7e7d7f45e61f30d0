// A yearly review's input with nothing recorded: tests spread it and fill in only what they are about.
import type { ReviewInput } from '@/lib/review/review';

/** The 2025 review of a user who joined long before and recorded nothing, seen on 25 November 2026. */
export const emptyReviewInput: ReviewInput = {
  year: 2025,
  today: '2026-11-25',
  weekStartsOn: 1,
  firstCountedWeek: '2000-01-03',
  joinedOn: '2000-01-03',
  goals: [],
  factsAtStart: [],
  factsAtEnd: [],
  skills: [],
  education: [],
  certifications: [],
  positions: [],
  weeksWithUpdates: [],
  reflections: [],
  index: [],
  balanceWeeks: [],
  achievements: [],
  pickedAchievementIds: null,
  feedback: [],
  interactions: [],
};
