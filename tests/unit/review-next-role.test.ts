import { describe, expect, it } from 'vitest';
import type { Requirement } from '@/lib/next-role/profile-schema';
import type { CareerRecord, TrackedRequirement } from '@/lib/next-role/readiness';
import { nextRoleInYear, type ReviewTarget } from '@/lib/review/next-role';
import { nextRoleSection } from '@/lib/review/next-role-section';
import { buildYearlyReview, type ReviewInput } from '@/lib/review/review';
import { emptyReviewInput } from '../support/review-input';

const tracked = (key: string, requirement: Requirement, extra: Partial<TrackedRequirement> = {}) => ({
  key,
  requirement,
  selfRatings: [],
  goals: [],
  ...extra,
});
const sql = tracked('sql', { type: 'skill', skill: 'SQL', skillKind: 'technical', level: 4, weight: 2 });
const python = tracked('python', { type: 'skill', skill: 'Python', skillKind: 'technical', level: 4, weight: 1 });
const expectation = tracked(
  'lead',
  { type: 'expectation', text: 'Leads an analysis to its decision', weight: 1 },
  {
    selfRatings: [
      { ratedOn: '2024-05-01', rating: 2 },
      { ratedOn: '2025-03-01', rating: 4 },
    ],
  },
);
const target = (overrides: Partial<ReviewTarget> = {}): ReviewTarget => ({
  title: 'Senior data analyst',
  level: 'Senior',
  createdOn: '2024-02-01',
  requirements: [sql, python, expectation],
  ...overrides,
});
const record: CareerRecord = {
  skills: [
    {
      name: 'SQL',
      kind: 'technical',
      assessments: [
        { assessedOn: '2024-06-01', level: 2 },
        { assessedOn: '2025-01-01', level: 3 },
        { assessedOn: '2025-09-15', level: 4 },
      ],
    },
    {
      name: 'Python',
      kind: 'technical',
      assessments: [
        { assessedOn: '2024-11-01', level: 2 },
        { assessedOn: '2025-10-01', level: 3 },
      ],
    },
  ],
  certifications: [],
  education: [],
  positions: [],
  achievements: [],
};

describe('the next role in the yearly review', () => {
  it('reads readiness as the year began and at its end, with the gap it closed and the record that closed it', () => {
    const year = nextRoleInYear(target(), record, '2025-01-01', '2025-12-31');
    // At the end of 2024: SQL 2 of 4 (2/4 × 2/4), Python 2 of 4 (1/4 × 2/4), "Starting" (1/4 × 1/3).
    expect(year?.start).toEqual({ date: '2025-01-01', basis: 'year-start', percent: 46 });
    expect(year?.end).toEqual({ date: '2025-12-31', percent: 94 });
    expect(year?.change).toBe(48);
    expect(year?.gapsLeft).toBe(1);
    // The assessment on 1 January is the year's: the start is the record as it stood before the year began.
    expect(year?.gapsClosed).toEqual([
      {
        requirement: 'SQL',
        from: 'Advanced beginner (2 of 5)',
        to: 'Proficient (4 of 5)',
        need: 'Proficient (4 of 5)',
        evidence: [{ kind: 'assessment', label: 'SQL assessed at 4 of 5', date: '2025-09-15' }],
      },
      {
        requirement: 'Leads an analysis to its decision',
        from: 'Starting',
        to: 'Usually',
        need: 'Usually',
        evidence: [{ kind: 'self_rating', label: 'You rated yourself “Usually”', date: '2025-03-01' }],
      },
    ]);
  });

  it('lists a gap that narrowed without closing, from level to level', () => {
    const year = nextRoleInYear(target(), record, '2025-01-01', '2025-12-31');
    expect(year?.gapsNarrowed).toEqual([
      {
        requirement: 'Python',
        from: 'Advanced beginner (2 of 5)',
        to: 'Competent (3 of 5)',
        need: 'Proficient (4 of 5)',
        evidence: [{ kind: 'assessment', label: 'Python assessed at 3 of 5', date: '2025-10-01' }],
      },
    ]);
    const lines = nextRoleSection(review(target()), '→', (text) => text, 'en-GB').items;
    expect(lines).toContain(
      'Gap narrowed: Python, Advanced beginner (2 of 5) → Competent (3 of 5) (needs Proficient (4 of 5)); evidence: Python assessed at 3 of 5 (1 Oct 2025)',
    );
    expect(lines[0]).toBe(
      'Gap closed: SQL, Advanced beginner (2 of 5) → Proficient (4 of 5); evidence: SQL assessed at 4 of 5 (15 Sept 2025)',
    );
  });

  it('starts from the day a target set during the year was set, and says so', () => {
    const year = nextRoleInYear(target({ createdOn: '2025-06-01' }), record, '2025-01-01', '2025-12-31');
    // By June SQL was at 3 and the expectation met: only SQL's last step belongs to the time aimed at.
    expect(year?.start).toEqual({ date: '2025-06-01', basis: 'target-set', percent: 75 });
    expect(year?.gapsClosed.map((change) => change.requirement)).toEqual(['SQL']);
    expect(nextRoleSection(review(target({ createdOn: '2025-06-01' })), '→', (text) => text, 'en-GB').lead).toBe(
      'Readiness for Senior data analyst (Senior): 75% when you set it on 1 Jun 2025 → 94% on 31 Dec 2025, up 19 points. 1 gap left.',
    );
  });

  it('ends a running year today, as the rest of the review does', () => {
    const year = nextRoleInYear(target(), record, '2025-01-01', '2025-08-01');
    expect(year?.end).toEqual({ date: '2025-08-01', percent: 75 });
    expect(year?.gapsClosed.map((change) => change.requirement)).toEqual(['Leads an analysis to its decision']);
  });

  it('has no section content without a target, or for a year before the target was set', () => {
    expect(nextRoleInYear(null, record, '2025-01-01', '2025-12-31')).toBeNull();
    expect(nextRoleInYear(target({ createdOn: '2026-01-05' }), record, '2025-01-01', '2025-12-31')).toBeNull();
    const section = nextRoleSection(review(null), '→', (text) => text, 'en-GB');
    expect(section).toEqual({ id: 'next-role', title: 'Next role', lead: 'No target role in 2025.', items: [] });
  });

  it('says so when the year closed and narrowed nothing', () => {
    const quiet = target({ requirements: [tracked('cert', { type: 'certification', name: 'PL-300', weight: 1 })] });
    const section = nextRoleSection(review(quiet), 'to', (text) => text, 'en-GB');
    expect(section.lead).toBe(
      'Readiness for Senior data analyst (Senior): 0% at the start of 2025 to 0% on 31 Dec 2025, no change. 1 gap left.',
    );
    expect(section.items).toEqual([]);
    expect(section.none).toBe('No gap closed or narrowed this year.');
  });
});

function review(chosen: ReviewTarget | null) {
  const input: ReviewInput = {
    ...emptyReviewInput,
    nextRole: { target: chosen, record },
  };
  return buildYearlyReview(input);
}
