import { z } from 'zod';

/** A write token, and the name what it writes is recorded under (`name:token` in API_TOKENS; null for a bare token). */
export interface WriteToken {
  name: string | null;
  token: string;
}

/** `name:token`: a name of letters, digits, dots, underscores and hyphens, starting with a letter. */
const NAMED_TOKEN = /^([A-Za-z][\w.-]{0,63}):(.+)$/;

/** Every setting the server reads, from environment variables; see the table in docs/operations.md. */
export interface Config {
  port: number;
  host: string;
  /** Unset: the embedded PGlite database in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  nodeEnv: 'development' | 'production' | 'test';
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Bearer tokens with write scope, each with the name writes are recorded under (null: unnamed); empty when none is configured. */
  apiTokens: WriteToken[];
  /** How long SIGTERM lets in-flight requests finish before closing their connections, in ms. */
  shutdownTimeoutMs: number;
  /** PostgreSQL: the longest one SQL statement may run, in ms. */
  statementTimeoutMs: number;
  /** The longest a query operation may take before it is answered REQUEST_TIMEOUT and its SQL cancelled, in ms. */
  requestTimeoutMs: number;
  /** PostgreSQL: connections of the pool. */
  poolSize: number;
  /** PostgreSQL: the longest a request waits for a free connection before it is answered SERVER_BUSY, in ms. */
  poolTimeoutMs: number;
  /** Operations costing more are heavy (HEAVY_QUERY_COST). */
  heavyCost: number;
  /** How many connections heavy operations may hold at once (HEAVY_QUERY_SHARE; default half of POOL_SIZE). */
  heavyShare: number;
  /** PGlite: in a worker thread of its own (PGLITE_THREAD=worker, the default) or in the server's (main). */
  pgliteWorker: boolean;
  /** The largest request body accepted, in bytes; larger ones are answered 413. */
  maxBodyBytes: number;
  /** Operations by hash: ignored (off), accepted beside any other (allow), the only ones run (only). */
  persistedOperations: 'off' | 'allow' | 'only';
  /** The manifests of persisted operations; unset: the example client's. */
  persistedManifests?: string[];
  /** Web origins that may call the API from a browser: a list, '*' for any, or none. */
  /** Serve GraphiQL at /graphql to browsers (GRAPHIQL=on|off; unset: on, off in production). */
  graphiql: boolean;
  corsOrigins: string[] | '*';
}

/** A setting with a bad value; its message is the one line printed before exiting. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** A duration in seconds, as milliseconds. */
const seconds = (min: number, fallback: number) =>
  z.preprocess(
    blankAsUnset,
    z.coerce
      .number({ error: 'must be a number of seconds' })
      .min(min, min > 0 ? `must be at least ${min} seconds` : 'must not be negative')
      .max(600, 'must be at most 600 seconds')
      .default(fallback)
      .transform((value) => Math.round(value * 1000)),
  );

/** Entries separated by commas, each checked by `item`. */
const commaList = <T extends z.ZodType<unknown, string>>(item: T) =>
  z.preprocess(
    blankAsUnset,
    z
      .string()
      .transform((value) => value.split(',').map((entry) => entry.trim()))
      .pipe(z.array(item))
      .optional(),
  );

const schema = z.object({
  PORT: z.preprocess(
    blankAsUnset,
    z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(65535, 'must be at most 65535').default(4000),
  ),
  HOST: z.preprocess(blankAsUnset, z.string().default('localhost')),
  DATABASE_URL: z.preprocess(
    blankAsUnset,
    z
      .string()
      .refine((value) => URL.canParse(value) && /^postgres(ql)?:$/.test(new URL(value).protocol), {
        error: 'must be a URL of the form postgres://user:password@host:5432/database',
      })
      .optional(),
  ),
  DATA_DIR: z.preprocess(blankAsUnset, z.string().default('./.data')),
  NODE_ENV: z.preprocess(blankAsUnset, z.enum(['development', 'production', 'test']).default('development')),
  LOG_LEVEL: z.preprocess(blankAsUnset, z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info')),
  PGLITE_THREAD: z.preprocess(blankAsUnset, z.enum(['worker', 'main']).default('worker')),
  STATEMENT_TIMEOUT: seconds(0.01, 5),
  REQUEST_TIMEOUT: seconds(0.01, 10),
  POOL_SIZE: z.preprocess(
    blankAsUnset,
    z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(2, 'must be at least 2').max(100, 'must be at most 100').default(10),
  ),
  POOL_TIMEOUT: seconds(0.01, 3),
  HEAVY_QUERY_COST: z.preprocess(
    blankAsUnset,
    z.coerce
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(100_000, 'must be at most 100000 (the cost limit)')
      .default(20_000),
  ),
  HEAVY_QUERY_SHARE: z.preprocess(
    blankAsUnset,
    z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').optional(),
  ),
  MAX_BODY_SIZE: z.preprocess(
    blankAsUnset,
    z
      .string()
      .regex(/^\s*\d+(\.\d+)?\s*(B|kB|KB|MB)?\s*$/, 'must be a size such as 1MB, 500kB or 65536 (bytes)')
      .transform((value) => {
        const [, amount, unit] = /^\s*([\d.]+)\s*(\w*)\s*$/.exec(value)!;
        return Math.round(Number(amount) * (unit === 'MB' ? 1024 * 1024 : /^[kK]B$/.test(unit!) ? 1024 : 1));
      })
      .pipe(
        z
          .number()
          .min(1024, 'must be at least 1kB')
          .max(100 * 1024 * 1024, 'must be at most 100MB'),
      )
      .default(1024 * 1024),
  ),
  CORS_ORIGINS: commaList(
    z.union([
      z.literal('*'),
      z.string().regex(/^https?:\/\/[^/\s]+$/, 'must hold origins such as https://tracker.example.org (scheme and host, no path), or *, separated by commas'),
    ]),
  ),
  GRAPHIQL: z.preprocess(blankAsUnset, z.enum(['on', 'off'], { error: 'must be on or off' }).optional()),
  SHUTDOWN_TIMEOUT: seconds(0, 10),
  PERSISTED_OPERATIONS: z.preprocess(blankAsUnset, z.enum(['off', 'allow', 'only'], { error: 'must be off, allow or only' }).default('allow')),
  PERSISTED_OPERATIONS_MANIFEST: commaList(z.string().min(1, 'must name manifest files, separated by commas')),
  API_TOKENS: commaList(
    z
      .string()
      .transform((entry): WriteToken => {
        const named = NAMED_TOKEN.exec(entry);
        return named ? { name: named[1]!, token: named[2]! } : { name: null, token: entry };
      })
      .pipe(
        z.object({
          name: z.string().nullable(),
          token: z
            .string()
            .min(16, 'must hold tokens of at least 16 characters (as name:token, or the token alone), separated by commas')
            .regex(/^[\x21-\x7e]+$/, 'must hold tokens of printable characters without spaces, separated by commas'),
        }),
      ),
  ),
});

/** Reads and checks the configuration; throws a {@link ConfigError} naming the first bad variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]);
    // Never echo a URL (it may hold a password) or a token.
    const shown = name === 'DATABASE_URL' || name === 'API_TOKENS' ? '' : ` (got ${JSON.stringify(env[name])})`;
    throw new ConfigError(`${name} ${issue.message}${shown}`);
  }
  const c = parsed.data;
  if (c.HEAVY_QUERY_SHARE !== undefined && c.HEAVY_QUERY_SHARE >= c.POOL_SIZE)
    throw new ConfigError(
      `HEAVY_QUERY_SHARE must be less than POOL_SIZE (${c.POOL_SIZE}), so that other requests keep a connection (got ${JSON.stringify(env.HEAVY_QUERY_SHARE)})`,
    );
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir: c.DATA_DIR,
    nodeEnv: c.NODE_ENV,
    logLevel: c.LOG_LEVEL,
    apiTokens: c.API_TOKENS ?? [],
    shutdownTimeoutMs: c.SHUTDOWN_TIMEOUT,
    statementTimeoutMs: c.STATEMENT_TIMEOUT,
    requestTimeoutMs: c.REQUEST_TIMEOUT,
    poolSize: c.POOL_SIZE,
    poolTimeoutMs: c.POOL_TIMEOUT,
    heavyCost: c.HEAVY_QUERY_COST,
    heavyShare: c.HEAVY_QUERY_SHARE ?? Math.max(1, Math.floor(c.POOL_SIZE / 2)),
    pgliteWorker: c.PGLITE_THREAD === 'worker',
    maxBodyBytes: c.MAX_BODY_SIZE,
    persistedOperations: c.PERSISTED_OPERATIONS,
    persistedManifests: c.PERSISTED_OPERATIONS_MANIFEST,
    // Unset: any origin in development (GraphiQL elsewhere, a local frontend), none in production.
    graphiql: (c.GRAPHIQL ?? (c.NODE_ENV === 'production' ? 'off' : 'on')) === 'on',
    corsOrigins: c.CORS_ORIGINS ? (c.CORS_ORIGINS.includes('*') ? '*' : c.CORS_ORIGINS) : c.NODE_ENV === 'production' ? [] : '*',
  };
}

/** Where the data lives, for log lines: never the password of a URL. */
export function describeDatabase(config: Config): string {
  if (!config.databaseUrl) return `embedded PGlite in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL at ${url.hostname}:${url.port || '5432'}${url.pathname}`;
}
