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

/** Operations whose hash the server did not know (generated after its manifest was deployed): sent whole from then on. */
const unknownToServer = new WeakSet<object>();

/**
 * The body of a request for an operation: by hash when codegen gave it one (the server runs it as a
 * trusted document, and with PERSISTED_OPERATIONS=only runs nothing else), else the whole document.
 */
function body<V>(document: TypedDocumentNode<unknown, V>, variables: V): string {
  const hash = unknownToServer.has(document) ? undefined : hashOf(document);
  return JSON.stringify(hash ? { variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } : { query: print(document), variables });
}

type Answer<R> = { data?: R | null; errors?: { message: string; extensions?: { code?: string } }[] };

/**
 * Whether the server answered that it does not know the operation's hash (a server whose manifest
 * predates the operation): then the operation is sent whole, which PERSISTED_OPERATIONS=allow runs.
 */
const unknownHash = (document: object, answer: Answer<unknown>) => {
  const unknown = answer.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') ?? false;
  if (unknown) unknownToServer.add(document);
  return unknown;
};

/** Runs a query or mutation and returns its data; throws a StancegraphError with the server's errors. */
export async function request<R, V>(endpoint: string, document: TypedDocumentNode<R, V>, variables: V, options: { token?: string } = {}): Promise<R> {
  const send = async () =>
    (await (
      await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: body(document, variables),
      })
    ).json()) as Answer<R>;
  let result = await send();
  if (unknownHash(document, result)) result = await send();
  if (result.errors?.length) throw new StancegraphError(result.errors);
  return result.data as R;
}

/**
 * Runs a subscription over Server-Sent Events and yields the data of each event until the server ends
 * the stream or `signal` aborts it; throws a StancegraphError when the server refuses it.
 */
export async function* subscribe<R, V>(endpoint: string, document: TypedDocumentNode<R, V>, variables: V, signal?: AbortSignal): AsyncGenerator<R> {
  // An unknown hash is refused in the stream's first event: then once more, with the document whole.
  for (let tries = 0; ; tries++) {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: body(document, variables),
      signal,
    });
    let first = true;
    let again = false;
    for await (const result of eventsOf<R>(response)) {
      again = first && tries === 0 && unknownHash(document, result);
      if (again) break;
      first = false;
      if (result.errors?.length) throw new StancegraphError(result.errors);
      yield result.data as R;
    }
    if (!again) return;
  }
}

/** The results a Server-Sent Events response carries, until its `complete` event or its end. */
async function* eventsOf<R>(response: Response): AsyncGenerator<Answer<R>> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
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
        if (data) yield JSON.parse(data) as Answer<R>; // (no data: a keep-alive comment)
      }
    }
  } finally {
    void reader.cancel().catch(() => undefined);
  }
}
