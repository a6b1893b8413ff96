import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../examples/codegen/codegen.js';
import { gridLines, StanceGrid } from '../examples/codegen/client.js';
import type { DatabaseHandle } from '../src/db/client.js';
import { createSeededDatabase, databaseKind } from './helpers/database.js';
import { graphqlClient } from './helpers/graphql.js';

// The codegen consumer of the committed schema: its generated code must be current (and
// `npm test` type-checks the client against it), and its operations must run on the server.
describe.skipIf(databaseKind !== 'pglite')('the codegen example client', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createSeededDatabase();
  });
  afterAll(() => handle.close());

  it('is generated from the current schema (run `npm run codegen:example` after changing it)', async () => {
    const files = (await generate(config, false)) as { filename: string; content: string }[];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(readFileSync(file.filename, 'utf8'), file.filename).toBe(file.content);
  });

  it('runs its typed query against the server', async () => {
    const data = await graphqlClient(handle.db).data(print(StanceGrid), { actors: ['UK', 'Russia'], topics: ['troop-deployment', 'russian-veto'] });
    expect(gridLines(data)).toEqual(['United Kingdom: SUPPORTS | —', 'Russia: OPPOSES | SUPPORTS']);
  });
});
