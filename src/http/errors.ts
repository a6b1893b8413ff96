import { PothosValidationError } from '@pothos/core';
import { GraphQLError, type ASTNode } from 'graphql';
import { maskError as yogaMaskError, type Plugin } from 'graphql-yoga';
import { errorChain, postgresError } from '../db/client.js';
import { ServerBusyError } from '../db/gate.js';
import { UserInputError } from '../models/errors.js';
import { requestTimeoutError } from './requests.js';
import { currentScope, RequestStoppedError } from './scope.js';

// The errors a request is answered with: the models' UserInputError as the one shape of a
// bad-argument error, the server's resources failing as such (HTTP 503), anything else masked.

/** A path into arguments as a client writes it: ["filter", "topic"] → filter.topic, ["topics", "1"] → topics[1]. */
export function argumentPath(field: readonly string[]): string {
  return field.map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

/**
 * The one shape of a bad-argument error: the message names the argument and says what was wrong,
 * `extensions.code` is BAD_USER_INPUT and `extensions.argument` the argument's path (the first,
 * when there are several problems); `extensions.field` names the field when the error has no
 * `path` (it was found before execution).
 */
export function argumentError(error: UserInputError, options: { nodes?: readonly ASTNode[]; path?: readonly (string | number)[]; field?: string } = {}) {
  const [first] = error.errors;
  return new GraphQLError(error.errors.map((e) => `Argument "${argumentPath(e.field)}" ${e.message}`).join(' '), {
    nodes: options.nodes,
    path: options.path,
    extensions: { code: 'BAD_USER_INPUT', argument: first ? argumentPath(first.field) : undefined, ...(options.field ? { field: options.field } : {}) },
  });
}

/**
 * Yoga's error masking, with bad arguments shown as such: a UserInputError thrown while resolving
 * a field, and plugin-drizzle's refusal of a cursor it cannot apply, become BAD_USER_INPUT errors;
 * faults of the server's resources (a deadline, a busy pool, the database) are said as such, with
 * HTTP 503; any other unexpected error is "Unexpected error." with no message or stack, in every
 * NODE_ENV. The server's own errors carry the request id (`extensions.requestId`), to find the
 * request's log lines.
 */
export function maskError(error: unknown, message: string): Error {
  if (error instanceof GraphQLError) {
    const original = error.originalError;
    if (original instanceof UserInputError) return argumentError(original, { nodes: error.nodes, path: error.path });
    // The page rule lets only well-formed cursors through; one from another list can still hold more
    // values than this list orders by.
    if (original instanceof PothosValidationError && /cursor/i.test(original.message))
      return new GraphQLError('Argument "after" or "before" is not a cursor of this list.', {
        nodes: error.nodes,
        path: error.path,
        extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
      });
  }
  // The API's own errors (and GraphQL's validation errors) are shown as they are.
  if (error instanceof GraphQLError && !error.originalError) return error;
  const cause = error instanceof GraphQLError ? error.originalError : error;
  const fault = resourceFault(cause);
  const masked = fault ?? yogaMaskError(error, message, false);
  const requestId = currentScope()?.id;
  if (!(masked instanceof GraphQLError)) return masked;
  return new GraphQLError(masked.message, {
    nodes: error instanceof GraphQLError ? error.nodes : undefined,
    path: error instanceof GraphQLError ? error.path : undefined,
    extensions: { ...masked.extensions, ...(requestId ? { requestId } : {}) },
  });
}

/**
 * A failure of the server's resources rather than of the request, said as such, all HTTP 503 (try
 * again later): the request's deadline, no free database connection, a statement cancelled by the
 * statement timeout, a database that cannot be reached.
 */
export function resourceFault(error: unknown): GraphQLError | undefined {
  const unavailable = (message: string, code: string) => new GraphQLError(message, { extensions: { code, http: { status: 503 } } });
  const chain = errorChain(error);
  const stopped = chain.find((e): e is RequestStoppedError => e instanceof RequestStoppedError);
  if (stopped?.reason === 'deadline') return requestTimeoutError(currentScope());
  const busy = chain.find((e): e is ServerBusyError => e instanceof ServerBusyError);
  if (busy) return unavailable(`The server is busy: ${busy.message}. Try again shortly.`, 'SERVER_BUSY');
  const { code } = postgresError(error);
  if (code === '57014')
    return unavailable(
      'The request took longer than the database allows (STATEMENT_TIMEOUT) and was cancelled; nothing it was writing was kept. Ask for less, or try again.',
      'TIMEOUT',
    );
  const unreachable = chain.some((e) =>
    /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|CONNECTION_(CLOSED|ENDED|DESTROYED))$/.test(String((e as { code?: unknown }).code)),
  );
  if (unreachable || (code && /^(08|57P0)/.test(code))) return unavailable('The database is unavailable; try again shortly.', 'DATABASE_UNAVAILABLE');
  return undefined;
}

/**
 * Every error a client gets carries `extensions.code`: graphql-js refuses a variable's value it cannot
 * coerce (an Int of 1.5 or past 2^31, a string for an enum) with an error of its own that has none,
 * before anything runs. Those are the client's input: BAD_USER_INPUT.
 */
export function useErrorCodes(): Plugin {
  // graphql-js's own refusals: no code, and no field's path (what a resolver threw has one, and is masked below).
  const uncoded = (error: GraphQLError) => !error.extensions?.code && !error.path;
  const coded = (error: GraphQLError) =>
    uncoded(error)
      ? new GraphQLError(error.message, { nodes: error.nodes, path: error.path, extensions: { ...error.extensions, code: 'BAD_USER_INPUT' } })
      : error;
  return {
    onExecute: () => ({
      onExecuteDone: ({ result, setResult }) => {
        if (!('errors' in result) || !result.errors?.some((e) => uncoded(e as GraphQLError))) return;
        setResult({ ...result, errors: result.errors.map((e) => coded(e as GraphQLError)) });
      },
    }),
  };
}
