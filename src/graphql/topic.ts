import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { stance, topics } from '../db/tables.js';
import { builder } from './builder.js';
import { badInput } from './errors.js';
import { perArgs, topicIdsBySlug, type Condition } from './lookups.js';
import { paging } from './pagination.js';
import { Stance } from './position.js';

const StanceCount = builder
  .objectRef<{ stance: (typeof stance.enumValues)[number]; count: number }>('StanceCount')
  .implement({
    description: 'How many positions take one stance.',
    fields: (t) => ({
      stance: t.expose('stance', { type: Stance, description: 'The stance.' }),
      count: t.exposeInt('count', { description: 'How many positions take it.' }),
    }),
  });

export const Topic = builder.drizzleNode('topics', {
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
      description: 'The articles tagged with this topic itself, in the order they were added.',
      ...paging,
      totalCount: true,
      query: { orderBy: { id: 'asc' } },
    }),
    positions: t.relatedConnection('subtreePositions', {
      description: 'The positions taken on this topic or any topic below it, in the order they were recorded.',
      args: { stance: t.arg({ type: Stance, description: 'Only positions with this stance.' }) },
      ...paging,
      totalCount: true,
      query: (args) => ({ where: args.stance ? { stance: args.stance } : {}, orderBy: { id: 'asc' } }),
    }),
    stanceSummary: t.field({
      type: [StanceCount],
      description: 'How many positions on this topic and the topics below it take each stance; every stance is listed, zero included.',
      select: {
        extras: {
          stanceCounts: (topic) => sql<Record<string, number>>`(
            select jsonb_object_agg(s.stance, (
              select count(*) from positions p join topic_closure c on c.descendant_id = p.topic_id
              where c.ancestor_id = ${topic.id} and p.stance = s.stance
            )) from unnest(enum_range(null::stance)) as s(stance))`,
        },
      },
      resolve: (topic) =>
        stance.enumValues.map((value) => ({ stance: value, count: Number(parseJson(topic.stanceCounts)[value] ?? 0) })),
    }),
  }),
});

/** jsonb comes back parsed from postgres.js and from inside relational queries, as text elsewhere. */
function parseJson(value: unknown): Record<string, unknown> {
  return typeof value === 'string' ? (JSON.parse(value) as Record<string, unknown>) : ((value ?? {}) as Record<string, unknown>);
}

const TopicFilter = builder.inputType('TopicFilter', {
  description: 'Narrows a list of topics.',
  fields: (t) => ({
    parent: t.string({ description: 'Only the topics directly under the topic of this slug.' }),
    rootsOnly: t.boolean({ description: 'true: only topics without a parent.' }),
  }),
});

const topicCondition = perArgs(
  async (db: Database, { filter }: { filter?: typeof TopicFilter.$inferInput | null }): Promise<Condition<typeof topics> | undefined> => {
    if (filter?.parent != null && filter.rootsOnly) throw badInput('filter.rootsOnly', 'cannot be combined with `filter.parent`.');
    if (filter?.parent != null) {
      const [parentId] = await topicIdsBySlug(db, 'filter.parent', filter.parent, false);
      return (t) => sql`${t.parentId} = ${parentId}`;
    }
    if (filter?.rootsOnly) return (t) => sql`${t.parentId} is null`;
    return undefined;
  },
);

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
    description: 'Topics, filtered as asked (by default all of them), in the order they were added (parents before their children).',
    args: { filter: t.arg({ type: TopicFilter, description: 'Which topics; all when omitted.' }) },
    ...paging,
    totalCount: async (_root, args, ctx) => ctx.db.$count(topics, (await topicCondition(ctx.db, args))?.(topics)),
    resolve: async (query, _root, args, ctx) => {
      const condition = await topicCondition(ctx.db, args);
      return ctx.db.query.topics.findMany(query({ where: condition ? { RAW: condition } : undefined, orderBy: { id: 'asc' } }));
    },
  }),
}));
