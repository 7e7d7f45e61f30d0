// A yearly review in which every piece of the user's text is one string: for checking exports with the hostile corpus.
import { buildYearlyReview, type ReviewInput } from '@/lib/review/review';

/** A 2025 review whose every piece of user text is `text`. */
export function reviewWith(text: string) {
  const input: ReviewInput = {
    year: 2025,
    today: '2026-11-25',
    weekStartsOn: 1,
    firstCountedWeek: '2000-01-03',
    joinedOn: '2000-01-03',
    goals: [
      {
        id: 'done',
        title: text,
        horizon: 'short',
        status: 'achieved',
        statusChangedOn: '2025-06-02',
        startDate: '2025-01-06',
        targetKind: 'numeric',
        startValue: 0,
        targetValue: 10,
      },
      {
        id: 'open',
        title: text,
        horizon: 'long',
        status: 'active',
        statusChangedOn: '2025-01-06',
        startDate: '2025-01-06',
        targetKind: 'numeric',
        startValue: 0,
        targetValue: 10,
      },
    ],
    factsAtStart: [],
    factsAtEnd: [],
    skills: [{ name: text, atStart: 2, atEnd: 3 }],
    education: [{ title: text, kind: 'course', provider: text, startedOn: null, completedOn: '2025-03-01', hours: 4 }],
    certifications: [{ name: text, issuer: text, earnedOn: '2025-05-01', expiresOn: null }],
    positions: [{ title: text, employer: text, startedOn: '2025-02-01', endedOn: null, howReached: 'promotion' }],
    weeksWithUpdates: [],
    reflections: [{ weekStart: '2025-03-03', highlight: text }],
    index: [],
    balanceWeeks: [{ weekStart: '2025-03-03', hoursWorked: 41.5, balance: 3 }],
    achievements: [
      {
        id: 'hostile',
        title: text,
        impact: text,
        metric: text,
        valueBefore: 1,
        valueAfter: 2,
        unit: text,
        achievedOn: '2025-06-02',
        tags: [],
      },
    ],
    pickedAchievementIds: null,
    feedback: [
      { receivedOn: '2025-04-01', kind: 'development', skills: [{ id: 'skill', name: text }] },
      { receivedOn: '2025-08-01', kind: 'development', skills: [{ id: 'skill', name: text }] },
    ],
    interactions: [{ personId: 'person', occurredOn: '2025-05-01' }],
    // A target named in the text, whose skill, certification and expectation (all named in it too) close or narrow.
    nextRole: {
      target: {
        title: text,
        level: text,
        createdOn: '2024-01-01',
        requirements: [
          {
            key: 'skill',
            requirement: { type: 'skill', skill: text, skillKind: 'technical', level: 4, weight: 2 },
            selfRatings: [],
            goals: [{ title: text, achievedOn: '2025-07-01' }],
          },
          {
            key: 'certification',
            requirement: { type: 'certification', name: text, weight: 1 },
            selfRatings: [],
            goals: [],
          },
          {
            key: 'expectation',
            requirement: { type: 'expectation', text, weight: 1 },
            selfRatings: [{ ratedOn: '2025-02-01', rating: 5 }],
            goals: [],
          },
        ],
      },
      record: {
        skills: [
          {
            name: text,
            kind: 'technical',
            assessments: [
              { assessedOn: '2024-03-01', level: 1 },
              { assessedOn: '2025-06-01', level: 3 },
            ],
          },
        ],
        certifications: [{ name: text, earnedOn: '2025-05-01', expiresOn: null }],
        education: [],
        positions: [],
        achievements: [],
      },
    },
  };
  return buildYearlyReview(input);
}
