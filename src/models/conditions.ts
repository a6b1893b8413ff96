import { sql, type SQL } from 'drizzle-orm';

/** A condition on a table, given the table or the alias a relational query gives it. */
export type Condition<T> = (table: T) => SQL;

/** All the conditions together; undefined when there are none. */
export function allOf<T>(conditions: Condition<T>[]): Condition<T> | undefined {
  if (conditions.length === 0) return undefined;
  return (table) => sql.join(conditions.map((c) => c(table)), sql` and `);
}
