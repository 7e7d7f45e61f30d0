// Prepares the benchmark database: migrations, then the heavy account (see db/seed/heavy.ts).
import { connection } from '@/db/client';
import { seedHeavyAccount } from '@/db/seed/heavy';

async function main() {
  const { migrate, analyze, close } = connection();
  await migrate();
  const started = Date.now();
  await seedHeavyAccount(process.env.BENCH_PASSWORD ?? 'bench password 1');
  // As after any bulk load: the planner needs statistics before the first request is timed.
  await analyze();
  console.log(`Heavy account seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
