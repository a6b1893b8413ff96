import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { DEFAULT_MANIFESTS, readManifests } from '../../src/http/persisted-operations.js';
import { createApp } from '../../src/server.js';
import { createSeededDatabase } from '../helpers/database.js';

// Trusted documents: the example client's operations, by the hash codegen gave them in its manifest.

const manifest = JSON.parse(readFileSync(DEFAULT_MANIFESTS[1]!, 'utf8')) as Record<string, string>;
const [stanceGrid] = Object.entries(manifest).find(([, document]) => document.startsWith('query StanceGrid'))!;
const hash = stanceGrid.replace(/^sha256:/, '');

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createSeededDatabase();
});
afterAll(() => handle?.close());

const appIn = (mode: 'off' | 'allow' | 'only') =>
  createApp({ db: handle.db, persisted: { mode, operations: readManifests(DEFAULT_MANIFESTS, { required: true }) } });
const post = async (app: ReturnType<typeof createApp>, body: object) => {
  const response = await app.fetch('http://persisted.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
};
const byHash = (sha256Hash: string) => ({
  variables: { actors: ['UK'], topics: ['troop-deployment'] },
  extensions: { persistedQuery: { version: 1, sha256Hash } },
});

describe('persisted operations', () => {
  it('run by the hash of the manifest, as a client sends it, without the document', async () => {
    const { status, body } = await post(appIn('allow'), byHash(hash));
    expect(status).toBe(200);
    expect(body.data.stanceMatrix.rows[0].actor.slug).toBe('united-kingdom');
  });

  it('answer an unknown hash with PERSISTED_QUERY_NOT_FOUND', async () => {
    const { status, body } = await post(appIn('allow'), byHash('0'.repeat(64)));
    expect(status).toBe(404);
    expect(body.errors).toEqual([
      {
        message: 'No persisted operation has this hash: send the whole document, or regenerate the client and deploy its manifest.',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
      },
    ]);
  });

  it('register an operation no manifest holds, sent with its hash (automatic persisted queries), with PERSISTED_OPERATIONS=allow', async () => {
    const app = appIn('allow');
    const query = 'query NewOperation { topics(first: 1) { totalCount } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    // Unknown: the client is told to send the document.
    const unknown = await post(app, { extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    // With the document and its hash: run, and registered.
    const registered = await post(app, { query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(registered.body).toEqual({ data: { topics: { totalCount: 11 } } });
    expect((await post(app, { extensions: { persistedQuery: { version: 1, sha256Hash } } })).body).toEqual({ data: { topics: { totalCount: 11 } } });
    // A hash that is not the document's is refused, and registers nothing under it.
    const forged = await post(app, { query: '{ actors { totalCount } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } });
    expect(forged.status).toBe(400);
    expect(forged.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
    expect((await post(app, byHash('f'.repeat(64)))).body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    // With only, nothing is registered: a document is refused even with its hash.
    const only = await post(appIn('only'), { query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(only.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
  });

  it('are the only operations run with PERSISTED_OPERATIONS=only, and ignored with off', async () => {
    const only = appIn('only');
    const arbitrary = await post(only, { query: '{ topics { totalCount } }' });
    expect(arbitrary.status).toBe(400);
    expect(arbitrary.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
    expect((await post(only, byHash(hash))).body.data.stanceMatrix.rows).toHaveLength(1);
    const off = await post(appIn('off'), byHash(hash));
    expect(off.body.errors?.[0]?.message).toMatch(/Must provide query string/);
    expect((await post(appIn('allow'), { query: '{ topics { totalCount } }' })).body).toEqual({ data: { topics: { totalCount: 11 } } });
  });

  it('a request with neither a query nor a hash is refused with 400, saying what it lacks, in every mode', async () => {
    for (const mode of ['off', 'allow', 'only'] as const)
      for (const body of [{}, { variables: {} }, { query: '  ' }]) {
        const answer = await post(appIn(mode), body);
        expect(answer.status, `${mode} ${JSON.stringify(body)}`).toBe(400);
        expect(answer.body.errors).toEqual([
          {
            message: 'A request needs a query, or the hash of a persisted operation (extensions.persistedQuery.sha256Hash).',
            extensions: { code: 'BAD_REQUEST' },
          },
        ]);
      }
  });

  it('refuse a manifest that is not one, naming the file', () => {
    expect(() => readManifests([new URL('../../package.json', import.meta.url).pathname], { required: true })).toThrow(
      /PERSISTED_OPERATIONS_MANIFEST: .*package\.json is not a manifest of "sha256:<hash>": "<document>" entries/,
    );
    expect(() => readManifests(['/no/such/manifest.json'], { required: true })).toThrow(/names \/no\/such\/manifest\.json, which does not exist/);
    expect(readManifests(['/no/such/manifest.json'], { required: false }).size).toBe(0);
  });
});

describe('GET requests for persisted queries', () => {
  it('carry an ETag and answer 304 to a client that has the same answer', async () => {
    const app = appIn('allow');
    const url = `http://persisted.test/graphql?variables=${encodeURIComponent(JSON.stringify({ actors: ['UK'], topics: ['troop-deployment'] }))}&extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }))}`;
    // GET needs the CSRF header, as every GET does (a plain link must not run operations).
    const first = await app.fetch(url, { headers: { 'x-graphql-yoga-csrf': '1', accept: 'application/json' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(((await first.json()) as { data: any }).data.stanceMatrix.rows[0].cells[0].stance).toBe('SUPPORTS');
    const again = await app.fetch(url, { headers: { 'x-graphql-yoga-csrf': '1', accept: 'application/json', 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const changed = await app.fetch(url, { headers: { 'x-graphql-yoga-csrf': '1', accept: 'application/json', 'if-none-match': '"stale"' } });
    expect(changed.status).toBe(200);
  });
});
