import { defineConfig } from 'drizzle-kit';

// Generation only reads the schema; the app applies the SQL itself (db/migrate.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
