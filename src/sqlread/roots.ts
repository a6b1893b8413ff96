import { sql, type Query, type SQL } from 'drizzle-orm';
import {
  getNamedType,
  getOperationAST,
  getVariableValues,
  isObjectType,
  Kind,
  type DocumentNode,
  type ExecutionArgs,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
} from 'graphql';
import type { Database } from '../db/client.js';
import { renderQuery } from '../db/internals.js';
import type { Context } from '../graphql/builder.js';
import { pageOf, pageResult, type PageArgs } from '../graphql/pagination.js';
import type { Condition } from '../models/conditions.js';
import type { ListQuery } from '../models/keyset.js';
import { checkNames, type NameRef } from '../models/lookups.js';
import type { Args, Reader, RootRead } from './declare.js';
import { asksNextPage, connectionShape, isConnection, objectJson } from './json.js';
import {
  aliased,
  argumentsOf,
  collect,
  from,
  jsonObject,
  limit,
  literal,
  objectTypeOf,
  readOf,
  singleObjectOf,
  unsupported,
  type Compilation,
  type Table,
} from './selection.js';

// The root fields of a query, each compiled into its statements (a root list's page, one row, or a
// statement of its own) and how their rows become the field's value. A query is compiled whole before
// anything of it runs: a query this path declines (any field not declared, anything unusual) runs no
// statement of it.

/** What answers a root field: its statements, rendered, and how their rows become the field's value. */
export type RootPlan = {
  statements: Query[];
  /** The field's value from its statements' rows; `db`: the database of the request that runs it (a kept plan serves many). */
  value(results: Record<string, string>[][], db: Database): unknown;
};

/**
 * JSON that PostgreSQL wrote, kept as its text: the response is written around it (plugin.ts), not
 * parsed and written again. Anything else that serialises the result (an event stream) gets the value
 * through `toJSON`.
 */
export class RawJson {
  constructor(readonly text: string) {}
  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

/** A root list: one statement reads the page, each row's JSON and its cursor position (the page rule of graphql/pagination.ts). */
async function rootList(
  c: Compilation,
  read: Extract<RootRead, { list: unknown }>['list'],
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
): Promise<RootPlan> {
  const args = argumentsOf(c, field, node) as Args & PageArgs;
  if (args.last != null || args.before != null) unsupported('a backward page');
  const type = getNamedType(field.type);
  if (!isObjectType(type) || !isConnection(type)) return unsupported(`field ${field.name}`);
  const row = aliased(c, read.table);
  c.names = [];
  // The selection first: a query this path declines is declined before anything is looked up.
  const shape = await connectionShape(c, type, node, row, true);
  // The model's rows and order, read here under this statement's alias of the table.
  const { first, last, after, before, ...own } = args;
  const list = read.query(own) as unknown as ListQuery<Table>;
  // Other problems of the arguments are reported after the names, as the resolvers report them.
  if (list.refused?.length) unsupported('arguments the resolvers refuse');
  const names = await embedded(c, [...c.names, ...list.names]);
  // One row more than the page when the selection asks whether more follow.
  const page = pageOf(list, args, asksNextPage(shape.parts));
  const columns = shape.json.map((j, i) => sql`, ${j}::text as ${sql.identifier(`j${i}`)}`);
  const order = sql.join(page.order(row.table), sql`, `);
  // The page's rows first, under the table's alias, then their JSON: PostgreSQL would otherwise build
  // it for every row that meets the condition before sorting them (an order no index serves).
  const statements = [
    sql`select ${page.position(row.table)} as position${sql.join(columns, sql``)}${foundColumn(names)}
      from (select * from ${from(row)} ${page.where ? sql`where ${page.where(row.table)}` : sql``} order by ${order} ${limit(page.limit)}) as ${sql.identifier(row.name)}
      order by ${order}`,
  ];
  // totalCount, when asked, in a statement of its own, as the resolvers count.
  const counts = shape.parts.some(([, part]) => 'totalCount' in part);
  if (counts) statements.push(sql`select count(*)::int as n from ${from(row)}${list.where ? sql` where ${list.where(row.table)}` : sql``}`);
  return {
    statements: statements.map((statement) => renderQuery(c.db, statement)),
    value: async ([rows, count], db) => {
      await namesFound(db, names, rows!);
      const { rows: nodes, cursors, pageInfo } = pageResult(page, args, rows!, (r) => r.position!);
      const result: Record<string, unknown> = {};
      for (const [key, part] of shape.parts) {
        if ('typename' in part) result[key] = part.typename;
        else if ('totalCount' in part) result[key] = (count![0] as unknown as { n: number }).n;
        else if ('nodes' in part) result[key] = nodes.map((r) => new RawJson(r[`j${part.nodes}`]!));
        else if ('edges' in part)
          result[key] = nodes.map((r, i) =>
            Object.fromEntries(part.edges.map(([k, e]) => [k, e === 'cursor' ? cursors[i] : 'node' in e ? new RawJson(r[`j${e.node}`]!) : e.typename])),
          );
        else result[key] = Object.fromEntries(part.pageInfo.map(([k, info]) => [k, typeof info === 'object' ? info.typename : pageInfo[info]]));
      }
      return result;
    },
  };
}

/** A root field that answers one row or null. */
async function rootRow(
  c: Compilation,
  read: Extract<RootRead, { row: unknown }>['row'],
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
): Promise<RootPlan> {
  const type = singleObjectOf(field);
  const row = aliased(c, read.table);
  c.names = [];
  const json = await objectJson(c, type, row, node.selectionSet);
  const names = await embedded(c, c.names);
  const condition = read.where(argumentsOf(c, field, node)) as Condition<Table>;
  return {
    statements: [renderQuery(c.db, sql`select ${json}::text as j${foundColumn(names)} from ${from(row)} where ${condition(row.table)} limit 1`)],
    value: async ([rows], db) => {
      // Of no row too, as the resolvers, which look the names below it up all the same.
      await namesFound(db, names, rows!);
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
  names.length
    ? sql`, case when ${sql.join(
        names.map((name) => sql`(${name.found})`),
        sql` and `,
      )} then 1 else 0 end as found`
    : sql``;

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
async function rootCustom(
  c: Compilation,
  read: Extract<RootRead, { custom: unknown }>['custom'],
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
): Promise<RootPlan> {
  const type = singleObjectOf(field);
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
  c.names = [];
  const custom = await read(reader, argumentsOf(c, field, node), node, type);
  // Names below it (a connection's filter of a row's actor) are read off its one row, as a root list reads them.
  const names = await embedded(c, c.names);
  const statement = names.length ? sql`select custom.*${foundColumn(names)} from (${custom.statement}) as custom` : custom.statement;
  return {
    statements: [renderQuery(c.db, statement)],
    value: async ([rows], db) => {
      await namesFound(db, names, rows!);
      return new RawJson(custom.value(rows![0]));
    },
  };
}

/**
 * The plans of a query's root fields by response key, when every field of it reads as SQL here;
 * undefined otherwise. Every root field is declared before anything is compiled, and compiled before
 * any runs, so that a query this path declines runs no statement of it (but a check of a search text
 * that a model's filter holds).
 */
export async function compile(args: ExecutionArgs): Promise<[string, RootPlan][] | undefined> {
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
    return { key, node, field, read: (readOf(field) as RootRead | undefined) ?? unsupported(`field ${field.name}`) };
  });
  const plans: [string, RootPlan][] = [];
  for (const { key, node, field, read } of roots) {
    if (!field || !read) plans.push([key, { statements: [], value: () => query.name }]);
    else if ('list' in read) plans.push([key, await rootList(c, read.list, field, node)]);
    else if ('row' in read) plans.push([key, await rootRow(c, read.row, field, node)]);
    else if ('custom' in read && typeof read.custom === 'function') plans.push([key, await rootCustom(c, read.custom, field, node)]);
    else unsupported(`field ${field.name}`);
  }
  return plans;
}
