import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { connection, openDatabase, useConnection } from '@/db/client';
import { prepareDatabase } from '@/db/prepare';
import { countUsers, findUserProfile } from '@/db/queries/account/users';
import { users } from '@/db/schema';
import { registerUser } from '../support/fixtures';
import { signUpSchema } from '@/lib/auth/schema';

// The folder the server's own start-up (prepareDatabase) uses: read from the environment on first use.
const serverDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trajectory-first-start-'));
vi.stubEnv('DATA_DIR', serverDataDir);
vi.stubEnv('DATABASE_URL', '');

describe('embedded database on disk', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trajectory-persist-'));
  afterAll(() => {
    useConnection(undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(serverDataDir, { recursive: true, force: true });
  });

  it('keeps an account after the database is closed and opened again', async () => {
    const first = openDatabase({ kind: 'pglite', dataDir });
    await first.migrate();
    useConnection(first);
    const created = await registerUser(signUpSchema.parse({ email: 'keep@example.com', password: 'kept passphrase' }));
    if (!created.ok) throw new Error('setup failed');
    await first.close();

    const second = openDatabase({ kind: 'pglite', dataDir });
    await second.migrate(); // a restart runs migrations again; they must be idempotent
    useConnection(second);
    expect(await findUserProfile(created.userId)).toMatchObject({ email: 'keep@example.com' });
    await second.close();
    // Two on-disk PGlite start-ups with every migration: seconds alone, far more on a loaded machine.
  }, 120_000);

  it('a first start creates the demo account, then serves from the database opened afresh with a small cache', async () => {
    useConnection(undefined);
    const releaseFolder = await prepareDatabase();
    try {
      const serving = connection();
      expect(serving.target).toEqual({ kind: 'pglite', dataDir: serverDataDir });
      expect(await countUsers()).toBe(1);
      // 16 MB of buffers rather than PostgreSQL's 128 MB, all resident in the WASM heap (docs/performance.md).
      const [setting] = await serving.db
        .select({ sharedBuffers: sql<string>`current_setting('shared_buffers')` })
        .from(users)
        .limit(1);
      expect(setting?.sharedBuffers).toBe('16MB');
    } finally {
      await connection().close();
      useConnection(undefined);
      releaseFolder();
    }
  }, 180_000);
});
