import { eq, sql } from 'drizzle-orm';
import type { Transaction } from '../db/client.js';
import { articles, positions } from '../db/tables.js';
import { UserInputError } from './errors.js';

// Optimistic locking, written once: records with a `version` are updated only by a writer that read
// the version they are at, and every update bumps it.

const VERSIONED = { article: articles, position: positions } as const;
type Versioned = typeof VERSIONED;

/**
 * Locks the row for the rest of the transaction (a concurrent update waits here, then sees the
 * version this one wrote) and returns it; NOT_FOUND when there is none, CONFLICT when the caller
 * read another version than the row is at.
 */
export async function lockVersion<K extends keyof Versioned>(
  tx: Transaction,
  kind: K,
  id: number,
  expectedVersion: number | null | undefined,
): Promise<Versioned[K]['$inferSelect']> {
  const table = VERSIONED[kind] as typeof articles;
  const [row] = await tx.select().from(table).where(eq(table.id, id)).for('update');
  if (!row) throw UserInputError.of(['id'], 'NOT_FOUND', `names no ${kind}.`);
  if (expectedVersion != null && expectedVersion !== row.version)
    throw UserInputError.of(['expectedVersion'], 'CONFLICT', `the ${kind} is at version ${row.version}, not ${expectedVersion}: it changed since you read it.`);
  return row as Versioned[K]['$inferSelect'];
}

/** The columns every update of a versioned row sets besides its changes. */
export function bumpVersion(kind: keyof Versioned) {
  return { version: sql`${VERSIONED[kind].version} + 1`, updatedAt: sql`now()` };
}
