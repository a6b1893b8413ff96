import { useContentEncoding } from '@whatwg-node/server';
import type { Plugin } from 'graphql-yoga';

/**
 * Responses compressed (gzip or deflate, as the client accepts) by @whatwg-node/server's plugin,
 * except event streams, which must reach the client event by event. The GraphiQL page (~9 MB of
 * HTML) may be kept by the browser for ten minutes.
 */
export function useCompression(): Plugin {
  const compress = useContentEncoding().onResponse!;
  return {
    onResponse(payload) {
      const type = payload.response.headers.get('content-type') ?? '';
      if (type.startsWith('text/event-stream')) return;
      if (type.startsWith('text/html') && new URL(payload.request.url).pathname === '/graphql')
        payload.response.headers.set('cache-control', 'public, max-age=600');
      return compress(payload as never);
    },
  };
}
