// Start-up work: say which database is in use, apply migrations, and on a brand-new embedded database
// create the demo account and say how to use it.
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { closeConnection, connection, targetFromEnvironment, type DatabaseTarget } from './client';
import { lockDataFolder } from './data-folder-lock';
import { checkWritableFolder } from './writable-folder';
import { countUsers } from '@/db/queries/account/users';
import { seedDemoAccount, type DemoAccount } from '@/db/seed/demo';
import { printNote } from '@/lib/server/terminal';
import { describeDatabaseTarget } from '@/lib/startup/database-target';

/** Returns what releases the embedded data folder when the server stops. */
export async function prepareDatabase(): Promise<() => void> {
  const target = targetFromEnvironment();
  printNote(`  Database: ${describeDatabaseTarget(target)}`);
  const releaseFolder = target.kind === 'pglite' && target.dataDir ? takeDataFolder(target.dataDir) : () => {};
  await migrateAndSeed(target);
  return releaseFolder;
}

function takeDataFolder(dataDir: string): () => void {
  checkWritableFolder(dataDir);
  return lockDataFolder(dataDir);
}

async function migrateAndSeed(target: DatabaseTarget): Promise<void> {
  const { migrate, analyze } = connection();
  await migrate();
  if (target.kind === 'postgres') {
    if ((await countUsers()) === 0) printNote(noAccountNote);
    return;
  }
  if (!target.dataDir) return;
  // PGlite runs no autovacuum, so the planner's statistics are refreshed here and by startDatabase.
  if ((await countUsers()) > 0) return analyze();
  const demo = await seedDemoAccount(process.env.DEMO_PASSWORD || undefined);
  await analyze();
  await reopenEmbedded();
  const note = writeDemoNote(target.dataDir, demo);
  printNote(
    [
      '',
      '  Trajectory demo account (new database)',
      `    email:    ${demo.email}`,
      `    password: ${demo.password}`,
      `  Also saved in ${note}`,
      '',
    ].join('\n'),
  );
}

// Creating the database and seeding the demo account grow PGlite's WASM heap to several hundred MB, and a
// WASM heap never shrinks. Closed and opened again, the server keeps serving with a heap sized for serving
// (docs/performance.md, "Memory"); the old one goes with its instance at the next garbage collection.
async function reopenEmbedded(): Promise<void> {
  await closeConnection();
  collectGarbageNow();
}

// The old heap is given back only when V8 collects its instance, which a server under load put off for
// minutes (its resident memory stayed ~100 MB higher than after a restart). Done once, at start-up.
function collectGarbageNow(): void {
  v8.setFlagsFromString('--expose-gc');
  const collect = vm.runInNewContext('gc') as (() => void) | undefined;
  collect?.();
}

// On a shared PostgreSQL database nothing is created behind the operator's back.
const noAccountNote = [
  '',
  '  No account exists on this database yet, and no demo account is created on PostgreSQL.',
  '  Sign up in the app, or create the demo account with the same DATABASE_URL: npm run db:seed',
  '',
].join('\n');

export function writeDemoNote(dataDir: string, demo: DemoAccount): string {
  const file = path.join(dataDir, 'demo-account.txt');
  fs.writeFileSync(file, `email: ${demo.email}\npassword: ${demo.password}\n`, { mode: 0o600 });
  return file;
}
