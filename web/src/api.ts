import { Client, fetchExchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';

// The tracker is a client of the public API like any other: urql over /graphql, typed documents from
// gql/ (npm run codegen), nothing the API does not offer to everyone.
/** An operation's hash in the manifest codegen wrote (`__meta__.hash`), as the server takes it. */
const hashOf = (document: object) => (document as { __meta__?: { hash?: string } }).__meta__?.hash?.replace(/^sha256:/, '');

// Operations go by the hash codegen gave them (gql/persisted-documents.json, which the server's
// default manifests include), so the page works when the server runs only trusted documents. urql
// sends queries as GET (cacheable, with the server's ETags); a GET must carry the CSRF header.
/** Where the tab keeps the write token a curator gave it (session.ts): sessionStorage, this tab only. */
export const TOKEN_KEY = 'stancegraph-write-token';

export const api = new Client({
  url: '/graphql',
  exchanges: [
    persistedExchange({
      enforcePersistedQueries: true,
      enableForMutation: true,
      preferGetForPersistedQueries: true,
      generateHash: async (_query, document) => hashOf(document),
    }),
    fetchExchange,
  ],
  requestPolicy: 'network-only',
  // The write token a curator gave this tab (session.ts), with every request once given.
  fetchOptions: () => {
    const token = sessionStorage.getItem(TOKEN_KEY);
    return { headers: { 'x-graphql-yoga-csrf': 'tracker', ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  },
});

/**
 * Calls `onEvent` for each event of a subscription (Server-Sent Events over fetch, sent by its hash),
 * until the returned function is called. Reconnects after a pause when the stream ends or fails.
 */
export function follow(document: object, onEvent: () => void): () => void {
  const hash = hashOf(document);
  const stop = new AbortController();
  const run = async () => {
    while (!stop.signal.aborted) {
      try {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
          body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
          signal: stop.signal,
        });
        const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) if (chunk.value.includes('event: next')) onEvent();
      } catch {
        // Aborted, or the server went away: try again shortly unless stopped.
      }
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  };
  void run();
  return () => stop.abort();
}
