import SchemaBuilder, { createContextCache } from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import RelayPlugin from '@pothos/plugin-relay';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { getNullableType, isListType, type GraphQLResolveInfo } from 'graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import type { Writer } from '../http/auth.js';
import type { Database } from '../db/client.js';
import type { Events } from '../events.js';
import type { Estimates } from '../http/estimates.js';
import type { Relations } from '../db/relations.js';
import { relations } from '../db/relations.js';
import { DEFAULT_PAGE_SIZE } from './pagination.js';

/**
 * What a list that is not paged (an article's actors, an actor's aliases, the matrix's rows…) counts
 * for in the cost of an operation: these stay small on real data, but a bound must be assumed.
 */
export const LIST_BOUND = 10;

/** What every resolver gets: the database of this request (PGlite or Postgres, it cannot tell). */
export interface Context {
  db: Database;
  /** Whether this request may run mutations (reads are public), and the name of its token, which writes record. */
  writer: Writer;
  /** Live updates, when the server sends them (subscriptions). */
  events?: Events;
  /** What some fields' cost depends on, read before the operation runs (http/estimates.ts); none in tests that skip HTTP. */
  estimates?: Estimates;
}

/**
 * The cost of ranking the articles a search text matches, per matching row: ~4 units (~12 µs of
 * database time at 100,000 articles: "troops", 24,000 matches, took 270 ms; ten words joined by OR,
 * 86,000 matches, 1.5 s).
 */
const COST_PER_MATCH = 4;
/**
 * The cost of ranking all actors against one (alignedActors), per position in the database: ~0.22
 * units (one actor's ranking took 210 ms among 280,000 positions, at 100,000 articles).
 */
const COST_PER_POSITION_RANKED = 0.22;
/** The cost of ranking all actors against one, by the positions there are (estimated; 0 when unknown). */
export const rankingCost = (ctx: Context | undefined): number => Math.round(COST_PER_POSITION_RANKED * (ctx?.estimates?.positions ?? 0));
/** The cost of a search text by the articles it matches (estimated; 0 when unknown). */
export const searchCost = (ctx: Context | undefined, text: unknown): number =>
  typeof text === 'string' ? Math.round(COST_PER_MATCH * (ctx?.estimates?.searchRows.get(text) ?? 0)) : 0;

export const builder = new SchemaBuilder<{
  Context: Context;
  DrizzleRelations: Relations;
  // Selections may await a name lookup (`Actor.positions(topic:)` resolves its slug first).
  AsyncSelections: true;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: string; Output: string };
  };
}>({
  plugins: [RelayPlugin, DrizzlePlugin, ComplexityPlugin],
  // The cost of an operation, computed with its variables before anything runs (server.ts enforces
  // the limit): every field 1; what is under a connection counts `first`/`last` times (the default
  // page size when neither is given); under a list that is not paged, LIST_BOUND times.
  complexity: {
    fieldComplexity: (args, ctx, field) => {
      if (field.args.some((arg) => arg.name === 'first')) {
        const page = args as { first?: number | null; last?: number | null; query?: unknown; filter?: { search?: unknown } | null };
        // A search ranks every article it matches, whatever the page.
        const searched = searchCost(ctx as Context, field.name === 'search' ? page.query : page.filter?.search);
        return { field: 1 + searched, multiplier: Math.max(1, page.first ?? page.last ?? DEFAULT_PAGE_SIZE) };
      }
      if (!isListType(getNullableType(field.type))) return { field: 1, multiplier: 1 };
      // A connection's page (its size counted on the connection field), and nodes(ids:), which has its own count.
      if ((field.name === 'nodes' || field.name === 'edges') && field.args.length === 0) return { field: 1, multiplier: 1 };
      if (Array.isArray(args.ids)) return { field: 1, multiplier: Math.max(1, args.ids.length) };
      return { field: 1, multiplier: LIST_BOUND };
    },
  },
  defaultFieldNullability: false,
  drizzle: { client: (ctx) => ctx.db, getTableConfig, relations },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesOnConnection: { description: 'The nodes of this page, for clients that need no cursors.' },
    nodeTypeOptions: { description: 'An object with a global ID that `node(id)` can fetch again.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its connection (Relay cursor connections).' },
    idFieldOptions: { description: 'Opaque global ID; pass it to `node(id)` to fetch this object again.' },
    // node and nodes are defined in node.ts, so that a malformed or unknown ID gives null.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    cursorFieldOptions: { description: 'Opaque cursor of this edge, for `after` or `before`.' },
    nodeFieldOptions: { description: 'The object at the end of this edge.' },
    edgesFieldOptions: { description: 'The edges of this page, each with its cursor.' },
    pageInfoFieldOptions: { description: 'Where this page sits in the whole connection.' },
    hasNextPageFieldOptions: { description: 'Whether rows follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether rows precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first edge of this page, for `before`.' },
    endCursorFieldOptions: { description: 'Cursor of the last edge of this page, for `after`.' },
    firstArgOptions: { description: 'Page size counted from the start (or from `after`); 20 if unset, at most 100. Not with `last`.' },
    lastArgOptions: { description: 'Page size counted from the end (or from `before`); at most 100. Not with `first`.' },
    afterArgOptions: { description: 'Return rows after this cursor.' },
    beforeArgOptions: { description: 'Return rows before this cursor.' },
    mutationInputArgOptions: { description: 'Everything the mutation needs, in one object; `userErrors` paths point into it.' },
    defaultConnectionTypeOptions: { description: 'A page of a list, with cursors (Relay cursor connection).' },
    defaultEdgeTypeOptions: { description: 'One row of a page, with its cursor.' },
  },
});

/**
 * Rows of `table`, with the columns and nested fields the operation asks for at `paths` below the
 * field being resolved (plugin-drizzle plans them into the same statement), under `query`'s
 * conditions: for resolvers that choose their rows themselves (lists, search hits, the matrix).
 */
export async function findSelected<R>(
  t: { drizzleQueryFromInfo: (...args: never[]) => unknown },
  ctx: Context,
  info: GraphQLResolveInfo,
  table: 'articles' | 'actors' | 'topics' | 'positions' | 'positionSuggestions' | 'revisions',
  paths: string[][],
  query: object,
): Promise<R[]> {
  const planFor = t.drizzleQueryFromInfo as (table: string, options: object) => unknown;
  const planned = await planFor.call(t, table, { ...query, context: ctx, info, paths: paths.map((path) => path.map((name) => ({ name }))) });
  // One relational query whatever the table; the field's type says what its rows are.
  return (ctx.db.query[table] as unknown as { findMany(config: unknown): Promise<R[]> }).findMany(planned);
}

const requestCache = createContextCache(() => new Map<string, Promise<unknown>>());

/**
 * Runs `load` once per request and key: a connection's page and its totalCount, or every parent
 * row of a nested field, resolve the same arguments, and should look names up once, not each time.
 */
export function perRequest<T>(ctx: Context, key: string, load: () => Promise<T>): Promise<T> {
  const cache = requestCache(ctx);
  let result = cache.get(key) as Promise<T> | undefined;
  if (!result) cache.set(key, (result = load()));
  return result;
}

builder.addScalarType('DateTime', DateTimeResolver, {});
builder.addScalarType('Date', DateResolver, {});

builder.queryType({ description: 'Reads are public.' });
