// Accounts made before email verification existed must not be locked out: the migration that adds it
// marks every existing user verified. Applied here step by step, as drizzle's migrator would, to a
// database holding an account from before.
import fs from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, expect, it } from 'vitest';

const migrations = path.join(process.cwd(), 'db', 'migrations');
const journal = JSON.parse(await fs.readFile(path.join(migrations, 'meta', '_journal.json'), 'utf8')) as {
  entries: { tag: string }[];
};
const tags = journal.entries.map((entry) => entry.tag);
const verification = tags.findIndex((tag) => tag.endsWith('_email_verification'));

async function apply(database: PGlite, tag: string) {
  const sql = await fs.readFile(path.join(migrations, `${tag}.sql`), 'utf8');
  for (const statement of sql.split('--> statement-breakpoint')) {
    if (statement.trim()) await database.exec(statement);
  }
}

const database = new PGlite();
afterAll(() => database.close());

it('marks the accounts that existed before it verified, and leaves new ones unverified', async () => {
  expect(verification).toBeGreaterThan(0);
  for (const tag of tags.slice(0, verification)) await apply(database, tag);
  await database.exec(`insert into users (email, password_hash) values ('old@example.com', 'hash')`);
  for (const tag of tags.slice(verification)) await apply(database, tag);
  await database.exec(`insert into users (email, password_hash) values ('new@example.com', 'hash')`);

  const { rows } = await database.query<{ email: string; verified: boolean }>(
    'select email, email_verified is not null as verified from users order by email',
  );
  expect(rows).toEqual([
    { email: 'new@example.com', verified: false },
    { email: 'old@example.com', verified: true },
  ]);
});
