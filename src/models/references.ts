import { eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../db/client.js';
import { actors, articles, positions, topics } from '../db/tables.js';
import type { Checker } from './validate.js';

// Inputs refer to other records by id; these check that the rows exist, and name the ones that do not.

const TABLES = { actor: actors, topic: topics, article: articles, position: positions } as const;
type Referenced = keyof typeof TABLES;

/** NOT_FOUND on `field` when no row of this kind has the id. */
export async function checkExists(tx: Transaction, check: Checker, field: string[], kind: Referenced, id: number): Promise<void> {
  const table = TABLES[kind];
  const [row] = await tx.select({ id: table.id }).from(table).where(eq(table.id, id));
  if (!row) check.add(field, 'NOT_FOUND', `names no ${kind}.`);
}

/** NOT_FOUND on `[field, index]` for each id of the list no row has; returns the list without repeats. */
export async function checkAllExist(
  tx: Transaction,
  check: Checker,
  field: string,
  kind: Referenced,
  ids: readonly number[] | null | undefined,
): Promise<number[] | undefined> {
  if (ids == null) return undefined;
  const table = TABLES[kind];
  const wanted = [...new Set(ids)];
  const found = new Set(wanted.length ? (await tx.select({ id: table.id }).from(table).where(inArray(table.id, wanted))).map((r) => r.id) : []);
  ids.forEach((id, index) => {
    if (!found.has(id)) check.add([field, String(index)], 'NOT_FOUND', `names no ${kind}.`);
  });
  return wanted;
}
