import { describe, expect, it } from 'vitest';
import { accountExportSchema, describeImportProblems } from '@/lib/account/export-schema';

const at = '2026-11-25T10:00:00.000Z';
const goal = (ref: string, parentRef: string | null = null) => ({
  ref,
  title: `Goal ${ref}`,
  purpose: '',
  horizon: parentRef ? 'short' : 'long',
  category: 'learning',
  targetKind: 'done',
  startValue: null,
  targetValue: null,
  unit: null,
  startDate: '2026-01-05',
  targetDate: null,
  status: 'active',
  statusChangedOn: '2026-01-05',
  parentRef,
  createdAt: at,
  updatedAt: at,
  milestones: [],
  updates: [{ weekStart: '2026-01-05', value: 0, confidence: 3, note: '', createdAt: at, updatedAt: at }],
});
const file = (overrides: Record<string, unknown> = {}) => ({
  format: 'trajectory-account',
  version: 1,
  exportedAt: at,
  profile: { name: null, email: 'a@example.com', timeZone: 'UTC', weekStartsOn: 1 },
  goals: [goal('a'), goal('b', 'a')],
  reflections: [],
  skills: [],
  education: [],
  certifications: [],
  positions: [],
  ...overrides,
});

const problems = (value: unknown) => {
  const result = accountExportSchema.safeParse(value);
  return result.success ? 'accepted' : describeImportProblems(result.error);
};

describe('account export file', () => {
  it('accepts a well-formed version 1 file with linked goals, and the same file as versions 2 and 3', () => {
    expect(problems(file())).toBe('accepted');
    expect(problems(file({ version: 2 }))).toBe('accepted');
    expect(problems(file({ version: 3 }))).toBe('accepted');
  });

  it('refuses another format or version in one plain sentence', () => {
    expect(problems(file({ format: 'something-else' }))).toBe('This file is not a Trajectory account export.');
    expect(problems({ hello: 1 })).toBe('This file is not a Trajectory account export.');
    expect(problems([1, 2])).toBe('This file is not a Trajectory account export.');
    expect(problems(file({ version: 4 }))).toBe(
      'This export is in another version of the format; this app reads versions 1, 2 and 3.',
    );
  });

  it('refuses a link to a goal that is not in the file, and duplicate refs', () => {
    expect(problems(file({ goals: [goal('a'), goal('b', 'missing')] }))).toBe(
      'The file does not match the export format: goals.1.parentRef refers to no goal in this file.',
    );
    expect(problems(file({ goals: [goal('a'), goal('a')] }))).toBe(
      'The file does not match the export format: goals two goals share the same ref.',
    );
  });

  it('refuses impossible dates and out-of-range ratings, listing the first three problems', () => {
    const bad = {
      ...goal('a'),
      startDate: '2026-02-30',
      updates: [{ weekStart: '2026-01-05', value: 0, confidence: 9, note: '', createdAt: at, updatedAt: at }],
    };
    const message = problems(
      file({
        goals: [bad],
        reflections: [{ weekStart: 'soon', alignment: 0, note: '', highlight: '', createdAt: at, updatedAt: at }],
      }),
    );
    expect(message).toContain('goals.0.startDate must be a date written YYYY-MM-DD');
    expect(message).toContain('goals.0.updates.0.confidence');
    expect(message).toMatch(/\(and \d+ more\)\.$/);
  });

  it('accepts only web links for credentials', () => {
    const certification = {
      name: 'PMP',
      issuer: '',
      earnedOn: '2025-01-01',
      expiresOn: null,
      credentialId: '',
      credentialUrl: 'javascript:alert(1)',
      createdAt: at,
      updatedAt: at,
    };
    expect(problems(file({ certifications: [certification] }))).toMatch(/: certifications\.0\.credentialUrl/);
    expect(problems(file({ certifications: [{ ...certification, credentialUrl: 'https://example.com/pmp' }] }))).toBe(
      'accepted',
    );
  });
});
