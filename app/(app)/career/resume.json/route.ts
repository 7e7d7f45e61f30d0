import type { NextRequest } from 'next/server';
import { listAchievementsByPosition } from '@/db/queries/achievements/achievements';
import { listCertifications } from '@/db/queries/career/certifications';
import { listEducation } from '@/db/queries/career/education';
import { listPayRecords } from '@/db/queries/career/pay-records';
import { listPositions } from '@/db/queries/career/positions';
import { listSkillsWithLevels } from '@/db/queries/career/skills';
import { requireUser } from '@/lib/server/auth/session';
import { payLinesForExport } from '@/lib/career/compensation-text';
import { includesPay } from '@/lib/career/export-choices';
import { toJsonResume } from '@/lib/career/json-resume';
import { localDate } from '@/lib/dates/calendar';
import { numberLocaleOf } from '@/lib/format';

// The career record as a JSON Resume, for resume builders that read jsonresume.org's format. Pay is
// private: it is written only when the user ticked it for this download (`?pay=1`).
export async function GET(request: NextRequest): Promise<Response> {
  const user = await requireUser();
  const withPay = includesPay(request.nextUrl.searchParams);
  const [positions, education, certifications, skills, achievements, pay] = await Promise.all([
    listPositions(user.id),
    listEducation(user.id),
    listCertifications(user.id),
    listSkillsWithLevels(user.id, localDate(new Date(), user.timeZone)),
    listAchievementsByPosition(user.id),
    withPay ? listPayRecords(user.id) : [],
  ]);
  const locale = numberLocaleOf(request.headers.get('accept-language'));
  const resume = toJsonResume(
    {
      person: user,
      positions: positions.map((position) => ({
        ...position,
        achievements: achievements.get(position.id) ?? [],
        pay: withPay ? payLinesForExport(position, positions, pay, locale) : [],
      })),
      education,
      certifications,
      skills,
    },
    locale,
  );
  return new Response(JSON.stringify(resume, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="resume.json"',
      'Cache-Control': 'no-store',
    },
  });
}
