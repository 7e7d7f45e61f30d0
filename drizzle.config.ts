import { defineConfig } from 'drizzle-kit';

// Generation only reads the schema. The app applies the SQL itself when the server starts (instrumentation.ts →
// db/lifecycle.ts → db/prepare.ts), and `npm run db:migrate` applies it by hand (db/cli.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
