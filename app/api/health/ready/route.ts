// Readiness for load balancers: 200 when the database answers within a short bound and every migration
// of this build is applied, 503 otherwise. No user data.
import { checkReadiness } from '@/db/readiness';

export const dynamic = 'force-dynamic';

const databaseBoundMs = 2000;

export async function GET() {
  const readiness = await checkReadiness(databaseBoundMs);
  return Response.json(
    {
      status: readiness.ready ? 'ready' : 'not ready',
      database: readiness.database,
      pendingMigrations: readiness.pendingMigrations,
    },
    { status: readiness.ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
