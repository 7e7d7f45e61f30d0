import { describe, expect, it } from 'vitest';
import {
  chooseProfileFile,
  chooseRating,
  parseExampleForm,
  parseExpectationRatingForm,
  parseProfileFileForm,
  parseRequirementForm,
} from '@/lib/next-role/forms';
import { profileFileTooLarge } from '@/lib/next-role/profile-file-limits';
import { exampleProfiles } from '@/lib/next-role/examples';
import { parseRoleProfileForm, roleProfileFormValues, type RoleProfileEdit } from '@/lib/next-role/profile-form';
import { requirementRowsOf } from '@/lib/next-role/requirement-rows';
import { roleProfileSchema } from '@/lib/next-role/profile-schema';
import { requirementName } from '@/lib/next-role/requirement-name';
import {
  lastMonths,
  readinessLine,
  readinessTrendSentence,
  withTodayAsLastPoint,
} from '@/lib/next-role/readiness-chart';

const form = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
const id = '6f1c3a52-8d3e-4c8b-9a55-0c8f4f0b8a11';

/** A profile as the form sends it: the flat values of roleProfileFormValues. */
const profileForm = (edit: RoleProfileEdit) => form(roleProfileFormValues(edit));

describe('next role forms', () => {
  it('reads every example back from the profile form as it was, each kind of requirement with its fields', () => {
    for (const { profile } of exampleProfiles) {
      const example = roleProfileSchema.parse(profile);
      const edit = { ...example, requirements: example.requirements.map((requirement) => ({ id, requirement })) };
      expect(parseRoleProfileForm(profileForm(edit))).toEqual({ success: true, data: edit });
    }
    const kinds = exampleProfiles.flatMap(({ profile }) => profile.requirements.map((requirement) => requirement.type));
    expect(new Set(kinds).size).toBe(7);
  });

  it('names the row of each problem, reads an empty number as missing, and keeps only ids that are ids', () => {
    const parsed = parseRoleProfileForm(
      form({
        title: 'Lead',
        'requirements.0.id': 'not-an-id',
        'requirements.0.type': 'certification',
        'requirements.0.name': 'ITIL',
        'requirements.0.weight': '2',
        'requirements.1.type': 'experience',
        'requirements.1.years': '1.3',
        'requirements.1.weight': '',
      }),
    );
    expect(parsed).toEqual({
      success: false,
      fieldErrors: {
        'requirements.1.years': ['Requirement 2: Give the years in halves (1.5, 2, 2.5).'],
        'requirements.1.weight': ['Requirement 2: Give a weight from 0 to 10.'],
      },
    });
    const valid = parseRoleProfileForm(
      form({
        title: 'Lead',
        'requirements.0.id': 'not-an-id',
        'requirements.0.type': 'certification',
        'requirements.0.name': 'ITIL',
        'requirements.0.weight': '2',
      }),
    );
    expect(valid.success && valid.data.requirements).toEqual([
      { id: null, requirement: { type: 'certification', name: 'ITIL', weight: 2 } },
    ]);
    expect(parseRoleProfileForm(form({ title: 'Lead' }))).toEqual({
      success: false,
      fieldErrors: { requirements: ['Add at least one requirement.'] },
    });
  });

  it('rebuilds the rows from what was sent, in their order, whatever order the fields came in', () => {
    expect(
      requirementRowsOf({
        title: 'Lead',
        'requirements.10.type': 'expectation',
        'requirements.2.weight': '3',
        'requirements.2.type': 'skill',
        'requirements.10.text': 'Leads',
        'requirements.2.id': id,
      }),
    ).toEqual([
      { id, type: 'skill', values: { weight: '3' } },
      { id: '', type: 'expectation', values: { text: 'Leads' } },
    ]);
  });

  it('reads an example by its slug and refuses one that is not shipped', () => {
    const parsed = parseExampleForm(form({ example: 'team-lead-customer-support' }));
    expect(parsed.success && parsed.data.title).toBe('Team lead');
    expect(parseExampleForm(form({ example: 'ceo' }))).toEqual({
      success: false,
      fieldErrors: { example: ['Choose one of the example profiles.'] },
    });
  });

  it('takes a profile file only when one was chosen and is small enough', () => {
    expect(parseProfileFileForm(form({}))).toEqual({ success: false, fieldErrors: { file: [chooseProfileFile] } });
    const large = new File(['x'.repeat(256 * 1024 + 1)], 'big.role.json');
    expect(parseProfileFileForm(form({ file: large }))).toEqual({
      success: false,
      fieldErrors: { file: [profileFileTooLarge] },
    });
    expect(parseProfileFileForm(form({ file: new File(['{}'], 'a.role.json') })).success).toBe(true);
  });

  it('reads an id that cannot name a row as null', () => {
    expect(parseRequirementForm(form({ requirementId: id }))).toEqual({ success: true, data: id });
    expect(parseRequirementForm(form({ requirementId: "1' OR 1=1" }))).toEqual({ success: true, data: null });
  });

  it('accepts the five ratings of the scale and nothing else', () => {
    expect(parseExpectationRatingForm(form({ requirementId: id, rating: '4' }))).toEqual({
      success: true,
      data: { requirementId: id, rating: 4 },
    });
    for (const rating of ['0', '6', '2.5', ''])
      expect(parseExpectationRatingForm(form({ requirementId: id, rating }))).toEqual({
        success: false,
        fieldErrors: { rating: [chooseRating] },
      });
  });
});

describe('readiness chart', () => {
  it('spreads the points across the box, 0 % at the bottom and 100 % at the top', () => {
    expect(
      readinessLine([
        { monthEnd: '2026-01-31', percent: 0 },
        { monthEnd: '2026-02-28', percent: 50 },
        { monthEnd: '2026-03-31', percent: 100 },
      ]),
    ).toBe('8,112 160,60 312,8');
    expect(readinessLine([{ monthEnd: '2026-01-31', percent: 50 }])).toBe('8,60 312,60');
  });

  it('counts months back across a new year', () => {
    expect(lastMonths('2026-11-26', 36)).toEqual({ firstMonth: '2023-12', lastMonth: '2026-11' });
    expect(lastMonths('2026-01-05', 2)).toEqual({ firstMonth: '2025-12', lastMonth: '2026-01' });
  });

  it('says how readiness moved', () => {
    const label = (month: string) => month.slice(0, 7);
    expect(
      readinessTrendSentence(
        [
          { monthEnd: '2024-01-31', percent: 20 },
          { monthEnd: '2026-01-31', percent: 62 },
        ],
        label,
        (value) => `${value}%`,
      ),
    ).toBe('Readiness by month from 2024-01 to 2026-01: 20% to 62%, up 42 points.');
    expect(readinessTrendSentence([], label, String)).toBe('No readiness measured yet.');
  });

  it('reads the month still running as of today', () => {
    const points = [
      { monthEnd: '2026-10-31', percent: 57 },
      { monthEnd: '2026-11-30', percent: 61 },
    ];
    expect(withTodayAsLastPoint(points, '2026-11-26', 60)).toEqual([
      { monthEnd: '2026-10-31', percent: 57 },
      { monthEnd: '2026-11-26', percent: 60 },
    ]);
  });
});

describe('requirement names', () => {
  it('names each kind of requirement in a few words', () => {
    const names = exampleProfiles[0]?.profile.requirements.map((requirement) =>
      requirementName(roleProfileSchema.shape.requirements.element.parse(requirement)),
    );
    expect(names).toEqual([
      'Coaching',
      'Stakeholder communication',
      'Conflict resolution',
      'Excel',
      'ITIL 4 Foundation',
      'Workshop in coaching',
      'Experience in support roles',
      'Achievements tagged “customer”',
      'Runs one-to-ones and gives useful feedback every week',
    ]);
    expect(requirementName({ type: 'learning_hours', field: '', hours: 10, weight: 1 })).toBe('Learning');
  });
});
