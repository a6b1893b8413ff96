import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';

// What one HTTP request is doing, visible to everything that runs on its behalf (the database layer
// counts its statements and cancels them when the request is stopped) without being passed along.

/** Why a request stopped before it finished. */
export type StopReason = 'deadline' | 'disconnected';

/** A statement refused or cancelled because its request stopped (its deadline passed, or its client left). */
export class RequestStoppedError extends Error {
  override name = 'RequestStoppedError';
  constructor(readonly reason: StopReason) {
    super(reason === 'deadline' ? 'the request passed its deadline (REQUEST_TIMEOUT)' : 'the client disconnected');
  }
}

export class RequestScope {
  /** From the client's `x-request-id` header when it sent a usable one, else generated. */
  readonly id: string;
  readonly startedAt = performance.now();
  /** SQL statements issued on behalf of this request. */
  statements = 0;
  /** The GraphQL operation, once known. */
  operation?: { name?: string; type: string };
  /** Whether its operation costs more than HEAVY_QUERY_COST: its statements take the heavy share of the pool (db/gate.ts). */
  heavy = false;
  /** The request's own logger: every line carries its id. */
  readonly log: Logger;
  private readonly controller = new AbortController();
  private stopReason?: StopReason;
  private deadline?: NodeJS.Timeout;

  constructor(
    log: Logger,
    requestId: string | null,
    /** The request's deadline, from its start, in ms (REQUEST_TIMEOUT). */
    readonly timeoutMs: number,
  ) {
    this.id = requestId && /^[\w.:/+=-]{1,100}$/.test(requestId) ? requestId : randomUUID();
    this.log = log.child({ requestId: this.id });
  }

  /** Starts the clock: the request stops `timeoutMs` from now unless it ends first. */
  startDeadline(): void {
    this.deadline = setTimeout(() => this.stop('deadline'), this.timeoutMs);
    this.deadline.unref();
  }

  /** Stops the clock: the request ended, or is a subscription, which lasts as long as its client. */
  clearDeadline(): void {
    clearTimeout(this.deadline);
  }

  get stopped(): StopReason | undefined {
    return this.stopReason;
  }

  stop(reason: StopReason): void {
    if (this.stopReason) return;
    this.stopReason = reason;
    this.controller.abort(new RequestStoppedError(reason));
  }

  throwIfStopped(): void {
    if (this.stopReason) throw new RequestStoppedError(this.stopReason);
  }

  /** `work`'s result, or RequestStoppedError as soon as the request stops first (work it waits on that no deadline races otherwise). */
  until<T>(work: Promise<T>): Promise<T> {
    this.throwIfStopped();
    let remove = () => {};
    const stopped = new Promise<never>((_, reject) => {
      remove = this.onStop(() => reject(new RequestStoppedError(this.stopReason!)));
    });
    return Promise.race([work, stopped]).finally(remove);
  }

  /** Calls `listener` when the request stops; returns what removes it. */
  onStop(listener: () => void): () => void {
    const signal = this.controller.signal;
    signal.addEventListener('abort', listener, { once: true });
    return () => signal.removeEventListener('abort', listener);
  }
}

const storage = new AsyncLocalStorage<RequestScope>();

/** The request this code runs for, if it runs for one (not at start-up, nor in a CLI). */
export const currentScope = (): RequestScope | undefined => storage.getStore();

export const runInScope = <T>(scope: RequestScope, run: () => T): T => storage.run(scope, run);

/** Runs `run` for no request: work shared by several requests, which none of them may stop. */
export const outsideScope = <T>(run: () => T): T => storage.exit(run);
