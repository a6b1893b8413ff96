import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.js';
import { actors, appState, articles, positions } from '../db/tables.js';
import { applySeed, type SeedCounts } from './apply.js';
import { DEFAULT_SEED_DIR, readSeedData } from './files.js';

export { applySeed, readSeedData, DEFAULT_SEED_DIR };
export type { SeedCounts };

/**
 * Loads the seed data set unless it was loaded before, as `app_state` records, whatever else the
 * database holds: a digest imported before the first start does not keep the seed out.
 */
export async function seedOnce(db: Database, dir = DEFAULT_SEED_DIR): Promise<SeedCounts | null> {
  const [row] = await queryRows(db, sql`select 1 from ${appState} where key = 'seed'`);
  if (row) return null;
  return applySeed(db, readSeedData(dir), { record: true });
}

/** How many articles, actors and positions the database holds (for the start-up line). */
export async function seedCounts(db: Database): Promise<Pick<SeedCounts, 'articles' | 'actors' | 'positions'>> {
  const [row] = await queryRows<{ articles: number; actors: number; positions: number }>(
    db,
    sql`select (select count(*)::int from ${articles}) as articles, (select count(*)::int from ${actors}) as actors, (select count(*)::int from ${positions}) as positions`,
  );
  return row!;
}
