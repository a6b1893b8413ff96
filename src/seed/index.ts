import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.js';
import { actors, articles, positions, topics } from '../db/tables.js';
import { applySeed, type SeedCounts } from './apply.js';
import { DEFAULT_SEED_DIR, readSeedData } from './files.js';

export { applySeed, readSeedData, DEFAULT_SEED_DIR };
export type { SeedCounts };

/** Loads the seed data set into a database that holds no actor, topic or article yet. */
export async function seedIfEmpty(db: Database, dir = DEFAULT_SEED_DIR): Promise<SeedCounts | null> {
  const [row] = await queryRows<{ empty: boolean }>(
    db,
    sql`select not exists (select 1 from ${actors}) and not exists (select 1 from ${topics}) and not exists (select 1 from ${articles}) as empty`,
  );
  if (!row?.empty) return null;
  return applySeed(db, readSeedData(dir));
}

/** How many articles, actors and positions the database holds (for the start-up line). */
export async function seedCounts(db: Database): Promise<Pick<SeedCounts, 'articles' | 'actors' | 'positions'>> {
  const [row] = await queryRows<{ articles: number; actors: number; positions: number }>(
    db,
    sql`select (select count(*)::int from ${articles}) as articles, (select count(*)::int from ${actors}) as actors, (select count(*)::int from ${positions}) as positions`,
  );
  return row!;
}
