// Liveness for orchestrators: the process answers. Touches no database, so a database outage does not
// get healthy instances restarted.
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ status: 'live' }, { headers: { 'Cache-Control': 'no-store' } });
}
