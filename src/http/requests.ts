import { getOperationAST, GraphQLError, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../log.js';
import { currentScope, RequestScope, runInScope } from './scope.js';

export interface RequestRules {
  log: Logger;
  /** A query still running after this long is answered REQUEST_TIMEOUT and its SQL cancelled, in ms. */
  timeoutMs: number;
  /** A larger request body is answered 413 before it is read further, in bytes. */
  maxBodyBytes: number;
}

/** The answer to a request past its deadline; its statements are cancelled meanwhile. */
export const requestTimeoutError = (scope: RequestScope | undefined) =>
  new GraphQLError(
    `The request took longer than the server allows${scope ? ` (REQUEST_TIMEOUT, ${scope.timeoutMs / 1000} s)` : ''} and was stopped; nothing it was writing was kept. Ask for less, or try again.`,
    { extensions: { code: 'REQUEST_TIMEOUT', http: { status: 503 }, ...(scope ? { requestId: scope.id } : {}) } },
  );

/**
 * Each HTTP request runs in a {@link RequestScope}: it gets an id (the client's `x-request-id`, else
 * a new one, sent back in the same header), a deadline, and is stopped when its client disconnects
 * (the database layer then cancels its SQL). A query past its deadline is answered at once with
 * REQUEST_TIMEOUT; a mutation is not cut short (its statements are cancelled and its transaction
 * rolls back, and the answer says what happened). Bodies over the limit are answered 413 unread.
 * One log line per request: id, method, path, status, duration, operation, SQL statements.
 */
export function useRequests({ log, timeoutMs, maxBodyBytes }: RequestRules): Plugin {
  /** The request's operation, recorded on its scope (for the log line); undefined outside a request. */
  const operationOf = (args: { document: DocumentNode; operationName?: string | null }) => {
    const scope = currentScope();
    const operation = getOperationAST(args.document, args.operationName);
    if (scope) scope.operation = { name: operation?.name?.value, type: operation?.operation ?? 'unknown' };
    return scope && { scope, type: operation?.operation };
  };
  return {
    instrumentation: {
      request({ request }, wrapped) {
        const scope = new RequestScope(log, request.headers.get('x-request-id'), timeoutMs);
        scope.startDeadline();
        const disconnected = () => scope.stop('disconnected');
        request.signal?.addEventListener('abort', disconnected, { once: true });
        const done = () => {
          scope.clearDeadline();
          request.signal?.removeEventListener('abort', disconnected);
        };
        return runInScope(scope, async () => {
          try {
            await wrapped();
          } finally {
            done();
          }
        });
      },
    },

    async onRequest({ request, endResponse, fetchAPI, setRequest }) {
      // A compressed body could unpack to any size past the limit: bodies travel as they are.
      const encoding = request.headers.get('content-encoding');
      if (encoding && !/^\s*(identity|none)\s*$/i.test(encoding))
        return endResponse(
          fetchAPI.Response.json(
            {
              errors: [
                {
                  message: `Request bodies are not accepted compressed (Content-Encoding: ${encoding.slice(0, 50)}); send them as they are.`,
                  extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' },
                },
              ],
            },
            { status: 415 },
          ),
        );
      if (request.method !== 'POST' || !request.body) return;
      const tooLarge = () =>
        endResponse(
          fetchAPI.Response.json(
            { errors: [{ message: `The request body is larger than ${maxBodyBytes} bytes (MAX_BODY_SIZE).`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] },
            { status: 413 },
          ),
        );
      const declared = Number(request.headers.get('content-length'));
      if (declared > maxBodyBytes) return tooLarge();
      // Without a length (a chunked body), read it up to the limit before anything parses it.
      if (request.headers.has('content-length')) return;
      const chunks: Uint8Array[] = [];
      let size = 0;
      const reader = request.body.getReader();
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        size += chunk.value.byteLength;
        if (size > maxBodyBytes) {
          await reader.cancel();
          return tooLarge();
        }
        chunks.push(chunk.value);
      }
      setRequest(new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body: Buffer.concat(chunks), signal: request.signal }));
    },

    onExecute({ args, executeFn, setExecuteFn }) {
      const current = operationOf(args);
      if (current?.type !== 'query') return;
      const { scope } = current;
      const stopped = new Promise<{ errors: GraphQLError[] }>((resolve) =>
        scope.onStop(() => {
          if (scope.stopped === 'deadline') scope.log.warn('stopped a query past its deadline (REQUEST_TIMEOUT)');
          resolve({ errors: [requestTimeoutError(scope)] });
        }),
      );
      setExecuteFn((executeArgs) => Promise.race([executeFn(executeArgs), stopped]));
    },

    onSubscribe({ args }) {
      operationOf(args)?.scope.clearDeadline();
    },

    onResponse({ request, response }) {
      const scope = currentScope();
      if (!scope) return;
      response.headers.set('x-request-id', scope.id);
      const url = new URL(request.url);
      const probe = url.pathname === '/healthz' || url.pathname === '/readyz';
      scope.log[probe ? 'debug' : 'info'](
        {
          method: request.method,
          path: url.pathname,
          status: response.status,
          durationMs: Math.round((performance.now() - scope.startedAt) * 10) / 10,
          operation: scope.operation?.name,
          operationType: scope.operation?.type,
          statements: scope.statements,
          ...(scope.stopped ? { stopped: scope.stopped } : {}),
        },
        'request',
      );
    },
  };
}
