// Vitest's global setup for the integration tests: one embedded database is created and migrated once, and
// each test file starts its own from a copy of it (tests/support/database.ts). Creating one from nothing
// (initdb in WebAssembly, then the migrations) took 3–4 s a file; loading the copy takes under 1 s.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '@/db/client';

declare module 'vitest' {
  export interface ProvidedContext {
    migratedPgliteDump: string;
  }
}

export default async function setup(project: TestProject) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'trajectory-pglite-template-'));
  const removeFolder = () => fs.rmSync(folder, { recursive: true, force: true });
  const connection = openDatabase({ kind: 'pglite', dataDir: null });
  try {
    await connection.migrate();
    const { $client } = connection.db as unknown as { $client: PGlite };
    const dump = await $client.dumpDataDir('none');
    const file = path.join(folder, 'migrated.tar');
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    project.provide('migratedPgliteDump', file);
  } catch (error) {
    removeFolder();
    throw error;
  } finally {
    await connection.close();
  }
  return removeFolder;
}
