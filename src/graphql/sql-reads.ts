import { getTableName, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { alias, type PgTable } from 'drizzle-orm/pg-core';
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isEnumType,
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
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { errorChain, messageOf, postgresError, queryRows } from '../db/client.js';
import { relations } from '../db/relations.js';
import * as tables from '../db/tables.js';
import { allOf, type Condition } from '../models/conditions.js';
import { UserInputError } from '../models/errors.js';
import { beyond, orderBy, positionOf } from '../models/keyset.js';
import { currentScope, RequestStoppedError } from '../scope.js';
import type { Context } from './builder.js';
import type { ListQuery } from './lists.js';
import { DEFAULT_PAGE_SIZE, encodeCursor, positionAt } from './pagination.js';

// Reads answered by one SQL statement per root field that builds the answer's JSON itself, as
// PostGraphile does: no resolver runs per row or per field. A query whose every field is declared
// here (the columns, relations and lists of Article, Actor, Position and Topic, below each type's
// definition) takes this path; any other query, or anything unusual in one (an argument these
// statements do not take, a field asked twice with different selections, totalCount, backward
// pages, a bad name or cursor), runs through graphql-js and plugin-drizzle as before, which also
// gives every error its usual shape. test/sql-reads.test.ts holds both paths to the same answers.

type Table = PgTable & Record<string, never>;
type TableName = keyof typeof relations & keyof typeof tables;
type Args = Record<string, unknown>;

/** How the fields of an object type read from its table (`extensions.sqlReads` on the type). */
export interface TypeReads {
  table: TableName;
  /**
   * Fields that are a column of the table: true, or the column's property name when it differs, or an
   * expression of the row's columns (the SQL twin of the field's resolver; the test holds them equal).
   */
  columns: Record<string, string | true | ((row: Table) => SQL)>;
  /** Fields that follow a relation of db/relations.ts to another type with reads. */
  relations?: Record<string, RelationRead>;
}

export interface RelationRead {
  relation: string;
  /** The order of a list or connection, as the plugin-drizzle field declares it (the same object). */
  orderBy?: Record<string, 'asc' | 'desc'>;
  /** A connection's own arguments (not its page's) as a condition on the related rows. */
  where?: (args: Args, ctx: Context) => Promise<Condition<never> | undefined>;
  /** For a list of scalars (an actor's aliases): the related rows' column it lists. */
  value?: string;
}

/** On a root field: a list paged by keyset (lists.ts), or one row chosen by its arguments. */
export type RootRead =
  | { list: { table: TableName; list: (db: Context['db'], args: Args, parent: undefined) => Promise<ListQuery<never>> } }
  | { row: (args: Args) => Condition<never> }
  | { custom: (reader: Reader, args: Args, node: FieldNode, type: GraphQLObjectType) => Promise<unknown> };

/**
 * What a root field with a statement of its own (the stance matrix) builds it with: the fields a
 * selection asks of a type without a table, the JSON of a table's row for a selection, aliases.
 * Whatever it cannot answer it refuses with `unsupported`, and the resolvers answer instead.
 */
export interface Reader {
  ctx: Context;
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

class Unsupported extends Error {}
const unsupported = (what: string): never => {
  throw new Unsupported(what);
};

interface Compilation {
  args: ExecutionArgs;
  variables: Args;
  fragments: Record<string, FragmentDefinitionNode>;
  ctx: Context;
  aliases: number;
}

/** A table under an alias of this statement: its columns render as "sgN"."column". */
export interface Aliased {
  key: TableName;
  name: string;
  table: Table;
  sqlName: string;
}

function aliased(c: Compilation, name: TableName): Aliased {
  const table = tables[name] as unknown as PgTable;
  const as = `sg${c.aliases++}`;
  return { key: name, name: as, table: alias(table, as) as unknown as Table, sqlName: getTableName(table) };
}

const from = (a: Aliased) => sql`${sql.identifier(a.sqlName)} as ${sql.identifier(a.name)}`;
const columnOf = (a: Aliased, column: { name: string }) => sql`${sql.identifier(a.name)}.${sql.identifier(column.name)}`;
/** A name or literal the statement holds as text: GraphQL names only (checked), never input. */
const literal = (text: string) => (/^[_A-Za-z][_0-9A-Za-z]*:?$/.test(text) ? sql.raw(`'${text}'`) : unsupported(`name ${text}`));
/** A JSON object of these keys and values, in this order (json_build_object takes at most 50 pairs). */
const jsonObject = (parts: [string, SQL][]) =>
  parts.length > 50 ? unsupported('more than 50 fields') : sql`json_build_object(${sql.join(parts.flatMap(([key, value]) => [literal(key), value]), sql`, `)})`;
/** The object type a field returns, or lists. */
const objectTypeOf = (field: GraphQLField<unknown, unknown>) => {
  const type = getNamedType(field.type);
  return isObjectType(type) ? type : unsupported(`type ${type.name}`);
};

/** The fields of a selection on `type` by response key, as graphql-js collects them. */
function collect(c: Compilation, type: GraphQLObjectType, set: SelectionSetNode, into = new Map<string, FieldNode>()): Map<string, FieldNode> {
  for (const selection of set.selections) {
    if (!included(c, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      const seen = into.get(key);
      if (!seen) into.set(key, selection);
      // The same leaf twice (a fragment repeating a field) is one; anything that merges is left to graphql-js.
      else if (seen.name.value !== selection.name.value || seen.selectionSet || selection.selectionSet || seen.arguments?.length || selection.arguments?.length)
        unsupported('a field asked twice');
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : (c.fragments[selection.name.value] ?? unsupported('unknown fragment'));
    const condition = fragment.typeCondition?.name.value;
    if (condition === undefined || condition === type.name) collect(c, type, fragment.selectionSet, into);
    else {
      const abstract = c.args.schema.getType(condition);
      if (abstract && isAbstractType(abstract) && c.args.schema.isSubType(abstract, type)) collect(c, type, fragment.selectionSet, into);
    }
  }
  return into;
}

function included(c: Compilation, node: SelectionNode): boolean {
  for (const directive of node.directives ?? [])
    if (directive.name.value !== 'include' && directive.name.value !== 'skip') unsupported(`@${directive.name.value}`);
  const skip = getDirectiveValues(GraphQLSkipDirective, node, c.variables);
  const include = getDirectiveValues(GraphQLIncludeDirective, node, c.variables);
  return skip?.if !== true && include?.if !== false;
}

function readsOf(type: GraphQLObjectType): TypeReads {
  const reads = (type.extensions as { sqlReads?: TypeReads }).sqlReads;
  return reads && 'columns' in reads ? reads : unsupported(`type ${type.name}`);
}

function argumentsOf(c: Compilation, field: GraphQLField<unknown, unknown>, node: FieldNode): Args {
  return getArgumentValues(field, node, c.variables);
}

/** `json_build_object` of the fields a selection asks of one row of `type`. */
async function objectJson(c: Compilation, type: GraphQLObjectType, row: Aliased, set: SelectionSetNode | undefined): Promise<SQL> {
  const reads = readsOf(type);
  const parts: [string, SQL][] = [];
  for (const [key, node] of collect(c, type, set ?? unsupported('no selection'))) parts.push([key, await fieldValue(c, type, reads, row, node)]);
  return jsonObject(parts);
}

async function fieldValue(c: Compilation, type: GraphQLObjectType, reads: TypeReads, row: Aliased, node: FieldNode): Promise<SQL> {
  const name = node.name.value;
  if (name === '__typename') return literal(type.name);
  const field = type.getFields()[name] ?? unsupported(`field ${name}`);
  // The global ID of a Node: base64 of "Type:id", as @pothos/plugin-relay writes it.
  if (name === 'id' && type.getInterfaces().some((i) => i.name === 'Node'))
    return sql`encode(convert_to(${literal(`${type.name}:`)} || ${row.table.id}, 'UTF8'), 'base64')`;
  const declared = reads.columns[name];
  if (declared !== undefined) {
    if (field.args.length > 0 || isListType(getNullableType(field.type))) unsupported(`field ${name}`);
    const column = declared === true ? name : declared;
    const value = typeof column === 'function' ? column(row.table) : sql`${row.table[column as never] ?? unsupported(`column ${column}`)}`;
    const scalar = getNamedType(field.type);
    // DateTime as graphql-scalars writes a Date: ISO 8601 in UTC, to the millisecond.
    if (scalar.name === 'DateTime') return sql`to_char(${value} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    // Date (a date column read as text) is JSON's "YYYY-MM-DD" already.
    if (isEnumType(scalar) || ['String', 'Int', 'Boolean', 'ID', 'Date'].includes(scalar.name)) return value;
    return unsupported(`scalar ${scalar.name}`);
  }
  const read = reads.relations?.[name] ?? unsupported(`field ${name}`);
  return relationJson(c, reads.table, read, row, field, node);
}

/** The rows of a relation: the child table, joined to its parent row. */
function related(c: Compilation, parentTable: TableName, read: RelationRead, parent: Aliased) {
  const relation = (relations[parentTable].relations as Record<string, RelationShape>)[read.relation] ?? unsupported(`relation ${read.relation}`);
  const { sourceColumns: source, targetColumns: target, throughTable, through: via } = relation;
  if (relation.where || !source || !target) return unsupported(`relation ${read.relation}`);
  const child = aliased(c, relation.targetTableName as TableName);
  const pairs = (left: { name: string }[], right: { name: string }[], l: Aliased, r: Aliased) =>
    sql.join(left.map((column, i) => sql`${columnOf(l, column)} = ${columnOf(r, right[i]!)}`), sql` and `);
  if (!throughTable || !via) return { child, from: from(child), where: pairs(target, source, child, parent) };
  // Columns given with `.through(…)` are wrappers around the through table's column.
  const unwrap = (columns: ThroughColumn[]) => columns.map((column) => column._.column);
  const through: Aliased = { key: child.key, name: `sg${c.aliases++}`, table: undefined as never, sqlName: getTableName(throughTable) };
  return {
    child,
    from: sql`${from(child)} join ${from(through)} on ${pairs(target, unwrap(via.target), child, through)}`,
    where: pairs(unwrap(via.source), source, through, parent),
  };
}

type ThroughColumn = { _: { column: { name: string } } };

/** What sql-reads uses of a drizzle relation (db/relations.ts). */
interface RelationShape {
  targetTableName: string;
  sourceColumns?: { name: string }[];
  targetColumns?: { name: string }[];
  throughTable?: PgTable;
  through?: { source: ThroughColumn[]; target: ThroughColumn[] };
  where?: unknown;
}

const orderOf = (read: RelationRead, row: Aliased) =>
  sql.join(
    Object.entries(read.orderBy ?? unsupported(`order of ${read.relation}`)).map(([key, direction]) => sql`${row.table[key as never]} ${sql.raw(direction)}`),
    sql`, `,
  );

const PAGE = ['first', 'last', 'after', 'before'];

async function relationJson(c: Compilation, parentTable: TableName, read: RelationRead, parent: Aliased, field: GraphQLField<unknown, unknown>, node: FieldNode): Promise<SQL> {
  const args = argumentsOf(c, field, node);
  const { child, from: source, where } = related(c, parentTable, read, parent);
  if (read.value !== undefined) {
    if (field.args.length || !isListType(getNullableType(field.type))) return unsupported(`field ${field.name}`);
    return sql`coalesce((select json_agg(${child.table[read.value as never]} order by ${orderOf(read, child)}) from ${source} where ${where}), '[]'::json)`;
  }
  const type = getNamedType(field.type);
  if (!isObjectType(type)) return unsupported(`field ${field.name}`);
  if (!isConnection(type)) {
    if (Object.values(args).some((value) => value != null)) unsupported(`arguments of ${field.name}`);
    const json = await objectJson(c, type, child, node.selectionSet);
    if (!isListType(getNullableType(field.type))) return sql`(select ${json} from ${source} where ${where} limit 1)`;
    return sql`coalesce((select json_agg(${json} order by ${orderOf(read, child)}) from ${source} where ${where}), '[]'::json)`;
  }
  // A connection's first page: the rows up to `first` (and one more when asked whether more follow).
  if (args.last != null || args.after != null || args.before != null) unsupported('a nested page after a cursor');
  const own = Object.fromEntries(Object.entries(args).filter(([name]) => !PAGE.includes(name)));
  if (!read.where && Object.values(own).some((value) => value != null)) unsupported(`arguments of ${field.name}`);
  const condition = read.where ? ((await read.where(own, c.ctx)) as Condition<Table> | undefined) : undefined;
  const size = (args.first as number | null | undefined) ?? DEFAULT_PAGE_SIZE;
  const row = aliased(c, child.key);
  const shape = await connectionShape(c, type, node, row, false);
  const more = shape.parts.some(([, part]) => 'pageInfo' in part && part.pageInfo.some(([, info]) => info === 'hasNextPage'));
  const onPage = more ? sql` filter (where s.n <= ${size})` : sql``;
  const list = (json: SQL) => sql`coalesce(json_agg(${json} order by s.n)${onPage}, '[]'::json)`;
  const object = jsonObject;
  const column = (index: number) => sql`s.${sql.identifier(`j${index}`)}`;
  const filter = condition ? sql` and ${condition(child.table)}` : sql``;
  const json = object(
    shape.parts.map(([key, part]): [string, SQL] => {
      if ('typename' in part) return [key, literal(part.typename)];
      // Counted as the resolvers count it: every related row, read through the relation's index.
      if ('totalCount' in part) return [key, sql`(select count(*) from ${source} where ${where}${filter})`];
      if ('nodes' in part) return [key, list(column(part.nodes))];
      if ('edges' in part)
        return [key, list(object(part.edges.map(([k, e]): [string, SQL] => [k, e === 'cursor' ? unsupported('cursor') : 'node' in e ? column(e.node) : literal(e.typename)])))];
      const info = (name: PageInfoPart) =>
        name === 'hasNextPage' ? sql`count(*) > ${size}` : name === 'hasPreviousPage' ? sql`false` : typeof name === 'object' ? literal(name.typename) : unsupported(name);
      return [key, object(part.pageInfo.map(([k, name]): [string, SQL] => [k, info(name)]))];
    }),
  );
  // The page's ids and places first, from an index where one serves the order (without reading the
  // rows once the table is vacuumed), then the page's rows by id: a parent with many rows costs what
  // a page costs, whatever the planner guesses of how many it has.
  const order = orderOf(read, child);
  const page = sql`select ${child.table.id} as id, row_number() over (order by ${order}) as n from ${source} where ${where}${filter} order by ${order} limit ${more ? size + 1 : size}`;
  // Whatever reads the page's rows is an aggregate over them (one row, even of an empty page); a
  // selection that reads none of them (totalCount, hasPreviousPage) reads no page at all.
  const readsPage = shape.json.length > 0 || more;
  if (!readsPage) return json;
  const columns = shape.json.map((j, i) => sql`, ${j} as ${sql.identifier(`j${i}`)}`);
  return sql`(select ${json} from (select page.n${sql.join(columns, sql``)} from (${page}) page join ${from(row)} on ${row.table.id} = page.id) s)`;
}

function isConnection(type: GraphQLObjectType): boolean {
  const fields = type.getFields();
  return 'edges' in fields && 'pageInfo' in fields;
}

type Typename = { typename: string };
type PageInfoPart = 'hasNextPage' | 'hasPreviousPage' | 'startCursor' | 'endCursor' | Typename;
type ConnectionPart =
  | Typename
  | { nodes: number }
  | { edges: [string, { node: number } | 'cursor' | Typename][] }
  | { pageInfo: [string, PageInfoPart][] }
  | { totalCount: true };

/**
 * What a selection asks of a connection, in its order: the JSON of each distinct node selection
 * (`nodes`, `edges.node`) as columns j0, j1…, and where each goes. Cursors only where `cursors`.
 */
async function connectionShape(c: Compilation, type: GraphQLObjectType, node: FieldNode, row: Aliased, cursors: boolean) {
  const json: SQL[] = [];
  const nodeJson = async (field: GraphQLField<unknown, unknown>, selection: FieldNode) => {
    json.push(await objectJson(c, objectTypeOf(field), row, selection.selectionSet));
    return json.length - 1;
  };
  const parts: [string, ConnectionPart][] = [];
  for (const [key, selection] of collect(c, type, node.selectionSet ?? unsupported('no selection'))) {
    const name = selection.name.value;
    const field = type.getFields()[name];
    if (name === '__typename') parts.push([key, { typename: type.name }]);
    else if (name === 'nodes' && field) parts.push([key, { nodes: await nodeJson(field, selection) }]);
    else if (name === 'edges' && field) {
      const edgeType = objectTypeOf(field);
      const edge: [string, { node: number } | 'cursor' | Typename][] = [];
      for (const [k, s] of collect(c, edgeType, selection.selectionSet ?? unsupported('no selection'))) {
        const edgeField = edgeType.getFields()[s.name.value];
        if (s.name.value === '__typename') edge.push([k, { typename: edgeType.name }]);
        else if (s.name.value === 'node' && edgeField) edge.push([k, { node: await nodeJson(edgeField, s) }]);
        else if (s.name.value === 'cursor' && cursors) edge.push([k, 'cursor']);
        else unsupported(`edge field ${s.name.value}`);
      }
      parts.push([key, { edges: edge }]);
    } else if (name === 'pageInfo' && field) {
      const infoType = objectTypeOf(field);
      const info: [string, PageInfoPart][] = [];
      for (const [k, s] of collect(c, infoType, selection.selectionSet ?? unsupported('no selection'))) {
        const n = s.name.value;
        if (n === '__typename') info.push([k, { typename: infoType.name }]);
        else if (n === 'hasNextPage' || n === 'hasPreviousPage' || ((n === 'startCursor' || n === 'endCursor') && cursors)) info.push([k, n]);
        else unsupported(`pageInfo field ${n}`);
      }
      parts.push([key, { pageInfo: info }]);
    } else if (name === 'totalCount') parts.push([key, { totalCount: true }]);
    else unsupported(`connection field ${name}`);
  }
  return { parts, json };
}

/** A root list (lists.ts): one statement reads the page, each row's JSON and its cursor position. */
async function rootList(c: Compilation, read: Extract<RootRead, { list: unknown }>['list'], field: GraphQLField<unknown, unknown>, node: FieldNode) {
  const { first, last, after, before, ...own } = argumentsOf(c, field, node) as Args & { first?: number | null; after?: string | null };
  if (last != null || before != null) unsupported('a backward page');
  const type = getNamedType(field.type);
  if (!isObjectType(type) || !isConnection(type)) return unsupported(`field ${field.name}`);
  const list = (await read.list(c.ctx.db, own, undefined)) as unknown as ListQuery<never> & { order: Parameters<typeof orderBy<Table>>[0] };
  const row = aliased(c, read.table);
  const size = first ?? DEFAULT_PAGE_SIZE;
  const shape = await connectionShape(c, type, node, row, true);
  const where = allOf<Table>([
    ...(list.where ? [list.where as Condition<Table>] : []),
    ...(after ? [beyond(list.order, positionAt('after', after, list.order), 'after')] : []),
  ]);
  const columns = shape.json.map((j, i) => sql`, ${j}::text as ${sql.identifier(`j${i}`)}`);
  const rows = await queryRows<Record<string, string>>(
    c.ctx.db,
    sql`select ${positionOf(list.order)(row.table)} as position${sql.join(columns, sql``)} from ${from(row)}
      ${where ? sql`where ${where(row.table)}` : sql``} order by ${sql.join(orderBy(list.order, false)(row.table), sql`, `)} limit ${size + 1}`,
  );
  const page = rows.slice(0, size);
  const cursors = page.map((r) => encodeCursor(JSON.parse(r.position!) as unknown[]));
  const pageInfo: Record<string, unknown> = {
    hasNextPage: rows.length > size,
    hasPreviousPage: Boolean(after),
    startCursor: cursors[0] ?? null,
    endCursor: cursors.at(-1) ?? null,
  };
  // totalCount, when asked, in a statement of its own, as the resolvers count.
  const total = shape.parts.some(([, part]) => 'totalCount' in part)
    ? (await queryRows<{ n: number }>(c.ctx.db, sql`select count(*)::int as n from ${from(row)}${list.where ? sql` where ${(list.where as Condition<Table>)(row.table)}` : sql``}`))[0]!.n
    : undefined;
  const result: Record<string, unknown> = {};
  for (const [key, part] of shape.parts) {
    if ('typename' in part) result[key] = part.typename;
    else if ('totalCount' in part) result[key] = total;
    else if ('nodes' in part) result[key] = page.map((r) => JSON.parse(r[`j${part.nodes}`]!));
    else if ('edges' in part)
      result[key] = page.map((r, i) =>
        Object.fromEntries(part.edges.map(([k, e]) => [k, e === 'cursor' ? cursors[i] : 'node' in e ? JSON.parse(r[`j${e.node}`]!) : e.typename])),
      );
    else result[key] = Object.fromEntries(part.pageInfo.map(([k, info]) => [k, typeof info === 'object' ? info.typename : pageInfo[info]]));
  }
  return result;
}

/** A root field that answers one row or null. */
async function rootRow(c: Compilation, read: Extract<RootRead, { row: unknown }>['row'], field: GraphQLField<unknown, unknown>, node: FieldNode) {
  const type = getNamedType(field.type);
  if (!isObjectType(type) || isListType(getNullableType(field.type))) return unsupported(`field ${field.name}`);
  const row = aliased(c, readsOf(type).table);
  const json = await objectJson(c, type, row, node.selectionSet);
  const condition = read(argumentsOf(c, field, node)) as Condition<Table>;
  const [found] = await queryRows<{ j: string }>(c.ctx.db, sql`select ${json}::text as j from ${from(row)} where ${condition(row.table)} limit 1`);
  return found ? (JSON.parse(found.j) as unknown) : null;
}

/** A root field that builds its statement itself (RootRead's `custom`). */
async function rootCustom(c: Compilation, read: Extract<RootRead, { custom: unknown }>['custom'], field: GraphQLField<unknown, unknown>, node: FieldNode) {
  const type = getNamedType(field.type);
  if (!isObjectType(type) || isListType(getNullableType(field.type))) return unsupported(`field ${field.name}`);
  const reader: Reader = {
    ctx: c.ctx,
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
  return read(reader, argumentsOf(c, field, node), node, type);
}

/** The answer of a query, when every field of it reads as SQL here; undefined otherwise. */
async function answer(args: ExecutionArgs): Promise<ExecutionResult | undefined> {
  const operation = getOperationAST(args.document as DocumentNode, args.operationName);
  const query = args.schema.getQueryType();
  if (!operation || operation.operation !== 'query' || !query) return undefined;
  const coerced = getVariableValues(args.schema, operation.variableDefinitions ?? [], (args.variableValues ?? {}) as Args);
  if (coerced.errors) return undefined;
  const fragments = Object.fromEntries(
    args.document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const c: Compilation = { args, variables: coerced.coerced, fragments, ctx: args.contextValue as Context, aliases: 0 };
  const data: Record<string, unknown> = {};
  try {
    for (const [key, node] of collect(c, query, operation.selectionSet)) {
      if (node.name.value === '__typename') {
        data[key] = query.name;
        continue;
      }
      const field = query.getFields()[node.name.value] ?? unsupported(`field ${node.name.value}`);
      const read = (field.extensions as { sqlReads?: RootRead }).sqlReads ?? unsupported(`field ${field.name}`);
      data[key] =
        'list' in read ? await rootList(c, read.list, field, node) : 'row' in read ? await rootRow(c, read.row, field, node) : await rootCustom(c, read.custom, field, node);
    }
  } catch (error) {
    // Not a query these statements answer, or a name or cursor the resolvers refuse with their usual
    // error: graphql-js runs it. Anything else is a fault of this path, logged, and answered all the same.
    if (!errorChain(error).some((e) => e instanceof Unsupported || e instanceof UserInputError || e instanceof RequestStoppedError))
      currentScope()?.log.warn({ error: postgresError(error).message ?? messageOf(error).slice(0, 500) }, 'a query read as SQL failed; it was answered through the resolvers');
    return undefined;
  }
  return { data };
}

/**
 * The plugin: the execution of a query becomes its SQL answer when there is one. Placed before the
 * request plugin (server.ts), so that the request's deadline still bounds it.
 */
export function useSqlReads(): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => (await answer(args)) ?? executeFn(args));
    },
  };
}
