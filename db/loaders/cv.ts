// The career record a CV is drawn from: the signed-in user's own rows only, in four queries.
import 'server-only';
import type { CvRecord } from '@/lib/career/cv';
import type { IsoDate } from '@/lib/dates/calendar';
import type { UserProfile } from '@/db/queries/account/users';
import { listCertifications } from '@/db/queries/career/certifications';
import { listEducation } from '@/db/queries/career/education';
import { listPositions } from '@/db/queries/career/positions';
import { listSkillsWithLevels } from '@/db/queries/career/skills';

export async function loadCvRecord(
  user: Pick<UserProfile, 'id' | 'name' | 'email'>,
  today: IsoDate,
): Promise<CvRecord> {
  const [positions, education, certifications, skills] = await Promise.all([
    listPositions(user.id),
    listEducation(user.id),
    listCertifications(user.id),
    listSkillsWithLevels(user.id, today),
  ]);
  return {
    person: { name: user.name, email: user.email },
    positions,
    // The achievements log joins here: its lines per position id (db/queries/achievements), once it exists.
    highlightsByPosition: new Map(),
    education,
    certifications,
    skills,
  };
}
