import { resolveCursorConnection } from '@pothos/plugin-relay';
import { countHits, SEARCH_ORDER, searchPage, searchTextOf, type SearchHit, type SearchPosition } from '../models/search.js';
import { Actor } from './actor.js';
import { Article } from './article.js';
import { builder, findSelected } from './builder.js';
import { encodeCursor, paging, positionAt } from './pagination.js';
import { Topic } from './topic.js';

const TABLES = { Article: 'articles', Actor: 'actors', Topic: 'topics' } as const;

/** A row of the union, carrying its hit for the edge. */
type SearchNode = Record<string, unknown> & { __typename: SearchHit['kind']; __hit: SearchHit };

const SearchResult = builder.unionType('SearchResult', {
  description: 'One hit of a search: an article, an actor or a topic.',
  types: [Article, Actor, Topic],
  resolveType: (node) => (node as unknown as SearchNode).__typename,
});

builder.queryFields((t) => ({
  search: t.connection(
    {
      type: SearchResult,
      description:
        'Searches articles (full text of title, summary and body: words, "quoted phrases", OR, -exclusion), ' +
        'actors (by name or alias) and topics (by name and description), best match first: actors named exactly, ' +
        'then topics, then articles by relevance. Excluded terms exclude actors too ("troops -France" finds no France). ' +
        'Text with no searchable word (only operators or common words such as "the") is an error, as in `articles(filter: {search})`.',
      args: {
        query: t.arg.string({ required: true, description: 'What to look for, e.g. `troops -France` or `"security guarantees"`.' }),
      },
      resolve: async (_root, args, ctx, info) => {
        const text = searchTextOf(['query'], args.query);
        const after = args.after == null ? undefined : (positionAt('after', args.after, SEARCH_ORDER, 'search') as SearchPosition);
        const before = args.before == null ? undefined : (positionAt('before', args.before, SEARCH_ORDER, 'search') as SearchPosition);
        const connection = await resolveCursorConnection(
          { args, defaultSize: paging.defaultSize, maxSize: paging.maxSize, toCursor: (node) => encodeCursor((node as SearchNode).__hit.position) },
          async (page) => {
            const hits = await searchPage(ctx.db, ['query'], text, { after, before, limit: page.limit, inverted: page.inverted });
            // The records behind the hits: one statement per kind on the page, with the fields asked of that kind.
            const rows = new Map<string, Record<string, unknown>>();
            await Promise.all(
              (['Article', 'Actor', 'Topic'] as const).map(async (kind) => {
                const ids = hits.filter((h) => h.kind === kind).map((h) => h.id);
                if (ids.length === 0) return;
                const found = await findSelected<{ id: number }>(t, ctx, info, TABLES[kind], [['edges', 'node'], ['nodes']], {
                  columns: { id: true },
                  where: { id: { in: ids } },
                });
                for (const row of found) rows.set(`${kind}:${row.id}`, row);
              }),
            );
            // A row deleted between the two statements is left out rather than failing the page.
            return hits.flatMap((hit) => {
              const row = rows.get(`${hit.kind}:${hit.id}`);
              return row ? [{ ...row, __typename: hit.kind, __hit: hit } as SearchNode] : [];
            });
          },
        );
        // The nodes are rows of the union's member types; Pothos cannot see that through the brand.
        return { edges: connection!.edges as never, pageInfo: connection!.pageInfo, totalCount: () => countHits(ctx.db, text) };
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
          resolve: (edge) => Number((edge as unknown as { node: SearchNode }).node.__hit.position[0]),
        }),
        snippet: e.string({
          nullable: true,
          description: 'For an article: the best-matching passages of its summary, matches wrapped in <mark></mark>. Null otherwise.',
          resolve: (edge) => (edge as unknown as { node: SearchNode }).node.__hit.snippet,
        }),
      }),
    },
  ),
}));
