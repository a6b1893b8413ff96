import { Semaphore, withTimeout } from 'async-mutex';
import type postgres from 'postgres';
import { currentScope } from '../http/scope.js';

// Every statement and transaction on the PostgreSQL pool passes through a gate: at most as many at
// once as the pool has connections (postgres.js would queue the rest without limit, so a burst of
// slow requests made everyone else wait for minutes), a bounded wait for a turn, and cancellation
// of a request's statements when that request stops (its deadline passed or its client left).

/** No connection of the pool became free within POOL_TIMEOUT. */
export class ServerBusyError extends Error {
  override name = 'ServerBusyError';
  constructor(readonly waitedMs: number) {
    super(`no database connection became free within ${waitedMs / 1000} s (POOL_TIMEOUT)`);
  }
}

export interface GateOptions {
  /** Connections of the pool: statements and transactions at once. */
  size: number;
  /** The longest a statement or transaction waits for a connection, in ms. */
  waitMs: number;
  /**
   * How many connections the statements of heavy requests (RequestScope.heavy) may hold at once
   * (HEAVY_QUERY_SHARE); the rest stay for the others. Default: half the pool, at least 1.
   */
  heavyShare?: number;
}

/**
 * Turns for statements and transactions: at most `size` at once, at most `heavyShare` of them for the
 * statements of heavy requests (RequestScope.heavy); each waits at most `waitMs` for its turn, then
 * fails with ServerBusyError. Returns what takes a turn and answers what gives it back. The PostgreSQL
 * pool's gate below and the PGlite thread's (pglite-thread.ts) both take theirs here.
 */
export function turns({ size, waitMs, heavyShare = Math.max(1, Math.floor(size / 2)) }: GateOptions): () => Promise<() => void> {
  // A free turn is taken at once (the semaphore counts it down as it is asked); only a wait for one
  // is timed, which costs a timer per wait.
  const turnsOf = (semaphore: Semaphore) => {
    const timed = withTimeout(semaphore, waitMs, new ServerBusyError(waitMs));
    return async () => (await (semaphore.getValue() > 0 ? semaphore.acquire() : timed.acquire()))[1];
  };
  const any = turnsOf(new Semaphore(size));
  // A heavy request's statement first takes a turn of the heavy share, then one of all: however many
  // heavy requests come, `size - heavyShare` turns are left for the others.
  const heavy = turnsOf(new Semaphore(Math.min(heavyShare, size)));
  return async () => {
    if (!currentScope()?.heavy) return any();
    const releaseHeavy = await heavy();
    try {
      const release = await any();
      return () => {
        release();
        releaseHeavy();
      };
    } catch (error) {
      releaseHeavy();
      throw error;
    }
  };
}

/** `client`, with its `unsafe` statements and `begin` transactions (all that drizzle uses) gated: a turn per connection of the pool. */
export function gate(client: postgres.Sql, options: GateOptions): postgres.Sql {
  return wrap(client, turns(options));
}

/** What a statement waits on for a connection of the pool: takes a turn, answers what gives it back. */
type Turns = () => Promise<() => void>;

/**
 * A client whose statements are cancelled when their request stops. With `turns` (the pool's client),
 * each statement and transaction also waits for a turn; inside a transaction (no `turns`) the
 * connection is held already, and a cancelled statement rolls the transaction back.
 */
function wrap<S extends postgres.Sql | postgres.TransactionSql>(client: S, turns?: Turns): S {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'unsafe')
        return (query: string, parameters?: unknown[], options?: postgres.UnsafeQueryOptions) =>
          new GatedQuery(turns, () => target.unsafe(query, parameters as never, options));
      if (property === 'begin' && turns)
        return (...args: unknown[]) => {
          const body = args.pop() as (sql: postgres.TransactionSql) => unknown;
          return withTurn(turns, () => (target as postgres.Sql).begin(...(args as [string]), (sql) => body(wrap(sql))));
        };
      return Reflect.get(target, property, receiver);
    },
  });
}

async function withTurn<T>(turns: Turns, run: () => Promise<T>): Promise<T> {
  const scope = currentScope();
  scope?.throwIfStopped();
  const release = await turns();
  try {
    scope?.throwIfStopped();
    return await run();
  } finally {
    release();
  }
}

/**
 * What drizzle gets for a statement: like postgres.js's pending query (`.values()`, then awaited),
 * but sent only once a turn is free, and cancelled on the server if its request stops meanwhile.
 */
class GatedQuery<T> implements PromiseLike<T> {
  private asValues = false;
  private result?: Promise<T>;

  constructor(
    private readonly turns: Turns | undefined,
    private readonly start: () => postgres.PendingQuery<postgres.Row[]>,
  ) {}

  values(): this {
    this.asValues = true;
    return this;
  }

  then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    this.result ??= this.turns ? withTurn(this.turns, () => this.send()) : this.send();
    return this.result.then(onFulfilled, onRejected);
  }

  private async send(): Promise<T> {
    const scope = currentScope();
    scope?.throwIfStopped();
    const pending = this.start();
    const query = this.asValues ? pending.values() : pending;
    const forget = scope?.onStop(() => void query.cancel());
    try {
      return (await query) as T;
    } catch (error) {
      // The server's "canceling statement due to user request" means: this request stopped.
      scope?.throwIfStopped();
      throw error;
    } finally {
      forget?.();
    }
  }
}
