// The server process owns the database: prepare it on start, close it on stop
// so PGlite flushes and releases its folder.
import { jobDefinitions } from '@/lib/server/jobs/registry';
import { startJobRunner } from '@/lib/server/jobs/runner';
import { connection } from './client';
import { prepareDatabase } from './prepare';

// PostgreSQL's autovacuum keeps planner statistics fresh; embedded PGlite has no autovacuum.
const statisticsRefreshMs = 60 * 60 * 1000;

export async function startDatabase(): Promise<void> {
  await prepareDatabase();
  if (connection().target.kind === 'pglite') {
    setInterval(
      () =>
        void connection()
          .analyze()
          .catch((error: unknown) => console.error('ANALYZE failed', error)),
      statisticsRefreshMs,
    ).unref();
  }
  // Jobs run in this process: it is the one that owns an embedded database (docs/jobs.md).
  const jobRunner = startJobRunner({ definitions: jobDefinitions });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void jobRunner
        .stop()
        .then(() => connection().close())
        .finally(() => process.exit(0));
    });
  }
}
