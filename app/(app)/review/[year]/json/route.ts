import { reviewJsonFile } from '@/lib/review/json-file';
import { downloadHeaders, reviewForDownload } from '../review-download';

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }): Promise<Response> {
  const download = await reviewForDownload(request, params);
  if (download instanceof Response) return download;
  const { review, notes } = download;
  return new Response(JSON.stringify(reviewJsonFile(review, notes), null, 2), {
    headers: downloadHeaders('application/json; charset=utf-8', `trajectory-review-${review.year}.json`),
  });
}
