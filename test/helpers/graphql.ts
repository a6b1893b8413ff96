import { expect } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { createApp } from '../../src/server.js';

export interface GraphQLResponse<T = any> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** The write token the test apps accept. */
export const WRITE_TOKEN = 'test-write-token-0123456789';

/**
 * Runs operations through the real Yoga app (HTTP handling included) without opening a port.
 * Requests carry the write token unless `token` says otherwise (null: no Authorization header).
 */
export function graphqlClient(db: Database, { token = WRITE_TOKEN as string | null } = {}) {
  const app = createApp({ db, logLevel: 'silent', writeTokens: [WRITE_TOKEN] });
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
