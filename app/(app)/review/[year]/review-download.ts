import { notFound } from 'next/navigation';
import { loadYearlyReview } from '@/db/queries/review';
import { requireUser } from '@/lib/auth/session';
import { parseReviewYear } from '@/lib/review-year';
import { localDate } from '@/lib/weeks';

/** The signed-in user's review of the year in the URL, for the download routes. */
export async function reviewForDownload(params: Promise<{ year: string }>) {
  const user = await requireUser();
  const today = localDate(new Date(), user.timeZone);
  const year = parseReviewYear((await params).year, Number(today.slice(0, 4)));
  if (year === null) notFound();
  return { user, review: await loadYearlyReview(user, year, today) };
}

export const downloadHeaders = (contentType: string, fileName: string) => ({
  'Content-Type': contentType,
  'Content-Disposition': `attachment; filename="${fileName}"`,
  'Cache-Control': 'no-store',
});
