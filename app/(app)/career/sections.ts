// The four parts of the career record, as they appear in URLs.
export const careerSections = ['skills', 'education', 'certifications', 'positions'] as const;
export type CareerSection = (typeof careerSections)[number];

export const sectionNouns: Record<CareerSection, string> = {
  skills: 'skill',
  education: 'education or training',
  certifications: 'certification',
  positions: 'position',
};

export function isCareerSection(value: string): value is CareerSection {
  return (careerSections as readonly string[]).includes(value);
}
