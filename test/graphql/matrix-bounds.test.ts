import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { createSeededDatabase } from '../helpers/database.js';
import { graphqlClient } from '../helpers/graphql.js';

// The stance matrix of a database with more actors than an axis may hold: an omitted axis expands to
// the first 100 (by name) and says it was cut, in both read engines; its cost is that of its cells, so
// that a handful of aliases of the unbounded matrix are refused before any SQL.

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createSeededDatabase();
  // 120 more actors, each with a position on the ceasefire, from a seed article that names the ceasefire.
  await handle.rows(sql`insert into actors (slug, name, kind)
    select 'extra-' || i, 'Extra actor ' || lpad(i::text, 3, '0'), 'PERSON' from generate_series(1, 120) i`);
  await handle.rows(sql`insert into positions (actor_id, topic_id, article_id, stance, statement, quote)
    select a.id, (select id from topics where slug = 'ceasefire'), (select id from articles order by id limit 1), 'SUPPORTS', 'Backs a ceasefire.', 'x'
    from actors a where a.slug like 'extra-%'`);
});
afterAll(() => handle?.close());

const MATRIX = `{ stanceMatrix(topics: ["ceasefire"]) { truncated rows { actor { name } } topics { slug } } }`;

describe('the stance matrix of a large database', () => {
  for (const sqlReads of [true, false])
    it(`expands an omitted axis to its first 100 entries and says so (${sqlReads ? 'compiled read' : 'resolvers'})`, async () => {
      const gql = graphqlClient(handle.db, { sqlReads });
      const { stanceMatrix } = await gql.data(MATRIX);
      expect(stanceMatrix.truncated).toBe(true);
      expect(stanceMatrix.rows).toHaveLength(100);
      // By name: the seed's actors with a position on the ceasefire come among the extra ones.
      const names = stanceMatrix.rows.map((r: { actor: { name: string } }) => r.actor.name);
      expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'en')));
      // Asked by name, nothing is cut.
      const asked = await gql.data(`{ stanceMatrix(actors: ["extra-120"], topics: ["ceasefire"]) { truncated rows { cells { stance } } } }`);
      expect(asked.stanceMatrix).toEqual({ truncated: false, rows: [{ cells: [{ stance: 'SUPPORTS' }] }] });
    });

  it('costs its cells: an unbounded matrix is allowed, six are refused before any SQL', async () => {
    const gql = graphqlClient(handle.db);
    const cells = 'rows { actor { name } cells { stance position { quote statement article { title } } } }';
    expect((await gql.request(`{ a: stanceMatrix { ${cells} } }`)).errors).toBeUndefined();
    const six = await gql.request(`{ ${['a', 'b', 'c', 'd', 'e', 'f'].map((alias) => `${alias}: stanceMatrix { ${cells} }`).join(' ')} }`);
    expect(six.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    expect(six.errors?.[0]?.extensions?.cost).toBeGreaterThan(300_000);
    // Asked for a few actors and topics, it costs little.
    const small = await gql.request(
      `{ a: stanceMatrix(actors: ["UK", "France"], topics: ["ceasefire"]) { ${cells} } b: stanceMatrix(actors: ["Russia"]) { ${cells} } }`,
    );
    expect(small.errors).toBeUndefined();
  });
});
