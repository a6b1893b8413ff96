import { connect, createServer, type Server, type Socket } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { createApp } from '../../src/server.js';
import { createSeededDatabase, databaseKind } from '../helpers/database.js';
import { WRITE_TOKEN } from '../helpers/graphql.js';
import { serve } from '../helpers/http.js';

// Faults of the database, not of the request, are said as such: a statement past STATEMENT_TIMEOUT
// is cancelled and answers TIMEOUT (nothing written), and an unreachable database answers
// DATABASE_UNAVAILABLE; both with HTTP 503, neither with the driver's message or stack.

describe.skipIf(databaseKind !== 'postgres')('database faults', () => {
  let seeded: DatabaseHandle;
  let url: string;
  beforeAll(async () => {
    seeded = await createSeededDatabase();
    const [{ db }] = (await seeded.rows<{ db: string }>(sql`select current_database() as db`)) as [{ db: string }];
    const parsed = new URL(process.env.TEST_DATABASE_URL!);
    parsed.pathname = `/${db}`;
    url = parsed.toString();
  });
  afterAll(() => seeded?.close());

  const post = (app: ReturnType<typeof createApp>, query: string, variables: Record<string, unknown> = {}) =>
    app.fetch('http://faults.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${WRITE_TOKEN}` },
      body: JSON.stringify({ query, variables }),
    });

  it('cancels a statement past the statement timeout, answers TIMEOUT with 503, and writes nothing', async () => {
    const impatient = await openDatabase({ url, statementTimeoutMs: 300 });
    const app = createApp({ db: impatient.db, writeTokens: [WRITE_TOKEN] });
    const slug = 'russia-demands-veto-over-ukraines-security-guarantees';
    try {
      const { data } = (await (await post(app, `{ article(slug: "${slug}") { id version } }`)).json()) as {
        data: { article: { id: string; version: number } };
      };
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const blocker = seeded.db.transaction(async (tx) => {
        await tx.execute(sql`select id from articles where slug = ${slug} for update`);
        locked();
        await held;
      });
      await isLocked;
      const response = await post(app, `mutation ($id: ID!) { updateArticle(input: { id: $id, sourceName: "Late" }) { article { sourceName } } }`, {
        id: data.article.id,
      });
      release();
      await blocker;
      expect(response.status).toBe(503);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('TIMEOUT');
      expect(body.errors[0]!.message).toMatch(/longer than the database allows \(STATEMENT_TIMEOUT\)/);
      const [after] = await seeded.rows<{ source_name: string | null; version: number }>(sql`select source_name, version from articles where slug = ${slug}`);
      expect(after).toEqual({ source_name: null, version: data.article.version });
    } finally {
      await impatient.close();
    }
  });

  it('answers DATABASE_UNAVAILABLE with 503 when the database cannot be reached, without its message or stack', async () => {
    const gone = await openDatabase({ url });
    const app = createApp({ db: gone.db });
    await gone.close();
    const response = await post(app, `{ articles { totalCount } }`);
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(text).not.toMatch(/stack|CONNECTION_|\.ts:\d+/);
  });

  /**
   * A TCP relay to the PostgreSQL server on a port of its own: `down()` refuses new connections and
   * cuts the open ones (the database is gone, as when it is stopped or the network fails), `up()`
   * listens again on the same port (it is back).
   */
  async function relay() {
    const target = new URL(process.env.TEST_DATABASE_URL!);
    const sockets = new Set<Socket>();
    let server: Server | undefined;
    let port = 0;
    const up = () =>
      new Promise<void>((resolve) => {
        server = createServer((client) => {
          const upstream = connect(Number(target.port || 5432), target.hostname);
          for (const [a, b] of [
            [client, upstream],
            [upstream, client],
          ] as const) {
            sockets.add(a);
            a.on('error', () => b.destroy());
            a.on('close', () => (sockets.delete(a), b.destroy()));
            a.pipe(b);
          }
        });
        server.listen(port, '127.0.0.1', () => {
          port = (server!.address() as { port: number }).port;
          resolve();
        });
      });
    const down = () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server!.close(() => resolve());
      });
    await up();
    const relayed = new URL(url);
    relayed.host = `127.0.0.1:${port}`;
    return { url: relayed.toString(), up, down };
  }

  it('fails fast with 503 while the database is gone, keeps /healthz, turns /readyz, logs the cause, and recovers by itself', async () => {
    const link = await relay();
    const db = await openDatabase({ url: link.url });
    const app = await serve({ db: db.db, writeTokens: [WRITE_TOKEN] });
    const read = { query: '{ actor(slug: "volodymyr-zelenskyy") { name } }' };
    const probe = async (path: string) => (await fetch(app.url.replace('/graphql', path))).status;
    try {
      expect((await app.post(read)).status).toBe(200);
      expect(await probe('/readyz')).toBe(200);

      await link.down();
      const started = Date.now();
      const response = await app.post(read, { headers: { 'x-request-id': 'while-down' } });
      expect(Date.now() - started).toBeLessThan(2000);
      expect(response.status).toBe(503);
      const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0]).toMatchObject({
        message: 'The database is unavailable; try again shortly.',
        extensions: { code: 'DATABASE_UNAVAILABLE', requestId: 'while-down' },
      });
      expect(await probe('/healthz')).toBe(200);
      expect(await probe('/readyz')).toBe(503);
      const logged = app.lines.find((l) => l.requestId === 'while-down' && l.level === 50);
      // The cause, named: the pooled connection was closed under it (CONNECTION_CLOSED), or a new one refused (ECONNREFUSED).
      expect(logged).toMatchObject({ msg: expect.stringMatching(/CONNECTION_CLOSED|ECONNREFUSED/), path: ['actor'] });
      expect(logged!.codes.join()).toMatch(/CONNECTION_CLOSED|ECONNREFUSED/);

      // Each request while it stays down fails as fast (the driver's reconnect delay grew to 20 s after a few failures, and requests waited it out).
      for (let i = 0; i < 8; i++) {
        const again = Date.now();
        expect((await app.post(read)).status).toBe(503);
        expect(Date.now() - again).toBeLessThan(2000);
      }

      await link.up();
      const returned = Date.now();
      const back = await app.post(read);
      expect(await back.json()).toEqual({ data: { actor: { name: 'Volodymyr Zelenskyy' } } });
      // Served again at once: the reconnect delay is bounded (half a second), not grown by the failures.
      expect(Date.now() - returned).toBeLessThan(3000);
      expect(await probe('/readyz')).toBe(200);
    } finally {
      await app.close();
      await db.close();
      await link.down().catch(() => {});
    }
  });

  it('a mutation cut off from the database in the middle of its transaction answers 503 and is absent', async () => {
    const link = await relay();
    const db = await openDatabase({ url: link.url });
    const app = await serve({ db: db.db, writeTokens: [WRITE_TOKEN] });
    // The mutation waits on a lock held here, inside its transaction, when the link is cut.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const blocker = seeded.db.transaction(async (tx) => {
      await tx.execute(sql`lock table topics in share mode`);
      locked();
      await held;
    });
    try {
      await isLocked;
      const response = app.post(
        { query: 'mutation { createTopic(input: { slug: "cut-off", name: "Cut off" }) { topic { slug } } }' },
        { headers: { authorization: `Bearer ${WRITE_TOKEN}` } },
      );
      const { waiting } = await (async () => {
        for (let i = 0; i < 100; i++) {
          const rows = await seeded.rows<{ waiting: number }>(
            sql`select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
          );
          if (rows[0]!.waiting > 0) return rows[0]!;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        return { waiting: 0 };
      })();
      expect(waiting).toBe(1);
      await link.down();
      const answer = await response;
      expect(answer.status).toBe(503);
      expect(((await answer.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('DATABASE_UNAVAILABLE');
    } finally {
      release();
      await blocker;
      await app.close();
      await db.close().catch(() => {});
      await link.down().catch(() => {});
    }
    const rows = await seeded.rows<{ n: number }>(sql`select count(*)::int as n from topics where slug = 'cut-off'`);
    expect(rows[0]!.n).toBe(0);
  });
});
