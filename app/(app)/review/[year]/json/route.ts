import { downloadHeaders, reviewForDownload } from '../review-download';

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }): Promise<Response> {
  const { review, notes } = await reviewForDownload(request, params);
  // The picked achievements lead the file, as they lead the review.
  const { achievements, pay, ...rest } = review;
  const file = {
    format: 'trajectory-review',
    version: 1,
    achievements,
    ...notes,
    ...rest,
    ...(pay === null ? {} : { pay }),
  };
  return new Response(JSON.stringify(file, null, 2), {
    headers: downloadHeaders('application/json; charset=utf-8', `trajectory-review-${review.year}.json`),
  });
}
