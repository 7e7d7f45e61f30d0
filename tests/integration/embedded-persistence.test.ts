import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, useConnection } from '@/db/client';
import { findUserProfile } from '@/db/queries/account/users';
import { registerUser } from '../support/fixtures';
import { signUpSchema } from '@/lib/auth/schema';

describe('embedded database on disk', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trajectory-persist-'));
  afterAll(() => {
    useConnection(undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
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
});
