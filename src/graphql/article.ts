import { articles } from '../db/tables.js';
import { builder } from './builder.js';
import { paging } from './pagination.js';

builder.drizzleNode('articles', {
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
    url: t.string({
      nullable: true,
      description: 'Where the article was published; null when the source gives no link.',
      resolve: (article) => article.url,
    }),
    publishedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the article was published; null when the source gives no date (never guessed).',
      resolve: (article) => article.publishedAt,
    }),
    sourceName: t.exposeString('sourceName', { nullable: true, description: 'The publication or digest it came from.' }),
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
    description: 'Every article, in the order they were added.',
    ...paging,
    totalCount: (_root, _args, ctx) => ctx.db.$count(articles),
    resolve: (query, _root, _args, ctx) => ctx.db.query.articles.findMany(query({ orderBy: { id: 'asc' } })),
  }),
}));
