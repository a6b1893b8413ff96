import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/db/client.js';
import { articles } from '../../src/db/tables.js';
import { UserInputError } from '../../src/models/errors.js';
import { bumpVersion, lockVersion } from '../../src/models/versions.js';
import { createSeededDatabase } from '../helpers/database.js';

// Optimistic locking, called directly: a writer that read another version than the row is at is
// refused, and every update bumps the version.

let handle: DatabaseHandle;
let id: number;
beforeAll(async () => {
  handle = await createSeededDatabase();
  id = (await handle.rows<{ id: number }>(sql`select id from articles order by id limit 1`))[0]!.id;
});
afterAll(() => handle?.close());

const problemOf = (run: Promise<unknown>) =>
  run.then(
    () => undefined,
    (error: unknown) => (error instanceof UserInputError ? error.errors : error),
  );

describe('lockVersion', () => {
  it('returns the row when no version or the current one is expected, and bumpVersion moves it on', async () => {
    await handle.db.transaction(async (tx) => {
      const row = await lockVersion(tx, 'article', id, undefined);
      expect((await lockVersion(tx, 'article', id, row.version)).id).toBe(id);
      await tx.update(articles).set(bumpVersion('article')).where(eq(articles.id, id));
      expect((await lockVersion(tx, 'article', id, row.version + 1)).version).toBe(row.version + 1);
    });
  });

  it('refuses a stale version (CONFLICT, naming both) and a row that is not there (NOT_FOUND)', async () => {
    const [{ version }] = (await handle.rows<{ version: number }>(sql`select version from articles where id = ${id}`)) as [{ version: number }];
    expect(await problemOf(handle.db.transaction((tx) => lockVersion(tx, 'article', id, version - 1)))).toEqual([
      { field: ['expectedVersion'], code: 'CONFLICT', message: `the article is at version ${version}, not ${version - 1}: it changed since you read it.` },
    ]);
    expect(await problemOf(handle.db.transaction((tx) => lockVersion(tx, 'position', 2_000_000_000, 1)))).toEqual([
      { field: ['id'], code: 'NOT_FOUND', message: 'names no position.' },
    ]);
  });
});
