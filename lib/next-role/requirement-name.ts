// A requirement named in a few words, as the gap list and the dashboard show it; its level, hours or
// count are in the readiness's `need`.
import { educationKindLabels } from '@/lib/career/vocabulary';
import type { Requirement } from './profile-schema';

export function requirementName(requirement: Requirement): string {
  switch (requirement.type) {
    case 'skill':
      return requirement.skill;
    case 'certification':
      return requirement.name;
    case 'education':
      return `${educationKindLabels[requirement.educationKind]}${requirement.field ? ` in ${requirement.field}` : ''}`;
    case 'learning_hours':
      return `Learning${requirement.field ? ` in ${requirement.field}` : ''}`;
    case 'experience':
      return `Experience${requirement.roleIncludes ? ` in ${requirement.roleIncludes} roles` : ''}`;
    case 'achievements':
      return requirement.tag ? `Achievements tagged “${requirement.tag}”` : 'Achievements';
    case 'expectation':
      return requirement.text;
  }
}
