import { reviewToMarkdown } from '@/lib/review/markdown';
import { downloadHeaders, reviewForDownload } from '../review-download';

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }): Promise<Response> {
  const download = await reviewForDownload(request, params);
  if (download instanceof Response) return download;
  const { user, review, notes, locale } = download;
  return new Response(reviewToMarkdown(review, user.name, notes, review.end < `${review.year}-12-31`, locale), {
    headers: downloadHeaders('text/markdown; charset=utf-8', `trajectory-review-${review.year}.md`),
  });
}
