// Start-up work: apply migrations, and on a brand-new embedded database create
// the demo account and say how to use it.
import fs from 'node:fs';
import path from 'node:path';
import { connection } from './client';
import { countUsers } from '@/db/queries/account/users';
import { seedDemoAccount, type DemoAccount } from '@/db/seed/demo';

export async function prepareDatabase(): Promise<void> {
  const { target, migrate, analyze } = connection();
  await migrate();
  if (target.kind !== 'pglite' || !target.dataDir) return;
  // PGlite runs no autovacuum, so the planner's statistics are refreshed here and by startDatabase.
  if ((await countUsers()) > 0) return analyze();
  const demo = await seedDemoAccount(process.env.DEMO_PASSWORD || undefined);
  await analyze();
  const note = writeDemoNote(target.dataDir, demo);
  console.log(
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

export function writeDemoNote(dataDir: string, demo: DemoAccount): string {
  const file = path.join(dataDir, 'demo-account.txt');
  fs.writeFileSync(file, `email: ${demo.email}\npassword: ${demo.password}\n`, { mode: 0o600 });
  return file;
}
