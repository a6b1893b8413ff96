import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql, type Logger } from 'drizzle-orm';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { applySeed, readSeedData } from '../../src/seed/index.js';

/** Which database this run of the suites is against: the vitest project sets it. */
export const databaseKind = process.env.TEST_DATABASE_KIND === 'postgres' ? 'postgres' : 'pglite';

export interface TestDatabaseOptions {
  /** false: a database with no tables at all (default: migrated). */
  migrated?: boolean;
  /** Receives every statement the ORM issues. */
  logger?: Logger;
  /** PGlite: in a worker thread of its own (PGLITE_THREAD=worker); default: TEST_PGLITE_WORKER=on runs every suite so. */
  worker?: boolean;
}

/**
 * A database of this test file's own, never shared with another file or run: on PGlite a copy of
 * the migrated template made by the global setup, on PostgreSQL a new database that `close()` drops.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<DatabaseHandle> {
  const migrated = options.migrated ?? true;
  if (databaseKind === 'postgres') return createPostgresDatabase(migrated, options.logger);
  const worker = options.worker ?? process.env.TEST_PGLITE_WORKER === 'on';
  if (!migrated) return openDatabase({ dataDir: 'memory://', logger: options.logger, worker });
  const template = new Blob([readFileSync(inject('pgliteTemplate'))]);
  return openDatabase({ loadDataDir: template, logger: options.logger, worker });
}

/** A test database holding the seed data set. */
export async function createSeededDatabase(options: Omit<TestDatabaseOptions, 'migrated'> = {}) {
  const handle = await createTestDatabase(options);
  await applySeed(handle.db, readSeedData());
  return handle;
}

async function createPostgresDatabase(migrated: boolean, logger?: Logger): Promise<DatabaseHandle> {
  const serverUrl = process.env.TEST_DATABASE_URL!;
  const name = `stancegraph_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = await openDatabase({ url: serverUrl });
  try {
    await admin.rows(sql.raw(`create database "${name}"`));
  } finally {
    await admin.close();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), logger });
  if (migrated) await handle.migrate();
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const again = await openDatabase({ url: serverUrl });
      try {
        await again.rows(sql.raw(`drop database if exists "${name}" with (force)`));
      } finally {
        await again.close();
      }
    },
  };
}

export const TABLES = [
  'actors',
  'actor_aliases',
  'affiliations',
  'topics',
  'topic_closure',
  'topic_keywords',
  'articles',
  'article_topics',
  'mentions',
  'mention_exclusions',
  'positions',
  'position_suggestions',
] as const;

/** How many rows every table holds: equal before and after means nothing was written. */
export async function rowCounts(handle: DatabaseHandle): Promise<Record<(typeof TABLES)[number], number>> {
  const counts = {} as Record<(typeof TABLES)[number], number>;
  for (const table of TABLES) counts[table] = (await handle.rows<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;
  return counts;
}
