import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { UserInputError } from './errors.js';
import type { NameRef } from './lookups.js';

/** A condition on a table, given the table or the alias a relational query gives it. */
export type Condition<T> = (table: T) => SQL;

/**
 * The rows a filter lets through: a condition (none: all), and the names it holds as values, which must
 * name something (checked before it runs, or read off the statement that embeds them).
 */
export interface RowFilter<T> {
  where?: Condition<T>;
  names: NameRef[];
}

/** The row with this slug. */
export const bySlug = (slug: string) => (table: { slug: SQLWrapper }) => sql`${table.slug} = ${slug}`;

/** All the conditions together; undefined when there are none. */
export function allOf<T>(conditions: Condition<T>[]): Condition<T> | undefined {
  if (conditions.length === 0) return undefined;
  return (table) =>
    sql.join(
      conditions.map((c) => c(table)),
      sql` and `,
    );
}

/**
 * A range of instants on a date column, both bounds exclusive (rows without a date fall outside
 * any range); refuses bounds that leave nothing between them, naming `before`'s field.
 */
export function dateRange<T>(
  column: (table: T) => SQL,
  range: { after?: Date | null; before?: Date | null },
  fields: { after: string[]; before: string[] },
): Condition<T>[] {
  const { after, before } = range;
  if (after && before && after >= before) throw UserInputError.of(fields.before, 'INVALID', `must be later than \`${fields.after.join('.')}\`.`);
  return [...(after ? [(t: T) => sql`${column(t)} > ${after.toISOString()}`] : []), ...(before ? [(t: T) => sql`${column(t)} < ${before.toISOString()}`] : [])];
}
