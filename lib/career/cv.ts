// The CV: which parts of the career record the user chose to hand over, and the CV those choices make.
// Pure: the route reads the record, this decides what of it is shown.
import { z } from 'zod';
import { formText, formTexts, parseForm, type ParsedForm } from '@/lib/forms/form';
import { optionalText } from '@/lib/forms/fields';
import { maxCvProfileLength } from './cv-limits';
import {
  educationKindLabels,
  employmentTypeLabels,
  skillLevelName,
  type EducationKind,
  type EmploymentType,
  type SkillKind,
} from '@/lib/career/vocabulary';
import { monthLabel, type IsoDate } from '@/lib/dates/calendar';
import { includesPay } from '@/lib/career/export-choices';
import { period, trainingPeriod } from '@/lib/career/periods';

/** The parts a CV can hold, in the order the CV shows them. */
export const cvSections = ['positions', 'education', 'certifications', 'technical-skills', 'soft-skills'] as const;
export type CvSection = (typeof cvSections)[number];
export const cvSectionLabels: Record<CvSection, string> = {
  positions: 'Positions',
  education: 'Education and training',
  certifications: 'Certifications',
  'technical-skills': 'Technical skills',
  'soft-skills': 'Soft skills',
};

export const cvChoiceSchema = z.object({
  sections: z
    .array(z.enum(cvSections, { error: 'One of the sections is not a part a CV can hold.' }))
    .max(cvSections.length * 2, 'Choose each section once.')
    .transform((sections) => cvSections.filter((section) => sections.includes(section))),
  profile: optionalText(maxCvProfileLength, `Keep the profile under ${maxCvProfileLength} characters.`),
  // Pay is private: only a tick for this CV puts it under the positions.
  includePay: z.boolean(),
});
export type CvChoice = z.infer<typeof cvChoiceSchema>;

const nothingChosen = 'Choose at least one section, or write a profile, for your CV.';

/** Reads the CV form: ticked `section` boxes and an optional `profile`. A CV with nothing in it is refused. */
export function parseCvChoiceForm(formData: FormData): ParsedForm<CvChoice> {
  const raw = {
    sections: formTexts(formData, 'section'),
    profile: formText(formData, 'profile'),
    includePay: includesPay(formData),
  };
  return parseForm(cvChoiceSchema, raw, ({ sections, profile }) =>
    sections.length === 0 && !profile?.trim() ? [['sections', nothingChosen]] : [],
  );
}

export type CvRecord = {
  person: { name: string | null; email: string };
  positions: {
    id: string;
    title: string;
    employer: string;
    level: string;
    employmentType: EmploymentType;
    startedOn: IsoDate;
    endedOn: IsoDate | null;
  }[];
  /**
   * Lines to list under each position, by position id: its achievements (one line each, newest first).
   * Positions without any are simply listed without.
   */
  highlightsByPosition: ReadonlyMap<string, readonly string[]>;
  /** Each position's pay lines, by position id; printed only when the choice includes pay. */
  payLinesByPosition: ReadonlyMap<string, readonly string[]>;
  education: {
    kind: EducationKind;
    title: string;
    provider: string;
    startedOn: IsoDate | null;
    completedOn: IsoDate | null;
  }[];
  certifications: { name: string; issuer: string; earnedOn: IsoDate; expiresOn: IsoDate | null }[];
  skills: { name: string; kind: SkillKind; now: number | null }[];
};

export type CvEntry = { heading: string; detail: string; period: string; lines: string[] };
export type CvPart = { section: CvSection; title: string; entries: CvEntry[] };
export type Cv = { name: string; email: string; profile: string; parts: CvPart[] };

const newestFirst = <T>(items: readonly T[], dateOf: (item: T) => string) =>
  [...items].sort((a, b) => dateOf(b).localeCompare(dateOf(a)));

function skillEntries(skills: CvRecord['skills'], kind: SkillKind): CvEntry[] {
  return skills
    .filter((skill) => skill.kind === kind)
    .sort((a, b) => (b.now ?? 0) - (a.now ?? 0) || a.name.localeCompare(b.name))
    .map((skill) => ({
      heading: skill.name,
      detail: skill.now === null ? '' : skillLevelName(skill.now),
      period: '',
      lines: [],
    }));
}

function entriesOf(section: CvSection, record: CvRecord, choice: CvChoice, today: IsoDate): CvEntry[] {
  switch (section) {
    case 'positions':
      return newestFirst(record.positions, (position) => position.startedOn).map((position) => ({
        heading: position.title,
        detail: [position.employer, position.level, employmentTypeLabels[position.employmentType]]
          .filter(Boolean)
          .join(' · '),
        period: period(position.startedOn, position.endedOn, 'now', monthLabel),
        lines: [
          ...(record.highlightsByPosition.get(position.id) ?? []),
          ...(choice.includePay ? (record.payLinesByPosition.get(position.id) ?? []) : []),
        ],
      }));
    case 'education':
      return newestFirst(record.education, (entry) => entry.completedOn ?? '9999-12-31').map((entry) => ({
        heading: entry.title,
        detail: [entry.provider, educationKindLabels[entry.kind]].filter(Boolean).join(' · '),
        period: trainingPeriod(entry, monthLabel),
        lines: [],
      }));
    case 'certifications':
      return newestFirst(record.certifications, (certification) => certification.earnedOn).map((certification) => ({
        heading: certification.name,
        detail: [
          certification.issuer,
          certification.expiresOn === null
            ? ''
            : certification.expiresOn < today
              ? `expired ${monthLabel(certification.expiresOn)}`
              : `valid until ${monthLabel(certification.expiresOn)}`,
        ]
          .filter(Boolean)
          .join(' · '),
        period: monthLabel(certification.earnedOn),
        lines: [],
      }));
    case 'technical-skills':
      return skillEntries(record.skills, 'technical');
    case 'soft-skills':
      return skillEntries(record.skills, 'soft');
  }
}

/**
 * The CV the choice makes: only the chosen sections, in the CV's order, each with its entries newest first
 * (skills strongest first). A chosen section with no records is left out rather than printed empty.
 */
export function buildCv(record: CvRecord, choice: CvChoice, today: IsoDate): Cv {
  return {
    name: record.person.name ?? record.person.email,
    email: record.person.email,
    profile: choice.profile,
    parts: choice.sections
      .map((section) => ({
        section,
        title: cvSectionLabels[section],
        entries: entriesOf(section, record, choice, today),
      }))
      .filter((part) => part.entries.length > 0),
  };
}
