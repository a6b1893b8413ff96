import { sql, type Query, type SQL, type SQLWrapper } from 'drizzle-orm';
import {
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { errorChain, messageOf, postgresError, queryText, renderQuery, type Database } from '../db/client.js';
import type { Condition } from '../models/conditions.js';
import { checkNames, type NameRef } from '../models/lookups.js';
import { UserInputError } from '../models/errors.js';
import { orderBy, positionOf, type ListQuery } from '../models/keyset.js';
import { currentScope, RequestStoppedError } from '../scope.js';
import type { Context } from './builder.js';
import { operationKey } from './operation-key.js';
import { DEFAULT_PAGE_SIZE, encodeCursor, pageInfoOf, pageWhere } from './pagination.js';
import {
  aliased,
  argumentsOf,
  asksNextPage,
  collect,
  connectionShape,
  from,
  isConnection,
  jsonObject,
  limit,
  literal,
  objectJson,
  objectTypeOf,
  readsOf,
  Unsupported,
  unsupported,
  type Aliased,
  type Args,
  type Compilation,
  type Table,
  type TableName,
  type TypeReads,
} from './sql-json.js';

export type { Aliased, RelationRead, TypeReads } from './sql-json.js';

// Reads answered by one SQL statement per root field that builds the answer's JSON itself, as
// PostGraphile does: no resolver runs per row or per field. A query whose every field is declared
// (the columns and relations of each type, beside its definition; the root fields' reads here and in
// lists.ts and stance-matrix.ts) takes this path; any other query, or anything unusual in one (an
// argument these statements do not take, a field asked twice with different selections, a backward
// page, a bad name or cursor), runs through graphql-js and plugin-drizzle as before, which also gives
// every error its usual shape. sql-json.ts turns selections into SQL. test/sql-reads.test.ts holds
// both paths to the same answers.

/** On a root field: a list paged by keyset (lists.ts), one row chosen by its arguments, or a statement of its own (the stance matrix). */
export type RootRead =
  | { list: { table: TableName; list: (args: Args, parent: undefined) => ListQuery<never> } }
  | { row: (args: Args) => Condition<never> }
  | { custom: (reader: Reader, args: Args, node: FieldNode, type: GraphQLObjectType) => Promise<CustomRead> };

/** What a root field with a statement of its own builds: the statement (one row), and how that row becomes the field's value. */
export interface CustomRead {
  statement: SQL;
  /** The field's value from the statement's row; `unsupported` when the resolvers must answer instead. */
  value(row: Record<string, string> | undefined): unknown;
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

/** The extensions of a type or field that declare how it reads. */
export const sqlReads = (reads: TypeReads | RootRead) => ({ sqlReads: reads });

/** Orders of nested lists, shared by the plugin-drizzle field and its read here. */
export const BY_NAME = { name: 'asc', id: 'asc' } as const;
export const BY_ID = { id: 'asc' } as const;

/** A root field that answers the row of a slug. */
export const rowBySlug = sqlReads({ row: (args) => (table: { slug: SQLWrapper }) => sql`${table.slug} = ${args.slug as string}` });

/** What answers a root field: its statements, rendered, and how their rows become the field's value. */
type RootPlan = { statements: Query[]; value(results: Record<string, string>[][]): unknown };

/** A root list (lists.ts): one statement reads the page, each row's JSON and its cursor position. */
async function rootList(c: Compilation, read: Extract<RootRead, { list: unknown }>['list'], field: GraphQLField<unknown, unknown>, node: FieldNode): Promise<RootPlan> {
  const { first, last, after, before, ...own } = argumentsOf(c, field, node) as Args & { first?: number | null; after?: string | null };
  if (last != null || before != null) unsupported('a backward page');
  const type = getNamedType(field.type);
  if (!isObjectType(type) || !isConnection(type)) return unsupported(`field ${field.name}`);
  const row = aliased(c, read.table);
  const size = first ?? DEFAULT_PAGE_SIZE;
  c.names = [];
  // The selection first: a query this path declines is declined before anything is looked up.
  const shape = await connectionShape(c, type, node, row, true);
  // The model's rows and order, read here under this statement's alias of the table.
  const list = read.list(own, undefined) as unknown as ListQuery<Table>;
  const names = await embedded(c, [...c.names, ...list.names]);
  const where = pageWhere(list, after);
  // One row more than the page when the selection asks whether more follow.
  const more = asksNextPage(shape.parts);
  const columns = shape.json.map((j, i) => sql`, ${j}::text as ${sql.identifier(`j${i}`)}`);
  const order = sql.join(orderBy(list.order, false)(row.table), sql`, `);
  // The page's rows first, under the table's alias, then their JSON: PostgreSQL would otherwise build
  // it for every row that meets the condition before sorting them (an order no index serves).
  const statements = [
    sql`select ${positionOf(list.order)(row.table)} as position${sql.join(columns, sql``)}${foundColumn(names)}
      from (select * from ${from(row)} ${where ? sql`where ${where(row.table)}` : sql``} order by ${order} ${limit(more ? size + 1 : size)}) as ${sql.identifier(row.name)}
      order by ${order}`,
  ];
  // totalCount, when asked, in a statement of its own, as the resolvers count.
  const counts = shape.parts.some(([, part]) => 'totalCount' in part);
  if (counts) statements.push(sql`select count(*)::int as n from ${from(row)}${list.where ? sql` where ${list.where(row.table)}` : sql``}`);
  return {
    statements: statements.map((statement) => renderQuery(c.db, statement)),
    value: async ([rows, count]) => {
      await namesFound(c.db, names, rows!);
      const page = rows!.slice(0, size);
      const cursors = page.map((r) => encodeCursor(JSON.parse(r.position!) as unknown[]));
      const pageInfo: Record<string, unknown> = pageInfoOf({ after }, false, rows!.length > size, cursors);
      const result: Record<string, unknown> = {};
      for (const [key, part] of shape.parts) {
        if ('typename' in part) result[key] = part.typename;
        else if ('totalCount' in part) result[key] = (count![0] as unknown as { n: number }).n;
        else if ('nodes' in part) result[key] = page.map((r) => new RawJson(r[`j${part.nodes}`]!));
        else if ('edges' in part)
          result[key] = page.map((r, i) =>
            Object.fromEntries(part.edges.map(([k, e]) => [k, e === 'cursor' ? cursors[i] : 'node' in e ? new RawJson(r[`j${e.node}`]!) : e.typename])),
          );
        else result[key] = Object.fromEntries(part.pageInfo.map(([k, info]) => [k, typeof info === 'object' ? info.typename : pageInfo[info]]));
      }
      return result;
    },
  };
}

/** A root field that answers one row or null. */
async function rootRow(c: Compilation, read: Extract<RootRead, { row: unknown }>['row'], field: GraphQLField<unknown, unknown>, node: FieldNode): Promise<RootPlan> {
  const type = getNamedType(field.type);
  if (!isObjectType(type) || isListType(getNullableType(field.type))) return unsupported(`field ${field.name}`);
  const row = aliased(c, readsOf(type).table);
  c.names = [];
  const json = await objectJson(c, type, row, node.selectionSet);
  const names = await embedded(c, c.names);
  const condition = read(argumentsOf(c, field, node)) as Condition<Table>;
  return {
    statements: [renderQuery(c.db, sql`select ${json}::text as j${foundColumn(names)} from ${from(row)} where ${condition(row.table)} limit 1`)],
    value: async ([rows]) => {
      // Of no row too, as the resolvers, which look the names below it up all the same.
      await namesFound(c.db, names, rows!);
      return rows![0] ? new RawJson(rows![0].j!) : null;
    },
  };
}

/**
 * The names a statement embeds and reads whether they named something off its rows. A name that must
 * be checked before (a search text) has every name of the statement checked now, in one statement,
 * and none left to read: the plan then holds what the data said, and is not kept.
 */
async function embedded(c: Compilation, names: NameRef[]): Promise<NameRef[]> {
  if (names.every((name) => name.found)) return names;
  await checkNames(c.db, names);
  return [];
}

/** Whether the names a statement embeds all named something, as a column `found` of its rows. */
const foundColumn = (names: NameRef[]) =>
  names.length ? sql`, case when ${sql.join(names.map((name) => sql`(${name.found})`), sql` and `)} then 1 else 0 end as found` : sql``;

/**
 * Refuses an answer whose statement embeds a name that names nothing, for the resolvers to refuse
 * it with the usual error. Rows say so; a statement that found no row has its names checked, which
 * refuses an unknown name (or finds every name, and the empty answer stands).
 */
async function namesFound(db: Database, names: NameRef[], rows: Record<string, string>[]) {
  if (names.length === 0) return;
  if (rows.length === 0) await checkNames(db, names);
  else if (Number(rows[0]!.found) !== 1) unsupported('a name that names nothing');
}

/** A root field that builds its statement itself (RootRead's `custom`). */
async function rootCustom(c: Compilation, read: Extract<RootRead, { custom: unknown }>['custom'], field: GraphQLField<unknown, unknown>, node: FieldNode): Promise<RootPlan> {
  const type = getNamedType(field.type);
  if (!isObjectType(type) || isListType(getNullableType(field.type))) return unsupported(`field ${field.name}`);
  const reader: Reader = {
    fields: (of, selection) =>
      [...collect(c, of, selection.selectionSet ?? unsupported('no selection'))].map(([key, f]) => [
        key,
        f,
        f.name.value === '__typename' ? (undefined as never) : (of.getFields()[f.name.value] ?? unsupported(`field ${f.name.value}`)),
      ]),
    json: (of, row, selection) => (of.args.length ? unsupported(`field ${of.name}`) : objectJson(c, objectTypeOf(of), row, selection.selectionSet)),
    table: (name) => aliased(c, name),
    from,
    literal,
    object: jsonObject,
    typeOf: objectTypeOf,
    unsupported,
  };
  const custom = await read(reader, argumentsOf(c, field, node), node, type);
  return { statements: [renderQuery(c.db, custom.statement)], value: ([rows]) => custom.value(rows![0]) };
}

/**
 * The plans of a query's root fields by response key, when every field of it reads as SQL here;
 * undefined otherwise. Every root field is declared before anything is compiled, and compiled before
 * any runs, so that a query this path declines runs no statement of it (but a model's lookup that is not
 * taken into the statement: a search text's check).
 */
async function compile(args: ExecutionArgs): Promise<[string, RootPlan][] | undefined> {
  const operation = getOperationAST(args.document as DocumentNode, args.operationName);
  const query = args.schema.getQueryType();
  if (!operation || operation.operation !== 'query' || !query) return undefined;
  const coerced = getVariableValues(args.schema, operation.variableDefinitions ?? [], (args.variableValues ?? {}) as Args);
  if (coerced.errors) return undefined;
  const fragments = Object.fromEntries(
    args.document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const c: Compilation = { args, variables: coerced.coerced, fragments, db: (args.contextValue as Context).db, aliases: 0, names: [] };
  const roots = [...collect(c, query, operation.selectionSet)].map(([key, node]) => {
    if (node.name.value === '__typename') return { key, node };
    const field = query.getFields()[node.name.value] ?? unsupported(`field ${node.name.value}`);
    return { key, node, field, read: (field.extensions as { sqlReads?: RootRead }).sqlReads ?? unsupported(`field ${field.name}`) };
  });
  const plans: [string, RootPlan][] = [];
  for (const { key, node, field, read } of roots) {
    if (!field || !read) plans.push([key, { statements: [], value: () => query.name }]);
    else if ('list' in read) plans.push([key, await rootList(c, read.list, field, node)]);
    else if ('row' in read) plans.push([key, await rootRow(c, read.row, field, node)]);
    else plans.push([key, await rootCustom(c, read.custom, field, node)]);
  }
  return plans;
}

/** Queries whose plans (with their variables) were compiled without looking anything up: kept, the most recent first. */
const KEPT_PLANS = 500;

/** The answer of a query, when every field of it reads as SQL here; undefined otherwise. */
async function answer(args: ExecutionArgs, kept: LRUCache<string, [string, RootPlan][]>): Promise<ExecutionResult | undefined> {
  const db = (args.contextValue as Context).db;
  const key = operationKey(args.document, args.operationName, args.variableValues);
  const data: Record<string, unknown> = {};
  try {
    let plans = key === undefined ? undefined : kept.get(key);
    // A kept plan's statements run again and again: prepared, PostgreSQL plans them once per connection.
    const again = plans !== undefined;
    if (!plans) {
      const scope = currentScope();
      const lookups = scope?.statements;
      plans = await compile(args);
      if (!plans) return undefined;
      // A plan is kept only when nothing it holds came from the data: a model's lookup run while
      // compiling (a statement, counted) may find another row next time. Names taken into the
      // statement (lookingUpInStatement, the matrix's axes) are looked up as it runs.
      if (key !== undefined && scope && scope.statements === lookups) kept.set(key, plans);
    }
    for (const [name, plan] of plans)
      data[name] = await plan.value(await Promise.all(plan.statements.map((statement) => queryText<Record<string, string>>(db, statement, again))));
  } catch (error) {
    // Not a query these statements answer, or a name or cursor the resolvers refuse with their usual
    // error: graphql-js runs it. Anything else is a fault of this path, logged, and answered all the same.
    if (!errorChain(error).some((e) => e instanceof Unsupported || e instanceof UserInputError || e instanceof RequestStoppedError))
      currentScope()?.log.warn({ error: postgresError(error).message ?? messageOf(error).slice(0, 500) }, 'a query read as SQL failed; it was answered through the resolvers');
    return undefined;
  }
  return { data, stringify: writeJson } as ExecutionResult;
}

/**
 * JSON that PostgreSQL wrote, kept as its text: the response is written around it (Yoga stringifies a
 * result with its `stringify`), not parsed and written again. Anything else that serialises the result
 * (an event stream) gets the value through `toJSON`.
 */
export class RawJson {
  constructor(readonly text: string) {}
  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

/** JSON.stringify (keys of undefined or function values left out), but RawJson's text as it is. */
function writeJson(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : writeJson(item))).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .filter(([, item]) => item !== undefined && typeof item !== 'function')
      .map(([key, item]) => `${JSON.stringify(key)}:${writeJson(item)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/**
 * The plugin: the execution of a query becomes its SQL answer when there is one. Placed before the
 * request plugin (server.ts), so that the request's deadline still bounds it.
 */
export function useSqlReads(): Plugin {
  const kept = new LRUCache<string, [string, RootPlan][]>({ max: KEPT_PLANS });
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => (await answer(args, kept)) ?? executeFn(args));
    },
  };
}
