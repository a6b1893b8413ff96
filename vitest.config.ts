import { defineConfig } from 'vitest/config';

// Every suite runs against PGlite; with TEST_DATABASE_URL set, the same suites run again against
// that PostgreSQL server, each test file in a database of its own (see test/helpers/database.ts).
const databases = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];

export default defineConfig({
  resolve: {
    // graphql 16 ships index.js (CommonJS, what Node and thus Yoga and Pothos load) and index.mjs
    // (what Vite would pick for our sources). Two copies of GraphQLError make Yoga mask our
    // argument errors as "Unexpected error."; make the sources load the copy Node loads.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // PGlite is CPU-bound WASM; two workers match the two cores CI has.
    maxWorkers: 2,
    projects: databases.map((database) => ({
      extends: true,
      test: {
        name: database,
        include: ['test/**/*.test.ts'],
        env: { TEST_DATABASE_KIND: database },
        globalSetup: database === 'pglite' ? ['test/helpers/pglite-template.ts'] : [],
        setupFiles: ['test/helpers/setup.ts'],
      },
    })),
  },
});
