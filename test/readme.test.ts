import { readFileSync } from 'node:fs';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/graphql/schema.js';
import type { DatabaseHandle } from '../src/db/client.js';
import { createSeededDatabase, databaseKind } from './helpers/database.js';
import { graphqlClient } from './helpers/graphql.js';

// Every example query in the README runs on the seeded data without errors and returns data.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
const examples = blocks.filter((q) => !/^\s*(mutation|subscription)\b/.test(q));
// Mutations that need no variables run too, each on a seeded database of its own.
const mutations = blocks.filter((q) => /^\s*mutation\s*\{/.test(q));
const subscriptions = blocks.filter((q) => /^\s*subscription\b/.test(q));

describe.skipIf(databaseKind !== 'pglite')('README examples', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createSeededDatabase();
  });
  afterAll(() => handle.close());

  it('are there', () => expect(examples.length).toBeGreaterThanOrEqual(6));

  it('include subscriptions that are valid against the schema', () => {
    expect(subscriptions.length).toBeGreaterThanOrEqual(1);
    for (const subscription of subscriptions) expect(validate(schema, parse(subscription))).toEqual([]);
  });

  for (const [index, mutation] of mutations.entries())
    it(`mutation ${index + 1} runs without userErrors: ${mutation.trim().split('\n')[1]?.trim().slice(0, 60) ?? ''}`, async () => {
      const fresh = await createSeededDatabase();
      try {
        const data = await graphqlClient(fresh.db).data(mutation);
        for (const payload of Object.values(data as Record<string, { userErrors: unknown[] }>)) expect(payload.userErrors).toEqual([]);
      } finally {
        await fresh.close();
      }
    });

  for (const [index, query] of examples.entries())
    it(`example ${index + 1} runs: ${query.trim().split('\n')[1]?.trim() ?? ''}`, async () => {
      const data = await graphqlClient(handle.db).data(query);
      for (const value of Object.values(data as object)) expect(value).not.toBeNull();
    });
});
