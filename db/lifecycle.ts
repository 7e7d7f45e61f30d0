// The server process owns the database: prepare it on start, close it on stop so PGlite flushes and
// releases its folder. A start-up that cannot prepare it ends the process with one clear line.
import { jobDefinitions } from '@/lib/server/jobs/registry';
import { sendConsoleTo } from '@/lib/server/log/console';
import { logger } from '@/lib/server/log/logger';
import { printFailure, printNote } from '@/lib/server/terminal';
import { env } from '@/lib/env';
import { describeMailTarget } from '@/lib/startup/mail-target';
import { startJobRunner } from '@/lib/server/jobs/runner';
import { reminderPlanner } from '@/lib/server/reminders/plan-reminders';
import { startUpFailureLine } from '@/lib/startup/start-up-failure';
import { connection, targetFromEnvironment, type DatabaseTarget } from './client';
import { prepareDatabase } from './prepare';

// PostgreSQL's autovacuum keeps planner statistics fresh; embedded PGlite has no autovacuum.
const statisticsRefreshMs = 60 * 60 * 1000;

/**
 * Where the production server (scripts/server.mjs) finds what to do on SIGTERM once it has stopped
 * taking requests and the last one has finished.
 */
const shutdownKey = Symbol.for('trajectory.shutdown');
const shutdownHolder = globalThis as typeof globalThis & { [shutdownKey]?: () => Promise<void> };

export async function startDatabase(): Promise<void> {
  const releaseFolder = await prepareDatabase();
  printNote(`  Email: ${describeMailTarget(env())}`);
  if (connection().target.kind === 'pglite') {
    setInterval(
      () =>
        void connection()
          .analyze()
          .catch((error: unknown) => logger().error({ err: error }, 'refreshing planner statistics (ANALYZE) failed')),
      statisticsRefreshMs,
    ).unref();
  }
  // Jobs run in this process: it is the one that owns an embedded database (docs/jobs.md).
  const jobRunner = startJobRunner({ definitions: jobDefinitions, periodic: [reminderPlanner] });
  shutdownHolder[shutdownKey] = async () => {
    await jobRunner.stop();
    await connection().close();
    releaseFolder();
  };
}

function targetIfReadable(): DatabaseTarget | undefined {
  try {
    return targetFromEnvironment();
  } catch {
    return undefined; // the environment itself is invalid: the error says which setting
  }
}

/**
 * startDatabase for the server: on failure, one line on stderr and a non-zero exit, never "ready". In
 * production the console is the logger's first (docs/architecture.md, "Logs"), so a LOG_LEVEL that is not
 * valid is such a failure too.
 */
export async function startDatabaseOrExit(): Promise<void> {
  try {
    if (process.env.NODE_ENV === 'production') sendConsoleTo(logger());
    await startDatabase();
  } catch (error) {
    printFailure(startUpFailureLine(error, targetIfReadable()));
    process.exit(1);
  }
}
