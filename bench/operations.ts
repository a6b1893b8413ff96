import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Database } from '../src/db/client.js';
import { queryRows } from '../src/db/client.js';
import { searchHitsSql } from '../src/models/search.js';

// The operations the benchmark runs, each twice: as a GraphQL request to the server, and as one
// hand-written SQL statement (the floor) whose JSON must equal the server's `data`.

export interface Operation {
  name: string;
  description: string;
  query: string;
  variables: Record<string, unknown>;
  /** The baseline: one statement answering the same data as a JSON column `data`. */
  baseline: { sql: string; params: unknown[] };
}

/** What the operations are about, taken from the data: the busiest actors, their topics, a deep cursor. */
export interface Parameters {
  busiestActor: string;
  matrixActors: string[];
  matrixTopics: string[];
  filterActor: string;
  filterTopic: string;
  after: string;
  before: string;
  /**
   * The page Q5 and Q1@500 reach (5 and 500, or the last there is in a small database), and the
   * keyset (published_at, id) of the row before it; null for page 1.
   */
  q5Page: number;
  q5Keyset: [string, number] | null;
  deepPage: number;
  deepKeyset: [string | null, number] | null;
  search: string;
}

const dialect = new PgDialect();
const statement = (query: ReturnType<typeof sql>) => dialect.sqlToQuery(query);
const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Reads the operations' parameters off the database: deterministic for the same synthetic data. */
export async function readParameters(db: Database): Promise<Parameters> {
  const one = async <T>(query: ReturnType<typeof sql>) => (await queryRows<T>(db, query))[0]!;
  const busiest = await one<{ slug: string }>(
    sql`select a.slug from actors a join positions p on p.actor_id = a.id group by a.id order by count(*) desc, a.id limit 1`,
  );
  const matrixActors = await queryRows<{ slug: string }>(
    db,
    sql`select a.slug from actors a join positions p on p.actor_id = a.id group by a.id order by count(*) desc, a.id limit 20`,
  );
  const matrixTopics = await queryRows<{ slug: string }>(
    db,
    sql`select t.slug from topics t join positions p on p.topic_id = t.id group by t.id order by count(*) desc, t.id limit 10`,
  );
  const filterActor = await one<{ id: number; slug: string }>(
    sql`select a.id, a.slug from actors a join mentions m on m.actor_id = a.id group by a.id order by count(*) desc, a.id limit 1`,
  );
  const filterTopic = await one<{
    slug: string;
  }>(sql`select t.slug from topics t join article_topics at on at.topic_id = t.id join mentions m on m.article_id = at.article_id
    where m.actor_id = ${filterActor.id} group by t.id order by count(*) desc, t.id limit 1`);
  const after = '2019-06-01T00:00:00.000Z';
  const before = '2025-06-01T00:00:00.000Z';
  // The rows before each page's first row, in list order; the page is the one wanted or the last there is.
  const q5Rows = await queryRows<{ published_at: string; id: number }>(
    db,
    sql`select a.published_at::text, a.id from articles a
    where exists (select 1 from mentions m where m.article_id = a.id and m.actor_id = ${filterActor.id})
      and exists (select 1 from article_topics at join topics t on t.id = at.topic_id where at.article_id = a.id and t.slug = ${filterTopic.slug})
      and a.published_at > ${after}::timestamptz and a.published_at < ${before}::timestamptz
    order by a.published_at desc nulls last, a.id desc limit 81`,
  );
  const deepRows = await queryRows<{ published_at: string | null; id: number }>(
    db,
    sql`select published_at::text, id from articles
    order by published_at desc nulls last, id desc limit ${499 * 20 + 1}`,
  );
  const reach = <T extends { published_at: string | null; id: number }>(rows: T[], page: number) => {
    const reached = Math.max(1, Math.min(page, Math.ceil(rows.length / 20)));
    const before = rows[(reached - 1) * 20 - 1];
    return { page: reached, keyset: before ? ([before.published_at, Number(before.id)] as [T['published_at'], number]) : null };
  };
  const q5 = reach(q5Rows, 5);
  const deep = reach(deepRows, 500);
  return {
    busiestActor: busiest.slug,
    matrixActors: matrixActors.map((r) => r.slug),
    matrixTopics: matrixTopics.map((r) => r.slug),
    filterActor: filterActor.slug,
    filterTopic: filterTopic.slug,
    after,
    before,
    q5Page: q5.page,
    q5Keyset: q5.keyset,
    deepPage: deep.page,
    deepKeyset: deep.keyset,
    search: '"ceasefire talks"',
  };
}

const Q1_NODES = `nodes { title actors { name kind positions(first: 5) { nodes { stance statement topic { name } } } } }`;

/** The nested part of Q1's baseline, for the 20 article rows of `rows`. */
const q1Json = (rows: string) => `select json_build_object('articles', json_build_object('nodes', coalesce((
    select json_agg(json_build_object('title', a.title, 'actors', (
      select coalesce(json_agg(json_build_object('name', ac.name, 'kind', ac.kind, 'positions', json_build_object('nodes', (
        select coalesce(json_agg(json_build_object('stance', p.stance, 'statement', p.statement, 'topic', json_build_object('name', t.name)) order by p.id), '[]'::json)
        from (select id, stance, statement, topic_id from positions where actor_id = ac.id order by id limit 5) p join topics t on t.id = p.topic_id
      ))) order by ac.name, ac.id), '[]'::json)
      from mentions m join actors ac on ac.id = m.actor_id where m.article_id = a.id
    )) order by ${NEWEST('a')})
    from (${rows}) a
  ), '[]'::json))) as data`;

/** Newest first, undated last, as an expression an index serves (the same as the server's). */
const NEWEST = (table: string) => `coalesce(${table}.published_at, '-infinity'::timestamptz) desc, ${table}.id desc`;

/** The keyset condition of a page after the row (published_at, id) = ($n, $n+1) in newest-first order; none for page 1. */
function afterRow(keyset: [string | null, number] | null, first: number, table = 'articles'): { where: string; params: unknown[] } {
  if (!keyset) return { where: 'true', params: [] };
  return {
    where: `(coalesce(${table}.published_at, '-infinity'::timestamptz), ${table}.id) < (coalesce($${first}::timestamptz, '-infinity'::timestamptz), $${first + 1}::int4)`,
    params: keyset,
  };
}

export function operations(p: Parameters, cursors: { q5: string | null; deep: string | null }): Operation[] {
  const deep = afterRow(p.deepKeyset, 1);
  const q5 = afterRow(p.q5Keyset, 5, 'a');
  return [
    {
      name: 'Q1',
      description: '20 newest articles → actors → 5 positions each → topic',
      query: `query Q1 { articles(first: 20) { ${Q1_NODES} } }`,
      variables: {},
      baseline: { sql: q1Json(`select id, title, published_at from articles order by ${NEWEST('articles')} limit 20`), params: [] },
    },
    {
      name: 'Q1@500',
      description: `Q1 at page ${p.deepPage}, reached by cursor`,
      query: `query Q1Deep($cursor: String) { articles(first: 20, after: $cursor) { ${Q1_NODES} } }`,
      variables: { cursor: cursors.deep },
      baseline: {
        sql: q1Json(`select id, title, published_at from articles where ${deep.where} order by ${NEWEST('articles')} limit 20`),
        params: deep.params,
      },
    },
    {
      name: 'Q2',
      description: 'the busiest actor → 50 positions → topic, article',
      query: `query Q2($slug: String!) { actor(slug: $slug) { positions(first: 50) { nodes { stance topic { name } article { title } } } } }`,
      variables: { slug: p.busiestActor },
      baseline: {
        sql: `select json_build_object('actor', (select json_build_object('positions', json_build_object('nodes', coalesce((
            select json_agg(json_build_object('stance', p.stance, 'topic', json_build_object('name', t.name), 'article', json_build_object('title', ar.title)) order by p.id)
            from (select id, stance, topic_id, article_id from positions where actor_id = ac.id order by id limit 50) p
            join topics t on t.id = p.topic_id join articles ar on ar.id = p.article_id), '[]'::json)))
          from actors ac where ac.slug = $1)) as data`,
        params: [p.busiestActor],
      },
    },
    {
      name: 'Q3',
      description: 'stanceMatrix, 20 actors × 10 topics',
      query: `query Q3($actors: [String!], $topics: [String!]) { stanceMatrix(actors: $actors, topics: $topics) { topics { slug } rows { actor { name } cells { stance position { quote } } } } }`,
      variables: { actors: p.matrixActors, topics: p.matrixTopics },
      // Each cell the latest position by the server's rule (latestFirst: dated_at, then id), one probe of positions_latest_idx.
      baseline: {
        sql: `with a as (select x.ord, ac.id, ac.name from unnest($1::text[]) with ordinality x(slug, ord) join actors ac on ac.slug = x.slug),
            t as (select x.ord, tp.id, tp.slug from unnest($2::text[]) with ordinality x(slug, ord) join topics tp on tp.slug = x.slug)
          select json_build_object('stanceMatrix', json_build_object(
            'topics', (select json_agg(json_build_object('slug', t.slug) order by t.ord) from t),
            'rows', (select json_agg(json_build_object('actor', json_build_object('name', a.name), 'cells', (
              select json_agg(json_build_object('stance', l.stance, 'position', case when l.id is null then null else json_build_object('quote', l.quote) end) order by t.ord)
              from t left join lateral (select p.id, p.stance, p.quote from positions p where p.actor_id = a.id and p.topic_id = t.id
                order by p.dated_at desc nulls last, p.id desc limit 1) l on true)) order by a.ord) from a))) as data`,
        params: [p.matrixActors, p.matrixTopics],
      },
    },
    {
      name: 'Q4',
      description: `search for ${p.search}, first 20, with snippets`,
      query: `query Q4($q: String!) { search(query: $q, first: 20) { edges { rank snippet node { __typename ... on Article { title } ... on Actor { name } ... on Topic { name } } } } }`,
      variables: { q: p.search },
      baseline: (() => {
        const query = statement(sql`${searchHitsSql(p.search)}
          select json_build_object('search', json_build_object('edges', coalesce(json_agg(json_build_object(
            'rank', h.rank::float8,
            'snippet', case when h.kind = 1 then ts_headline('english', ar.summary, q.query, 'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2') end,
            'node', case h.kind when 1 then json_build_object('__typename', 'Article', 'title', ar.title)
                                when 2 then json_build_object('__typename', 'Topic', 'name', tp.name)
                                else json_build_object('__typename', 'Actor', 'name', ac.name) end
          ) order by h.rank desc, h.kind desc, h.id desc), '[]'::json))) as data
          from (select * from hits order by rank desc, kind desc, id desc limit 20) h cross join q
          left join articles ar on h.kind = 1 and ar.id = h.id
          left join topics tp on h.kind = 2 and tp.id = h.id
          left join actors ac on h.kind = 3 and ac.id = h.id`);
        return { sql: query.sql, params: query.params };
      })(),
    },
    {
      name: 'Q5',
      description: `articles by actor + topic + date range, newest first, page ${p.q5Page} by cursor`,
      query: `query Q5($actor: String!, $topic: String!, $after: DateTime!, $before: DateTime!, $cursor: String) {
        articles(filter: { actor: $actor, topic: $topic, publishedAfter: $after, publishedBefore: $before }, first: 20, after: $cursor) { nodes { slug title publishedAt } } }`,
      variables: { actor: p.filterActor, topic: p.filterTopic, after: p.after, before: p.before, cursor: cursors.q5 },
      baseline: {
        sql: `select json_build_object('articles', json_build_object('nodes', coalesce(json_agg(json_build_object('slug', a.slug, 'title', a.title, 'publishedAt', ${iso('a.published_at')})
            order by ${NEWEST('a')}), '[]'::json))) as data
          from (select a.id, a.slug, a.title, a.published_at from articles a
            where exists (select 1 from mentions m where m.article_id = a.id and m.actor_id = (select id from actors where slug = $1))
              and exists (select 1 from article_topics at where at.article_id = a.id and at.topic_id = (select id from topics where slug = $2))
              and a.published_at > $3::timestamptz and a.published_at < $4::timestamptz
              and ${q5.where}
            order by ${NEWEST('a')} limit 20) a`,
        params: [p.filterActor, p.filterTopic, p.after, p.before, ...q5.params],
      },
    },
  ];
}
