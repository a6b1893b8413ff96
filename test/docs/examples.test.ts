import { readFileSync } from 'node:fs';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { createSeededDatabase, databaseKind } from '../helpers/database.js';
import { graphqlClient } from '../helpers/graphql.js';

// Every example query of the documentation (the README's three, and the rest in docs/api.md) runs on
// the seeded data without errors and returns data. A file that gains ```graphql blocks is listed here.
const FILES = ['README.md', 'docs/api.md'];
const blocksOf = (file: string) => {
  const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  return [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => ({ file, text: m[1]! }));
};
const perFile = FILES.map(blocksOf);
const blocks = perFile.flat();
const examples = blocks.filter((b) => !/^\s*(mutation|subscription)\b/.test(b.text));
// Mutations that need no variables run too, each on a seeded database of its own.
const mutations = blocks.filter((b) => /^\s*mutation\s*\{/.test(b.text));
const subscriptions = blocks.filter((b) => /^\s*subscription\b/.test(b.text));
const firstLine = (b: { file: string; text: string }) => `${b.file}: ${b.text.trim().split('\n')[1]?.trim() ?? ''}`;

describe.skipIf(databaseKind !== 'pglite')('documentation examples', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createSeededDatabase();
  });
  afterAll(() => handle.close());

  it('are there', () => expect(examples.length).toBeGreaterThanOrEqual(9));

  it('are in every file read', () => {
    for (const [index, file] of FILES.entries()) expect(perFile[index]!.length, file).toBeGreaterThanOrEqual(1);
  });

  it('are all valid against the schema, those with variables too', () => {
    for (const block of blocks) expect(validate(schema, parse(block.text)), firstLine(block)).toEqual([]);
  });

  it('include subscriptions that are valid against the schema', () => {
    expect(subscriptions.length).toBeGreaterThanOrEqual(1);
    for (const subscription of subscriptions) expect(validate(schema, parse(subscription.text))).toEqual([]);
  });

  it('include mutations that run', () => expect(mutations.length).toBeGreaterThanOrEqual(2));

  for (const [index, mutation] of mutations.entries())
    it(`mutation ${index + 1} runs without userErrors: ${firstLine(mutation).slice(0, 60 + mutation.file.length + 2)}`, async () => {
      const fresh = await createSeededDatabase();
      try {
        const data = await graphqlClient(fresh.db).data(mutation.text);
        for (const payload of Object.values(data as Record<string, { userErrors: unknown[] }>)) expect(payload.userErrors).toEqual([]);
      } finally {
        await fresh.close();
      }
    });

  for (const [index, query] of examples.entries())
    it(`example ${index + 1} runs: ${firstLine(query)}`, async () => {
      const data = await graphqlClient(handle.db).data(query.text);
      for (const value of Object.values(data as object)) expect(value).not.toBeNull();
    });
});
