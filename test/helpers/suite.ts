import { afterAll, beforeAll } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { createSeededDatabase, rowCounts } from './database.js';
import { errorOf, expectRefused, graphqlClient, idOf, type GraphQLResponse } from './graphql.js';

/**
 * The usual start of a test file: a seeded database of its own and a client of the app, opened
 * before its tests and closed after them, with the helpers bound to them.
 */
export interface SeededSuite {
  handle: DatabaseHandle;
  gql: ReturnType<typeof graphqlClient>;
  errorOf(query: string, variables?: Record<string, unknown>): ReturnType<typeof errorOf>;
  idOf(kind: 'actor' | 'topic' | 'article', slug: string): Promise<string>;
  refused(mutation: string, variables: Record<string, unknown>): ReturnType<typeof expectRefused>;
  rowCounts(handle?: DatabaseHandle): ReturnType<typeof rowCounts>;
  /** Runs an operation and counts the SQL statements it issued. */
  counted(query: string, variables?: Record<string, unknown>): Promise<{ result: GraphQLResponse; statements: number }>;
}

export function seededSuite(): SeededSuite {
  let statements = 0;
  const suite: SeededSuite = {
    handle: undefined as unknown as DatabaseHandle,
    gql: undefined as unknown as ReturnType<typeof graphqlClient>,
    /** The first error of an operation that must fail (never an internal one). */
    errorOf: (query, variables) => errorOf(suite.gql, query, variables),
    /** The global ID of the article, actor or topic with this slug. */
    idOf: (kind, slug) => idOf(suite.gql, kind, slug),
    /** The userErrors of a mutation that must be refused, having checked it wrote nothing. */
    refused: (mutation, variables) => expectRefused(suite.gql, suite.handle, mutation, variables),
    rowCounts: (handle = suite.handle) => rowCounts(handle),
    counted: async (query, variables) => {
      statements = 0;
      const result = await suite.gql.request(query, variables);
      return { result, statements };
    },
  };
  beforeAll(async () => {
    suite.handle = await createSeededDatabase({ logger: { logQuery: () => void statements++ } });
    suite.gql = graphqlClient(suite.handle.db);
  });
  afterAll(() => suite.handle?.close());
  return suite;
}
