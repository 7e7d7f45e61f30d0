import { exportAccount } from '@/db/queries/account/export';
import { requireUserId } from '@/lib/server/auth/session';

// The whole account as one JSON file (docs/export-format.md).
export async function GET(): Promise<Response> {
  const userId = await requireUserId();
  const file = await exportAccount(userId);
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(JSON.stringify(file, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="trajectory-account-${file.exportedAt.slice(0, 10)}.json"`,
      'Cache-Control': 'no-store',
    },
  });
}
