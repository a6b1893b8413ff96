import { createHash } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

/**
 * GET queries (persisted ones above all: a URL of a hash and variables) may be cached by browsers and
 * proxies, revalidated each time: an ETag of the answer, and 304 when the client has it already. The
 * data changes with every write, so nothing is served from a cache unchecked.
 */
export function useConditionalGet(): Plugin {
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (request.method !== 'GET' || response.status !== 200 || !/json/.test(response.headers.get('content-type') ?? '')) return;
      const text = await response.text();
      const etag = etagOf(text);
      const headers = new fetchAPI.Headers(response.headers);
      headers.set('etag', etag);
      // An answer may depend on the token (Query.writer): with one, only the browser keeps it, by token.
      const authorized = request.headers.has('authorization');
      headers.set('cache-control', authorized ? 'private, no-cache' : 'public, no-cache');
      if (authorized) headers.append('vary', 'Authorization');
      const fresh = hasEtag(request, etag);
      setResponse(fresh ? new fetchAPI.Response(null, { status: 304, headers }) : new fetchAPI.Response(text, { status: 200, headers }));
    },
  };
}

/** The ETag of a body: a hash of it, quoted. */
export const etagOf = (body: string | Uint8Array) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** Whether the client holds the body of this ETag already (If-None-Match). */
export const hasEtag = (request: Request, etag: string) =>
  request.headers
    .get('if-none-match')
    ?.split(',')
    .some((tag) => tag.trim() === etag) ?? false;
