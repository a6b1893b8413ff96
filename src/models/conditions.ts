import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { UserInputError, type UserError } from './errors.js';
import type { Database, Transaction } from '../db/client.js';
import { checkNames, type NameRef } from './lookups.js';

/** A condition on a table, given the table or the alias a relational query gives it. */
export type Condition<T> = (table: T) => SQL;

/**
 * The rows a filter lets through: a condition (none: all), and the names it holds as values, which must
 * name something (checked before it runs, or read off the statement that embeds them). `refused`: what
 * is wrong with the other arguments, refused once the names are known to name something (the order in
 * which the API has always reported problems): see `checkFilter`.
 */
export interface RowFilter<T> {
  where?: Condition<T>;
  names: NameRef[];
  refused?: UserError[];
}

/** Checks a filter's names (one statement), then refuses the problems it held back (`refused`): what the resolvers do before they read. */
export async function checkFilter(db: Database | Transaction, filter: Pick<RowFilter<unknown>, 'names' | 'refused'>): Promise<void> {
  await checkNames(db, filter.names);
  if (filter.refused?.length) throw new UserInputError(filter.refused);
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
 * any range); bounds that leave nothing between them are a problem, naming `before`'s field, added
 * to `refused`.
 */
export function dateRange<T>(
  column: (table: T) => SQL,
  range: { after?: Date | null; before?: Date | null },
  fields: { after: string[]; before: string[] },
  refused: UserError[],
): Condition<T>[] {
  const { after, before } = range;
  if (after && before && after >= before) refused.push({ field: fields.before, code: 'INVALID', message: `must be later than \`${fields.after.join('.')}\`.` });
  return [...(after ? [(t: T) => sql`${column(t)} > ${after.toISOString()}`] : []), ...(before ? [(t: T) => sql`${column(t)} < ${before.toISOString()}`] : [])];
}
