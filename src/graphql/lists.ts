import type { InputFieldMap, InputShapeFromFields } from '@pothos/core';
import { actors, articles, positions, topics } from '../db/tables.js';
import { orderBy, positionOf, type ListQuery } from '../models/keyset.js';
import { checkNames } from '../models/lookups.js';
import { builder, findSelected, perRequest } from './builder.js';
import { DEFAULT_PAGE_SIZE, encodeCursor, pageInfoOf, pageWhere } from './pagination.js';
import { sqlReads } from './sql-reads.js';

// The lists the models order (the root lists of articles, actors, topics and positions, and nested
// ones such as an actor's stance history): the model says which rows and in what order; this reads
// one page of them in one statement, from the cursor on, with the nested fields the query asks for
// (plugin-drizzle plans those), and counts the rows only when asked.

const TABLES = { articles, actors, topics, positions } as const;

/** What every connection's totalCount says of itself. */
export const TOTAL_COUNT =
  'How many rows the whole list holds, over all pages. Counting reads every matching row (through an index where one serves the filter), ' +
  'so it costs more the more rows match: ask for it once, not with every page.';
type ListTable = keyof typeof TABLES;
type Table<T extends ListTable> = (typeof TABLES)[T];

type QueryFields = Parameters<Parameters<typeof builder.queryFields>[0]>[0];

/**
 * A list field: a Relay connection over `table`, whose rows and order `list` gives for the field's
 * arguments (and, on an object type, for the object it is asked of: `parent`, keyed by its `id`).
 * `totalCount` runs only when selected.
 */
export function listField<T extends ListTable, Args extends InputFieldMap, Parent = unknown>(
  fields: unknown,
  table: T,
  options: {
    type: Parameters<QueryFields['connection']>[0]['type'];
    description: string;
    args: Args;
    list: (args: InputShapeFromFields<Args>, parent: Parent) => ListQuery<Table<T>>;
  },
) {
  // Root and object fields build connections alike; Pothos types them apart by their parent.
  const t = fields as QueryFields;
  return t.connection(
    {
      type: options.type,
      description: options.description,
      args: options.args,
      // Root lists also read as one SQL statement building their JSON (sql-reads.ts).
      extensions: sqlReads({ list: { table, list: options.list as never } }),
      resolve: async (root, args, ctx, info) => {
        const { first, last, after, before, ...own } = args as Record<string, unknown> & { first?: number | null; last?: number | null; after?: string | null; before?: string | null };
        const parent = root as Parent;
        const key = `${table}:${(parent as { id?: unknown } | undefined)?.id ?? ''}:${JSON.stringify(own)}`;
        // The list's names are checked first, once per request (a page and its count share them).
        const list = await perRequest(ctx, key, async () => {
          const query = options.list(own as InputShapeFromFields<Args>, parent);
          await checkNames(ctx.db, query.names);
          return query;
        });
        const size = first ?? last ?? DEFAULT_PAGE_SIZE;
        // `last`/`before` pages from the end: read backwards, then turn the page round.
        const backward = first == null && last != null;
        const where = pageWhere(list, after, before);
        const rows = await findSelected<{ listPosition: string }>(t, ctx, info, table, [['nodes'], ['edges', 'node']], {
          where: where ? { RAW: where } : undefined,
          orderBy: orderBy(list.order, backward),
          extras: { listPosition: positionOf(list.order) },
          limit: size + 1,
        });
        const full = rows.length > size;
        const page = rows.slice(0, size);
        if (backward) page.reverse();
        const edges = page.map((row) => ({ cursor: encodeCursor(JSON.parse(row.listPosition) as unknown[]), node: row }));
        return {
          edges,
          pageInfo: pageInfoOf({ after, before }, backward, full, edges.map((edge) => edge.cursor)),
          totalCount: () => perRequest(ctx, `${key}:count`, () => ctx.db.$count(TABLES[table], list.where?.(TABLES[table] as never))),
        } as never;
      },
    },
    {
      fields: (c) => ({
        totalCount: c.int({
          description: TOTAL_COUNT,
          resolve: (connection) => (connection as unknown as { totalCount: () => Promise<number> }).totalCount(),
        }),
      }),
    },
  );
}
