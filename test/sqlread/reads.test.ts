import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { createLogger } from '../../src/log.js';
import { writeSynthetic } from '../../src/seed/synthetic.js';
import { createSeededDatabase, databaseKind } from '../helpers/database.js';
import { graphqlClient } from '../helpers/graphql.js';

// Queries whose every field reads as SQL (src/sqlread) are answered by one statement per
// root field that builds their JSON; everything else runs through graphql-js and plugin-drizzle.
// Both must give the same answer, to the byte: each query here runs both ways on the seed plus
// 300 synthetic articles (undated ones, texts with quotes and accents, dates with microseconds,
// affiliations with and without dates).

let handle: DatabaseHandle;
let statements: string[] = [];
let direct: ReturnType<typeof graphqlClient>;
/** What the SQL path logged: a statement of it that fails is answered by the resolvers, and logged as a warning. */
const warnings: string[] = [];
let resolved: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  handle = await createSeededDatabase({ logger: { logQuery: (query) => void statements.push(query) } });
  await writeSynthetic(handle.db, { articles: 300, batchSize: 100 });
  await handle.rows(
    sql`update articles set published_at = published_at + interval '123456 microseconds', summary = summary || ' “Ünïcode” \\ "quoted" ' where id % 7 = 0`,
  );
  await handle.rows(sql`update positions set stated_at = '2024-02-29T23:59:59.999999Z' where id % 11 = 0`);
  // Positions dated by their article (statedAtSource ARTICLE_PUBLISHED), as recordPosition dates them without a date given.
  await handle.rows(sql`update positions p set stated_at = null, dated_at = a.published_at from articles a where a.id = p.article_id and p.id % 5 = 0`);
  await handle.rows(sql`update affiliations set started_on = '0999-05-20', ended_on = case when id % 2 = 0 then date '2024-07-05' end where id % 3 <> 1`);
  const sink = new Writable({ write: (chunk, _encoding, done) => (warnings.push(String(chunk)), done()) });
  direct = graphqlClient(handle.db, { log: createLogger({ logLevel: 'warn', nodeEnv: 'production' }, sink) });
  resolved = graphqlClient(handle.db, { sqlReads: false });
}, 120_000);
afterAll(() => handle?.close());

/** Runs a query both ways; returns the answer and whether it was read as SQL (a JSON-building statement). */
async function both(query: string, variables: Record<string, unknown> = {}) {
  statements = [];
  const viaSql = await direct.request(query, variables);
  const asSql = statements.some((s) => s.includes('json_build_object('));
  const count = statements.length;
  const viaResolvers = await resolved.request(query, variables);
  expect(JSON.stringify(viaSql)).toBe(JSON.stringify(viaResolvers));
  // The SQL path either answered or declined; it never failed and left it to the resolvers.
  expect(warnings).toEqual([]);
  return { result: viaSql, asSql, statements: count };
}

const Q1 = `{ articles(first: 20) { nodes { title actors { name kind positions(first: 5) { nodes { stance statement topic { name } } } } } } }`;

const READ_AS_SQL: Record<string, [string, Record<string, unknown>?]> = {
  'the benchmark Q1': [Q1],
  'every column, ids and dates': [
    `{ articles(first: 40, orderBy: OLDEST_FIRST) { nodes { id slug title summary body url publishedAt sourceName version
        positions { id stance statement quote statedAt statedAtSource version actor { id slug name kind description countryCode } topic { id slug name description } article { slug } } } } }`,
  ],
  'edges, cursors and page info of a root list, and the next page': [
    `query ($after: String) { articles(first: 7, after: $after, orderBy: TITLE) { __typename edges { __typename cursor node { slug } } pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor } } }`,
  ],
  'aliases, __typename, fragments (named, inline, on Node) and directives': [
    `query ($yes: Boolean!, $no: Boolean!) { __typename
       latest: articles(first: 3) { nodes { ...Article heading: title ... on Node { id } ... on Article { slug } skipped: slug @skip(if: $yes) kept: slug @include(if: $yes) gone: url @include(if: $no) } }
       oldest: articles(first: 2, orderBy: OLDEST_FIRST) { nodes { __typename ...Article } } }
     fragment Article on Article { slug title actors { __typename ... on Actor { name } } }`,
    { yes: true, no: false },
  ],
  'nested connections: nodes and edges together, page info, arguments': [
    `{ actors(first: 10, filter: { hasPositions: true }) { nodes { name
        all: positions(first: 3) { edges { node { stance } } nodes { statement topic { slug parent { slug } } } pageInfo { hasNextPage hasPreviousPage } }
        supports: positions(first: 2, stance: SUPPORTS) { nodes { stance } }
        onTopic: positions(topic: "security-guarantees", includeSubtopics: true, first: 4) { nodes { topic { slug } } }
        none: positions(first: 0) { nodes { id } pageInfo { hasNextPage } }
        articles(first: 2) { nodes { title } pageInfo { hasNextPage } } } } }`,
  ],
  'nested connections asked only for their count or page info, of none, one and many rows': [
    `{ actors(first: 40) { nodes { slug
        counted: positions { totalCount } onTopic: positions(topic: "troop-deployment") { totalCount }
        before: positions { pageInfo { hasPreviousPage } } after: positions(first: 1) { pageInfo { hasNextPage } }
        typename: articles { __typename } } } }`,
  ],
  'topics: tree, subtree positions, tagged articles': [
    `{ topics(first: 30) { nodes { slug parent { slug parent { slug } } children { slug name }
        positions(first: 3, stance: OPPOSES) { nodes { stance actor { name } } }
        articles(first: 2) { nodes { slug } } } } }`,
  ],
  'one row by slug, found and not': [
    `query ($slug: String!) { actor(slug: $slug) { name positions(first: 50) { nodes { stance topic { name } article { title } } } }
       missing: actor(slug: "nobody") { name } article(slug: "nothing") { title } topic(slug: "security-guarantees") { name children { slug } } }`,
    { slug: 'keir-starmer' },
  ],
  'counts, aliases, affiliations, where a date comes from (the tracker page of an actor)': [
    `query ($slug: String!) { actor(slug: $slug) { slug name kind aliases
        affiliations { role startedOn endedOn organization { slug name } } members { role member { name } }
        positions(first: 100) { totalCount nodes { id stance statement quote statedAt statedAtSource topic { slug name } article { slug title } } }
        articles(first: 50) { totalCount nodes { slug title publishedAt } } }
       articles(first: 2, filter: { actor: "UK" }) { totalCount nodes { slug } }
       all: topics(first: 3) { totalCount }
       people: actors(first: 60, filter: { kind: PERSON }) { nodes { affiliations { role startedOn endedOn organization { kind } } } } }`,
    { slug: 'united-kingdom' },
  ],
  'the stance matrix: rows and columns asked, a name twice, empty cells': [
    `query ($actors: [String!], $topics: [String!]) { stanceMatrix(actors: $actors, topics: $topics) { __typename
        topics { slug name } rows { __typename actor { name kind } cells { __typename topic { slug } stance position { id quote statedAt article { title } } } } } }`,
    { actors: ['UK', 'Keir Starmer', 'russia', 'UK', 'china'], topics: ['troop-deployment', 'ceasefire', 'security-guarantees', 'russian-veto'] },
  ],
  'the stance matrix with an axis or both omitted': [
    `{ byTopics: stanceMatrix(topics: ["ceasefire", "troop-deployment"]) { topics { slug } rows { actor { name } cells { stance } } }
       byActors: stanceMatrix(actors: ["UK", "France"]) { topics { slug } rows { actor { name } cells { stance position { quote } } } }
       everything: stanceMatrix { topics { slug } rows { actor { slug } cells { stance } } } }`,
  ],
  'the stance matrix of nothing': [`{ stanceMatrix(actors: [], topics: []) { topics { slug } rows { actor { name } } } }`],
  'filtered lists: actor, topic, date range, search by relevance': [
    `{ byActor: articles(filter: { actor: "UK", topic: "security-guarantees", includeSubtopics: true }, first: 5) { nodes { slug } }
       dated: articles(filter: { publishedAfter: "2020-01-01T00:00:00Z", publishedBefore: "2025-06-01T00:00:00Z" }, first: 5) { nodes { slug publishedAt } }
       found: articles(filter: { search: "troops" }, orderBy: RELEVANCE, first: 5) { edges { cursor node { slug } } }
       people: actors(filter: { kind: PERSON }, first: 5) { nodes { name } }
       positions(first: 5, filter: { stance: CONDITIONAL }) { nodes { statement } } }`,
  ],
  'filtered by one topic (a value looked up in the statement) and by an actor': [
    `{ articles(filter: { actor: "Zelenskyy", topic: "security-guarantees" }, first: 5) { totalCount nodes { slug } }
       actors(filter: { topic: "troop-deployment" }, first: 5) { totalCount nodes { slug } }
       positions(filter: { actor: "france", topic: "troop-deployment" }) { totalCount nodes { statement } }
       below: actors(filter: { topic: "security-guarantees", includeSubtopics: true }, first: 5) { nodes { slug } } }`,
  ],
};

describe('queries read as SQL', () => {
  for (const [name, [query, variables]] of Object.entries(READ_AS_SQL))
    it(`${name}: the same answer as through resolvers`, async () => {
      const { result, asSql } = await both(query, variables);
      expect(result.errors).toBeUndefined();
      expect(asSql).toBe(true);
    });

  it('the answers compared hold what they are meant to compare (dates of each kind, both date sources)', async () => {
    const [query, variables] = READ_AS_SQL['counts, aliases, affiliations, where a date comes from (the tracker page of an actor)']!;
    const text = JSON.stringify((await both(query, variables)).result);
    for (const expected of ['"startedOn":"0999-05-20"', '"endedOn":"2024-07-05"', '"endedOn":null', '"statedAtSource":null']) expect(text).toContain(expected);
    const dates = JSON.stringify((await both(READ_AS_SQL['every column, ids and dates']![0])).result);
    for (const source of ['"STATED"', '"ARTICLE_PUBLISHED"']) expect(dates).toContain(`"statedAtSource":${source}`);
    expect(dates).toMatch(/"publishedAt":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.123Z"/);
    expect(dates).toContain('"statedAt":"2024-02-29T23:59:59.999Z"');
  });

  it('pages through a root list by cursor alike', async () => {
    const query = READ_AS_SQL['edges, cursors and page info of a root list, and the next page']![0];
    let after: string | null = null;
    const seen: string[] = [];
    for (let page = 0; page < 4; page++) {
      const { result } = await both(query, { after });
      const connection = result.data.articles;
      seen.push(...connection.edges.map((e: { node: { slug: string } }) => e.node.slug));
      expect(connection.pageInfo.hasPreviousPage).toBe(page > 0);
      after = connection.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(28);
  });

  it('writes the same answer into an event stream (SSE) as into a JSON body', async () => {
    const { result } = await both(Q1);
    const response = await direct.app.fetch('http://stancegraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: Q1 }),
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const event = (await response.text()).split('\n').find((line) => line.startsWith('data: {'));
    expect(JSON.parse(event!.slice('data: '.length))).toEqual(result);
  });

  it('answers Q1 in one statement whatever the page size', async () => {
    for (const size of [2, 60]) {
      const { result, statements } = await both(Q1.replace('first: 20', `first: ${size}`));
      expect(result.data.articles.nodes).toHaveLength(size);
      expect(statements).toBe(1);
    }
  });
});

// A query asked again with the same variables runs the statements compiled the first time, unless
// the model looked a name up to compile them (the name may find another row next time).
describe('queries asked again', () => {
  it('read the data as it is now, not as it was when their statement was compiled', async () => {
    const query = `query ($first: Int) { articles(first: $first, orderBy: TITLE) { nodes { slug title } } }`;
    const first = (await both(query, { first: 3 })).result.data.articles.nodes[0] as { slug: string; title: string };
    await handle.rows(sql`update articles set title = ${`${first.title} (corrected)`} where slug = ${first.slug}`);
    try {
      const { result, asSql } = await both(query, { first: 3 });
      expect(asSql).toBe(true);
      expect(result.data.articles.nodes[0]).toEqual({ slug: first.slug, title: `${first.title} (corrected)` });
    } finally {
      await handle.rows(sql`update articles set title = ${first.title} where slug = ${first.slug}`);
    }
  });

  it('look names up again: an alias removed no longer finds its actor', async () => {
    const [alias] = await handle.rows<{ id: number; alias: string }>(
      sql`select al.id, al.alias from actor_aliases al where not al.case_sensitive and exists (select 1 from mentions m where m.actor_id = al.actor_id) order by al.id limit 1`,
    );
    const query = `query ($actor: String!) { articles(first: 3, filter: { actor: $actor }) { nodes { slug } } }`;
    const found = await both(query, { actor: alias!.alias });
    expect(found.asSql).toBe(true);
    expect(found.result.data.articles.nodes.length).toBeGreaterThan(0);
    await withoutAlias(alias!.id, async () => {
      const { result } = await both(query, { actor: alias!.alias });
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    });
  });

  it('the stance matrix: its kept statement reads rows as they are now, and its names again', async () => {
    const [alias] = await handle.rows<{ id: number; alias: string; actor_id: number }>(
      sql`select al.id, al.alias, al.actor_id from actor_aliases al where not al.case_sensitive and exists (select 1 from positions p where p.actor_id = al.actor_id) order by al.id limit 1`,
    );
    const [actor] = await handle.rows<{ name: string }>(sql`select name from actors where id = ${alias!.actor_id}`);
    const query = `query ($actors: [String!]) { stanceMatrix(actors: $actors) { rows { actor { name } cells { stance } } } }`;
    const asked = await both(query, { actors: [alias!.alias] });
    expect(asked.asSql).toBe(true);
    expect(asked.result.data.stanceMatrix.rows[0].actor.name).toBe(actor!.name);
    await handle.rows(sql`update actors set name = ${`${actor!.name} (renamed)`} where id = ${alias!.actor_id}`);
    try {
      const again = await both(query, { actors: [alias!.alias] });
      expect(again.asSql).toBe(true);
      expect(again.result.data.stanceMatrix.rows[0].actor.name).toBe(`${actor!.name} (renamed)`);
      await withoutAlias(alias!.id, async () => {
        const gone = await both(query, { actors: [alias!.alias] });
        expect(gone.result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'actors[0]' });
      });
    } finally {
      await handle.rows(sql`update actors set name = ${actor!.name} where id = ${alias!.actor_id}`);
    }
  });
});

/** Runs `run` with the alias `id` removed, and puts it back afterwards. */
async function withoutAlias(id: number, run: () => Promise<void>) {
  const [removed] = await handle.rows<Record<string, unknown>>(sql`delete from actor_aliases where id = ${id} returning *`);
  try {
    await run();
  } finally {
    await handle.rows(sql`insert into actor_aliases (id, actor_id, alias, normalized, case_sensitive) overriding system value
      values (${removed!.id}, ${removed!.actor_id}, ${removed!.alias}, ${removed!.normalized}, ${removed!.case_sensitive})`);
  }
}

// A kept statement runs prepared on PostgreSQL; behind a pooler in transaction mode (PgBouncer before
// 1.21), where a statement prepared on one server connection is unknown on the next, `?prepare=false`
// on DATABASE_URL turns preparing off (postgres.js reads it from the URL; docs/operations.md, "Running against a real PostgreSQL").
describe.skipIf(databaseKind !== 'postgres')('prepared statements', () => {
  for (const [parameters, prepared] of [
    ['', true],
    ['?prepare=false', false],
  ] as const)
    it(`a query asked again runs ${prepared ? 'prepared' : 'unprepared with ?prepare=false'}`, async () => {
      const [{ db: name }] = (await handle.rows<{ db: string }>(sql`select current_database() as db`)) as [{ db: string }];
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${name}`;
      // One connection, so that what it prepared can be read off it afterwards.
      const one = await openDatabase({ url: `${url.toString()}${parameters}`, poolSize: 1 });
      try {
        const client = graphqlClient(one.db);
        for (let i = 0; i < 3; i++) expect((await client.request(Q1)).errors).toBeUndefined();
        const [{ n }] = (await one.rows<{ n: number }>(sql`select count(*)::int as n from pg_prepared_statements`)) as [{ n: number }];
        if (prepared) expect(n).toBeGreaterThan(0);
        else expect(n).toBe(0);
      } finally {
        await one.close();
      }
    });
});

// Each of these falls back to the resolvers (or fails there), with the same answer or error.
const RESOLVED: Record<string, [string, Record<string, unknown>?]> = {
  'a backward page': [`{ articles(last: 3) { nodes { slug } } }`],
  'a field not read as SQL': [`{ actors(first: 3) { nodes { name stanceOn(topic: "ceasefire") { stance } } } }`],
  'a nested cursor': [`{ actors(first: 3) { nodes { positions(first: 2) { edges { cursor } } } } }`],
  'a field asked twice with different selections': [`{ articles(first: 2) { nodes { actors { name } actors { slug } } } }`],
  'a cursor of another list': [`{ articles(first: 2, after: "bm90IGEgY3Vyc29y") { nodes { slug } } }`],
  'a root field read as SQL beside one that is not (no statement of the first runs)': [
    `{ articles(first: 2) { nodes { slug } } stanceChanges(first: 2) { nodes { to } } }`,
  ],
  'a mutation': [`mutation { deleteTopic(input: { id: "VG9waWM6OTk5OTk=" }) { deletedId userErrors { code } } }`],
};

describe('queries resolved as before', () => {
  for (const [name, [query, variables]] of Object.entries(RESOLVED))
    it(`${name}: not read as SQL, the same answer`, async () => {
      const { asSql } = await both(query, variables);
      expect(asSql).toBe(false);
    });

  // A filter's names are looked up in the statement that reads the list (one statement, kept for the
  // next time); where one names nothing, its rows say so (or, of no rows, the lookup run then does).
  for (const [name, query, unknown] of [
    ['an unknown actor filtering a root list (no rows)', `{ articles(filter: { actor: "Nobody At All" }) { nodes { slug } } }`, 'Nobody At All'],
    [
      'an unknown topic in a nested connection (rows)',
      `{ actors(first: 2) { nodes { positions(topic: "no-such-topic") { nodes { stance } } } } }`,
      'no-such-topic',
    ],
    ['an unknown topic below a row read by slug', `{ actor(slug: "united-kingdom") { positions(topic: "no-such-topic") { totalCount } } }`, 'no-such-topic'],
    ['an unknown topic below a slug that names no row', `{ actor(slug: "nobody") { positions(topic: "no-such-topic") { totalCount } } }`, 'no-such-topic'],
  ])
    it(`${name}: its statement finds it names nothing, and the resolvers refuse it, naming it`, async () => {
      const { result, asSql } = await both(query!);
      expect(asSql).toBe(true);
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(JSON.stringify(result.errors)).toContain(unknown);
    });

  // A name that names nothing is reported before the other problems of the arguments, as it always was.
  for (const [name, query, unknown] of [
    [
      'an unknown actor and dates that leave nothing between them',
      `{ articles(filter: { actor: "Nobody At All", publishedAfter: "2025-01-01T00:00:00Z", publishedBefore: "2024-01-01T00:00:00Z" }) { nodes { slug } } }`,
      'Nobody At All',
    ],
    [
      'an unknown actor and RELEVANCE without a search',
      `{ articles(filter: { actor: "Nobody At All" }, orderBy: RELEVANCE) { nodes { slug } } }`,
      'Nobody At All',
    ],
    [
      'an unknown topic and stated dates that leave nothing between them',
      `{ positions(filter: { topic: "no-such-topic", statedAfter: "2025-01-01T00:00:00Z", statedBefore: "2024-01-01T00:00:00Z" }) { nodes { id } } }`,
      'no-such-topic',
    ],
  ])
    it(`${name}: the name is what both engines refuse`, async () => {
      const { result } = await both(query!);
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(result.errors![0]!.message).toContain(unknown);
    });

  it('dates that leave nothing between them, once every name names something, are refused naming the later bound', async () => {
    const { result } = await both(
      `{ articles(filter: { actor: "UK", publishedAfter: "2025-01-01T00:00:00Z", publishedBefore: "2024-01-01T00:00:00Z" }) { nodes { slug } } }`,
    );
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.publishedBefore' });
  });

  it('a filter whose names all name something, of no rows: an empty page', async () => {
    const { result, asSql } = await both(`{ articles(filter: { actor: "united-kingdom", publishedBefore: "1900-01-01T00:00:00Z" }) { nodes { slug } } }`);
    expect(asSql).toBe(true);
    expect(result).toEqual({ data: { articles: { nodes: [] } } });
  });

  it('the stance matrix with an unknown name: its statement finds it, and the resolver refuses it, naming it', async () => {
    const { result, asSql } = await both(`{ stanceMatrix(actors: ["UK", "Nobody At All"], topics: ["ceasefire"]) { rows { actor { name } } } }`);
    expect(asSql).toBe(true);
    expect(result.data).toBeNull();
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'actors[1]' });
  });
});
