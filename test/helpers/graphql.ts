import { expect } from 'vitest';
import type { Database, DatabaseHandle } from '../../src/db/client.js';
import type { Logger } from '../../src/log.js';
import { createApp } from '../../src/server.js';
import { rowCounts } from './database.js';

export interface GraphQLResponse<T = any> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** The write token the test apps accept: an unnamed one (its writes record no name). */
export const WRITE_TOKEN = 'test-write-token-0123456789';
/** A named write token the test apps accept too (API_TOKENS `alice:…`): its writes record "alice". */
export const ALICE_TOKEN = 'test-alice-token-0123456789';

/**
 * Runs operations through the real Yoga app (HTTP handling included) without opening a port.
 * Requests carry the write token unless `token` says otherwise (null: no Authorization header).
 */
export function graphqlClient(db: Database, { token = WRITE_TOKEN as string | null, sqlReads = true, log = undefined as Logger | undefined } = {}) {
  const app = createApp({ db, writeTokens: [WRITE_TOKEN, { name: 'alice', token: ALICE_TOKEN }], sqlReads, log });
  const request = async <T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> => {
    const response = await app.fetch('http://stancegraph.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
  /** Runs an operation that must succeed, and returns its data. */
  const data = async <T = any>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const result = await request<T>(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data as T;
  };
  return { app, request, data };
}

/** Select this in a connection that `walk` pages through. */
export const PAGE_INFO = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

/**
 * Pages through a connection to its end, forwards (`first`/`after`) or backwards (`last`/`before`),
 * and returns what `pick` takes from each page, in list order. `query` gets the paging arguments
 * to put on the connection (they use the variable $cursor: String) and must select PAGE_INFO.
 */
export async function walk<T>(
  client: ReturnType<typeof graphqlClient>,
  options: {
    query: (pageArgs: string) => string;
    field: string;
    direction: 'forward' | 'backward';
    size: number;
    pick: (page: any) => T[];
    variables?: Record<string, unknown>;
  },
): Promise<T[]> {
  const forward = options.direction === 'forward';
  const pageArgs = forward ? `first: ${options.size}, after: $cursor` : `last: ${options.size}, before: $cursor`;
  const seen: T[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 1000; pages++) {
    const data: Record<string, any> = await client.data(options.query(pageArgs), { ...options.variables, cursor });
    const page = data[options.field];
    if (forward) seen.push(...options.pick(page));
    else seen.unshift(...options.pick(page));
    if (!(forward ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage)) return seen;
    cursor = forward ? page.pageInfo.endCursor : page.pageInfo.startCursor;
  }
  throw new Error(`paging through ${options.field} did not end`);
}

export const slugs = (nodes: { slug: string }[]) => nodes.map((n) => n.slug);

/** Runs an operation that must fail with a GraphQL error other than an internal one; returns the first. */
export async function errorOf(client: ReturnType<typeof graphqlClient>, query: string, variables?: Record<string, unknown>) {
  const result = await client.request(query, variables);
  expect(result.errors, 'expected an error').toBeDefined();
  expect(result.errors![0]!.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  return result.errors![0]!;
}

/** The global ID of the article, actor or topic with this slug. */
export async function idOf(client: ReturnType<typeof graphqlClient>, kind: 'actor' | 'topic' | 'article', slug: string): Promise<string> {
  return (await client.data(`query ($slug: String!) { x: ${kind}(slug: $slug) { id } }`, { slug })).x.id;
}

/** Runs a mutation that must be refused, checks that it wrote nothing, and returns its userErrors. */
export async function expectRefused(client: ReturnType<typeof graphqlClient>, handle: DatabaseHandle, mutation: string, variables: Record<string, unknown>) {
  const before = await rowCounts(handle);
  const result = await client.data(mutation, variables);
  const payload = Object.values(result as object)[0] as { userErrors: { field: string[]; code: string; message: string }[] };
  expect(payload.userErrors.length, 'expected userErrors').toBeGreaterThan(0);
  expect(await rowCounts(handle)).toEqual(before);
  return payload.userErrors;
}
