import { createComplexityRule } from '@pothos/plugin-complexity';
import { sql } from 'drizzle-orm';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { schema } from '../../src/graphql/schema.js';
import { estimatedFieldsOf, estimatesFor } from '../../src/http/estimates.js';
import { createSeededDatabase } from '../helpers/database.js';
import { serve } from '../helpers/http.js';

// The cost of a search follows the articles its text matches, and that of ranking aligned actors the
// positions there are: estimates read from the planner's statistics, outside the request path.

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createSeededDatabase();
});
afterAll(() => handle?.close());

/** An operation's cost with the estimates the server would read for it. */
async function costOf(query: string): Promise<number> {
  const document = parse(query);
  const estimates = await estimatesFor(handle.statistics, estimatedFieldsOf({ schema, document, variableValues: {} }));
  let cost = 0;
  validate(schema, document, [createComplexityRule({ variableValues: {}, context: { estimates }, validate: ({ complexity }) => void (cost = complexity) })]);
  return cost;
}

describe('estimated work', () => {
  it('finds the search texts and rankings of an operation, variables applied', () => {
    const document = parse('query ($q: String!) { search(query: $q) { totalCount } articles(filter: { search: "troops" }) { totalCount } }');
    expect(estimatedFieldsOf({ schema, document, variableValues: { q: 'ceasefire' } })).toEqual({ texts: ['ceasefire', 'troops'], ranks: false });
    const ranking = parse('{ actor(slug: "russia") { alignedActors { score } } }');
    expect(estimatedFieldsOf({ schema, document: ranking, variableValues: {} }).ranks).toBe(true);
  });

  it('costs a search by the articles its text matches, and a ranking by the positions', async () => {
    // Many positions (every actor on every topic in every article), and the planner's statistics of
    // them (PostgreSQL's autovacuum gathers them by itself; PGlite has none).
    await handle.rows(sql`insert into positions (actor_id, topic_id, article_id, stance, statement, quote)
      select a.id, t.id, ar.id, 'SUPPORTS', 'x', 'x' from actors a, topics t, articles ar
      where not exists (select 1 from positions p where p.actor_id = a.id and p.topic_id = t.id and p.article_id = ar.id)`);
    await handle.rows(sql`analyze`);
    // Every seed article names Ukraine; none the made-up word.
    const { n } = (
      await handle.rows<{ n: number }>(sql`select count(*)::int as n from articles where search @@ websearch_to_tsquery('english', 'Ukraine')`)
    )[0]!;
    expect(n).toBeGreaterThan(5);
    const common = await costOf('{ search(query: "Ukraine", first: 1) { totalCount } }');
    const rare = await costOf('{ search(query: "zyxwvut", first: 1) { totalCount } }');
    expect(common - rare).toBeGreaterThanOrEqual(4 * (n - 2));
    const { positions } = (await handle.rows<{ positions: number }>(sql`select count(*)::int as positions from positions`))[0]!;
    expect(positions).toBeGreaterThan(2000);
    // One ranking: 0.22 a position, beside the few units of its fields.
    const ranked = await costOf('{ actor(slug: "russia") { alignedActors(first: 1) { score } } }');
    expect(ranked).toBeGreaterThanOrEqual(Math.round(0.22 * positions));
    expect(ranked).toBeLessThan(Math.round(0.22 * positions) + 20);
  });

  it('holds the statistics it waits for to the request’s deadline: 503 REQUEST_TIMEOUT then, not when they come', async () => {
    // Statistics that answer late, as behind a long statement on PGlite's one connection.
    const late = async <T>(query: Parameters<DatabaseHandle['statistics']>[0]) => {
      await new Promise((resolve) => setTimeout(resolve, 4000));
      return handle.statistics<T>(query);
    };
    const app = await serve({ db: handle.db, requestTimeoutMs: 300, statistics: late });
    try {
      const started = performance.now();
      const response = await app.post({ query: '{ search(query: "a rare phrase for this test", first: 1) { totalCount } }' });
      const took = performance.now() - started;
      expect(response.status).toBe(503);
      expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('REQUEST_TIMEOUT');
      expect(took).toBeLessThan(3000);
    } finally {
      await app.close();
    }
  });
});
