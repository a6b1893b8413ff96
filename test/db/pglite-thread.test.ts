import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { errorChain, openDatabase, postgresError, type DatabaseHandle } from '../../src/db/client.js';
import { ServerBusyError } from '../../src/db/gate.js';
import { RequestScope, runInScope } from '../../src/http/scope.js';
import { topics } from '../../src/db/tables.js';
import { createSeededDatabase, databaseKind } from '../helpers/database.js';
import { serve } from '../helpers/http.js';
import { WRITE_TOKEN } from '../helpers/graphql.js';

// The embedded database in a worker thread of its own (PGLITE_THREAD=worker, the server's default):
// the same answers, transactions and notifications as in the server's thread, and the thread stays
// free while a statement runs — /healthz answers and a deadline answers 503 on time.

/** A statement that keeps PGlite busy for seconds. */
const SLOW = sql`select count(*)::int as n from generate_series(1, 12000000)`;

describe.skipIf(databaseKind !== 'pglite')('PGlite in a worker thread', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createSeededDatabase({ worker: true });
  }, 60_000);
  afterAll(() => handle?.close());

  it('answers as in the server’s thread: rows, dates, PostgreSQL’s error codes, transactions committed, rolled back and nested', async () => {
    expect(await handle.rows(sql`select count(*)::int as n from articles`)).toEqual([{ n: 10 }]);
    const [article] = await handle.db.query.articles.findMany({ columns: { slug: true, createdAt: true }, limit: 1, orderBy: { id: 'asc' } });
    expect(article!.createdAt).toBeInstanceOf(Date);
    const duplicate = await handle.rows(sql`insert into topics (slug, name) values ('ceasefire', 'Again')`).catch((e: unknown) => e);
    expect(postgresError(duplicate)).toMatchObject({ code: '23505', constraint: 'topics_slug_unique' });
    await handle.db.transaction(async (tx) => {
      await tx.insert(topics).values({ slug: 'kept', name: 'Kept' });
      // A nested transaction (a savepoint) that fails leaves the outer one going.
      await tx
        .transaction(async (inner) => {
          await inner.insert(topics).values({ slug: 'dropped', name: 'Dropped' });
          inner.rollback();
        })
        .catch(() => {});
    });
    await handle.db
      .transaction(async (tx) => {
        await tx.insert(topics).values({ slug: 'never', name: 'Never' });
        throw new Error('refused');
      })
      .catch(() => {});
    expect(await handle.rows(sql`select slug from topics where slug in ('kept', 'dropped', 'never') order by slug`)).toEqual([{ slug: 'kept' }]);
  });

  it('keeps other statements out of an open transaction: they wait for it, then see what it committed', async () => {
    const order: string[] = [];
    let resume!: () => void;
    const paused = new Promise<void>((resolve) => (resume = resolve));
    const transaction = handle.db.transaction(async (tx) => {
      await tx.insert(topics).values({ slug: 'first-half', name: 'First half' });
      order.push('transaction half-way');
      await paused;
      await tx.insert(topics).values({ slug: 'second-half', name: 'Second half' });
      order.push('transaction done');
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const outside = handle.rows<{ n: number }>(sql`select count(*)::int as n from topics where slug in ('first-half', 'second-half')`).then((rows) => {
      order.push('outside read');
      return rows[0]!.n;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    resume();
    await transaction;
    expect(await outside).toBe(2);
    expect(order).toEqual(['transaction half-way', 'transaction done', 'outside read']);
  });

  it('delivers notifications of committed transactions only', async () => {
    const heard: string[] = [];
    const stop = await handle.listen('thread_test', (payload) => heard.push(payload));
    await handle.rows(sql`select pg_notify('thread_test', 'committed')`);
    await handle.db
      .transaction(async (tx) => {
        await tx.execute(sql`select pg_notify('thread_test', 'rolled back')`);
        tx.rollback();
      })
      .catch(() => {});
    await handle.rows(sql`select 1`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await stop();
    expect(heard).toEqual(['committed']);
  });

  it('lets one heavy request at a time into the worker: a second waits POOL_TIMEOUT behind a long one, then is refused SERVER_BUSY; others still get in', async () => {
    const small = await openDatabase({ dataDir: 'memory://', worker: true, poolTimeoutMs: 300 });
    const heavy = () => Object.assign(new RequestScope(pino({ level: 'silent' }), null, 60_000), { heavy: true });
    try {
      const long = runInScope(heavy(), () => small.rows(SLOW));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const started = performance.now();
      const refused = await runInScope(heavy(), () => small.rows(sql`select 1`)).catch((e: unknown) => e);
      expect(errorChain(refused).some((e) => e instanceof ServerBusyError)).toBe(true);
      expect(performance.now() - started).toBeGreaterThanOrEqual(290);
      // A request that is not heavy takes a turn of the rest, and waits in the worker behind the long statement.
      const cheap = small.rows<{ one: number }>(sql`select 1 as one`);
      expect((await long)[0]!.n).toBe(12_000_000);
      expect(await cheap).toEqual([{ one: 1 }]);
    } finally {
      await small.close();
    }
  }, 120_000);

  it('leaves the server’s thread free while a statement runs: timers fire, /healthz and /readyz answer, a deadline answers 503 on time', async () => {
    const app = await serve({ db: handle.db, writeTokens: [WRITE_TOKEN], requestTimeoutMs: 1000, ping: handle.ping });
    try {
      let ticks = 0;
      const ticker = setInterval(() => ticks++, 10);
      const started = performance.now();
      const slow = handle.rows<{ n: number }>(SLOW);
      // While it runs: the probes answer, and a read of the database waits its turn behind it.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const healthz = await fetch(`${app.url.replace(/\/graphql$/, '')}/healthz`);
      expect(healthz.status).toBe(200);
      expect(await handle.ping(500)).toBe(true);
      const late = await app.post({ query: '{ articles(first: 1) { nodes { title } } }' });
      const answeredAfter = performance.now() - started;
      expect(late.status).toBe(503);
      expect(((await late.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('REQUEST_TIMEOUT');
      expect((await slow)[0]!.n).toBe(12_000_000);
      const slowTook = performance.now() - started;
      clearInterval(ticker);
      // The statement ran for seconds; meanwhile the 10 ms timer kept firing, and the read was answered at its deadline, not at the statement's end.
      expect(slowTook).toBeGreaterThan(1500);
      expect(ticks).toBeGreaterThan(slowTook / 10 / 4);
      expect(answeredAfter).toBeLessThan(slowTook - 300);
    } finally {
      await app.close();
    }
  }, 120_000);
});
