import { defineConfig } from 'drizzle-kit';

// Migrations are generated offline from the table definitions; no database connection is needed.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/tables.ts',
  out: './schema/migrations',
});
