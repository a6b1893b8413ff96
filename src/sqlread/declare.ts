import type { FieldRef, InputFieldMap, InputShapeFromFields, SchemaTypes, TypeParam } from '@pothos/core';
import type { SQL } from 'drizzle-orm';
import type { FieldNode, GraphQLField, GraphQLObjectType } from 'graphql';
import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import * as tables from '../db/tables.js';
import { builder, findSelected, perRequest, type Context } from '../graphql/builder.js';
import { pageOf, pageResult, paging } from '../graphql/pagination.js';
import type { Condition, RowFilter } from '../models/conditions.js';
import type { ListQuery, RelationOrder } from '../models/keyset.js';
import { checkFilter } from '../models/conditions.js';

// The declaration contract: a field is declared once, with these helpers, and that declaration is both
// its Pothos field (which the resolvers and plugin-drizzle answer) and its compiled read (the extension
// `sqlRead`, which src/sqlread compiles into one statement). A field of a type over a table is a column,
// an expression of its columns, a relation or a connection; a root field is a list, a row, or a read of
// its own. Fields that only the resolvers answer are listed, with the reason, in resolver-only.ts.

export type Args = Record<string, unknown>;
type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : SchemaTypes;
type Field = FieldRef<Types, unknown, 'DrizzleObject'>;
/** A table of db/tables.ts with the rows of a type of the schema. */
export type TableName =
  'articles' | 'actors' | 'topics' | 'positions' | 'affiliations' | 'actorAliases' | 'positionSuggestions' | 'topicKeywords' | 'revisions';

/** How a field of a type over a table reads, as its extension `sqlRead` says. */
export type FieldRead =
  /** A column of the row (by its property name in db/tables.ts); `lazy`: loaded only when asked. */
  | { column: string; lazy?: boolean }
  /** An expression of the row's columns: what both engines select. */
  | { computed: (row: never) => SQL }
  /** A relation of db/relations.ts, in `orderBy` order when it is a list; `value`: a list of that column's values. */
  | { relation: string; orderBy?: RelationOrder; value?: string; connection?: ConnectionRead }
  /** Answered by the statement of a root field's own read (the stance matrix's). */
  | { custom: string };

/** A connection's own arguments (not its page's) as a condition on the related rows, with the names it holds. */
export type ConnectionRead = { where?: (args: Args) => RowFilter<never> };

/** How a root field reads, as its extension `sqlRead` says. */
export type RootRead =
  /** A list of a table the models order, paged by keyset. */
  | { list: { table: TableName; query: (args: Args) => ListQuery<never> } }
  /** One row chosen by its arguments, or null. */
  | { row: { table: TableName; where: (args: Args) => Condition<never> } }
  /** A statement of its own (the stance matrix). */
  | { custom: (reader: Reader, args: Args, node: FieldNode, type: GraphQLObjectType) => Promise<CustomRead> };

/** What a root field with a statement of its own builds: the statement (one row), and how that row becomes the field's value. */
export interface CustomRead {
  statement: SQL;
  /** The JSON text of the field's value, from the statement's row; `unsupported` when the resolvers must answer instead. */
  value(row: Record<string, string> | undefined): string;
}

/** A table of the schema, its columns by property name. */
export type Table = PgTable & Record<string, never>;

/** A table under an alias of a statement being compiled: its columns render as "sgN"."column". */
export interface Aliased {
  key: TableName;
  name: string;
  table: Table;
  sqlName: string;
}

/**
 * What a root field with a statement of its own (the stance matrix) builds it with: the fields a
 * selection asks of a type without a table, the JSON of a table's row for a selection, aliases.
 * Whatever it cannot answer it refuses with `unsupported`, and the resolvers answer instead.
 */
export interface Reader {
  /** The fields of a selection on `type` by response key, each with its definition (unknown ones refused). */
  fields(type: GraphQLObjectType, node: FieldNode): [string, FieldNode, GraphQLField<unknown, unknown>][];
  /** The JSON of a row of the object type a field returns (or lists), for the field's selection. */
  json(field: GraphQLField<unknown, unknown>, row: Aliased, node: FieldNode): Promise<SQL>;
  /** A table under a new alias of the statement, and its `from` item. */
  table(name: TableName): Aliased;
  from(row: Aliased): SQL;
  /** A response key or type name, as the statement's text. */
  literal(text: string): SQL;
  /** `json_build_object` of these keys and values. */
  object(parts: [string, SQL][]): SQL;
  /** The object type a field returns, or lists. */
  typeOf(field: GraphQLField<unknown, unknown>): GraphQLObjectType;
  unsupported(what: string): never;
}

const sqlRead = (read: FieldRead | RootRead) => ({ sqlRead: read });

/** The fields of a type over a table, as plugin-drizzle builds them (the methods these helpers call). */
interface TableFields {
  table: string;
  typename: string;
}
type Builder = Record<'field' | 'expose' | 'relation' | 'relatedConnection', (...args: unknown[]) => Field>;
const methods = (t: TableFields) => t as unknown as Builder;

/** What every field declaration takes: its GraphQL type, nullability and description. */
interface FieldOptions {
  type: TypeParam<Types>;
  description: string;
  nullable?: boolean;
}

/**
 * The columns each table's type loads with every row: its id, and each column declared by `column`
 * (unless `lazy`). plugin-drizzle stores a type's `select` as a shallow copy (`{ columns: {}, ...select }`),
 * which keeps this `columns` object itself: the columns the type's fields declare, which Pothos builds
 * with the schema, are in it before any query (test/sqlread/declarations.test.ts holds it so).
 */
const eager = new Map<string, Record<string, true>>();
const eagerColumns = (table: string) => {
  let columns = eager.get(table);
  if (!columns) eager.set(table, (columns = { id: true }));
  return columns;
};

/** The `select` of a type over `table`: its rows load the columns its fields declare (column), and nothing else unless asked. */
export const rowSelect = (table: TableName) => ({ columns: eagerColumns(table) as { id: true } });

function columnOf(t: TableFields, name: string): string {
  if (!(name in getTableColumns(tables[t.table as TableName] as never))) throw new Error(`${t.typename}: ${t.table} has no column ${name}`);
  return name;
}

/**
 * A field that is a column of the row. Small columns load with every row and resolve as plain
 * properties; `lazy` ones (long texts) load only when a query asks for them: a field that selects its
 * own column pays plugin-drizzle's per-row mapping work.
 */
export function column(t: TableFields, name: string, options: FieldOptions & { lazy?: boolean }): Field {
  const { lazy, ...field } = options;
  const extensions = sqlRead({ column: columnOf(t, name), lazy });
  if (lazy) return methods(t).expose(name, { ...field, extensions });
  eagerColumns(t.table)[name] = true;
  return methods(t).field({ ...field, extensions, resolve: (row: Record<string, unknown>) => row[name] });
}

/** A field computed from the row's columns by one SQL expression, which both engines select (plugin-drizzle as an extra named `name`). */
export function computed<Row>(t: TableFields, name: string, options: FieldOptions & { sql: (row: Row) => SQL }): Field {
  const { sql, ...field } = options;
  return methods(t).field({
    ...field,
    select: { extras: { [name]: sql } },
    extensions: sqlRead({ computed: sql as (row: never) => SQL }),
    resolve: (row: Record<string, unknown>) => row[name],
  });
}

/** A field that follows a relation of db/relations.ts to one row, or to a list in `orderBy` order. */
export function relation(t: TableFields, name: string, options: Omit<FieldOptions, 'type'> & { orderBy?: RelationOrder }): Field {
  const { orderBy, ...field } = options;
  return methods(t).relation(name, { ...field, ...(orderBy ? { query: { orderBy } } : {}), extensions: sqlRead({ relation: name, orderBy }) });
}

/** A list of strings: one column of a relation's rows, in `orderBy` order (an actor's aliases). */
export function values(
  t: TableFields,
  name: string,
  options: Omit<FieldOptions, 'type'> & { relation: string; column: string; orderBy: RelationOrder },
): Field {
  const { relation, column, orderBy, ...field } = options;
  return methods(t).field({
    ...field,
    type: ['String'],
    select: { with: { [relation]: { columns: { [column]: true }, orderBy } } },
    extensions: sqlRead({ relation, value: column, orderBy }),
    resolve: (row: Record<string, Record<string, unknown>[]>) => row[relation]!.map((related) => related[column]),
  });
}

/**
 * A Relay connection over a relation (the rule of graphql/pagination.ts: pages of at most 100, its
 * cursors checked), in `orderBy` order, with `totalCount`. Its own arguments, if any, narrow its rows
 * by `where` (a model's RowFilter), whose names the resolvers check once per request.
 */
export function connection<A extends InputFieldMap = {}>(
  t: TableFields,
  name: string,
  options: { description: string; orderBy: RelationOrder; args?: A; where?: (args: InputShapeFromFields<A>) => RowFilter<never> },
): Field {
  const { orderBy, where, ...field } = options;
  const read: ConnectionRead = { where: where as ConnectionRead['where'] };
  return methods(t).relatedConnection(name, {
    ...field,
    ...paging,
    totalCount: true,
    query: where
      ? async (args: Args, ctx: Context) => {
          const filter = await checkedFilter(ctx, where as (args: Args) => RowFilter<never>, ownArguments(args));
          return { where: filter.where ? { RAW: filter.where } : undefined, orderBy };
        }
      : { orderBy },
    extensions: { ...paging.extensions, ...sqlRead({ relation: name, orderBy, connection: read }) },
  });
}

/** The arguments of a connection's page (Relay), apart from its own. */
export const PAGE_ARGUMENTS = ['first', 'last', 'after', 'before'];
/** A connection's own arguments: all but its page's. */
export const ownArguments = (args: Args): Args => Object.fromEntries(Object.entries(args).filter(([key]) => !PAGE_ARGUMENTS.includes(key)));

const filterIds = new WeakMap<object, number>();
let filtersSeen = 0;
/**
 * The rows a model's filter picks for these arguments, its names checked and its other problems refused
 * (checkFilter), once per request for the same filter and arguments: every parent row of a nested
 * field, and every field that narrows by the same filter (Actor.positions and Actor.stanceOn), share one check.
 */
export function checkedFilter<A extends Args, T>(ctx: Context, filter: (args: A) => RowFilter<T>, args: A): Promise<RowFilter<T>> {
  let id = filterIds.get(filter);
  if (id === undefined) filterIds.set(filter, (id = filtersSeen++));
  return perRequest(ctx, `filter:${id}:${JSON.stringify(args)}`, async () => {
    const rows = filter(args);
    await checkFilter(ctx.db, rows);
    return rows;
  });
}

/** On a field of a type without a table (the stance matrix's): answered by the statement of the root field `root`'s own read. */
export const readByRoot = (root: string) => sqlRead({ custom: root });

/** On a root field with a statement of its own (the stance matrix). */
export const customRead = (read: Extract<RootRead, { custom: unknown }>['custom']) => sqlRead({ custom: read });

type QueryFields = Parameters<Parameters<typeof builder.queryFields>[0]>[0];
type ListTable = 'articles' | 'actors' | 'topics' | 'positions' | 'positionSuggestions' | 'revisions';
const LIST_TABLES = {
  articles: tables.articles,
  actors: tables.actors,
  topics: tables.topics,
  positions: tables.positions,
  positionSuggestions: tables.positionSuggestions,
  revisions: tables.revisions,
} as const;
type ListRow<T extends ListTable> = (typeof LIST_TABLES)[T];

/** What every connection's totalCount says of itself. */
export const TOTAL_COUNT =
  'How many rows the whole list holds, over all pages. Counting reads every matching row (through an index where one serves the filter), ' +
  'so it costs more the more rows match: ask for it once, not with every page.';

/**
 * A list field: a Relay connection over `table`, whose rows and order the model's `query` gives for
 * the field's arguments (and, on an object type, for the object it is asked of: `parent`, keyed by its
 * `id`). Its names are checked once per request; `totalCount` runs only when selected. On the root, it
 * also reads as one statement building its JSON.
 */
export function listField<T extends ListTable, A extends InputFieldMap, Parent = unknown>(
  fields: unknown,
  table: T,
  options: {
    type: Parameters<QueryFields['connection']>[0]['type'];
    description: string;
    args: A;
    query: (args: InputShapeFromFields<A>, parent: Parent) => ListQuery<ListRow<T>>;
  },
) {
  // Root and object fields build connections alike; Pothos types them apart by their parent.
  const t = fields as QueryFields;
  return t.connection(
    {
      type: options.type,
      description: options.description,
      args: options.args,
      // A root list reads as one statement; a list under an object (a stance history) is the resolvers'.
      extensions: t.kind === 'Query' ? sqlRead({ list: { table, query: options.query as never } }) : {},
      resolve: async (root, args, ctx, info) => {
        const own = ownArguments(args);
        const parent = root as Parent;
        const key = `${info.parentType.name}.${info.fieldName}:${(parent as { id?: unknown } | undefined)?.id ?? ''}:${JSON.stringify(own)}`;
        // The list's names are checked first, once per request (a page and its count share them).
        const list = await perRequest(ctx, key, async () => {
          const query = options.query(own as InputShapeFromFields<A>, parent);
          await checkFilter(ctx.db, query);
          return query;
        });
        const page = pageOf(list, args);
        const rows = await findSelected<{ listPosition: string }>(t, ctx, info, table, [['nodes'], ['edges', 'node']], {
          where: page.where ? { RAW: page.where } : undefined,
          orderBy: page.order,
          extras: { listPosition: page.position },
          limit: page.limit,
        });
        const { rows: nodes, cursors, pageInfo } = pageResult(page, args, rows, (row) => row.listPosition);
        return {
          edges: nodes.map((node, i) => ({ cursor: cursors[i], node })),
          pageInfo,
          totalCount: () => perRequest(ctx, `${key}:count`, () => ctx.db.$count(LIST_TABLES[table], list.where?.(LIST_TABLES[table] as never))),
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

/**
 * A root field that answers the one row of `table` that `where` picks from its arguments, or null:
 * through plugin-drizzle, or as one statement building its JSON.
 */
export function rowField<A extends InputFieldMap>(
  t: QueryFields,
  table: Exclude<TableName, 'affiliations' | 'actorAliases' | 'topicKeywords'>,
  options: { description: string; args: A; where: (args: InputShapeFromFields<A>) => Condition<never> },
) {
  const { where, ...field } = options;
  return t.drizzleField({
    ...field,
    type: table,
    nullable: true,
    extensions: sqlRead({ row: { table, where: where as (args: Args) => Condition<never> } }),
    resolve: (query, _root, args, ctx) =>
      (ctx.db.query[table] as unknown as { findFirst(config: unknown): Promise<unknown> }).findFirst(
        query({ where: { RAW: where(args as InputShapeFromFields<A>) } } as never),
      ) as never,
  });
}
