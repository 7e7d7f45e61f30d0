// The server process owns the database: prepare it on start, close it on stop
// so PGlite flushes and releases its folder.
import { connection } from './client';
import { prepareDatabase } from './prepare';

export async function startDatabase(): Promise<void> {
  await prepareDatabase();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      connection()
        .close()
        .finally(() => process.exit(0));
    });
  }
}
