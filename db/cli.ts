// `npm run db:migrate` and `npm run db:seed`. With the embedded database, stop
// the app first: a PGlite folder is opened by one process at a time.
import { connection } from './client';
import { writeDemoNote } from './prepare';
import { seedDemoAccount } from '@/db/seed/demo';

async function main(command: string | undefined) {
  const { target, migrate, close } = connection();
  try {
    if (command === 'migrate') {
      await migrate();
      console.log(`Migrations applied (${target.kind}).`);
    } else if (command === 'seed') {
      await migrate();
      const demo = await seedDemoAccount(process.env.DEMO_PASSWORD || undefined);
      if (target.kind === 'pglite' && target.dataDir) writeDemoNote(target.dataDir, demo);
      console.log(`Demo account ready (${target.kind}).\n  email:    ${demo.email}\n  password: ${demo.password}`);
    } else {
      throw new Error('Usage: tsx db/cli.ts migrate|seed');
    }
  } finally {
    await close();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
