import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';
import { etagOf, hasEtag } from './conditional-get.js';

/** What GraphiQL opens with. */
export interface GraphiQLOptions {
  title: string;
  defaultQuery: string;
}

interface Page {
  raw: Uint8Array<ArrayBuffer>;
  gzipped: Uint8Array<ArrayBuffer>;
  etag: string;
}

/** A Buffer as the Uint8Array a Response takes, without a copy. */
const view = (buffer: Buffer) => new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);

/**
 * GraphiQL at /graphql for a browser (a GET that accepts text/html), in place of Yoga's own page.
 * When on, the page (~9 MB of HTML: GraphiQL's whole bundle) is rendered and gzipped once per process,
 * on first request, and served with an ETag: compressing it per request cost ~350 ms of CPU each, and a
 * browser that has it gets 304. When off (production, unless GRAPHIQL=on), such a request without a
 * query answers 404 saying how to turn it on; one with a query is answered as GraphQL.
 */
export function useGraphiQL(enabled: boolean, options: GraphiQLOptions): Plugin {
  let page: Promise<Page> | undefined;
  const render = async (): Promise<Page> => {
    // Imported when first asked for: the module holds GraphiQL's whole bundle (~0.6 s to load).
    const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
    const raw = Buffer.from(renderGraphiQL(options));
    return { raw: view(raw), gzipped: view(await promisify(gzip)(raw)), etag: etagOf(raw) };
  };
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (!request.headers.get('accept')?.includes('text/html') || !/^\/graphql\/?$/.test(url.pathname)) return;
      if (!enabled) {
        if (url.searchParams.has('query') || url.searchParams.has('extensions')) return;
        return endResponse(
          new fetchAPI.Response('GraphiQL is off in production; set GRAPHIQL=on to serve it. GraphQL is answered here for POST and GET with a query.\n', {
            status: 404,
            headers: { 'content-type': 'text/plain; charset=utf-8' },
          }),
        );
      }
      page ??= render().catch((error: unknown) => {
        page = undefined;
        throw error;
      });
      return page.then(({ raw, gzipped, etag }) => {
        const zipped = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
        const headers: Record<string, string> = {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'public, no-cache',
          etag,
          vary: 'Accept-Encoding',
        };
        if (hasEtag(request, etag)) return endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        if (zipped) headers['content-encoding'] = 'gzip';
        endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : zipped ? gzipped : raw, { headers }));
      });
    },
  };
}
