import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from './config.js';
import { errorChain } from './db/client.js';
import { ServerBusyError } from './db/gate.js';
import { UserInputError } from './models/errors.js';
import { currentScope, RequestStoppedError } from './http/scope.js';

export type { Logger };

/**
 * The server's logger: one JSON object per line (pino), or coloured lines for a person when in
 * development on a terminal. Errors are logged with their chain of causes, every string and list
 * in them cut short (drizzle's errors carry the whole SQL and every parameter).
 */
export function createLogger({ logLevel, nodeEnv }: Pick<Config, 'logLevel' | 'nodeEnv'>, destination: NodeJS.WritableStream = process.stdout): Logger {
  const options: pino.LoggerOptions = {
    level: logLevel,
    base: { pid: process.pid },
    serializers: { err: serializeError },
    // Nothing here logs headers; should one ever be, its credentials are not written.
    redact: ['*.authorization', '*.headers.authorization', '*.headers.cookie'],
  };
  const forPerson = nodeEnv === 'development' && (destination as { isTTY?: boolean }).isTTY === true;
  return pino(options, forPerson ? pretty({ sync: true, ignore: 'pid,hostname' }) : destination);
}

/** A logger that writes nothing: tests and the default of createApp. */
export const silentLogger = (): Logger => pino({ level: 'silent' });

const MAX_STRING = 300;
const MAX_ITEMS = 10;

/** An error as a log field: type, message, code, stack and causes, every value shortened. */
export function serializeError(error: unknown): unknown {
  return shorten(error instanceof Error ? pino.stdSerializers.errWithCause(error) : error, 0);
}

function shorten(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}… (${value.length} characters)` : value;
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const kept = value.slice(0, MAX_ITEMS).map((item) => shorten(item, depth + 1));
    return value.length > MAX_ITEMS ? [...kept, `… (${value.length - MAX_ITEMS} more)`] : kept;
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shorten(item, depth + 1)]));
}

/**
 * Whose fault an error is: the client's (a bad argument or cursor: not worth an error line), the
 * load's (a request stopped at its deadline or by its client, no free connection: a warning), or
 * the server's (anything else, database faults included: an error, with its causes).
 */
function faultOf(error: Error): 'client' | 'credentials' | 'load' | 'server' {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof UserInputError || original instanceof PothosValidationError) return 'client';
  const code = errorChain(error).map((e) => (e instanceof GraphQLError ? e.extensions?.code : undefined));
  if (code.some((c) => c === 'UNAUTHENTICATED' || c === 'FORBIDDEN')) return 'credentials';
  if (errorChain(error).some((e) => e instanceof RequestStoppedError || e instanceof ServerBusyError)) return 'load';
  return 'server';
}

/**
 * GraphQL Yoga's logger, writing through pino with the current request's id. Yoga logs at `error`
 * every error it masks, which this sorts by {@link faultOf}.
 */
export function yogaLogger(log: Logger): Record<'debug' | 'info' | 'warn' | 'error', (...args: unknown[]) => void> {
  const current = () => currentScope()?.log ?? log;
  const line =
    (level: 'debug' | 'info' | 'warn') =>
    (...args: unknown[]) =>
      current()[level](args.map(String).join(' '));
  return {
    debug: line('debug'),
    info: line('info'),
    warn: line('warn'),
    error: (...args: unknown[]) => {
      for (const arg of args) {
        const fault = arg instanceof Error ? faultOf(arg) : undefined;
        if (!(arg instanceof Error)) current().error(String(arg));
        else if (fault === 'client') current().debug({ err: arg }, 'refused a bad argument');
        else if (fault === 'load') current().warn(arg.message);
        // A missing or wrong token is the client's doing, not a fault: one line, no stack (the request line counts it too).
        else if (fault === 'credentials') current().warn({ refused: 'credentials' }, arg.message);
        else {
          // A field's error wraps what failed (drizzle's wraps the driver's, which names the cause).
          const error = arg instanceof GraphQLError ? (arg.originalError ?? arg) : arg;
          const chain = errorChain(error) as { code?: unknown; message?: unknown }[];
          const codes = chain.map((e) => e.code).filter((code): code is string => typeof code === 'string');
          const cause = String(chain.at(-1)?.message ?? error.message).slice(0, MAX_STRING);
          current().error({ err: error, codes, path: arg instanceof GraphQLError ? arg.path : undefined }, cause);
        }
      }
    },
  };
}
