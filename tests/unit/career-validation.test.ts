import { describe, expect, it } from 'vitest';
import {
  assessmentProblems,
  assessmentSchema,
  certificationProblems,
  certificationSchema,
  educationProblems,
  educationSchema,
  positionProblems,
  positionSchema,
} from '@/lib/career/schema';
import { parseForm } from '@/lib/forms/form';

const errorsOf = (result: ReturnType<typeof parseForm>) => (result.success ? {} : result.fieldErrors);

describe('career form validation', () => {
  it('refuses an assessment dated after the user’s today, and accepts today and earlier', () => {
    const rules = assessmentProblems('2026-11-25');
    expect(errorsOf(parseForm(assessmentSchema, { assessedOn: '2026-11-26', level: '3' }, rules)).assessedOn).toEqual([
      'An assessment cannot be dated in the future.',
    ]);
    expect(parseForm(assessmentSchema, { assessedOn: '2026-11-25', level: '3' }, rules).success).toBe(true);
    expect(parseForm(assessmentSchema, { assessedOn: '2020-02-29', level: '3' }, rules).success).toBe(true);
  });

  it('refuses a position that ends before it starts, and names every missing field', () => {
    const errors = errorsOf(
      parseForm(positionSchema, { title: '', startedOn: '2024-05-01', endedOn: '2024-04-30' }, positionProblems),
    );
    expect(errors.endedOn).toEqual(['The end cannot be before the start.']);
    expect(Object.keys(errors)).toEqual(
      expect.arrayContaining(['title', 'employer', 'employmentType', 'payBasis', 'howReached']),
    );
  });

  it('refuses completion before the start and negative hours', () => {
    const errors = errorsOf(
      parseForm(
        educationSchema,
        { kind: 'course', title: 'SQL', startedOn: '2025-03-01', completedOn: '2025-02-01', hours: '-3' },
        educationProblems,
      ),
    );
    expect(errors).toEqual({
      completedOn: ['Completion cannot be before the start.'],
      hours: ['Hours cannot be negative.'],
    });
  });

  it('refuses an expiry before earning and links that are not http or https', () => {
    const base = { name: 'PMP', earnedOn: '2025-05-01' };
    expect(
      errorsOf(parseForm(certificationSchema, { ...base, expiresOn: '2025-04-01' }, certificationProblems)).expiresOn,
    ).toEqual(['Expiry cannot be before the date you earned it.']);
    for (const url of ['javascript:alert(1)', 'ftp://example.com/x', 'not a url']) {
      expect(
        errorsOf(parseForm(certificationSchema, { ...base, credentialUrl: url }, certificationProblems)).credentialUrl,
      ).toEqual(['Enter a web address starting with https:// or http://.']);
    }
    expect(
      parseForm(
        certificationSchema,
        { ...base, credentialUrl: 'https://verify.example.com/abc' },
        certificationProblems,
      ).success,
    ).toBe(true);
  });

  it('accepts levels 1 to 5 only', () => {
    expect(assessmentSchema.safeParse({ assessedOn: '2026-01-01', level: '0' }).success).toBe(false);
    expect(assessmentSchema.safeParse({ assessedOn: '2026-01-01', level: '6' }).success).toBe(false);
    expect(assessmentSchema.safeParse({ assessedOn: '2026-01-01', level: '2.5' }).success).toBe(false);
    expect(assessmentSchema.safeParse({ assessedOn: '2026-01-01', level: '5' }).success).toBe(true);
  });
});
