import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Condition, RowFilter } from './conditions.js';
import { textProblem } from './text-rules.js';

// Keyset pagination, written once for every list whose order the models define: a page starts
// right after (or before) a position in the order, found in an index, so page 500 costs what page
// 1 costs. A position is the values of the order's keys for one row, read by PostgreSQL itself
// (exact: no timestamp rounded through a JavaScript Date).

/** One key of an order: an expression, its direction, and the type its cursor value is cast back to. */
export interface OrderKey<T> {
  expression: (table: T) => SQL;
  direction: 'asc' | 'desc';
  type: 'int4' | 'text' | 'timestamptz' | 'numeric' | 'float8';
}

/** A total order: keys that no two rows share all of (the last is a unique id). */
export type KeysetOrder<T> = OrderKey<T>[];

/** What a cursor of an order must hold: a value of each key's type. */
export type KeyTypes = readonly Pick<OrderKey<unknown>, 'type'>[];

/** What a model makes of a list's arguments: which rows, and their keyset order. */
export interface ListQuery<T> extends RowFilter<T> {
  order: KeysetOrder<T>;
}

/**
 * The order of a nested list, as drizzle's relational queries take it (`{ column: direction }`): the
 * resolvers hand it to plugin-drizzle, the compiled read writes it into its statement.
 */
export type RelationOrder = Readonly<Record<string, 'asc' | 'desc'>>;
export const BY_NAME = { name: 'asc', id: 'asc' } as const satisfies RelationOrder;
export const BY_ID = { id: 'asc' } as const satisfies RelationOrder;

/** The tie-breaker every order ends with. */
export function byId<T extends { id: SQLWrapper }>(direction: 'asc' | 'desc'): OrderKey<T> {
  return { expression: (table) => sql`${table.id}`, direction, type: 'int4' };
}

/** A position in an order: one value per key, as `positionOf` read it. */
export type Position = (string | number)[];

/** The ORDER BY of a page; `inverted` for a page counted from the end (`last`/`before`), read backwards. */
export function orderBy<T>(order: KeysetOrder<T>, inverted: boolean): (table: T) => SQL[] {
  return (table) =>
    order.map((key) => {
      const direction = (key.direction === 'asc') !== inverted ? sql`asc` : sql`desc`;
      return sql`${key.expression(table)} ${direction}`;
    });
}

/** The row's position, as JSON text PostgreSQL writes: select it beside the row to make its cursor. */
export function positionOf<T>(order: KeysetOrder<T>): (table: T) => SQL<string> {
  return (table) =>
    sql<string>`json_build_array(${sql.join(
      order.map((key) => key.expression(table)),
      sql`, `,
    )})::text`;
}

/** Whether a value read back from a cursor has the shape of a position of this order. */
export function isPosition(order: KeyTypes, values: unknown[]): values is Position {
  return (
    values.length === order.length &&
    order.every((key, i) => {
      const value = values[i];
      if (key.type === 'int4') return Number.isInteger(value) && (value as number) >= -(2 ** 31) && (value as number) < 2 ** 31;
      // A numeric as a number, or as the exact text PostgreSQL wrote (a search rank).
      if (key.type === 'numeric')
        return (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && /^-?\d{1,20}(\.\d{1,20})?$/.test(value));
      if (key.type === 'float8') return typeof value === 'number' && Number.isFinite(value);
      if (key.type === 'timestamptz') return typeof value === 'string' && isTimestamp(value);
      return typeof value === 'string' && textProblem(value) === undefined;
    })
  );
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?(?:Z|[+-](\d{2})(?::[0-5]\d){0,2})$/;

/**
 * A timestamp as PostgreSQL writes it (in JSON "2025-03-07T10:00:00.123+00:00", as text
 * "2025-03-07 10:00:00.123+00"), of a day and time that exist: what Date.parse takes besides ("Mar 7", "2020-02-30") PostgreSQL refuses or reads otherwise.
 */
function isTimestamp(value: string): boolean {
  if (value === 'infinity' || value === '-infinity') return true;
  const parts = TIMESTAMP.exec(value);
  if (!parts) return false;
  const [year, month, day, hour, minute, second, offset] = parts.slice(1).map(Number) as number[];
  const date = new Date(0);
  date.setUTCFullYear(year!, month! - 1, day!);
  return year! >= 1 && date.getUTCMonth() === month! - 1 && date.getUTCDate() === day! && hour! < 24 && minute! < 60 && second! < 60 && !(offset! >= 16);
}

/**
 * The rows after (`after`) or before (`before`) a position in list order. When every key runs the
 * same way this is one row comparison, `(k1, k2) > (v1, v2)`, which an index on (k1, k2) answers
 * as a range; mixed directions expand into the lexicographic OR.
 */
export function beyond<T>(order: KeysetOrder<T>, position: Position, side: 'after' | 'before'): Condition<T> {
  const value = (i: number) => sql`${position[i]}::${sql.raw(order[i]!.type)}`;
  const greater = (key: OrderKey<T>) => (key.direction === 'asc') === (side === 'after');
  return (table) => {
    if (order.every((key) => greater(key) === greater(order[0]!))) {
      const keys = sql.join(
        order.map((key) => key.expression(table)),
        sql`, `,
      );
      const values = sql.join(
        order.map((_, i) => value(i)),
        sql`, `,
      );
      return sql`(${keys}) ${greater(order[0]!) ? sql`>` : sql`<`} (${values})`;
    }
    const parts = order.map((key, i) => {
      const equal = order.slice(0, i).map((earlier, j) => sql`${earlier.expression(table)} = ${value(j)}`);
      const step = sql`${key.expression(table)} ${greater(key) ? sql`>` : sql`<`} ${value(i)}`;
      return sql`(${sql.join([...equal, step], sql` and `)})`;
    });
    return sql`(${sql.join(parts, sql` or `)})`;
  };
}
