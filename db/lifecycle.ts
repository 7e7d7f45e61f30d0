// The server process owns the database: prepare it on start, close it on stop
// so PGlite flushes and releases its folder.
import { connection } from './client';
import { prepareDatabase } from './prepare';

// PostgreSQL's autovacuum keeps planner statistics fresh; embedded PGlite has no autovacuum.
const statisticsRefreshMs = 60 * 60 * 1000;

export async function startDatabase(): Promise<void> {
  await prepareDatabase();
  if (connection().target.kind === 'pglite') {
    setInterval(() => void connection().analyze().catch((error: unknown) => console.error('ANALYZE failed', error)), statisticsRefreshMs).unref();
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      connection()
        .close()
        .finally(() => process.exit(0));
    });
  }
}
