import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { serializeError } from '../../src/log.js';
import { digestItems } from '../../src/models/digest.js';
import { prepareImport } from '../../src/models/imports.js';
import { createSeededDatabase, databaseKind } from '../helpers/database.js';
import { WRITE_TOKEN } from '../helpers/graphql.js';
import { requestLines, serve } from '../helpers/http.js';

// Each request has an id, a deadline, a body limit and one log line; its SQL is cancelled when it
// stops, and a busy pool answers SERVER_BUSY instead of queueing. Shown over real HTTP.

describe('request ids, log lines and the body limit', () => {
  let handle: DatabaseHandle;
  let app: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    handle = await createSeededDatabase();
    app = await serve({ db: handle.db, writeTokens: [WRITE_TOKEN], maxBodyBytes: 64 * 1024 });
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  it("returns the client's x-request-id, and logs one line with the operation, status, duration and statement count", async () => {
    const response = await app.post(
      { query: 'query Newest { articles(first: 2) { nodes { title actors { name } } } }' },
      { headers: { 'x-request-id': 'trace-42' } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('trace-42');
    const line = requestLines(app.lines).find((l) => l.requestId === 'trace-42');
    expect(line).toMatchObject({ method: 'POST', path: '/graphql', status: 200, operation: 'Newest', operationType: 'query', statements: 1, level: 30 });
    expect(line!.durationMs).toBeGreaterThan(0);
  });

  it('generates an id when the client sent none or an unusable one', async () => {
    const none = await app.post({ query: '{ __typename }' });
    const bad = await app.post({ query: '{ __typename }' }, { headers: { 'x-request-id': 'has spaces and "quotes"' } });
    const ids = [none.headers.get('x-request-id'), bad.headers.get('x-request-id')];
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
    expect(requestLines(app.lines).map((l) => l.requestId)).toEqual(expect.arrayContaining(ids));
  });

  it('never logs the bearer token, and logs a bad argument at debug level only', async () => {
    const response = await app.post(
      { query: 'mutation { createTopic(input: { slug: "Not A Slug", name: "x" }) { userErrors { code } } }' },
      { headers: { authorization: `Bearer ${WRITE_TOKEN}`, 'x-request-id': 'with-token' } },
    );
    expect(response.status).toBe(200);
    const mine = app.lines.filter((l) => l.requestId === 'with-token');
    expect(mine.map((l) => l.operationType).filter(Boolean)).toEqual(['mutation']);
    expect(JSON.stringify(app.lines)).not.toContain(WRITE_TOKEN);
    expect(mine.filter((l) => l.level >= 50)).toEqual([]);
  });

  it('logs a refused token as one warning without a stack, never as an error, and counts it on the request line', async () => {
    for (const [id, headers] of [
      ['no-token', {}],
      ['wrong-token', { authorization: 'Bearer not-a-write-token-at-all-0000' }],
    ] as const) {
      const response = await app.post(
        { query: 'mutation { createTopic(input: { name: "x" }) { topic { id } } }' },
        { headers: { ...headers, 'x-request-id': id } },
      );
      expect(response.status).toBe(id === 'no-token' ? 401 : 403);
      const mine = app.lines.filter((l) => l.requestId === id);
      expect(mine.filter((l) => l.level >= 50)).toEqual([]);
      const warnings = mine.filter((l) => l.level === 40);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ refused: 'credentials' });
      expect(warnings[0]!.err).toBeUndefined();
      expect(requestLines(mine)).toEqual([expect.objectContaining({ status: response.status })]);
    }
    expect(JSON.stringify(app.lines)).not.toContain('not-a-write-token-at-all-0000');
  });

  it('answers 413 to a body over MAX_BODY_SIZE, declared or chunked, and serves one under it', async () => {
    const padded = (size: number) => JSON.stringify({ query: `{ __typename } #${'x'.repeat(size)}` });
    const declared = await app.post(padded(100 * 1024));
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({
      errors: [{ message: 'The request body is larger than 65536 bytes (MAX_BODY_SIZE).', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    const body = new TextEncoder().encode(padded(100 * 1024));
    const chunked = await app.post(
      new ReadableStream({
        start(controller) {
          for (let at = 0; at < body.length; at += 8192) controller.enqueue(body.subarray(at, at + 8192));
          controller.close();
        },
      }),
      { duplex: 'half' } as { headers?: Record<string, string> },
    );
    expect(chunked.status).toBe(413);
    // A chunked body under the limit is read whole and runs, and its log line still names its operation.
    const small = new TextEncoder().encode(JSON.stringify({ query: 'query Chunked { __typename }' }));
    const ok = await app.post(
      new ReadableStream({
        start(controller) {
          controller.enqueue(small);
          controller.close();
        },
      }),
      { duplex: 'half', headers: { 'x-request-id': 'chunked-ok' } } as { headers?: Record<string, string> },
    );
    expect(await ok.json()).toEqual({ data: { __typename: 'Query' } });
    expect(requestLines(app.lines).find((l) => l.requestId === 'chunked-ok')).toMatchObject({ operation: 'Chunked', operationType: 'query', status: 200 });
    const under = await app.post(padded(60 * 1024));
    expect(under.status).toBe(200);
    expect(await under.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('stops an import still reading its text at the deadline: answered then, nothing written', async () => {
    // Invented articles naming the seed's actors, enough that reading them takes a while on any machine.
    const blocks = Array.from(
      { length: 2000 },
      (_, i) =>
        `Invented report ${i}: Keir Starmer and Emmanuel Macron on security guarantees\nKeir Starmer met Emmanuel Macron in invented meeting ${i}; ` +
        `Starmer said the UK supports security guarantees for Ukraine, and Russia rejected any deployment of troops.\nRead More`,
    );
    const text = `Invented digest\n\n${blocks.join('\n\n')}\n`;
    const before = await handle.rows<{ n: number }>(sql`select count(*)::int as n from articles`);
    const reading = performance.now();
    await prepareImport(handle.db, digestItems({ text }));
    const readingMs = performance.now() - reading;
    // The deadline falls a quarter of the way into the reading, however fast this machine reads.
    const timed = await serve({ db: handle.db, writeTokens: [WRITE_TOKEN], requestTimeoutMs: Math.max(50, Math.round(readingMs / 4)) });
    try {
      const started = performance.now();
      const response = await timed.post(
        { query: 'mutation ($text: String!) { importDigest(input: { text: $text }) { created { slug } } }', variables: { text } },
        { headers: { authorization: `Bearer ${WRITE_TOKEN}` } },
      );
      const took = performance.now() - started;
      expect(response.status).toBe(503);
      expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('REQUEST_TIMEOUT');
      // Answered at the deadline, not once the reading was done (it used to read on, then refuse, or write).
      expect(took).toBeLessThan(readingMs * 0.75);
      expect(await handle.rows(sql`select count(*)::int as n from articles`)).toEqual(before);
    } finally {
      await timed.close();
    }
  }, 60_000);

  it('logs errors with their causes and every long value cut short', () => {
    const params = Array.from({ length: 50 }, (_, i) => `${i}:${'p'.repeat(1000)}`);
    const failed = Object.assign(
      new Error('Failed query: select …', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }) }),
      {
        query: `select ${'x, '.repeat(2000)}1`,
        params,
      },
    );
    const logged = serializeError(failed) as Record<string, any>;
    expect(logged.cause).toMatchObject({ message: 'connect ECONNREFUSED 127.0.0.1:5432', code: 'ECONNREFUSED' });
    expect(logged.query.length).toBeLessThan(400);
    expect(logged.params).toHaveLength(11);
    expect(logged.params[0]).toMatch(/^0:p+… \(1002 characters\)$/);
    expect(logged.params[10]).toBe('… (40 more)');
  });
});

describe.skipIf(databaseKind !== 'postgres')('deadlines, disconnects and a busy pool (PostgreSQL)', () => {
  let seeded: DatabaseHandle;
  let url: string;
  let database: string;
  beforeAll(async () => {
    seeded = await createSeededDatabase();
    database = (await seeded.rows<{ db: string }>(sql`select current_database() as db`))[0]!.db;
    const parsed = new URL(process.env.TEST_DATABASE_URL!);
    parsed.pathname = `/${database}`;
    url = parsed.toString();
  });
  afterAll(() => seeded?.close());

  /** Holds an exclusive lock on articles (every read of them waits) until the returned function is called. */
  async function lockArticles(): Promise<() => Promise<void>> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const blocker = seeded.db.transaction(async (tx) => {
      await tx.execute(sql`lock table articles in access exclusive mode`);
      locked();
      await held;
    });
    await isLocked;
    return async () => {
      release();
      await blocker;
    };
  }

  /** The server's statements now waiting on the lock. */
  const waiting = async () =>
    (
      await seeded.rows<{ n: number }>(
        sql`select count(*)::int as n from pg_stat_activity where datname = ${database} and application_name = 'stancegraph' and state = 'active' and wait_event_type = 'Lock'`,
      )
    )[0]!.n;

  async function until(check: () => Promise<boolean>, ms = 3000) {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      if (await check()) return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return false;
  }

  const read = { query: 'query Read { articles(first: 2) { nodes { title } } }' };

  it('answers a query past REQUEST_TIMEOUT with 503 REQUEST_TIMEOUT at its deadline, and cancels its SQL', async () => {
    const db = await openDatabase({ url, statementTimeoutMs: 30_000 });
    const app = await serve({ db: db.db, requestTimeoutMs: 700 });
    const unlock = await lockArticles();
    try {
      const started = Date.now();
      const response = await app.post(read);
      const took = Date.now() - started;
      expect(response.status).toBe(503);
      const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0]!.extensions).toEqual({ code: 'REQUEST_TIMEOUT', requestId: response.headers.get('x-request-id') });
      expect(body.errors[0]!.message).toMatch(/REQUEST_TIMEOUT, 0\.7 s/);
      expect(took).toBeGreaterThanOrEqual(650);
      expect(took).toBeLessThan(5000);
      // Its statement no longer waits, though the lock is still held and the statement timeout is 30 s.
      expect(await until(async () => (await waiting()) === 0)).toBe(true);
      expect(requestLines(app.lines).at(-1)).toMatchObject({ status: 503, stopped: 'deadline', operation: 'Read' });
    } finally {
      await unlock();
      await app.close();
      await db.close();
    }
  });

  it('cancels the SQL of a request whose client disconnected', async () => {
    const db = await openDatabase({ url, statementTimeoutMs: 30_000 });
    const app = await serve({ db: db.db, requestTimeoutMs: 30_000 });
    const unlock = await lockArticles();
    try {
      const gone = new AbortController();
      const response = app.post(read, { signal: gone.signal }).catch((error: Error) => error.name);
      expect(await until(async () => (await waiting()) === 1)).toBe(true);
      gone.abort();
      expect(await response).toBe('AbortError');
      expect(await until(async () => (await waiting()) === 0)).toBe(true);
      expect(await until(async () => requestLines(app.lines).some((l) => l.stopped === 'disconnected'))).toBe(true);
    } finally {
      await unlock();
      await app.close();
      await db.close();
    }
  });

  it('answers SERVER_BUSY (503) after POOL_TIMEOUT when every connection is taken, and serves again once one is free', async () => {
    const db = await openDatabase({ url, statementTimeoutMs: 30_000, poolSize: 2, poolTimeoutMs: 300 });
    const app = await serve({ db: db.db, requestTimeoutMs: 30_000, ping: db.ping });
    const unlock = await lockArticles();
    try {
      const holders = [app.post(read), app.post(read)];
      expect(await until(async () => (await waiting()) === 2)).toBe(true);
      // A saturated pool is not a database that is down: /readyz asks over a connection of its own.
      expect((await fetch(app.url.replace(/\/graphql$/, '/readyz'))).status).toBe(200);
      const started = Date.now();
      const refused = await app.post({ query: '{ actor(slug: "volodymyr-zelenskyy") { name } }' });
      expect(Date.now() - started).toBeLessThan(3000);
      expect(refused.status).toBe(503);
      const body = (await refused.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0]!.extensions.code).toBe('SERVER_BUSY');
      expect(body.errors[0]!.message).toMatch(/no database connection became free within 0\.3 s \(POOL_TIMEOUT\)/);
      await unlock();
      for (const holder of holders) expect((await holder).status).toBe(200);
      const after = await app.post({ query: '{ actor(slug: "volodymyr-zelenskyy") { name } }' });
      expect(await after.json()).toEqual({ data: { actor: { name: 'Volodymyr Zelenskyy' } } });
    } finally {
      await unlock();
      await app.close();
      await db.close();
    }
  });

  it('keeps connections for cheap requests while heavy ones hold their share of the pool', async () => {
    // A pool of 4, of which heavy requests (here: costing over 1,000) may hold 2.
    const db = await openDatabase({ url, statementTimeoutMs: 30_000, poolSize: 4, poolTimeoutMs: 300, heavyShare: 2 });
    const app = await serve({ db: db.db, requestTimeoutMs: 30_000, heavyCost: 1000 });
    const heavy = { query: 'query Heavy { articles(first: 100) { nodes { title actors { name } } } }' };
    const unlock = await lockArticles();
    try {
      const holders = [app.post(heavy), app.post(heavy)];
      expect(await until(async () => (await waiting()) === 2)).toBe(true);
      // A third heavy request finds the heavy share taken: refused after POOL_TIMEOUT, though 2 connections are free.
      const third = await app.post(heavy);
      expect(third.status).toBe(503);
      expect(((await third.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('SERVER_BUSY');
      // Cheap requests are served at once, as many as come.
      const cheap = await Promise.all(Array.from({ length: 6 }, () => app.post({ query: '{ actor(slug: "volodymyr-zelenskyy") { name } }' })));
      for (const answer of cheap) expect(await answer.json()).toEqual({ data: { actor: { name: 'Volodymyr Zelenskyy' } } });
      await unlock();
      for (const holder of holders) expect((await holder).status).toBe(200);
    } finally {
      await unlock();
      await app.close();
      await db.close();
    }
  });

  it('rolls back a mutation stopped at its deadline, and says so', async () => {
    const db = await openDatabase({ url, statementTimeoutMs: 30_000 });
    const app = await serve({ db: db.db, requestTimeoutMs: 700, writeTokens: [WRITE_TOKEN] });
    const slug = 'russia-demands-veto-over-ukraines-security-guarantees';
    const before = (await seeded.rows<{ version: number }>(sql`select version from articles where slug = ${slug}`))[0]!;
    const { id } = (await seeded.rows<{ id: number }>(sql`select id from articles where slug = ${slug}`))[0]!;
    const unlock = await lockArticles();
    try {
      const response = await app.post(
        {
          query: `mutation ($id: ID!) { updateArticle(input: { id: $id, sourceName: "Late" }) { article { sourceName } } }`,
          variables: { id: Buffer.from(`Article:${id}`).toString('base64') },
        },
        { headers: { authorization: `Bearer ${WRITE_TOKEN}` } },
      );
      expect(response.status).toBe(503);
      const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0]!.extensions.code).toBe('REQUEST_TIMEOUT');
      expect(body.errors[0]!.message).toMatch(/nothing it was writing was kept/);
    } finally {
      await unlock();
      await app.close();
      await db.close();
    }
    const after = (await seeded.rows<{ version: number; source_name: string | null }>(sql`select version, source_name from articles where slug = ${slug}`))[0]!;
    expect(after).toEqual({ version: before.version, source_name: null });
  });
});
