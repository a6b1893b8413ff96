import { getTableName, sql, type SQL } from 'drizzle-orm';
import { alias, type PgTable } from 'drizzle-orm/pg-core';
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isEnumType,
  isListType,
  isObjectType,
  Kind,
  type ExecutionArgs,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { relations } from '../db/relations.js';
import * as tables from '../db/tables.js';
import type { Database } from '../db/client.js';
import type { RowFilter } from '../models/conditions.js';
import type { NameRef } from '../models/lookups.js';
import { DEFAULT_PAGE_SIZE } from './pagination.js';

// How a selection becomes SQL that builds its JSON (for graphql/sql-reads.ts): the fields of a
// selection as graphql-js collects them, a row of a type as json_build_object of its columns and
// relations, a relation as a correlated subquery (a list aggregated, a page read up to its limit
// before any JSON is built). Anything it cannot express it refuses (Unsupported), and the resolvers answer instead.

export type Table = PgTable & Record<string, never>;
export type TableName = keyof typeof relations & keyof typeof tables;
export type Args = Record<string, unknown>;

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
  /** A connection's own arguments (not its page's) as a condition on the related rows, with the names it holds. */
  where?: (args: Args) => RowFilter<never>;
  /** For a list of scalars (an actor's aliases): the related rows' column it lists. */
  value?: string;
}

export class Unsupported extends Error {}
export const unsupported = (what: string): never => {
  throw new Unsupported(what);
};

export interface Compilation {
  args: ExecutionArgs;
  variables: Args;
  fragments: Record<string, FragmentDefinitionNode>;
  db: Database;
  aliases: number;
  /** The names the statement being compiled embeds (conditions' NameRefs): whether they named something is read off its rows. */
  names: NameRef[];
}

/** A table under an alias of this statement: its columns render as "sgN"."column". */
export interface Aliased {
  key: TableName;
  name: string;
  table: Table;
  sqlName: string;
}

export function aliased(c: Compilation, name: TableName): Aliased {
  const table = tables[name] as unknown as PgTable;
  const as = `sg${c.aliases++}`;
  return { key: name, name: as, table: alias(table, as) as unknown as Table, sqlName: getTableName(table) };
}

export const from = (a: Aliased) => sql`${sql.identifier(a.sqlName)} as ${sql.identifier(a.name)}`;
const columnOf = (a: Aliased, column: { name: string }) => sql`${sql.identifier(a.name)}.${sql.identifier(column.name)}`;
/** A name or literal the statement holds as text: GraphQL names only (checked), never input. */
export const literal = (text: string) => (/^[_A-Za-z][_0-9A-Za-z]*:?$/.test(text) ? sql.raw(`'${text}'`) : unsupported(`name ${text}`));
/**
 * A page's limit, written into the statement rather than passed as a parameter: a statement prepared
 * and planned once for all its runs (sql-reads keeps them) is then planned for a page, not for the
 * tenth of the table PostgreSQL assumes of an unknown limit (a sort of every article, for Q1).
 */
export const limit = (rows: number) => (Number.isSafeInteger(rows) && rows >= 0 ? sql.raw(`limit ${rows}`) : unsupported(`a limit of ${rows}`));
/** A JSON object of these keys and values, in this order (json_build_object takes at most 50 pairs). */
export const jsonObject = (parts: [string, SQL][]) =>
  parts.length > 50 ? unsupported('more than 50 fields') : sql`json_build_object(${sql.join(parts.flatMap(([key, value]) => [literal(key), value]), sql`, `)})`;
/** The object type a field returns, or lists. */
export const objectTypeOf = (field: GraphQLField<unknown, unknown>) => {
  const type = getNamedType(field.type);
  return isObjectType(type) ? type : unsupported(`type ${type.name}`);
};

/** The fields of a selection on `type` by response key, as graphql-js collects them. */
export function collect(c: Compilation, type: GraphQLObjectType, set: SelectionSetNode, into = new Map<string, FieldNode>()): Map<string, FieldNode> {
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

export function readsOf(type: GraphQLObjectType): TypeReads {
  const reads = (type.extensions as { sqlReads?: TypeReads }).sqlReads;
  return reads && 'columns' in reads ? reads : unsupported(`type ${type.name}`);
}

export function argumentsOf(c: Compilation, field: GraphQLField<unknown, unknown>, node: FieldNode): Args {
  return getArgumentValues(field, node, c.variables);
}

/** `json_build_object` of the fields a selection asks of one row of `type`. */
export async function objectJson(c: Compilation, type: GraphQLObjectType, row: Aliased, set: SelectionSetNode | undefined): Promise<SQL> {
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
  const filter = read.where?.(own) as RowFilter<Table> | undefined;
  c.names.push(...(filter?.names ?? []));
  const condition = filter?.where;
  const size = (args.first as number | null | undefined) ?? DEFAULT_PAGE_SIZE;
  const shape = await connectionShape(c, type, node, child, false);
  const more = asksNextPage(shape.parts);
  const onPage = more ? sql` filter (where s.n <= ${size})` : sql``;
  const list = (json: SQL) => sql`coalesce(json_agg(${json} order by s.n)${onPage}, '[]'::json)`;
  const object = jsonObject;
  const column = (index: number) => sql`s.${sql.identifier(`j${index}`)}`;
  const and = condition ? sql` and ${condition(child.table)}` : sql``;
  const json = object(
    shape.parts.map(([key, part]): [string, SQL] => {
      if ('typename' in part) return [key, literal(part.typename)];
      // Counted as the resolvers count it: every related row, read through the relation's index.
      if ('totalCount' in part) return [key, sql`(select count(*) from ${source} where ${where}${and})`];
      if ('nodes' in part) return [key, list(column(part.nodes))];
      if ('edges' in part)
        return [key, list(object(part.edges.map(([k, e]): [string, SQL] => [k, e === 'cursor' ? unsupported('cursor') : 'node' in e ? column(e.node) : literal(e.typename)])))];
      const info = (name: PageInfoPart) =>
        name === 'hasNextPage' ? sql`count(*) > ${size}` : name === 'hasPreviousPage' ? sql`false` : typeof name === 'object' ? literal(name.typename) : unsupported(name);
      return [key, object(part.pageInfo.map(([k, name]): [string, SQL] => [k, info(name)]))];
    }),
  );
  // The page's rows, numbered, under the child's alias: the planner reads them off an index that
  // serves the order and stops at the limit, and the JSON is built for the page's rows only.
  const order = orderOf(read, child);
  const page = sql`select ${sql.identifier(child.name)}.*, row_number() over (order by ${order}) as n from ${source} where ${where}${and} order by ${order} ${limit(more ? size + 1 : size)}`;
  // Whatever reads the page's rows is an aggregate over them (one row, even of an empty page); a
  // selection that reads none of them (totalCount, hasPreviousPage) reads no page at all.
  const readsPage = shape.json.length > 0 || more;
  if (!readsPage) return json;
  const columns = shape.json.map((j, i) => sql`, ${j} as ${sql.identifier(`j${i}`)}`);
  return sql`(select ${json} from (select ${sql.identifier(child.name)}.n${sql.join(columns, sql``)} from (${page}) as ${sql.identifier(child.name)}) s)`;
}

/** Whether a connection's selection asks if more rows follow its page (then one more row is read). */
export const asksNextPage = (parts: [string, ConnectionPart][]) => parts.some(([, part]) => 'pageInfo' in part && part.pageInfo.some(([, info]) => info === 'hasNextPage'));

export function isConnection(type: GraphQLObjectType): boolean {
  const fields = type.getFields();
  return 'edges' in fields && 'pageInfo' in fields;
}

type Typename = { typename: string };
export type PageInfoPart = 'hasNextPage' | 'hasPreviousPage' | 'startCursor' | 'endCursor' | Typename;
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
export async function connectionShape(c: Compilation, type: GraphQLObjectType, node: FieldNode, row: Aliased, cursors: boolean) {
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

