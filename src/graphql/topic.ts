import { topics } from '../db/tables.js';
import { builder } from './builder.js';
import { paging } from './pagination.js';

builder.drizzleNode('topics', {
  name: 'Topic',
  description: 'A question actors take positions on. Topics form a tree: security-guarantees → troop-deployment.',
  id: { column: (topic) => topic.id },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, URL-safe name, unique among topics.' }),
    name: t.exposeString('name', { description: 'Human-readable name.' }),
    description: t.exposeString('description', { nullable: true, description: 'What the question is.' }),
    parent: t.relation('parent', { nullable: true, description: 'The broader topic; null for a root.' }),
    children: t.relation('children', {
      description: 'The narrower topics directly under this one, in name order.',
      query: { orderBy: { name: 'asc', id: 'asc' } },
    }),
    articles: t.relatedConnection('articles', {
      description: 'The articles tagged with this topic, in the order they were added.',
      ...paging,
      totalCount: true,
      query: { orderBy: { id: 'asc' } },
    }),
    positions: t.relatedConnection('positions', {
      description: 'The positions taken on this topic, in the order they were recorded.',
      ...paging,
      totalCount: true,
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

builder.queryFields((t) => ({
  topic: t.drizzleField({
    type: 'topics',
    nullable: true,
    description: 'One topic by slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The topic slug, e.g. "troop-deployment".' }) },
    resolve: (query, _root, args, ctx) => ctx.db.query.topics.findFirst(query({ where: { slug: args.slug } })),
  }),
  topics: t.drizzleConnection({
    type: 'topics',
    description: 'Every topic, in the order they were added (roots before their children).',
    ...paging,
    totalCount: (_root, _args, ctx) => ctx.db.$count(topics),
    resolve: (query, _root, _args, ctx) => ctx.db.query.topics.findMany(query({ orderBy: { id: 'asc' } })),
  }),
}));
