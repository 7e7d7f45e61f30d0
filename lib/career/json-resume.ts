// The career record as a JSON Resume (jsonresume.org, schema v1), the format resume builders read.
import { achievementLine } from '@/lib/achievements/achievements';
import {
  educationKindLabels,
  howReachedLabels,
  skillKindLabels,
  skillLevelName,
  type EducationKind,
  type HowReached,
  type SkillKind,
} from '@/lib/career/vocabulary';

export const jsonResumeSchemaUrl = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

type Input = {
  person: { name: string | null; email: string };
  positions: {
    title: string;
    employer: string;
    level: string;
    startedOn: string;
    endedOn: string | null;
    howReached: HowReached;
    /** The achievements linked to this position, newest first: its `highlights`. */
    achievements?: Parameters<typeof achievementLine>[0][];
    /** Pay lines, only when the user ticked "include pay" for this export (compensation-text.ts). */
    pay?: string[];
  }[];
  education: {
    kind: EducationKind;
    title: string;
    provider: string;
    startedOn: string | null;
    completedOn: string | null;
  }[];
  certifications: { name: string; issuer: string; earnedOn: string; credentialUrl: string | null }[];
  skills: { name: string; kind: SkillKind; now: number | null }[];
};

/** JSON Resume leaves out what is unknown rather than writing null. */
const present = <T extends Record<string, unknown>>(object: T) =>
  Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== null && value !== undefined && value !== ''),
  ) as Partial<T>;

/** `locale` writes the numbers of achievement results as the user reads them. */
export function toJsonResume({ person, positions, education, certifications, skills }: Input, locale?: string) {
  return {
    $schema: jsonResumeSchemaUrl,
    basics: present({ name: person.name, email: person.email }),
    work: [...positions]
      .sort((a, b) => b.startedOn.localeCompare(a.startedOn))
      .map((position) =>
        present({
          name: position.employer,
          position: position.title,
          startDate: position.startedOn,
          endDate: position.endedOn,
          summary: [
            position.level && `Level: ${position.level}`,
            howReachedLabels[position.howReached],
            ...(position.pay ?? []),
          ]
            .filter(Boolean)
            .join('. '),
          highlights: position.achievements?.length
            ? position.achievements.map((achievement) => achievementLine(achievement, '→', undefined, locale))
            : null,
        }),
      ),
    education: education.map((entry) =>
      present({
        institution: entry.provider || entry.title,
        area: entry.title,
        studyType: educationKindLabels[entry.kind],
        startDate: entry.startedOn,
        endDate: entry.completedOn,
      }),
    ),
    certificates: certifications.map((certification) =>
      present({
        name: certification.name,
        date: certification.earnedOn,
        issuer: certification.issuer,
        url: certification.credentialUrl,
      }),
    ),
    skills: skills.map((skill) =>
      present({
        name: skill.name,
        level: skill.now === null ? null : skillLevelName(skill.now),
        keywords: [skillKindLabels[skill.kind]],
      }),
    ),
  };
}
