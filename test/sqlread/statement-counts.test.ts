import { beforeAll, describe, expect, it } from 'vitest';
import { inArray } from 'drizzle-orm';
import { actors, articles, articleTopics, mentions, positions, topics } from '../../src/db/tables.js';
import { seededSuite } from '../helpers/suite.js';

// The number of SQL statements a request issues must not grow with the rows it returns. Each
// query below runs with a page size of 5 and of 50 over a database with well over 50 rows of
// each kind, and must issue the same, small number of statements both times.

const suite = seededSuite();

beforeAll(async () => {
  // 60 more articles, each mentioning and quoting three seeded actors on a seeded topic.
  const db = suite.handle.db;
  const actorRows = await db.select({ id: actors.id }).from(actors);
  const topicRows = await db
    .select({ id: topics.id })
    .from(topics)
    .where(inArray(topics.slug, ['troop-deployment', 'russian-veto', 'ceasefire']));
  const added = await db
    .insert(articles)
    .values(
      Array.from({ length: 60 }, (_, i) => ({
        slug: `extra-${i}`,
        title: `Extra article ${i} on troops and guarantees`,
        summary: `Summary ${i}: leaders discussed troops, guarantees and a ceasefire.`,
        publishedAt: new Date(Date.UTC(2025, 0, 1 + i)),
      })),
    )
    .returning({ id: articles.id });
  const rows = added.flatMap((article, i) =>
    [0, 1, 2].map((k) => ({ articleId: article.id, actorId: actorRows[(i + k * 7) % actorRows.length]!.id, topicId: topicRows[k]!.id })),
  );
  await db.insert(mentions).values(rows.map(({ articleId, actorId }) => ({ articleId, actorId })));
  await db.insert(articleTopics).values(rows.map(({ articleId, topicId }) => ({ articleId, topicId })));
  await db
    .insert(positions)
    .values(rows.map((r) => ({ ...r, stance: 'SUPPORTS' as const, statement: 'Synthetic test position.', quote: 'leaders discussed troops' })));
});
async function countStatements(query: string, variables: Record<string, unknown>) {
  const { result, statements } = await suite.counted(query, variables);
  expect(result.errors).toBeUndefined();
  return { statements, data: result.data };
}

const QUERIES: Record<string, string> = {
  'articles → actors → positions → article → actors': `query ($n: Int!) {
    articles(first: $n) { totalCount nodes {
      title topics { slug parent { slug } }
      actors { name aliases affiliations { role organization { name } } positions(first: 5) { totalCount nodes { stance article { title actors { name } } } } }
      positions { stance actor { name } topic { slug } }
    } }
  }`,
  'actors with filters, stanceOn and nested connections': `query ($n: Int!) {
    actors(first: $n, filter: { search: "a" }) { totalCount nodes {
      name stanceOn(topic: "troop-deployment") { stance article { title } }
      articles(first: 3) { totalCount nodes { title } }
      positions(first: 3, stance: SUPPORTS) { totalCount nodes { topic { name } } }
      members { member { name } }
    } }
  }`,
  'topics → subtree positions → actor, and stance summaries': `query ($n: Int!) {
    topics(first: 20) { nodes {
      slug stanceSummary { stance count } children { slug }
      positions(first: $n) { totalCount nodes { stance actor { name } article { title } } }
      articles(first: $n) { nodes { title } }
    } }
  }`,
  'positions filtered by topic subtree': `query ($n: Int!) {
    positions(first: $n, filter: { topic: "security-guarantees", includeSubtopics: true }) {
      totalCount nodes { stance actor { name kind } topic { parent { name } } article { title actors { name } } }
    }
  }`,
  'articles filtered by actor alias and full text': `query ($n: Int!) {
    articles(first: $n, filter: { actor: "Kremlin", search: "troops OR guarantees" }, orderBy: RELEVANCE) {
      totalCount nodes { title positions { actor { name } } }
    }
  }`,
  'search hits with nested fields': `query ($n: Int!) {
    search(query: "ceasefire OR Radakin", first: $n) { totalCount edges { rank snippet node {
      __typename
      ... on Article { title actors { name } }
      ... on Actor { name positions(first: 2) { nodes { topic { slug } } } }
      ... on Topic { name parent { slug } }
    } } }
  }`,
};

describe('SQL statements per request', () => {
  for (const [name, query] of Object.entries(QUERIES)) {
    it(`do not grow with the page size: ${name}`, async () => {
      const small = await countStatements(query, { n: 5 });
      const large = await countStatements(query, { n: 50 });
      if (name.startsWith('search')) {
        // The small page already holds every kind, so both pages load the same kinds of row.
        const kinds = small.data.search.edges.map((e: { node: { __typename: string } }) => e.node.__typename);
        expect(new Set(kinds)).toEqual(new Set(['Actor', 'Topic', 'Article']));
      }
      expect(JSON.stringify(large.data).length).toBeGreaterThan(JSON.stringify(small.data).length);
      expect(large.statements).toBe(small.statements);
      // At most: names and search text (1), the page (1; search: and one per kind of hit), totalCount (1),
      // and one for a relation asked twice with different arguments (stanceOn and positions both read positions).
      expect(small.statements).toBeLessThanOrEqual(name.startsWith('search') ? 5 : 4);
    });
  }

  it('do not grow with the size of the stance matrix', async () => {
    const query = `query ($actors: [String!], $topics: [String!]) {
      stanceMatrix(actors: $actors, topics: $topics) { topics { slug } rows { actor { name aliases } cells { stance position { quote article { title } topic { slug } } } } }
    }`;
    const all = await countStatements(query, {});
    expect(all.data.stanceMatrix.rows.length).toBe(21);
    const small = await countStatements(query, { actors: ['UK', 'Russia'], topics: ['troop-deployment'] });
    const large = await countStatements(query, {
      actors: all.data.stanceMatrix.rows.map((r: { actor: { name: string } }) => r.actor.name),
      topics: all.data.stanceMatrix.topics.map((t: { slug: string }) => t.slug),
    });
    expect(large.data.stanceMatrix.rows.length).toBe(21);
    expect(large.statements).toBe(small.statements);
    // The names resolve inside the statement that computes the grid: none more for naming them.
    expect(all.statements).toBe(small.statements);
    expect(small.statements).toBeLessThanOrEqual(4);
    // The benchmark's Q3, read as SQL (src/sqlread): the grid, its actors, topics and cells in one statement.
    const q3 = await countStatements(
      `query ($actors: [String!], $topics: [String!]) { stanceMatrix(actors: $actors, topics: $topics) { topics { slug } rows { actor { name } cells { stance position { quote } } } } }`,
      { actors: ['UK', 'Russia', 'France'], topics: ['troop-deployment', 'russian-veto'] },
    );
    expect(q3.data.stanceMatrix.rows.map((r: { actor: { name: string } }) => r.actor.name)).toEqual(['United Kingdom', 'Russia', 'France']);
    expect(q3.statements).toBe(1);
  });

  it('do not grow with the number of IDs asked of nodes', async () => {
    const { articles: page } = await suite.gql.data(`{ articles(first: 50) { nodes { id } } }`);
    const ids = page.nodes.map((n: { id: string }) => n.id);
    const query = `query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Article { title actors { name } } } }`;
    const small = await countStatements(query, { ids: ids.slice(0, 5) });
    const large = await countStatements(query, { ids });
    expect(large.data.nodes).toHaveLength(50);
    expect(large.statements).toBe(small.statements);
  });
});
