import { describe, expect, it } from 'vitest';
import { roleProfileSchema, type Requirement } from '@/lib/next-role/profile-schema';
import { hoursLearnedBy, readinessOn, type CareerRecord, type TrackedRequirement } from '@/lib/next-role/readiness';

const emptyRecord: CareerRecord = { skills: [], certifications: [], education: [], positions: [], achievements: [] };
const record = (parts: Partial<CareerRecord>): CareerRecord => ({ ...emptyRecord, ...parts });
const tracked = (requirement: Requirement, extra: Partial<TrackedRequirement> = {}): TrackedRequirement => ({
  key: `${requirement.type}-${Math.random()}`,
  requirement,
  selfRatings: [],
  goals: [],
  ...extra,
});
const only = (
  requirement: Requirement,
  history: CareerRecord,
  date: string,
  extra: Partial<TrackedRequirement> = {},
) => {
  const [result] = readinessOn([tracked(requirement, extra)], history, date).requirements;
  if (!result) throw new Error('no requirement assessed');
  return result;
};

describe('a skill requirement', () => {
  const sql: Requirement = { type: 'skill', skill: 'SQL', skillKind: 'technical', level: 4, weight: 1 };
  const history = record({
    skills: [
      {
        name: ' sql ',
        kind: 'technical',
        assessments: [
          { assessedOn: '2025-01-10', level: 2 },
          { assessedOn: '2026-06-01', level: 4 },
        ],
      },
    ],
  });

  it('is missing for a skill the user does not have, and says so', () => {
    const result = only(sql, emptyRecord, '2026-11-26');
    expect(result).toMatchObject({ state: 'missing', credit: 0, have: 'Not in your skills yet' });
  });
  it('earns the share of the level reached by the date, from the assessment then', () => {
    const result = only(sql, history, '2025-12-31');
    expect(result).toMatchObject({ state: 'partly', credit: 0.5, have: 'Advanced beginner (2 of 5)' });
    expect(result.evidence).toEqual([{ kind: 'assessment', label: 'SQL assessed at 2 of 5', date: '2025-01-10' }]);
  });
  it('is met from the assessment at the required level on, matching the name whatever its case and spaces', () => {
    expect(only(sql, history, '2026-06-01')).toMatchObject({ state: 'met', credit: 1 });
    expect(only(sql, history, '2024-12-31')).toMatchObject({ state: 'missing', have: 'Not assessed yet' });
  });
  it('lists an achieved goal made from the gap as evidence once achieved', () => {
    const goals = [{ title: 'Reach Proficient in SQL', achievedOn: '2026-06-02' }];
    expect(only(sql, history, '2026-06-01', { goals }).evidence.map((item) => item.kind)).toEqual(['assessment']);
    expect(only(sql, history, '2026-07-01', { goals }).evidence.map((item) => item.kind)).toEqual([
      'assessment',
      'goal',
    ]);
  });
});

describe('a certification requirement', () => {
  const itil: Requirement = { type: 'certification', name: 'ITIL 4 Foundation', weight: 1 };
  const history = record({
    certifications: [
      { name: 'ITIL 4 Foundation in IT Service Management', earnedOn: '2024-03-01', expiresOn: '2026-03-01' },
    ],
  });
  it('is met by a certificate whose name contains the one required, from the day it is earned', () => {
    expect(only(itil, history, '2024-02-29').state).toBe('missing');
    expect(only(itil, history, '2024-03-01')).toMatchObject({ state: 'met', evidence: [{ kind: 'certification' }] });
  });
  it('is only partly met once the certificate has expired', () => {
    expect(only(itil, history, '2026-03-01')).toMatchObject({
      state: 'partly',
      credit: 0.5,
      have: 'Expired on 2026-03-01',
    });
  });
});

describe('an education requirement', () => {
  const degree: Requirement = { type: 'education', educationKind: 'degree', field: 'business', weight: 1 };
  const entry = {
    kind: 'degree' as const,
    title: 'BSc Business Management',
    provider: 'Open University',
    startedOn: '2022-09-01',
    completedOn: '2025-06-30',
    hours: 1800,
  };
  it('is missing before it starts, partly met while it runs and met once completed', () => {
    expect(only(degree, record({ education: [entry] }), '2022-08-31').state).toBe('missing');
    expect(only(degree, record({ education: [entry] }), '2023-01-01')).toMatchObject({
      state: 'partly',
      have: 'In progress',
    });
    expect(only(degree, record({ education: [entry] }), '2025-06-30')).toMatchObject({
      state: 'met',
      have: 'Completed',
    });
  });
  it('counts only the kind and field asked for', () => {
    expect(only(degree, record({ education: [{ ...entry, kind: 'course' }] }), '2026-01-01').state).toBe('missing');
    expect(only(degree, record({ education: [{ ...entry, title: 'BA History' }] }), '2026-01-01').state).toBe(
      'missing',
    );
  });
});

describe('a learning-hours requirement', () => {
  const hours: Requirement = { type: 'learning_hours', field: 'data', hours: 100, weight: 1 };
  const course = (title: string, startedOn: string | null, completedOn: string | null, courseHours: number | null) => ({
    kind: 'course' as const,
    title,
    provider: '',
    startedOn,
    completedOn,
    hours: courseHours,
  });
  it('adds the hours of matching entries by the date, each spread over the months it ran', () => {
    const history = record({
      education: [
        course('Data analysis', '2026-01-01', '2026-01-31', 40),
        course('Data viz', '2026-02-01', '2026-03-02', 30),
        course('Negotiation', '2026-01-01', '2026-01-31', 500),
      ],
    });
    const result = only(hours, history, '2026-02-15');
    expect(result.credit).toBeCloseTo(0.55, 5);
    expect(result).toMatchObject({ state: 'partly', have: '55 hours', need: '100 hours in data' });
  });
  it('hours learned: none before the start, without hours or while not completed; spread by month once completed', () => {
    expect(hoursLearnedBy(course('x', '2026-01-10', '2026-02-19', 10), '2025-12-31')).toBe(0);
    expect(hoursLearnedBy(course('x', '2026-01-10', '2026-02-19', 10), '2026-01-14')).toBe(5);
    expect(hoursLearnedBy(course('x', '2026-01-10', '2026-02-19', 10), '2026-02-01')).toBe(10);
    expect(hoursLearnedBy(course('x', null, '2026-01-19', 10), '2025-12-31')).toBe(0);
    expect(hoursLearnedBy(course('x', null, '2026-01-19', 10), '2026-01-01')).toBe(10);
    expect(hoursLearnedBy(course('x', '2026-01-10', null, 10), '2026-06-30')).toBe(0);
    expect(hoursLearnedBy(course('x', '2026-01-10', '2026-01-19', null), '2026-02-01')).toBe(0);
  });
});

describe('an experience requirement, before and after a promotion', () => {
  const leadYears: Requirement = { type: 'experience', years: 2, roleIncludes: 'lead', weight: 1 };
  const anyYears: Requirement = { type: 'experience', years: 4, roleIncludes: '', weight: 1 };
  const history = record({
    positions: [
      { title: 'Support agent', employer: 'Acme', level: 'Agent', startedOn: '2021-01-01', endedOn: '2023-12-31' },
      { title: 'Support team lead', employer: 'Acme', level: '', startedOn: '2024-01-01', endedOn: null },
      { title: 'Weekend volunteer', employer: 'Food bank', level: '', startedOn: '2022-01-01', endedOn: '2022-12-31' },
    ],
  });
  it('has no lead experience before the promotion and gains it year by year after', () => {
    expect(only(leadYears, history, '2023-12-31')).toMatchObject({ state: 'missing', have: '0 years' });
    expect(only(leadYears, history, '2024-12-31')).toMatchObject({ state: 'partly', have: '1 year' });
    expect(only(leadYears, history, '2026-01-01')).toMatchObject({ state: 'met' });
  });
  it('counts overlapping roles once', () => {
    const result = only(anyYears, history, '2024-12-31');
    expect(result.have).toBe('4 years');
    expect(result.evidence).toHaveLength(3);
  });
});

describe('an achievements requirement', () => {
  const tagged: Requirement = { type: 'achievements', count: 2, withinYears: 1, tag: 'leadership', weight: 1 };
  const history = record({
    achievements: [
      { title: 'Ran the offsite', achievedOn: '2025-11-26', tags: ['Leadership'] },
      { title: 'Hired two agents', achievedOn: '2026-05-01', tags: ['leadership', 'hiring'] },
      { title: 'Fixed the report', achievedOn: '2026-06-01', tags: ['data'] },
    ],
  });
  it('counts tagged achievements inside the window that ends on the date', () => {
    expect(only(tagged, history, '2026-11-25')).toMatchObject({ state: 'met', have: '2 achievements' });
    expect(only(tagged, history, '2026-11-26')).toMatchObject({ state: 'partly', credit: 0.5, have: '1 achievement' });
  });
});

describe('an expectation requirement', () => {
  const expectation: Requirement = { type: 'expectation', text: 'Runs the weekly team meeting', weight: 1 };
  const selfRatings = [
    { ratedOn: '2026-01-01', rating: 2 },
    { ratedOn: '2026-06-01', rating: 4 },
  ];
  it('follows the latest self-rating by the date: "Usually" and above meet it', () => {
    expect(only(expectation, emptyRecord, '2025-12-31', { selfRatings })).toMatchObject({
      state: 'missing',
      have: 'Not rated yet',
    });
    expect(only(expectation, emptyRecord, '2026-03-01', { selfRatings })).toMatchObject({
      state: 'partly',
      have: 'Starting',
    });
    expect(only(expectation, emptyRecord, '2026-06-01', { selfRatings })).toMatchObject({
      state: 'met',
      have: 'Usually',
    });
  });
});

describe('readiness as a whole', () => {
  const requirements = [
    tracked({ type: 'skill', skill: 'Coaching', skillKind: 'soft', level: 4, weight: 3 }),
    tracked({ type: 'certification', name: 'ITIL', weight: 1 }),
    tracked({ type: 'expectation', text: 'Leads the team meeting', weight: 0 }),
  ];
  const coaching = (level: number) =>
    record({ skills: [{ name: 'Coaching', kind: 'soft', assessments: [{ assessedOn: '2026-01-01', level }] }] });

  it('weighs each requirement by its weight over the sum of weights', () => {
    const result = readinessOn(requirements, coaching(2), '2026-02-01');
    expect(result.percent).toBe(38); // 3/4 of the weight at half credit
    expect(result.requirements.map((entry) => entry.share)).toEqual([0.75, 0.25, 0]);
  });
  it('orders gaps by the share they leave missing', () => {
    const gaps = readinessOn(requirements, coaching(3), '2026-02-01').gaps.map((gap) => gap.requirement.type);
    expect(gaps).toEqual(['certification', 'skill', 'expectation']); // 0.25 missing, then 0.1875, then none
  });
  it('reads 100 % only when every weighted requirement is met', () => {
    const nearly = [
      tracked({ type: 'skill', skill: 'Coaching', skillKind: 'soft', level: 4, weight: 1 }),
      ...Array.from({ length: 39 }, (_, index) =>
        tracked({ type: 'certification', name: `Cert ${index}`, weight: 10 }),
      ),
    ];
    const allCertificates = Array.from({ length: 39 }, (_, index) => ({
      name: `Cert ${index}`,
      earnedOn: '2025-01-01',
      expiresOn: null,
    }));
    const almost = readinessOn(nearly, { ...coaching(4), certifications: allCertificates.slice(1) }, '2026-02-01');
    expect(almost.percent).toBe(97);
    const history = {
      ...coaching(4),
      certifications: allCertificates,
      skills: [{ name: 'Coaching', kind: 'soft' as const, assessments: [{ assessedOn: '2026-01-01', level: 3 }] }],
    };
    // 390.75 of 391 rounds to 100, but one requirement is not met yet.
    expect(readinessOn(nearly, history, '2026-02-01').percent).toBe(99);
    expect(readinessOn(nearly, { ...history, skills: coaching(4).skills }, '2026-02-01').percent).toBe(100);
  });
});

describe('the profile rules', () => {
  const base = { title: 'Team lead', level: '', summary: '' };
  it('refuses weights that sum to zero, naming the requirements', () => {
    const parsed = roleProfileSchema.safeParse({
      ...base,
      requirements: [{ type: 'certification', name: 'ITIL', weight: 0 }],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toMatchObject([
      { path: ['requirements'], message: 'Give at least one requirement a weight above zero.' },
    ]);
  });
  it('allows a requirement on a skill the user does not have yet', () => {
    const parsed = roleProfileSchema.safeParse({
      ...base,
      requirements: [{ type: 'skill', skill: 'Negotiation', skillKind: 'soft', level: 3, weight: 1 }],
    });
    expect(parsed.success).toBe(true);
  });
  it('refuses a level outside 1 to 5, a weight above 10 and years not in halves', () => {
    const parsed = roleProfileSchema.safeParse({
      ...base,
      requirements: [
        { type: 'skill', skill: 'SQL', skillKind: 'technical', level: 6, weight: 1 },
        { type: 'certification', name: 'ITIL', weight: 11 },
        { type: 'experience', years: 1.3, weight: 1 },
      ],
    });
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'requirements.0.level',
      'requirements.1.weight',
      'requirements.2.years',
    ]);
  });
});
