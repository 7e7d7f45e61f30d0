import { describe, expect, it } from 'vitest';
import { toJsonResume } from '@/lib/career/json-resume';
import { jsonResumeProblems } from '../support/json-resume';

const record = {
  person: { name: 'Alex Demo', email: 'alex@example.com' },
  positions: [
    {
      title: 'Support agent',
      employer: 'Acme',
      level: '',
      startedOn: '2019-03-01',
      endedOn: '2022-05-31',
      howReached: 'first_role' as const,
    },
    {
      title: 'Team lead',
      employer: 'Acme',
      level: 'L3',
      startedOn: '2022-06-01',
      endedOn: null,
      howReached: 'promotion' as const,
    },
  ],
  education: [
    {
      kind: 'degree' as const,
      title: 'BSc Business Analytics',
      provider: 'Open University',
      startedOn: '2021-10-01',
      completedOn: null,
    },
  ],
  certifications: [
    {
      name: 'ITIL 4 Foundation',
      issuer: 'PeopleCert',
      earnedOn: '2024-01-19',
      credentialUrl: 'https://example.com/itil',
    },
    { name: 'Yellow Belt', issuer: '', earnedOn: '2023-05-02', credentialUrl: null },
  ],
  skills: [
    { name: 'SQL', kind: 'technical' as const, now: 4 },
    { name: 'Coaching', kind: 'soft' as const, now: null },
  ],
};

describe('career record as a JSON Resume', () => {
  const resume = toJsonResume(record);

  it('is valid against the JSON Resume schema', () => {
    expect(jsonResumeProblems(resume)).toEqual([]);
  });

  it('lists work newest first, with open-ended current roles and how each was reached', () => {
    expect(resume.work).toEqual([
      { name: 'Acme', position: 'Team lead', startDate: '2022-06-01', summary: 'Level: L3. Promotion' },
      {
        name: 'Acme',
        position: 'Support agent',
        startDate: '2019-03-01',
        endDate: '2022-05-31',
        summary: 'First role',
      },
    ]);
  });

  it('writes pay only for the positions given pay lines (ticked for this export), still valid', () => {
    const [agent, lead] = record.positions;
    const withPay = toJsonResume({
      ...record,
      positions: [
        { ...(lead as (typeof record.positions)[number]), pay: ['From 1 Jun 2022: €60,000.00 a year'] },
        { ...(agent as (typeof record.positions)[number]), pay: [] },
      ],
    });
    expect(withPay.work.map((work) => work.summary)).toEqual([
      'Level: L3. Promotion. From 1 Jun 2022: €60,000.00 a year',
      'First role',
    ]);
    expect(jsonResumeProblems(withPay)).toEqual([]);
    expect(JSON.stringify(resume)).not.toMatch(/€|a year/);
  });

  it('maps education, certificates and skills with their levels, leaving out what is unknown', () => {
    expect(resume.education).toEqual([
      { institution: 'Open University', area: 'BSc Business Analytics', studyType: 'Degree', startDate: '2021-10-01' },
    ]);
    expect(resume.certificates).toEqual([
      { name: 'ITIL 4 Foundation', date: '2024-01-19', issuer: 'PeopleCert', url: 'https://example.com/itil' },
      { name: 'Yellow Belt', date: '2023-05-02' },
    ]);
    expect(resume.skills).toEqual([
      { name: 'SQL', level: expect.any(String) as unknown, keywords: ['Technical'] },
      { name: 'Coaching', keywords: ['Soft'] },
    ]);
  });

  it('is caught by the schema check when a date is not one (so the check can fail)', () => {
    expect(jsonResumeProblems({ ...resume, work: [{ name: 'Acme', startDate: 'last spring' }] })).not.toEqual([]);
  });
});
