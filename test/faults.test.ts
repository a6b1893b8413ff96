import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../src/db/client.js';
import { createApp } from '../src/server.js';
import { createSeededDatabase, databaseKind } from './helpers/database.js';
import { WRITE_TOKEN } from './helpers/graphql.js';

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
      const { data } = (await (await post(app, `{ article(slug: "${slug}") { id version } }`)).json()) as { data: { article: { id: string; version: number } } };
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
      const response = await post(app, `mutation ($id: ID!) { updateArticle(input: { id: $id, sourceName: "Late" }) { article { sourceName } } }`, { id: data.article.id });
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
});
