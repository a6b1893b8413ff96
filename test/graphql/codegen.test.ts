import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, StancegraphError, subscribe } from '../../examples/client/client.js';
import config from '../../codegen.js';
import { gridLines } from '../../examples/client/example.js';
import { NewArticlesDocument, StanceChangedDocument, RecordPositionDocument, StanceGridDocument } from '../../examples/client/gql/graphql.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { Events } from '../../src/events.js';
import { DEFAULT_MANIFESTS, readManifests } from '../../src/http/persisted-operations.js';
import { createSeededDatabase, databaseKind } from '../helpers/database.js';
import { WRITE_TOKEN } from '../helpers/graphql.js';
import { serve } from '../helpers/http.js';

// The example client, as a frontend developer would copy it: its generated code is current (and
// `npm test` type-checks it), its typed operations run against a live server by their hashes only,
// and codegen's own errors reach whoever writes a wrong field.
describe.skipIf(databaseKind !== 'pglite')('the example client', () => {
  let handle: DatabaseHandle;
  let events: Events;
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    handle = await createSeededDatabase();
    events = await Events.start(handle);
    // Trusted documents only: the client must send every operation by its hash.
    server = await serve({
      db: handle.db,
      events,
      writeTokens: [WRITE_TOKEN],
      persisted: { mode: 'only', operations: readManifests(DEFAULT_MANIFESTS, { required: true }) },
    });
  });
  afterAll(async () => {
    await events?.close();
    await server?.close();
    await handle?.close();
  });

  it('is generated from the current schema and operations (run `npm run codegen` after changing either)', async () => {
    const files = (await generate(config, false)) as { filename: string; content: string }[];
    const names = ['gql.ts', 'graphql.ts', 'index.ts', 'persisted-documents.json'];
    expect(files.map((f) => f.filename.replace(/^.*\/(examples\/client|web\/src)\//, '$1/')).sort()).toEqual(
      [...names.map((n) => `examples/client/gql/${n}`), ...names.map((n) => `web/src/gql/${n}`)].sort(),
    );
    for (const file of files) expect(readFileSync(file.filename, 'utf8'), file.filename).toBe(file.content);
  });

  it('runs a typed query, a mutation with a token and a subscription against a live server, by hash', async () => {
    const grid = await request(server.url, StanceGridDocument, { actors: ['UK', 'Russia'], topics: ['troop-deployment', 'russian-veto'] });
    expect(gridLines(grid)).toEqual(['United Kingdom: SUPPORTS | —', 'Russia: OPPOSES | SUPPORTS']);

    const unauthenticated = await request(server.url, RecordPositionDocument, {
      input: { actorId: 'x', topicId: 'x', articleId: 'x', stance: 'SUPPORTS', statement: 'x', quote: 'x' },
    }).catch((error: StancegraphError) => error);
    expect(unauthenticated).toBeInstanceOf(StancegraphError);
    expect((unauthenticated as StancegraphError).errors[0]!.extensions?.code).toBe('UNAUTHENTICATED');
    const refused = await request(
      server.url,
      RecordPositionDocument,
      { input: { actorId: 'x', topicId: 'x', articleId: 'x', stance: 'SUPPORTS', statement: 'x', quote: 'x' } },
      { token: WRITE_TOKEN },
    );
    expect(refused.recordPosition.userErrors.map((e) => e.code)).toEqual(['INVALID', 'INVALID', 'INVALID']);

    // The example's own subscription, with the variables it sends (none): the server takes it and listens.
    const following = new AbortController();
    const changes = subscribe(server.url, StanceChangedDocument, {}, following.signal);
    const change = changes.next().catch((error: unknown) => error);
    for (let i = 0; i < 100 && events.subscribers === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events.subscribers).toBe(1);
    following.abort();
    await change;
    for (let i = 0; i < 100 && events.subscribers > 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));

    const stop = new AbortController();
    const live = subscribe(server.url, NewArticlesDocument, {}, stop.signal);
    const first = live.next();
    for (let i = 0; i < 100 && events.subscribers === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    await handle.rows(sql`insert into articles (slug, title, summary) values ('client-test', 'Seen by the client', 'x')`);
    expect((await first).value).toEqual({ articleAdded: { slug: 'client-test', title: 'Seen by the client' } });
    stop.abort();
  });

  it('runs an operation generated after the server started (its hash unknown there) by sending the document once, with PERSISTED_OPERATIONS=allow', async () => {
    // A server whose manifests predate every operation of the client.
    const before = await serve({ db: handle.db, events, writeTokens: [WRITE_TOKEN], persisted: { mode: 'allow', operations: new Map() } });
    try {
      const grid = await request(before.url, StanceGridDocument, { actors: ['UK'], topics: ['troop-deployment'] });
      expect(gridLines(grid)).toEqual(['United Kingdom: SUPPORTS']);
      const stop = new AbortController();
      const live = subscribe(before.url, NewArticlesDocument, {}, stop.signal);
      const first = live.next();
      for (let i = 0; i < 100 && events.subscribers === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(events.subscribers).toBe(1);
      await handle.rows(sql`insert into articles (slug, title, summary) values ('client-test-late', 'Seen late', 'x')`);
      expect((await first).value).toEqual({ articleAdded: { slug: 'client-test-late', title: 'Seen late' } });
      stop.abort();
    } finally {
      await before.close();
    }
  });

  it('fails codegen on a wrong field with its own "Did you mean" message', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'stancegraph-codegen-'));
    try {
      writeFileSync(join(scratch, 'typo.graphql'), 'query Typo { actor(slug: "russia") { alias } }\n');
      const generated = generate(
        { ...config, documents: [join(scratch, '*.graphql')], generates: { [join(scratch, 'gql/')]: Object.values(config.generates)[0]! } },
        false,
      );
      await expect(generated).rejects.toThrow(/Cannot query field "alias" on type "Actor"\. Did you mean "aliases"\?/);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
