import { sql, type SQL } from 'drizzle-orm';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isObjectType,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type SelectionSetNode,
} from 'graphql';
import { relationJoin } from '../db/internals.js';
import { DEFAULT_PAGE_SIZE } from '../graphql/pagination.js';
import type { RelationOrder } from '../models/keyset.js';
import type { Aliased, FieldRead, TableName } from './declare.js';
import { ownArguments } from './declare.js';
import {
  aliased,
  argumentsOf,
  collect,
  columnOf,
  from,
  jsonObject,
  limit,
  literal,
  objectTypeOf,
  readOf,
  unsupported,
  type Compilation,
  type Table,
} from './selection.js';

// How a selection becomes SQL that builds its JSON: a row of a type as json_build_object of the fields
// asked, each as its declaration says (declare.ts): a column, an expression, a relation as a correlated
// subquery (a list aggregated, a page read up to its limit before any JSON is built). Values are written
// as the resolvers' scalars write them: a Node's global ID as @pothos/plugin-relay encodes it, a DateTime
// as graphql-scalars serialises a Date (test/sqlread holds both engines to the same bytes).

/** `json_build_object` of the fields a selection asks of one row of `type`. */
export async function objectJson(c: Compilation, type: GraphQLObjectType, row: Aliased, set: SelectionSetNode | undefined): Promise<SQL> {
  const parts: [string, SQL][] = [];
  for (const [key, node] of collect(c, type, set ?? unsupported('no selection'))) parts.push([key, await fieldValue(c, type, row, node)]);
  return jsonObject(parts);
}

/** The global ID of a Node: base64 of "Type:id", as @pothos/plugin-relay writes it. */
export const globalIdSql = (type: GraphQLObjectType, row: Aliased) => sql`encode(convert_to(${literal(`${type.name}:`)} || ${row.table.id}, 'UTF8'), 'base64')`;

/** A DateTime as graphql-scalars writes a Date: ISO 8601 in UTC, to the millisecond. */
const dateTimeSql = (value: SQL) => sql`to_char(${value} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A scalar value as JSON: Date (a date column read as text) is JSON's "YYYY-MM-DD" already. */
function scalarJson(field: GraphQLField<unknown, unknown>, value: SQL): SQL {
  if (field.args.length > 0 || isListType(getNullableType(field.type))) return unsupported(`field ${field.name}`);
  const scalar = getNamedType(field.type);
  if (scalar.name === 'DateTime') return dateTimeSql(value);
  // A Float is a float8 column: PostgreSQL writes its shortest exact form, as JavaScript does (but for
  // the spelling of an exponent, "1e-07" for 1e-7: the same number).
  if (['String', 'Int', 'Float', 'Boolean', 'ID', 'Date'].includes(scalar.name)) return value;
  if (isEnumType(scalar)) {
    // An enum stored under other values than its names (ArticleField's 'summary' is SUMMARY): its names.
    const renamed = scalar.getValues().filter((v) => v.value !== v.name);
    if (renamed.length === 0) return value;
    const whens = scalar.getValues().map((v) => sql`when ${literal(String(v.value))} then ${literal(v.name)}`);
    return sql`(case ${value}::text ${sql.join(whens, sql` `)} end)`;
  }
  return unsupported(`scalar ${scalar.name}`);
}

async function fieldValue(c: Compilation, type: GraphQLObjectType, row: Aliased, node: FieldNode): Promise<SQL> {
  const name = node.name.value;
  if (name === '__typename') return literal(type.name);
  const field = type.getFields()[name] ?? unsupported(`field ${name}`);
  if (name === 'id' && type.getInterfaces().some((i) => i.name === 'Node')) return globalIdSql(type, row);
  const read = (readOf(field) ?? unsupported(`field ${type.name}.${name}`)) as FieldRead;
  if ('column' in read) return scalarJson(field, sql`${row.table[read.column] ?? unsupported(`column ${read.column}`)}`);
  if ('computed' in read) return scalarJson(field, read.computed(row.table as never));
  if ('relation' in read) return relationJson(c, read, row, field, node);
  return unsupported(`field ${type.name}.${name}`);
}

/** The rows of a relation: the child table, joined to its parent row. */
function related(c: Compilation, name: string, parent: Aliased) {
  const join = relationJoin(parent.key, name) ?? unsupported(`relation ${name}`);
  const child = aliased(c, join.target as TableName);
  const pairs = (left: string[], right: string[], l: Pick<Aliased, 'name'>, r: Pick<Aliased, 'name'>) =>
    sql.join(
      left.map((column, i) => sql`${columnOf(l, column)} = ${columnOf(r, right[i]!)}`),
      sql` and `,
    );
  if (!join.through) return { child, from: from(child), where: pairs(join.targetColumns, join.source, child, parent) };
  const through = { name: `sg${c.aliases++}` };
  return {
    child,
    from: sql`${from(child)} join ${sql.identifier(join.through.table)} as ${sql.identifier(through.name)} on ${pairs(join.targetColumns, join.through.target, child, through)}`,
    where: pairs(join.through.source, join.source, through, parent),
  };
}

const orderOf = (orderBy: RelationOrder | undefined, name: string, row: Aliased) =>
  sql.join(
    Object.entries(orderBy ?? unsupported(`order of ${name}`)).map(([key, direction]) => sql`${row.table[key as never]} ${sql.raw(direction)}`),
    sql`, `,
  );

type RelationRead = Extract<FieldRead, { relation: string }>;

async function relationJson(c: Compilation, read: RelationRead, parent: Aliased, field: GraphQLField<unknown, unknown>, node: FieldNode): Promise<SQL> {
  const args = argumentsOf(c, field, node);
  const { child, from: source, where } = related(c, read.relation, parent);
  if (read.value !== undefined) {
    if (field.args.length || !isListType(getNullableType(field.type))) return unsupported(`field ${field.name}`);
    return sql`coalesce((select json_agg(${child.table[read.value]} order by ${orderOf(read.orderBy, read.relation, child)}) from ${source} where ${where}), '[]'::json)`;
  }
  const type = getNamedType(field.type);
  if (!isObjectType(type)) return unsupported(`field ${field.name}`);
  if (!read.connection) {
    if (Object.values(args).some((value) => value != null)) unsupported(`arguments of ${field.name}`);
    const json = await objectJson(c, type, child, node.selectionSet);
    if (!isListType(getNullableType(field.type))) return sql`(select ${json} from ${source} where ${where} limit 1)`;
    return sql`coalesce((select json_agg(${json} order by ${orderOf(read.orderBy, read.relation, child)}) from ${source} where ${where}), '[]'::json)`;
  }
  // A connection's first page: the rows up to `first` (and one more when asked whether more follow).
  if (args.last != null || args.after != null || args.before != null) unsupported('a nested page after a cursor');
  const own = ownArguments(args);
  if (!read.connection.where && Object.values(own).some((value) => value != null)) unsupported(`arguments of ${field.name}`);
  const filter = read.connection.where?.(own);
  if (filter?.refused?.length) unsupported('arguments the resolvers refuse');
  c.names.push(...(filter?.names ?? []));
  const condition = filter?.where as ((table: Table) => SQL) | undefined;
  const size = (args.first as number | null | undefined) ?? DEFAULT_PAGE_SIZE;
  const shape = await connectionShape(c, type, node, child, false);
  const more = asksNextPage(shape.parts);
  const onPage = more ? sql` filter (where s.n <= ${size})` : sql``;
  const list = (json: SQL) => sql`coalesce(json_agg(${json} order by s.n)${onPage}, '[]'::json)`;
  const column = (index: number) => sql`s.${sql.identifier(`j${index}`)}`;
  const and = condition ? sql` and ${condition(child.table as Table)}` : sql``;
  const json = jsonObject(
    shape.parts.map(([key, part]): [string, SQL] => {
      if ('typename' in part) return [key, literal(part.typename)];
      // Counted as the resolvers count it: every related row, read through the relation's index.
      if ('totalCount' in part) return [key, sql`(select count(*) from ${source} where ${where}${and})`];
      if ('nodes' in part) return [key, list(column(part.nodes))];
      if ('edges' in part)
        return [
          key,
          list(
            jsonObject(
              part.edges.map(([k, e]): [string, SQL] => [k, e === 'cursor' ? unsupported('cursor') : 'node' in e ? column(e.node) : literal(e.typename)]),
            ),
          ),
        ];
      const info = (name: PageInfoPart) =>
        name === 'hasNextPage'
          ? sql`count(*) > ${size}`
          : name === 'hasPreviousPage'
            ? sql`false`
            : typeof name === 'object'
              ? literal(name.typename)
              : unsupported(name);
      return [key, jsonObject(part.pageInfo.map(([k, name]): [string, SQL] => [k, info(name)]))];
    }),
  );
  // The page's rows, numbered, under the child's alias: the planner reads them off an index that
  // serves the order and stops at the limit, and the JSON is built for the page's rows only.
  const order = orderOf(read.orderBy, read.relation, child);
  const page = sql`select ${sql.identifier(child.name)}.*, row_number() over (order by ${order}) as n from ${source} where ${where}${and} order by ${order} ${limit(more ? size + 1 : size)}`;
  // Whatever reads the page's rows is an aggregate over them (one row, even of an empty page); a
  // selection that reads none of them (totalCount, hasPreviousPage) reads no page at all.
  const readsPage = shape.json.length > 0 || more;
  if (!readsPage) return json;
  const columns = shape.json.map((j, i) => sql`, ${j} as ${sql.identifier(`j${i}`)}`);
  return sql`(select ${json} from (select ${sql.identifier(child.name)}.n${sql.join(columns, sql``)} from (${page}) as ${sql.identifier(child.name)}) s)`;
}

/** Whether a connection's selection asks if more rows follow its page (then one more row is read). */
export const asksNextPage = (parts: [string, ConnectionPart][]) =>
  parts.some(([, part]) => 'pageInfo' in part && part.pageInfo.some(([, info]) => info === 'hasNextPage'));

export function isConnection(type: GraphQLObjectType): boolean {
  const fields = type.getFields();
  return 'edges' in fields && 'pageInfo' in fields;
}

type Typename = { typename: string };
export type PageInfoPart = 'hasNextPage' | 'hasPreviousPage' | 'startCursor' | 'endCursor' | Typename;
type ConnectionPart =
  Typename | { nodes: number } | { edges: [string, { node: number } | 'cursor' | Typename][] } | { pageInfo: [string, PageInfoPart][] } | { totalCount: true };

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
