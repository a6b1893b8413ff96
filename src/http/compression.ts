import { useContentEncoding } from '@whatwg-node/server';
import type { Plugin } from 'graphql-yoga';

/**
 * Responses compressed (gzip or deflate, as the client accepts) by @whatwg-node/server's plugin,
 * except event streams, which must reach the client event by event, and answers compressed already
 * (the GraphiQL page, gzipped once: http/graphiql.ts).
 */
export function useCompression(): Plugin {
  const compress = useContentEncoding().onResponse!;
  return {
    onResponse(payload) {
      const type = payload.response.headers.get('content-type') ?? '';
      if (type.startsWith('text/event-stream') || payload.response.headers.has('content-encoding')) return;
      return compress(payload as never);
    },
  };
}
