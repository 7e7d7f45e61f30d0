// What a feedback form offers to link: the user's skills and people, by name.
import 'server-only';
import { listSkillsWithLevels } from '@/db/queries/career/skills';
import { listPeople } from '@/db/queries/people/people';
import type { IsoDate } from '@/lib/dates/calendar';

export async function feedbackChoices(userId: string, today: IsoDate) {
  const [skills, people] = await Promise.all([listSkillsWithLevels(userId, today), listPeople(userId)]);
  return {
    skills: skills.map((skill) => ({ id: skill.id, name: skill.name })).sort((a, b) => a.name.localeCompare(b.name)),
    people: people.map((person) => ({ id: person.id, name: person.name })),
  };
}
