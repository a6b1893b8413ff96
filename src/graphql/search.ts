import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { sql } from 'drizzle-orm';
import { executeRows, type Database } from '../db/client.js';
import { foldName } from '../db/aliases.js';
import { Actor } from './actor.js';
import { Article } from './article.js';
import { builder } from './builder.js';
import { badInput } from './errors.js';
import { likeEscape, MAX_SEARCH_LENGTH } from './lookups.js';
import { checkPageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination.js';
import { Topic } from './topic.js';

// One ranked list over three kinds of record:
//   actors   1.0 when the query is a name or alias, 0.9 when it contains one as whole words,
//            0.6 when a name or alias starts with it (three letters or more);
//   topics   0.5 plus half their full-text rank over name and description;
//   articles their full-text rank over title, summary and body, scaled into 0..0.5 (rank / (rank + 1) / 2).
// Ties are broken by kind (actor, topic, article) and then by id, so the order is total and a
// cursor (rank, kind, id) pages through it exactly once even while rows are added.
const KIND = { Article: 1, Topic: 2, Actor: 3 } as const;
type Kind = keyof typeof KIND;

interface Hit {
  kind: number;
  id: number;
  rank: string;
  snippet: string | null;
}

/** A row of the union, carrying its place in the ranking for the edge. */
type SearchNode = Record<string, unknown> & { __typename: Kind; __hit: Hit };

const SearchResult = builder.unionType('SearchResult', {
  description: 'One hit of a search: an article, an actor or a topic.',
  types: [Article, Actor, Topic],
  resolveType: (node) => (node as unknown as SearchNode).__typename,
});

function encodeCursor(hit: Hit): string {
  return Buffer.from(`S:${JSON.stringify([hit.rank, hit.kind, hit.id])}`).toString('base64');
}

function decodeCursor(argument: string, cursor: string): [string, number, number] {
  try {
    const text = Buffer.from(cursor, 'base64').toString('utf8');
    const value: unknown = text.startsWith('S:') ? JSON.parse(text.slice(2)) : null;
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      typeof value[0] === 'string' &&
      /^\d+(\.\d+)?$/.test(value[0]) &&
      Number.isInteger(value[1]) &&
      Number.isInteger(value[2])
    )
      return value as [string, number, number];
  } catch {
    // fall through to the error below
  }
  throw badInput(argument, `is not a cursor of this search (got "${cursor}").`);
}

function hitsQuery(text: string) {
  const lower = foldName(text, false);
  const exact = foldName(text, true);
  return sql`
    with q as (select websearch_to_tsquery('english', ${text}) as query),
    hits as (
      select ${KIND.Article}::int as kind, a.id,
             round((ts_rank_cd(a.search, q.query) / (1 + ts_rank_cd(a.search, q.query)) / 2)::numeric, 6) as rank
        from articles a, q
        where numnode(q.query) > 0 and a.search @@ q.query
      union all
      select ${KIND.Topic}::int, t.id,
             round((0.5 + 0.5 * ts_rank_cd(to_tsvector('english', t.name || ' ' || coalesce(t.description, '')), q.query, 32))::numeric, 6)
        from topics t, q
        where numnode(q.query) > 0 and to_tsvector('english', t.name || ' ' || coalesce(t.description, '')) @@ q.query
      union all
      select ${KIND.Actor}::int, al.actor_id, max(case
               when al.normalized = (case when al.case_sensitive then ${exact} else ${lower} end) then 1.0
               when (' ' || (case when al.case_sensitive then ${exact} else ${lower} end) || ' ') like ('% ' || al.normalized || ' %') then 0.9
               else 0.6 end)::numeric(7, 6)
        from actor_aliases al
        where (' ' || (case when al.case_sensitive then ${exact} else ${lower} end) || ' ') like ('% ' || al.normalized || ' %')
           or (not al.case_sensitive and length(${lower}) >= 3 and al.normalized like ${`${likeEscape(lower)}%`})
        group by al.actor_id
    )`;
}

async function searchPage(db: Database, text: string, page: ResolveCursorConnectionArgs): Promise<SearchNode[]> {
  const after = page.after ? decodeCursor('after', page.after) : undefined;
  const before = page.before ? decodeCursor('before', page.before) : undefined;
  const direction = page.inverted ? sql`asc` : sql`desc`;
  const hits = await executeRows<Hit>(
    db,
    sql`${hitsQuery(text)}
    select h.kind, h.id, h.rank::text as rank,
           case when h.kind = ${KIND.Article} then (
             select ts_headline('english', a.summary, q.query, 'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2')
             from articles a where a.id = h.id) end as snippet
      from hits h, q
      where ${after ? sql`(h.rank, h.kind, h.id) < (${after[0]}::numeric, ${after[1]}, ${after[2]})` : sql`true`}
        and ${before ? sql`(h.rank, h.kind, h.id) > (${before[0]}::numeric, ${before[1]}, ${before[2]})` : sql`true`}
      order by h.rank ${direction}, h.kind ${direction}, h.id ${direction}
      limit ${page.limit}`,
  );
  return loadRows(db, hits);
}

/** The records behind a page of hits: one query per kind, whatever the page size. */
async function loadRows(db: Database, hits: Hit[]): Promise<SearchNode[]> {
  const ids = (kind: number) => hits.filter((h) => Number(h.kind) === kind).map((h) => Number(h.id));
  const [articleRows, actorRows, topicRows] = await Promise.all([
    ids(KIND.Article).length
      ? db.query.articles.findMany({ columns: { search: false }, where: { id: { in: ids(KIND.Article) } } })
      : [],
    ids(KIND.Actor).length ? db.query.actors.findMany({ where: { id: { in: ids(KIND.Actor) } } }) : [],
    ids(KIND.Topic).length ? db.query.topics.findMany({ where: { id: { in: ids(KIND.Topic) } } }) : [],
  ]);
  const rows = new Map<string, Record<string, unknown>>();
  for (const row of articleRows) rows.set(`${KIND.Article}:${row.id}`, row);
  for (const row of actorRows) rows.set(`${KIND.Actor}:${row.id}`, row);
  for (const row of topicRows) rows.set(`${KIND.Topic}:${row.id}`, row);
  const typename = (kind: number) => (Object.keys(KIND) as Kind[]).find((k) => KIND[k] === kind)!;
  return hits.flatMap((hit) => {
    const row = rows.get(`${Number(hit.kind)}:${Number(hit.id)}`);
    // A row deleted between the two statements is left out rather than failing the page.
    return row ? [{ ...row, __typename: typename(Number(hit.kind)), __hit: hit }] : [];
  });
}

builder.queryFields((t) => ({
  search: t.connection(
    {
      type: SearchResult,
      description:
        'Searches articles (full text of title, summary and body: words, "quoted phrases", OR, -exclusion), ' +
        'actors (by name or alias) and topics (by name and description), best match first: actors named exactly, ' +
        'then topics, then articles by relevance.',
      args: {
        query: t.arg.string({ required: true, description: 'What to look for, e.g. `troops -France` or `"security guarantees"`.' }),
      },
      resolve: async (_root, args, ctx) => {
        const text = args.query.trim();
        // Web-search operators (OR, -, quotes) alone leave nothing to look for.
        if (!/[\p{L}\p{N}]/u.test(text.replace(/\bOR\b/g, '')))
          throw badInput('query', `has no word to search for (got "${args.query}").`);
        if (text.length > MAX_SEARCH_LENGTH)
          throw badInput('query', `must be at most ${MAX_SEARCH_LENGTH} characters (got ${text.length}).`);
        checkPageSize(args);
        const connection = await resolveCursorConnection(
          { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE, toCursor: (node) => encodeCursor((node as SearchNode).__hit) },
          (page): Promise<SearchNode[]> => searchPage(ctx.db, text, page),
        );
        // The nodes are rows of the union's member types; Pothos cannot see that through the brand.
        return {
          edges: connection!.edges as never,
          pageInfo: connection!.pageInfo,
          totalCount: async () => {
            const [row] = await executeRows<{ n: number }>(ctx.db, sql`${hitsQuery(text)} select count(*)::int as n from hits`);
            return Number(row?.n ?? 0);
          },
        };
      },
    },
    {
      name: 'SearchConnection',
      description: 'A page of search hits, best first.',
      fields: (c) => ({
        totalCount: c.int({
          description: 'How many hits the whole search has, over all pages.',
          resolve: (connection) => (connection as unknown as { totalCount: () => Promise<number> }).totalCount(),
        }),
      }),
    },
    {
      name: 'SearchEdge',
      description: 'One search hit with its cursor and ranking.',
      fields: (e) => ({
        rank: e.float({
          description: 'How well the hit matches, from 0 to 1; the list is sorted by it.',
          resolve: (edge) => Number(((edge as unknown as { node: SearchNode }).node).__hit.rank),
        }),
        snippet: e.string({
          nullable: true,
          description: 'For an article: the best-matching passages of its summary, matches wrapped in <mark></mark>. Null otherwise.',
          resolve: (edge) => ((edge as unknown as { node: SearchNode }).node).__hit.snippet,
        }),
      }),
    },
  ),
}));
