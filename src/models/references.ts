import { eq, inArray } from 'drizzle-orm';
import { actors, topics } from '../db/tables.js';
import type { Tx } from './db.js';
import type { Checker } from './validate.js';

// Inputs name other records by global ID: Checker.id decodes them, these check the rows exist.

const TABLES = { Actor: actors, Topic: topics } as const;
type Referenced = keyof typeof TABLES;

/** Reports NOT_FOUND when a decoded id names no row (0, an ID that did not decode, was reported already). */
export async function checkExists(tx: Tx, check: Checker, field: string, typename: Referenced, id: number, globalId: string) {
  if (!id) return;
  const table = TABLES[typename];
  const [row] = await tx.select({ id: table.id }).from(table).where(eq(table.id, id));
  if (!row) check.add([field], 'NOT_FOUND', `names no ${typename.toLowerCase()} (got "${globalId}").`);
}

/** Decodes a list of IDs and checks that each names a row; reports the ones that do not, by position. */
export async function existingIds(
  tx: Tx,
  check: Checker,
  field: string,
  globalIds: readonly string[] | null | undefined,
  typename: Referenced,
): Promise<number[] | undefined> {
  if (globalIds == null) return undefined;
  const ids = globalIds.map((id, i) => check.id([field, String(i)], id, typename));
  const wanted = [...new Set(ids.filter((id) => id > 0))];
  const table = TABLES[typename];
  const found = new Set(wanted.length ? (await tx.select({ id: table.id }).from(table).where(inArray(table.id, wanted))).map((r) => r.id) : []);
  ids.forEach((id, i) => {
    if (id > 0 && !found.has(id)) check.add([field, String(i)], 'NOT_FOUND', `names no ${typename.toLowerCase()} (got "${globalIds[i]}").`);
  });
  return [...new Set(ids)];
}
