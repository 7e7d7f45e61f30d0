// The career record a CV is drawn from: the signed-in user's own rows only, in five queries.
import 'server-only';
import { achievementLine } from '@/lib/achievements/achievements';
import type { CvRecord } from '@/lib/career/cv';
import type { IsoDate } from '@/lib/dates/calendar';
import { listAchievementsByPosition } from '@/db/queries/achievements/achievements';
import type { UserProfile } from '@/db/queries/account/users';
import { listCertifications } from '@/db/queries/career/certifications';
import { listEducation } from '@/db/queries/career/education';
import { listPositions } from '@/db/queries/career/positions';
import { listSkillsWithLevels } from '@/db/queries/career/skills';

export async function loadCvRecord(
  user: Pick<UserProfile, 'id' | 'name' | 'email'>,
  today: IsoDate,
): Promise<CvRecord> {
  const [positions, education, certifications, skills, achievements] = await Promise.all([
    listPositions(user.id),
    listEducation(user.id),
    listCertifications(user.id),
    listSkillsWithLevels(user.id, today),
    listAchievementsByPosition(user.id),
  ]);
  return {
    person: { name: user.name, email: user.email },
    positions,
    // Each position's achievements, newest first, one line each ("to" as in the review's PDF).
    highlightsByPosition: new Map(
      [...achievements].map(([positionId, entries]) => [
        positionId,
        entries.map((achievement) => achievementLine(achievement, 'to')),
      ]),
    ),
    education,
    certifications,
    skills,
  };
}
