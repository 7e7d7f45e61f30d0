import { listAchievementsByPosition } from '@/db/queries/achievements/achievements';
import { listCertifications } from '@/db/queries/career/certifications';
import { listEducation } from '@/db/queries/career/education';
import { listPositions } from '@/db/queries/career/positions';
import { listSkillsWithLevels } from '@/db/queries/career/skills';
import { requireUser } from '@/lib/server/auth/session';
import { toJsonResume } from '@/lib/career/json-resume';
import { localDate } from '@/lib/dates/calendar';

// The career record as a JSON Resume, for resume builders that read jsonresume.org's format.
export async function GET(): Promise<Response> {
  const user = await requireUser();
  const [positions, education, certifications, skills, achievements] = await Promise.all([
    listPositions(user.id),
    listEducation(user.id),
    listCertifications(user.id),
    listSkillsWithLevels(user.id, localDate(new Date(), user.timeZone)),
    listAchievementsByPosition(user.id),
  ]);
  const resume = toJsonResume({
    person: user,
    positions: positions.map((position) => ({ ...position, achievements: achievements.get(position.id) ?? [] })),
    education,
    certifications,
    skills,
  });
  return new Response(JSON.stringify(resume, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="resume.json"',
      'Cache-Control': 'no-store',
    },
  });
}
