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
import type { Database } from '../db/client.js';
import * as tables from '../db/tables.js';
import type { NameRef } from '../models/lookups.js';
import type { Aliased, Args, FieldRead, RootRead, Table, TableName } from './declare.js';

export type { Table };

// The selection walker: the fields of a selection as graphql-js collects them (fragments, aliases,
// @skip/@include), their arguments with the request's variables, each field's declaration, and the
// tables a statement reads under aliases of its own. Whatever it cannot express it refuses
// (Unsupported), and the resolvers answer the query instead.

export class Unsupported extends Error {}
export const unsupported = (what: string): never => {
  throw new Unsupported(what);
};

/** One query being compiled. */
export interface Compilation {
  args: ExecutionArgs;
  variables: Args;
  fragments: Record<string, FragmentDefinitionNode>;
  db: Database;
  /** How many table aliases the statements have taken. */
  aliases: number;
  /** The names the statement being compiled embeds (conditions' NameRefs): whether they named something is read off its rows. */
  names: NameRef[];
}

/** A table under a new alias of this statement. */
export function aliased(c: Compilation, name: TableName): Aliased {
  const table = tables[name] as unknown as PgTable;
  const as = `sg${c.aliases++}`;
  return { key: name, name: as, table: alias(table, as) as unknown as Table, sqlName: getTableName(table) };
}

export const from = (a: Aliased) => sql`${sql.identifier(a.sqlName)} as ${sql.identifier(a.name)}`;
/** A column of an aliased table by its SQL name. */
export const columnOf = (a: Pick<Aliased, 'name'>, column: string) => sql`${sql.identifier(a.name)}.${sql.identifier(column)}`;
/** A name or literal the statement holds as text: GraphQL names only (checked), never input. */
export const literal = (text: string) => (/^[_A-Za-z][_0-9A-Za-z]*:?$/.test(text) ? sql.raw(`'${text}'`) : unsupported(`name ${text}`));
/**
 * A page's limit, written into the statement rather than passed as a parameter: a statement prepared
 * and planned once for all its runs (the plan cache keeps them) is then planned for a page, not for
 * the tenth of the table PostgreSQL assumes of an unknown limit (a sort of every article, for Q1).
 */
export const limit = (rows: number) => (Number.isSafeInteger(rows) && rows >= 0 ? sql.raw(`limit ${rows}`) : unsupported(`a limit of ${rows}`));
/** A JSON object of these keys and values, in this order (json_build_object takes at most 50 pairs). */
export const jsonObject = (parts: [string, SQL][]) =>
  parts.length > 50
    ? unsupported('more than 50 fields')
    : sql`json_build_object(${sql.join(
        parts.flatMap(([key, value]) => [literal(key), value]),
        sql`, `,
      )})`;
/** The object type a field returns, or lists. */
export const objectTypeOf = (field: GraphQLField<unknown, unknown>) => {
  const type = getNamedType(field.type);
  return isObjectType(type) ? type : unsupported(`type ${type.name}`);
};

/** The object type a field returns, when it returns one object (not a list): a root row's, a custom read's. */
export const singleObjectOf = (field: GraphQLField<unknown, unknown>) => {
  const type = getNamedType(field.type);
  return isObjectType(type) && !isListType(getNullableType(field.type)) ? type : unsupported(`field ${field.name}`);
};

/** A field's declaration (declare.ts), if it has one. */
export const readOf = (field: GraphQLField<unknown, unknown>) => (field.extensions as { sqlRead?: FieldRead | RootRead }).sqlRead;

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

export function argumentsOf(c: Compilation, field: GraphQLField<unknown, unknown>, node: FieldNode): Args {
  return getArgumentValues(field, node, c.variables);
}
