import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { articles } from '../db/tables.js';
import { asDate, builder } from './builder.js';
import { badInput } from './errors.js';
import { actorIdByName, allOf, checkedSearchText, perArgs, topicIdsBySlug, type Condition } from './lookups.js';
import { paging } from './pagination.js';

export const Article = builder.drizzleNode('articles', {
  name: 'Article',
  description: 'A news article (or its summary in a digest): the evidence positions rest on.',
  // The search vector is for filtering and ranking only; never load it.
  select: { columns: { search: false } },
  id: { column: (article) => article.id },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, URL-safe name, unique among articles.' }),
    title: t.exposeString('title', { description: 'Headline as published.' }),
    summary: t.exposeString('summary', { description: 'Summary as given by the source, verbatim.' }),
    body: t.exposeString('body', { nullable: true, description: 'Full text, when the source provides it.' }),
    url: t.exposeString('url', {
      nullable: true,
      description: 'Where the article was published; null when the source gives no link.',
    }),
    publishedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the article was published; null when the source gives no date (never guessed).',
      resolve: (article) => asDate(article.publishedAt),
    }),
    sourceName: t.exposeString('sourceName', { nullable: true, description: 'The publication or digest it came from.' }),
    version: t.exposeInt('version', {
      description: 'Bumped by every update; pass it as `expectedVersion` to updateArticle to refuse a lost update.',
    }),
    actors: t.relation('actors', {
      description: 'Every actor the article mentions, in name order.',
      query: { orderBy: { name: 'asc', id: 'asc' } },
    }),
    topics: t.relation('topics', {
      description: 'The topics the article is about, in name order.',
      query: { orderBy: { name: 'asc', id: 'asc' } },
    }),
    positions: t.relation('positions', {
      description: 'The positions this article is the evidence for, in the order they were recorded.',
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

const ArticleFilter = builder.inputType('ArticleFilter', {
  description: 'Narrows a list of articles; every condition given must hold.',
  fields: (t) => ({
    topic: t.string({ description: 'Only articles tagged with the topic of this slug.' }),
    includeSubtopics: t.boolean({
      description: 'With `topic`: also articles tagged with any topic below it. Default false.',
    }),
    actor: t.string({
      description: 'Only articles that mention this actor, given by slug, name or any alias ("Zelenskiy", "U.S.").',
    }),
    search: t.string({
      description:
        'Full-text search over title, summary and body, in web-search syntax: words, "quoted phrases", OR, -exclusion.',
    }),
    publishedAfter: t.field({ type: 'DateTime', description: 'Only articles published after this instant (undated ones are left out).' }),
    publishedBefore: t.field({ type: 'DateTime', description: 'Only articles published before this instant (undated ones are left out).' }),
  }),
});

const ArticleOrder = builder.enumType('ArticleOrder', {
  description: 'How a list of articles is ordered. Ties are broken by the order articles were added.',
  values: {
    NEWEST_FIRST: { description: 'Latest publication date first; undated articles last, most recently added first.' },
    OLDEST_FIRST: { description: 'Earliest publication date first; undated articles last.' },
    TITLE: { description: 'By title, A to Z.' },
    RELEVANCE: { description: 'Best full-text match first; only with `filter.search`.' },
  },
});

type ArticleFilterArgs = typeof ArticleFilter.$inferInput;

/** The ArticleFilter as one SQL condition, and the checked search text if there is one. */
const articleConditions = perArgs(async (db: Database, { filter }: { filter?: ArticleFilterArgs | null }) => {
  const conditions: Condition<typeof articles>[] = [];
  let search: string | undefined;
  if (!filter) return { condition: undefined, search };
  if (filter.includeSubtopics != null && filter.topic == null)
    throw badInput('filter.includeSubtopics', 'needs `filter.topic`.');
  if (filter.topic != null) {
    const ids = await topicIdsBySlug(db, 'filter.topic', filter.topic, filter.includeSubtopics ?? false);
    conditions.push(
      (a) => sql`exists (select 1 from article_topics at where at.article_id = ${a.id} and at.topic_id in ${ids})`,
    );
  }
  if (filter.actor != null) {
    const id = await actorIdByName(db, 'filter.actor', filter.actor);
    conditions.push((a) => sql`exists (select 1 from mentions m where m.article_id = ${a.id} and m.actor_id = ${id})`);
  }
  if (filter.search != null) {
    const text = await checkedSearchText(db, 'filter.search', filter.search);
    search = text;
    conditions.push((a) => sql`${a.search} @@ websearch_to_tsquery('english', ${text})`);
  }
  const after = filter.publishedAfter;
  const before = filter.publishedBefore;
  if (after && before && after >= before)
    throw badInput('filter.publishedBefore', 'must be later than `filter.publishedAfter`.');
  if (after) conditions.push((a) => sql`${a.publishedAt} > ${after.toISOString()}`);
  if (before) conditions.push((a) => sql`${a.publishedAt} < ${before.toISOString()}`);
  return { condition: allOf(conditions), search };
});

/** A fixed-width UTC text of the publication date ('' or '~' when undated) for cursor-safe ordering. */
const publishedKey = (undated: string) => (a: typeof articles) =>
  sql<string>`coalesce(to_char(${a.publishedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), ${undated}) collate "C"`;

builder.queryFields((t) => ({
  article: t.drizzleField({
    type: 'articles',
    nullable: true,
    description: 'One article by slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The article slug.' }) },
    resolve: (query, _root, args, ctx) => ctx.db.query.articles.findFirst(query({ where: { slug: args.slug } })),
  }),
  articles: t.drizzleConnection({
    type: 'articles',
    description: 'Articles, filtered and ordered as asked (by default all of them, newest first).',
    args: {
      filter: t.arg({ type: ArticleFilter, description: 'Which articles; all when omitted.' }),
      orderBy: t.arg({ type: ArticleOrder, defaultValue: 'NEWEST_FIRST', description: 'Order of the list.' }),
    },
    ...paging,
    totalCount: async (_root, args, ctx) => ctx.db.$count(articles, (await articleConditions(ctx.db, args)).condition?.(articles)),
    resolve: async (query, _root, args, ctx) => {
      const { condition, search } = await articleConditions(ctx.db, args);
      if (args.orderBy === 'RELEVANCE' && !search) throw badInput('orderBy', 'RELEVANCE needs `filter.search`.');
      const where = condition ? { RAW: condition } : undefined;
      const text = search ?? '';
      switch (args.orderBy) {
        case 'TITLE':
          return ctx.db.query.articles.findMany(query({ where, orderBy: { title: 'asc', id: 'asc' } }));
        case 'RELEVANCE':
          return ctx.db.query.articles.findMany(
            query({
              where,
              // Rounded so that the value in a cursor compares exactly with the one recomputed.
              extras: { relevance: (a) => sql<string>`round(ts_rank_cd(${a.search}, websearch_to_tsquery('english', ${text}))::numeric, 6)` },
              orderBy: { relevance: 'desc', id: 'asc' },
            }),
          );
        case 'OLDEST_FIRST':
          return ctx.db.query.articles.findMany(
            query({ where, extras: { publishedKey: publishedKey('~') }, orderBy: { publishedKey: 'asc', id: 'asc' } }),
          );
        default:
          return ctx.db.query.articles.findMany(
            query({ where, extras: { publishedKey: publishedKey('') }, orderBy: { publishedKey: 'desc', id: 'desc' } }),
          );
      }
    },
  }),
}));
