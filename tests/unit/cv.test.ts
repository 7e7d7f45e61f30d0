import { describe, expect, it } from 'vitest';
import { buildCv, parseCvChoiceForm, type CvRecord } from '@/lib/career/cv';

const form = (sections: string[], profile?: string) => {
  const data = new FormData();
  for (const section of sections) data.append('section', section);
  if (profile !== undefined) data.set('profile', profile);
  return data;
};

const record: CvRecord = {
  person: { name: 'Alex Demo', email: 'alex@example.com' },
  positions: [
    {
      id: 'old',
      title: 'Support agent',
      employer: 'Acme',
      level: '',
      employmentType: 'full_time',
      startedOn: '2020-01-06',
      endedOn: '2023-03-31',
    },
    {
      id: 'new',
      title: 'Operations analyst',
      employer: 'Acme',
      level: 'L3',
      employmentType: 'full_time',
      startedOn: '2023-04-01',
      endedOn: null,
    },
  ],
  highlightsByPosition: new Map([['new', ['Cut returns handling time by 30%']]]),
  payLinesByPosition: new Map([['new', ['From 1 Apr 2023: £40,000.00 a year']]]),
  education: [
    {
      kind: 'course',
      title: 'SQL for Data Analysis',
      provider: 'Coursera',
      startedOn: null,
      completedOn: '2024-02-01',
    },
    { kind: 'workshop', title: 'Coaching', provider: '', startedOn: '2024-05-02', completedOn: '2024-05-03' },
    { kind: 'bootcamp', title: 'Python', provider: 'DataCamp', startedOn: '2023-01-09', completedOn: null },
    { kind: 'self_study', title: 'Statistics', provider: '', startedOn: null, completedOn: null },
  ],
  certifications: [
    { name: 'ITIL 4 Foundation', issuer: 'PeopleCert', earnedOn: '2021-01-19', expiresOn: '2024-01-19' },
    { name: 'Power BI Data Analyst', issuer: 'Microsoft', earnedOn: '2025-05-01', expiresOn: '2027-05-01' },
  ],
  skills: [
    { name: 'SQL', kind: 'technical', now: 4 },
    { name: 'Excel', kind: 'technical', now: 5 },
    { name: 'Coaching', kind: 'soft', now: 3 },
    { name: 'Python', kind: 'technical', now: null },
  ],
};

describe('the CV form', () => {
  it('reads the ticked sections in the CV’s order, once each, and the profile', () => {
    const parsed = parseCvChoiceForm(form(['soft-skills', 'positions', 'positions'], '  Analyst who ships.  '));
    expect(parsed).toEqual({
      success: true,
      data: { sections: ['positions', 'soft-skills'], profile: 'Analyst who ships.', includePay: false },
    });
  });

  it('accepts a profile alone, or sections without a profile', () => {
    expect(parseCvChoiceForm(form([], 'Just me')).success).toBe(true);
    expect(parseCvChoiceForm(form(['education'])).success).toBe(true);
  });

  it('refuses a CV with nothing in it, an unknown section and an overlong profile, each with a sentence', () => {
    const refusals = [form([]), form([], '   '), form(['salary']), form(['positions'], 'x'.repeat(601))].map((data) => {
      const parsed = parseCvChoiceForm(data);
      if (parsed.success) throw new Error('accepted');
      return Object.values(parsed.fieldErrors).flat();
    });
    expect(refusals).toEqual([
      ['Choose at least one section, or write a profile, for your CV.'],
      ['Choose at least one section, or write a profile, for your CV.'],
      ['One of the sections is not a part a CV can hold.'],
      ['Keep the profile under 600 characters.'],
    ]);
  });
});

describe('the CV a choice makes', () => {
  it('holds only the chosen sections, newest first, positions with their highlight lines', () => {
    const cv = buildCv(
      record,
      { sections: ['positions', 'certifications'], profile: '', includePay: false },
      '2026-11-25',
    );
    expect(cv.name).toBe('Alex Demo');
    expect(cv.parts.map((part) => part.title)).toEqual(['Positions', 'Certifications']);
    const [positions, certifications] = cv.parts;
    expect(positions?.entries.map((entry) => [entry.heading, entry.lines])).toEqual([
      ['Operations analyst', ['Cut returns handling time by 30%']],
      ['Support agent', []],
    ]);
    expect(positions?.entries[0]?.detail).toBe('Acme · L3 · Full-time');
    expect(positions?.entries[0]?.period).toMatch(/2023 – now$/);
    expect(certifications?.entries.map((entry) => entry.detail)).toEqual([
      'Microsoft · valid until May 2027',
      'PeopleCert · expired Jan 2024',
    ]);
    expect(JSON.stringify(cv)).not.toContain('SQL');
    expect(JSON.stringify(cv)).not.toContain('£');
  });

  it('lists a position’s pay after its achievements when pay is ticked', () => {
    const cv = buildCv(record, { sections: ['positions'], profile: '', includePay: true }, '2026-11-25');
    expect(cv.parts[0]?.entries[0]?.lines).toEqual([
      'Cut returns handling time by 30%',
      'From 1 Apr 2023: £40,000.00 a year',
    ]);
  });

  it('splits skills by kind, strongest first, and leaves out a chosen section with no records', () => {
    const cv = buildCv(
      { ...record, education: [] },
      { sections: ['education', 'technical-skills', 'soft-skills'], profile: 'Hello', includePay: false },
      '2026-11-25',
    );
    expect(cv.profile).toBe('Hello');
    expect(
      cv.parts.map((part) => [part.title, part.entries.map((entry) => `${entry.heading} ${entry.detail}`.trim())]),
    ).toEqual([
      ['Technical skills', ['Excel Expert', 'SQL Proficient', 'Python']],
      ['Soft skills', ['Coaching Competent']],
    ]);
  });

  it('lists studies in progress first, saying so even without dates, and a study within one month by that month', () => {
    const cv = buildCv(record, { sections: ['education'], profile: '', includePay: false }, '2026-11-25');
    expect(cv.parts[0]?.entries.map((entry) => [entry.heading, entry.period])).toEqual([
      ['Python', 'Jan 2023 – in progress'],
      ['Statistics', 'in progress'],
      ['Coaching', 'May 2024'],
      ['SQL for Data Analysis', 'Feb 2024'],
    ]);
  });

  it('names the CV by email when the account has no name', () => {
    const cv = buildCv(
      { ...record, person: { name: null, email: 'a@b.c' } },
      { sections: [], profile: 'x', includePay: false },
      '2026-11-25',
    );
    expect(cv).toMatchObject({ name: 'a@b.c', parts: [] });
  });
});
