import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Logger, SQL } from 'drizzle-orm';
import type { PgAsyncDatabase } from 'drizzle-orm/pg-core/async/db';
import { PgDialect, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { Config } from '../config.js';
import { currentScope } from '../http/scope.js';
import { gate } from './gate.js';
import { PGliteThread } from './pglite-thread.js';
import { DataDirLockedError, lockDataDir } from './lock.js';
import { relations, type Relations } from './relations.js';
import { fromRoot } from '../paths.js';

/** The drizzle database the rest of the code sees, whichever driver is behind it. */
export type Database = PgAsyncDatabase<PgQueryResultHKT, Relations>;

/** A transaction on a {@link Database}: what the functions that write take. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** A database and the means to close it; created only by {@link openDatabase}. */
export interface DatabaseHandle {
  readonly db: Database;
  /** Runs raw SQL and returns its rows, hiding the drivers' different result shapes. */
  rows<T = Record<string, unknown>>(query: SQL): Promise<T[]>;
  /** Applies every migration in schema/migrations not yet applied. */
  migrate(): Promise<void>;
  /**
   * Calls `onPayload` with the payload of every NOTIFY on `channel` (committed transactions only), on
   * a connection of its own that reconnects by itself; returns what stops listening.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** PGlite only: the whole data directory as a tarball, to open copies of it (`loadDataDir`). */
  dump?(compression?: 'none' | 'gzip'): Promise<Blob>;
  /**
   * Whether the database answers `select 1` within `timeoutMs`: on PostgreSQL over a connection of its
   * own, outside the pool, so that a pool busy with heavy work does not make the database look down (/readyz).
   */
  ping(timeoutMs: number): Promise<boolean>;
  /**
   * Rows of a statement about the database itself (planner statistics, an EXPLAIN that reads no row),
   * outside the request path: on PostgreSQL over the probes' connection, not the pool; not counted as
   * a request's statement. For what an operation's cost depends on (http/estimates.ts).
   */
  statistics<T = Record<string, unknown>>(query: SQL): Promise<T[]>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A postgres:// URL. Without one, an embedded PGlite database is opened. */
  url?: string;
  /** Where PGlite keeps its files; `memory://` keeps nothing. Ignored when `url` is set. */
  dataDir?: string;
  /** A PGlite data directory dumped with `dump()`: the database starts as it was (in `dataDir`, which must be new, or in memory). */
  loadDataDir?: Blob;
  /** Receives every SQL statement the ORM issues (used to count statements in tests). */
  logger?: Logger;
  /** PostgreSQL only: the longest a statement may run (or wait for a lock) before it is cancelled, in ms. */
  statementTimeoutMs?: number;
  /** PostgreSQL only: connections of the pool (default 10). */
  poolSize?: number;
  /** PostgreSQL only: the longest a statement waits for a free connection before failing with ServerBusyError, in ms (default 5 s). */
  poolTimeoutMs?: number;
  /** PostgreSQL only: how many connections heavy requests may hold at once (HEAVY_QUERY_SHARE); half the pool if unset. */
  heavyShare?: number;
  /**
   * PGlite only: run it in a worker thread of its own (PGLITE_THREAD=worker, the server's default), so
   * that a long statement does not stop the server's thread; its statements then pass a gate of
   * `poolSize` turns (one for heavy requests) with the `poolTimeoutMs` wait. Default: in this thread.
   */
  worker?: boolean;
}

/** A failure to open or reach the database, with a message fit for one line on stderr. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/**
 * How the server's sessions plan, on PostgreSQL (set on each connection) and PGlite alike:
 * - `jit`: off. The nested json_agg queries look expensive to the planner, which then JIT-compiles
 *   them: 20–30 ms of compiling for a query that runs in a few (EXPLAIN ANALYZE, PostgreSQL 15).
 *   Short API queries never win that back.
 * - `random_page_cost`: 1.1, as for data in memory or on SSD, where a page read at random costs
 *   about what one read in sequence does. With the default 4 the planner reads a page of a busy
 *   parent's rows (an actor's first 50 positions of 3,382) by a bitmap scan of all of them and a
 *   sort, planned for the average parent (56 rows), instead of off the index that serves the order
 *   and stops at the page's end: 5.6 → 1.4 ms at 20,000 articles (docs/benchmarks.md).
 */
export const PLANNER_SETTINGS = { jit: 'off', random_page_cost: '1.1' } as const;

/**
 * The embedded server's settings: PGlite's default buffer pool (128 MB) costs its process ~120 MB
 * of resident memory and a third of a second at every start, for data sets that fit in far less;
 * and the planner's settings, as on PostgreSQL.
 */
export const PGLITE_SETTINGS = ['shared_buffers = 16MB', ...Object.entries(PLANNER_SETTINGS).map(([name, value]) => `${name} = ${value}`)];

/** The statement timeout, pool size and pool wait unless configured (STATEMENT_TIMEOUT, POOL_SIZE, POOL_TIMEOUT). */
const DEFAULT_STATEMENT_TIMEOUT_MS = 5_000;
const DEFAULT_POOL_SIZE = 10;
const DEFAULT_POOL_TIMEOUT_MS = 5_000;

/** Key of the PostgreSQL advisory lock that serialises migrations across server instances. */
const MIGRATION_LOCK = 7_215_006_411;

export const MIGRATIONS_FOLDER = fromRoot('schema/migrations');

/** The one database factory: postgres.js when a URL is given, PGlite otherwise. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  return options.url ? openPostgres(options.url, options) : openPglite(options);
}

async function openPostgres(
  url: string,
  {
    logger,
    statementTimeoutMs = DEFAULT_STATEMENT_TIMEOUT_MS,
    poolSize = DEFAULT_POOL_SIZE,
    poolTimeoutMs = DEFAULT_POOL_TIMEOUT_MS,
    heavyShare,
  }: DatabaseOptions,
): Promise<DatabaseHandle> {
  const target = describeUrl(url);
  let client: postgres.Sql;
  try {
    client = postgres(url, {
      max: poolSize,
      onnotice: () => {},
      // With the database gone, a request fails within CONNECT_TIMEOUT_S rather than the driver's 30 s.
      connect_timeout: CONNECT_TIMEOUT_S,
      backoff: RECONNECT_DELAY_S,
      // Planner settings of the server's sessions (PLANNER_SETTINGS), and its limits: a statement
      // that runs (or waits for a lock) past the timeout is cancelled, and a transaction left idle is
      // ended, so that no request holds a connection or a lock for long.
      connection: {
        application_name: 'stancegraph',
        ...PLANNER_SETTINGS,
        statement_timeout: statementTimeoutMs,
        idle_in_transaction_session_timeout: idleTransactionMs(statementTimeoutMs),
      },
    });
  } catch (error) {
    throw new DatabaseUnavailableError(`DATABASE_URL is not a valid PostgreSQL URL: ${messageOf(error)}`);
  }
  try {
    await client`select 1`;
  } catch (error) {
    await client.end({ timeout: 1 }).catch(() => {});
    throw new DatabaseUnavailableError(`cannot connect to PostgreSQL at ${target}: ${messageOf(error)}`);
  }
  const db = drizzlePostgres({ client: gate(client, { size: poolSize, waitMs: poolTimeoutMs, heavyShare }), relations, logger: counting(logger) });
  // The probes' own connection (one, opened when first asked for, closed when idle).
  const probe = postgres(url, {
    max: 1,
    onnotice: () => {},
    connect_timeout: CONNECT_TIMEOUT_S,
    backoff: RECONNECT_DELAY_S,
    idle_timeout: 60,
    connection: { application_name: 'stancegraph-probe' },
  });
  return {
    db: db as unknown as Database,
    rows: (query) => queryRows(db as unknown as Database, query),
    // postgres.js keeps one connection for all its LISTENs, outside the pool, and listens again after a reconnect.
    listen: async (channel, onPayload) => {
      const { unlisten } = await client.listen(channel, onPayload);
      return unlisten;
    },
    // Several instances may start at once on one server: the first migrates, the others wait on
    // an advisory lock (held on a connection of its own) and then find nothing left to do.
    migrate: async () => {
      const lock = await client.reserve();
      try {
        await lock`select pg_advisory_lock(${MIGRATION_LOCK})`;
        await runMigration(() => migratePostgres(db, { migrationsFolder: MIGRATIONS_FOLDER }));
      } finally {
        await lock`select pg_advisory_unlock(${MIGRATION_LOCK})`.catch(() => {});
        lock.release();
      }
    },
    ping: (timeoutMs) => answersWithin(probe`select 1`, timeoutMs),
    statistics: async <T>(query: SQL) => {
      const { sql: text, params } = dialect.sqlToQuery(query);
      return (await probe.unsafe(text, params as never[])) as unknown as T[];
    },
    close: async () => {
      await probe.end({ timeout: 1 }).catch(() => {});
      await client.end({ timeout: 5 });
    },
  };
}

/** Renders the statements of `statistics`, which run outside drizzle's session. */
const dialect = new PgDialect();

/** How long a transaction may sit idle before it is ended (rolled back), in ms: twice the statement timeout, at least 10 s. */
const idleTransactionMs = (statementTimeoutMs: number) => Math.max(statementTimeoutMs * 2, 10_000);

/** How long a connection to PostgreSQL may take to open, in seconds. */
const CONNECT_TIMEOUT_S = 2;

/**
 * How long postgres.js waits before it opens a connection again after failing to, in seconds, by the
 * failures so far: 0.1 s more each, at most half a second. Its own delay grows threefold per failure to
 * 20 s, shared by the pool, and requests wait it out: with the database stopped for a few seconds they
 * hung up to 15 s, and it answered again 8 s after it was back (npm run test:abuse, outage). A request
 * makes one attempt, so a short delay is no retry storm.
 */
const RECONNECT_DELAY_S = (failures: number) => Math.min(0.1 * failures, 0.5);

/** Whether a statement answers within `timeoutMs` (the probes ask this of `select 1`). */
export function answersWithin(statement: PromiseLike<unknown>, timeoutMs: number): Promise<boolean> {
  return Promise.race([
    Promise.resolve(statement).then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref()),
  ]);
}

async function openPglite(options: DatabaseOptions): Promise<DatabaseHandle> {
  const dataDir = options.dataDir ?? 'memory://';
  const inMemory = dataDir.startsWith('memory://');
  let release = () => {};
  let client: PGlite;
  let thread: PGliteThread | undefined;
  try {
    if (!inMemory) {
      mkdirSync(dataDir, { recursive: true });
      release = lockDataDir(dataDir);
    }
    if (options.worker) {
      thread = await PGliteThread.open({
        dataDir,
        loadDataDir: options.loadDataDir,
        settings: PGLITE_SETTINGS,
        size: options.poolSize ?? DEFAULT_POOL_SIZE,
        waitMs: options.poolTimeoutMs ?? DEFAULT_POOL_TIMEOUT_MS,
        idleTransactionMs: idleTransactionMs(options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS),
      });
      client = thread.asPGlite();
    } else client = await PGlite.create({ dataDir, loadDataDir: options.loadDataDir, postgresqlconf: PGLITE_SETTINGS });
  } catch (error) {
    release();
    throw new DatabaseUnavailableError(describeOpenFailure(dataDir, error));
  }
  const db = drizzlePglite({ client, relations, logger: counting(options.logger) });
  let analysed: Promise<void> | undefined;
  return {
    db: db as unknown as Database,
    rows: (query) => queryRows(db as unknown as Database, query),
    // In its thread, a database busy with a long statement is there all the same: not a reason to be taken out of a load balancer.
    ping: async (timeoutMs) => thread?.busy || answersWithin(client.query('select 1'), timeoutMs),
    // The planner's statistics, which the cost of searches and rankings is estimated from: PostgreSQL's
    // autovacuum keeps them; PGlite has none, so they are gathered once a process first asks, not at start.
    statistics: async <T>(query: SQL) => {
      await (analysed ??= client.query('analyze').then(() => undefined));
      const { sql: text, params } = dialect.sqlToQuery(query);
      return (await client.query<T>(text, params)).rows;
    },
    migrate: () => runMigration(() => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER })),
    listen: async (channel, onPayload) => {
      const unlisten = await client.listen(channel, onPayload);
      return () => unlisten();
    },
    dump: async (compression = 'none') => client.dumpDataDir(compression),
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}

/** Counts each statement for the request that issued it (for its log line), and passes it on to `logger`. */
function counting(logger: Logger | undefined): Logger {
  return {
    logQuery(query, params) {
      const scope = currentScope();
      if (scope) scope.statements++;
      logger?.logQuery(query, params);
    },
  };
}

/** Why the embedded database did not open, and what to do: never advice to delete data it could not read. */
function describeOpenFailure(dataDir: string, error: unknown): string {
  if (error instanceof DataDirLockedError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return `cannot use the embedded database in ${dataDir}: no permission to ${code === 'EROFS' ? 'write to that file system' : 'read and write there'}; run as a user that may, or set DATA_DIR to a directory of yours`;
  return `cannot open the embedded database in ${dataDir}: ${messageOf(error)}. If it is not a Stancegraph data directory, set DATA_DIR to another one`;
}

/**
 * Opens the configured database, applies pending migrations, runs `use`, and closes the database
 * however `use` ends: the one way the CLI commands and the server get at their database.
 */
export async function withDatabase<T>(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'statementTimeoutMs'> & Partial<Pick<Config, 'poolSize' | 'poolTimeoutMs' | 'heavyShare' | 'pgliteWorker'>>,
  use: (handle: DatabaseHandle) => Promise<T>,
): Promise<T> {
  const handle = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    statementTimeoutMs: config.statementTimeoutMs,
    poolSize: config.poolSize,
    poolTimeoutMs: config.poolTimeoutMs,
    heavyShare: config.heavyShare,
    worker: config.pgliteWorker,
  });
  try {
    await handle.migrate();
    return await use(handle);
  } finally {
    await handle.close();
  }
}

/** A json column of a raw select: postgres.js parses it, PGlite through drizzle may hand over its text. */
export function jsonValue<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

/** Runs raw SQL and returns its rows: PGlite answers `{ rows }`, postgres.js an array of rows. */
export async function queryRows<T = Record<string, unknown>>(db: Database | Transaction, query: SQL): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}

/** The rows of a driver's result: PGlite answers `{ rows }`, postgres.js an array of rows. */
export const rowsOf = <T>(result: unknown) => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

async function runMigration(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    // The database's own message, not drizzle's, which is the whole SQL of the migration.
    throw new DatabaseUnavailableError(`migrations failed: ${postgresError(error).message ?? messageOf(error)}`);
  }
}

/** host:port/database of a URL, without the password, for error messages. */
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'the configured URL';
  }
}

/**
 * An error's message and its cause's, for a person: drizzle's "Failed query: <SQL> params: <values>"
 * (which may run to megabytes of an article's text) is said as "a database statement failed", its
 * cause (what PostgreSQL said) kept.
 */
export function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const own = /^Failed query:/.test(error.message) ? 'a database statement failed' : error.message || error.name;
    const cause = error.cause instanceof Error ? `: ${error.cause.message.slice(0, 1000)}` : '';
    return own + cause;
  }
  return String(error).slice(0, 1000);
}

/** An error and its causes (drivers and drizzle wrap the one that matters), each once. */
export function errorChain(error: unknown): object[] {
  const chain: object[] = [];
  for (let e: unknown = error; e && typeof e === 'object' && !chain.includes(e); e = (e as { cause?: unknown }).cause) chain.push(e);
  return chain;
}

/** The PostgreSQL error behind a failed statement (drivers and drizzle wrap it in causes), if any. */
export function postgresError(error: unknown): { code?: string; constraint?: string; message?: string; detail?: string } {
  for (const e of errorChain(error)) {
    const { code, constraint, constraint_name, message, detail } = e as Record<string, unknown>;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code))
      return {
        code,
        constraint: (constraint ?? constraint_name) as string | undefined,
        message: message as string | undefined,
        detail: detail as string | undefined,
      };
  }
  return {};
}
