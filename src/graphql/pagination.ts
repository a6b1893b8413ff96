import { decodeBase64, decodeCursorChunk, encodeBase64, encodeCursorTuple } from '@pothos/core';
import { UserInputError, type UserError } from '../models/errors.js';
import type { SQL } from 'drizzle-orm';
import { allOf, type Condition } from '../models/conditions.js';
import { beyond, isPosition, orderBy, positionOf, type KeysetOrder, type KeyTypes, type ListQuery, type Position } from '../models/keyset.js';

// The one pagination rule, for every connection of the schema, root or nested, whatever is selected
// of it: pages of at most MAX_PAGE_SIZE rows, `first` or `last` (not both), and cursors that this
// server wrote. http/arguments.ts checks it before execution, so a bad page argument costs no SQL.

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/**
 * Spread into every `t.relatedConnection` (the nested connections plugin-drizzle pages), each ordered
 * by id alone: their cursors hold one integer, which the page rule checks (`cursorKeys`) so that a
 * forged cursor is a bad argument, never a failed SQL cast.
 */
export const paging = {
  defaultSize: DEFAULT_PAGE_SIZE,
  maxSize: MAX_PAGE_SIZE,
  extensions: { cursorKeys: [{ type: 'int4' }] satisfies KeyTypes },
} as const;

const PREFIX = 'DC:';

/**
 * The one cursor format: the position's values, each with its type, as plugin-drizzle writes them
 * (base64 of "DC:" and @pothos/core's typed chunk). The search connection writes its own the same way.
 */
export function encodeCursor(values: readonly unknown[]): string {
  return encodeBase64(`${PREFIX}${encodeCursorTuple(values)}`);
}

/** The values a cursor holds, or undefined when it is not a cursor this server could have written. */
export function decodeCursor(cursor: string): unknown[] | undefined {
  try {
    const text = decodeBase64(cursor);
    if (!text.startsWith(PREFIX)) return undefined;
    const value = decodeCursorChunk(text.slice(PREFIX.length));
    const values = Array.isArray(value) ? value : [value];
    const scalar = (v: unknown) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
    return values.length > 0 && values.length <= 4 && values.every(scalar) ? values : undefined;
  } catch {
    return undefined;
  }
}

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** The problems of a connection's page arguments, each naming its argument; `keys`: the types its cursors hold, when known before execution. */
export function pageProblems(args: PageArgs, keys?: KeyTypes): UserError[] {
  const problems: UserError[] = [];
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value == null) continue;
    if (value < 0) problems.push({ field: [name], code: 'INVALID', message: `must not be negative (got ${value}).` });
    else if (value > MAX_PAGE_SIZE)
      problems.push({
        field: [name],
        code: 'INVALID',
        message: `must be at most ${MAX_PAGE_SIZE} (got ${value}); page through the rest with cursors.`,
      });
  }
  if (args.first != null && args.last != null)
    problems.push({
      field: ['last'],
      code: 'INVALID',
      message: 'cannot be combined with `first`: page forwards with first/after, or backwards with last/before.',
    });
  for (const name of ['after', 'before'] as const) {
    const cursor = args[name];
    const values = cursor == null ? undefined : decodeCursor(cursor);
    if (cursor != null && (!values || (keys && !isPosition(keys, values))))
      problems.push({ field: [name], code: 'INVALID', message: `is not a cursor of this list (got "${cursor.slice(0, 100)}").` });
  }
  return problems;
}

/** The position a cursor holds, if it is one of this order's; else the argument is refused. */
export function positionAt<T>(argument: 'after' | 'before', cursor: string, order: KeysetOrder<T>, of: 'list' | 'search' = 'list'): Position {
  const values = decodeCursor(cursor);
  if (!values || !isPosition(order, values)) throw UserInputError.of([argument], 'INVALID', `is not a cursor of this ${of} (got "${cursor.slice(0, 100)}").`);
  return values;
}

/** The rows of a list's page: the list's own condition, and the keyset range past the cursors given. */
export function pageWhere<T>(list: { where?: Condition<T>; order: KeysetOrder<T> }, after?: string | null, before?: string | null): Condition<T> | undefined {
  return allOf([
    ...(list.where ? [list.where] : []),
    ...(after ? [beyond(list.order, positionAt('after', after, list.order), 'after')] : []),
    ...(before ? [beyond(list.order, positionAt('before', before, list.order), 'before')] : []),
  ]);
}

/**
 * Where a page sits, from its cursor arguments, its direction, whether a row beyond it was read
 * (`full`), and its edges' cursors in order.
 */
export function pageInfoOf(args: { after?: string | null; before?: string | null }, backward: boolean, full: boolean, cursors: string[]) {
  return {
    startCursor: cursors[0] ?? null,
    endCursor: cursors.at(-1) ?? null,
    hasNextPage: args.before ? true : backward ? false : full,
    hasPreviousPage: args.after ? true : backward ? full : false,
  };
}

/**
 * How a page of a list the models order is read, by either engine: the rows (the list's, past the
 * cursors), their order (backwards for a page counted from the end), each row's position for its
 * cursor, and how many to read: the page, and one more when `more` (whether more follow is asked).
 */
export function pageOf<T>(list: ListQuery<T>, args: PageArgs, more = true) {
  const size = args.first ?? args.last ?? DEFAULT_PAGE_SIZE;
  // `last`/`before` pages from the end: read backwards, then turn the page round (pageResult).
  const backward = args.first == null && args.last != null;
  return {
    where: pageWhere(list, args.after, args.before),
    order: orderBy(list.order, backward) as (table: T) => SQL[],
    position: positionOf(list.order),
    size,
    limit: more ? size + 1 : size,
    backward,
  };
}

/** A page read as pageOf says: its rows in list order, each with its cursor (from its position, the JSON text positionOf selects), and where it sits. */
export function pageResult<R>(page: { size: number; backward: boolean }, args: PageArgs, rows: R[], positionOfRow: (row: R) => string) {
  const shown = rows.slice(0, page.size);
  if (page.backward) shown.reverse();
  const cursors = shown.map((row) => encodeCursor(JSON.parse(positionOfRow(row)) as unknown[]));
  return { rows: shown, cursors, pageInfo: pageInfoOf(args, page.backward, rows.length > page.size, cursors) };
}
