// The career record a CV is drawn from: the signed-in user's own rows only. Pay is read only when the user
// ticked it for this CV.
import 'server-only';
import { achievementLine } from '@/lib/achievements/achievements';
import { payLinesForExport } from '@/lib/career/compensation-text';
import type { CvRecord } from '@/lib/career/cv';
import type { IsoDate } from '@/lib/dates/calendar';
import { listAchievementsByPosition } from '@/db/queries/achievements/achievements';
import type { UserProfile } from '@/db/queries/account/users';
import { listCertifications } from '@/db/queries/career/certifications';
import { listEducation } from '@/db/queries/career/education';
import { listPayRecords } from '@/db/queries/career/pay-records';
import { listPositions } from '@/db/queries/career/positions';
import { listSkillsWithLevels } from '@/db/queries/career/skills';

export async function loadCvRecord(
  user: Pick<UserProfile, 'id' | 'name' | 'email'>,
  today: IsoDate,
  pay: { include: boolean; locale?: string } = { include: false },
): Promise<CvRecord> {
  const [positions, education, certifications, skills, achievements, payRecords] = await Promise.all([
    listPositions(user.id),
    listEducation(user.id),
    listCertifications(user.id),
    listSkillsWithLevels(user.id, today),
    listAchievementsByPosition(user.id),
    pay.include ? listPayRecords(user.id) : [],
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
    payLinesByPosition: new Map(
      positions.map((position) => [position.id, payLinesForExport(position, positions, payRecords, pay.locale)]),
    ),
    education,
    certifications,
    skills,
  };
}
