import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { createApp } from '../../src/server.js';
import { createSeededDatabase } from '../helpers/database.js';

// HTTP for browsers: responses compressed when the client accepts it (event streams excepted, which
// must arrive event by event), the GraphiQL page kept by the browser, compressed request bodies refused.

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

  it('serves GraphiQL compressed and cacheable, and leaves event streams alone', async () => {
    const page = await app.fetch('http://http.test/graphql', { headers: { accept: 'text/html', 'accept-encoding': 'gzip' } });
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(page.headers.get('cache-control')).toBe('public, max-age=600');
    expect(gunzipSync(Buffer.from(await page.arrayBuffer())).toString()).toMatch(/<title>Stancegraph<\/title>/);
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
