import { Worker } from 'node:worker_threads';
import type { PGlite } from '@electric-sql/pglite';
import { currentScope } from '../http/scope.js';
import { fromRoot } from '../paths.js';
import { turns } from './gate.js';

// The embedded database off the server's thread: PGlite runs in a worker thread (pglite-worker.mjs),
// and this is what drizzle-orm/pglite and the rest of db/client.ts get instead of a PGlite: the same
// query, exec, transaction, listen and dumpDataDir, each a message to the worker. So the server's
// thread is free while a statement runs: /healthz answers, and a request's deadline answers 503 on
// time. PGlite has one connection and cannot cancel a statement: one that outlives its request ends
// in the background. The gate keeps that bounded: at most `size` statements or transactions in the
// worker at once (each waits up to `waitMs` for a turn, then ServerBusyError: 503), and one at a time
// for heavy requests, so that heavy work arriving behind a long statement is refused rather than queued.

const WORKER = fromRoot('src/db/pglite-worker.mjs');

/** What a message to the worker answers. */
interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}
type Results = { rows: unknown[]; fields: unknown[]; affectedRows?: number };
type QueryOptions = { rowMode?: 'array' | 'object'; parsers?: unknown };

export interface ThreadOptions {
  dataDir: string;
  loadDataDir?: Blob;
  settings: string[];
  /** Statements and transactions in the worker at once (POOL_SIZE). */
  size: number;
  /** The longest one waits for a turn, in ms (POOL_TIMEOUT). */
  waitMs: number;
  /** A transaction idle this long is rolled back, in ms. */
  idleTransactionMs: number;
}

export class PGliteThread {
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Set<(payload: string) => void>>();
  private next = 1;
  private exited?: Error;
  private readonly turn: () => Promise<() => void>;
  /** Statements and transactions the worker has not answered yet. */
  private running = 0;

  private constructor(
    private readonly worker: Worker,
    { size, waitMs }: Pick<ThreadOptions, 'size' | 'waitMs'>,
  ) {
    this.turn = turns({ size, waitMs, heavyShare: 1 });
    worker.on('message', (message: { id?: number; result?: unknown; error?: Record<string, unknown>; notification?: { channel: string; payload: string } }) => {
      if (message.notification) for (const listener of this.listeners.get(message.notification.channel) ?? []) listener(message.notification.payload);
      if (message.id === undefined) return;
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) pending?.reject(Object.assign(new Error(String(message.error.message)), message.error));
      else pending?.resolve(message.result);
    });
    let failure = '';
    worker.on('error', (error) => (failure = `: ${error.message}`));
    worker.on('exit', (code) => {
      this.exited = new Error(`the embedded database's thread exited (code ${code}${failure})`);
      for (const pending of this.pending.values()) pending.reject(this.exited);
      this.pending.clear();
    });
  }

  /** Opens the database in a new worker thread; fails as PGlite.create would. */
  static async open({ dataDir, loadDataDir, settings, size, waitMs, idleTransactionMs }: ThreadOptions): Promise<PGliteThread> {
    const worker = new Worker(WORKER, { workerData: { dataDir, loadDataDir, settings, idleTransactionMs } });
    const ready = await new Promise<{ ready: boolean; error?: Record<string, unknown> }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    if (!ready.ready) {
      await worker.terminate();
      throw Object.assign(new Error(String(ready.error?.message)), ready.error);
    }
    return new PGliteThread(worker, { size, waitMs });
  }

  /** The client drizzle-orm/pglite takes (it calls only query and transaction). */
  asPGlite(): PGlite {
    return this as unknown as PGlite;
  }

  /** Whether the worker is alive and busy with a statement: the database is there, however long that statement takes. */
  get busy(): boolean {
    return !this.exited && this.running > 0;
  }

  private send<T>(message: Record<string, unknown>): Promise<T> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ ...message, id });
    });
  }

  /** Runs `work` with a turn of the gate, counted as running until the worker answers. */
  private async gated<T>(work: () => Promise<T>): Promise<T> {
    const scope = currentScope();
    scope?.throwIfStopped();
    const release = await this.turn();
    this.running++;
    try {
      scope?.throwIfStopped();
      return await work();
    } finally {
      this.running--;
      release();
    }
  }

  query<T>(sql: string, params: unknown[] = [], options: QueryOptions = {}): Promise<Results & { rows: T[] }> {
    return this.gated(() => this.send({ op: 'query', sql, params, rowMode: options.rowMode, drizzle: options.parsers !== undefined }));
  }

  exec(sql: string): Promise<Results[]> {
    return this.gated(() => this.send({ op: 'exec', sql }));
  }

  /** A transaction: one turn for all of it; its statements go to the worker, which holds PGlite's lock until it ends. */
  transaction<T>(body: (tx: { query: PGliteThread['query']; exec: PGliteThread['exec']; rollback: () => Promise<never> }) => Promise<T>): Promise<T> {
    return this.gated(async () => {
      const { transaction } = await this.send<{ transaction: number }>({ op: 'begin' });
      const tx = {
        query: <R>(sql: string, params: unknown[] = [], options: QueryOptions = {}) =>
          this.send<Results & { rows: R[] }>({ op: 'query', transaction, sql, params, rowMode: options.rowMode, drizzle: options.parsers !== undefined }),
        exec: (sql: string) => this.send<Results[]>({ op: 'exec', transaction, sql }),
        rollback: () => Promise.reject(new Error('rolled back')),
      };
      let result: T;
      try {
        result = await body(tx);
      } catch (error) {
        await this.send({ op: 'rollback', transaction }).catch(() => {});
        throw error;
      }
      await this.send({ op: 'commit', transaction });
      return result;
    });
  }

  /** Calls `onPayload` with each notification on `channel`; returns what stops it. */
  async listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>> {
    let listeners = this.listeners.get(channel);
    if (!listeners) {
      listeners = new Set();
      this.listeners.set(channel, listeners);
      await this.send({ op: 'listen', channel });
    }
    listeners.add(onPayload);
    return async () => {
      listeners.delete(onPayload);
      if (listeners.size === 0 && this.listeners.get(channel) === listeners) {
        this.listeners.delete(channel);
        await this.send({ op: 'unlisten', channel }).catch(() => {});
      }
    };
  }

  dumpDataDir(compression?: 'none' | 'gzip' | 'auto'): Promise<File | Blob> {
    return this.send({ op: 'dump', compression });
  }

  async close(): Promise<void> {
    try {
      await this.send({ op: 'close' });
    } finally {
      await this.worker.terminate();
    }
  }
}
