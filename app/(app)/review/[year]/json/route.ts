import { downloadHeaders, reviewForDownload } from '../review-download';

export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }): Promise<Response> {
  const { review, notes } = await reviewForDownload(params);
  return new Response(JSON.stringify({ format: 'trajectory-review', version: 1, ...notes, ...review }, null, 2), {
    headers: downloadHeaders('application/json; charset=utf-8', `trajectory-review-${review.year}.json`),
  });
}
