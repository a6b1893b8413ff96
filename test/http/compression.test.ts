import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { readConfig } from '../../src/config.js';
import { createApp } from '../../src/server.js';
import { createSeededDatabase } from '../helpers/database.js';

// HTTP for browsers: responses compressed when the client accepts it (event streams excepted, which
// must arrive event by event), the GraphiQL page compressed once and revalidated by ETag (or off),
// compressed request bodies refused.

let handle: DatabaseHandle;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  handle = await createSeededDatabase();
  app = createApp({ db: handle.db });
});
afterAll(() => handle?.close());

describe('compression', () => {
  it('gzips a GraphQL answer for a client that accepts it, and not for one that does not', async () => {
    const request = (headers: Record<string, string>) =>
      app.fetch('http://http.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ articles { nodes { summary } } }' }),
      });
    const zipped = await request({ 'accept-encoding': 'gzip' });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    const bytes = Buffer.from(await zipped.arrayBuffer());
    const plain = await (await request({})).text();
    expect(gunzipSync(bytes).toString()).toBe(plain);
    expect(bytes.length).toBeLessThan(plain.length / 2);
  });

  it('serves GraphiQL gzipped once with an ETag (304 when the browser has it), and leaves event streams alone', async () => {
    const get = (headers: Record<string, string> = {}) =>
      app.fetch('http://http.test/graphql', { headers: { accept: 'text/html', 'accept-encoding': 'gzip', ...headers } });
    const page = await get();
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(page.headers.get('cache-control')).toBe('public, no-cache');
    const etag = page.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const bytes = Buffer.from(await page.arrayBuffer());
    expect(gunzipSync(bytes).toString()).toMatch(/<title>Stancegraph<\/title>/);
    // The same compressed bytes every time (compressed once, not per request), plain for a client without gzip.
    expect(Buffer.from(await (await get()).arrayBuffer()).equals(bytes)).toBe(true);
    const plain = await get({ 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(gunzipSync(bytes).toString());
    const again = await get({ 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const stream = await app.fetch('http://http.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: 'subscription { articleAdded { title } }' }),
    });
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(stream.headers.get('content-encoding')).not.toBe('gzip');
    // This app sends no live updates: the stream says so, then completes.
    expect(await stream.text()).toMatch(/SUBSCRIPTIONS_UNAVAILABLE[\s\S]*event: complete/);
  });

  it('serves no GraphiQL when it is off (production unless GRAPHIQL=on), and still answers GraphQL at the same path', async () => {
    const off = createApp({ db: handle.db, graphiql: false });
    const page = await off.fetch('http://http.test/graphql', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(404);
    expect(await page.text()).toMatch(/GraphiQL is off in production; set GRAPHIQL=on/);
    const query = await off.fetch('http://http.test/graphql?query=%7B__typename%7D', {
      headers: { accept: 'text/html, application/json', 'x-graphql-yoga-csrf': '1' },
    });
    expect(await query.json()).toEqual({ data: { __typename: 'Query' } });
    expect(readConfig({ NODE_ENV: 'production' }).graphiql).toBe(false);
    expect(readConfig({ NODE_ENV: 'production', GRAPHIQL: 'on' }).graphiql).toBe(true);
    expect(readConfig({}).graphiql).toBe(true);
    expect(() => readConfig({ GRAPHIQL: 'yes' })).toThrow(/GRAPHIQL must be on or off \(got "yes"\)/);
  });

  it('refuses a compressed request body with 415', async () => {
    const response = await app.fetch('http://http.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: 'x',
    });
    expect(response.status).toBe(415);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
