// A typed client of Stancegraph, as a frontend or a script would write one with GraphQL Code Generator:
// the operations are the .graphql files of operations/, `npm run codegen` turns them into typed
// documents (gql/graphql.ts), and these two functions run any of them. Copy this folder to start a client.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** An error the server answered with: its message, and `extensions.code` (BAD_USER_INPUT, UNAUTHENTICATED, …). */
export class StancegraphError extends Error {
  constructor(readonly errors: { message: string; extensions?: { code?: string } }[]) {
    super(errors.map((e) => e.message).join('; '));
  }
}

/** The operation's hash in the manifest codegen wrote (persistedDocuments), when it has one. */
const hashOf = (document: object) => (document as { __meta__?: { hash?: string } }).__meta__?.hash?.replace(/^sha256:/, '');

/**
 * The body of a request for an operation: by hash when codegen gave it one (the server runs it as a
 * trusted document, and with PERSISTED_OPERATIONS=only runs nothing else), else the whole document.
 */
function body<V>(document: TypedDocumentNode<unknown, V>, variables: V): string {
  const hash = hashOf(document);
  return JSON.stringify(hash ? { variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } : { query: print(document), variables });
}

/** Runs a query or mutation and returns its data; throws a StancegraphError with the server's errors. */
export async function request<R, V>(endpoint: string, document: TypedDocumentNode<R, V>, variables: V, options: { token?: string } = {}): Promise<R> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: body(document, variables),
  });
  const result = (await response.json()) as { data?: R | null; errors?: { message: string; extensions?: { code?: string } }[] };
  if (result.errors?.length) throw new StancegraphError(result.errors);
  return result.data as R;
}

/**
 * Runs a subscription over Server-Sent Events and yields the data of each event until the server ends
 * the stream or `signal` aborts it; throws a StancegraphError when the server refuses it.
 */
export async function* subscribe<R, V>(endpoint: string, document: TypedDocumentNode<R, V>, variables: V, signal?: AbortSignal): AsyncGenerator<R> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: body(document, variables),
    signal,
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += value;
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (/^event: complete/m.test(event)) return;
      const data = event
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).trimStart())
        .join('\n');
      if (!data) continue; // a keep-alive comment
      const result = JSON.parse(data) as { data?: R; errors?: { message: string; extensions?: { code?: string } }[] };
      if (result.errors?.length) throw new StancegraphError(result.errors);
      yield result.data as R;
    }
  }
}
