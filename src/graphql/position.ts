import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { positions, stance } from '../db/tables.js';
import { asDate, builder } from './builder.js';
import { badInput } from './errors.js';
import { actorIdByName, allOf, perArgs, topicIdsBySlug, type Condition } from './lookups.js';
import { paging } from './pagination.js';

export const Stance = builder.enumType('Stance', {
  description: 'Where an actor stands on a topic.',
  values: {
    SUPPORTS: { description: 'For it.' },
    OPPOSES: { description: 'Against it.' },
    CONDITIONAL: { description: 'For it only under conditions the statement names.' },
    NEUTRAL: { description: 'Takes no side, or declines to.' },
  } satisfies Record<(typeof stance.enumValues)[number], unknown>,
});

/**
 * Positions on the topic of this slug (and its subtopics if asked), as a condition on positions
 * usable inside a relation's `where`; an unknown slug matches nothing.
 */
export function topicCondition(slug: string, includeSubtopics: boolean): Condition<typeof positions> {
  return (p) =>
    sql`${p.topicId} in (select c.descendant_id from topic_closure c join topics t on t.id = c.ancestor_id
      where t.slug = ${slug} ${includeSubtopics ? sql`` : sql`and c.depth = 0`})`;
}

/** "Latest" for positions: by the date stated, undated ones as older, then the most recently recorded. */
export const latestFirst = (p: typeof positions) => [sql`${p.statedAt} desc nulls last`, sql`${p.id} desc`];

export const Position = builder.drizzleNode('positions', {
  name: 'Position',
  description: 'A stance an actor takes on a topic, traced to the article that reports it.',
  id: { column: (position) => position.id },
  fields: (t) => ({
    stance: t.expose('stance', { type: Stance, description: 'Supports, opposes, conditional or neutral.' }),
    statement: t.exposeString('statement', { description: 'The position in one sentence, in the system’s words.' }),
    quote: t.exposeString('quote', {
      nullable: true,
      description: 'An exact excerpt of the article that shows the position.',
    }),
    statedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the actor took the position; null when the source gives no date (never guessed).',
      resolve: (position) => asDate(position.statedAt),
    }),
    version: t.exposeInt('version', {
      description: 'Bumped by every update; pass it as `expectedVersion` to updatePosition to refuse a lost update.',
    }),
    actor: t.relation('actor', { description: 'Who takes the position.' }),
    topic: t.relation('topic', { description: 'What the position is about.' }),
    article: t.relation('article', { description: 'The article that reports the position: its evidence.' }),
  }),
});

const PositionFilter = builder.inputType('PositionFilter', {
  description: 'Narrows a list of positions; every condition given must hold.',
  fields: (t) => ({
    actor: t.string({ description: 'Only positions of this actor, given by slug, name or any alias.' }),
    topic: t.string({ description: 'Only positions on the topic of this slug.' }),
    includeSubtopics: t.boolean({ description: 'With `topic`: also positions on topics below it. Default false.' }),
    stance: t.field({ type: Stance, description: 'Only positions with this stance.' }),
  }),
});

/** The PositionFilter as one SQL condition on the positions table. */
const positionCondition = perArgs(async (db: Database, { filter }: { filter?: typeof PositionFilter.$inferInput | null }) => {
  const parts: Condition<typeof positions>[] = [];
  if (filter?.includeSubtopics != null && filter.topic == null)
    throw badInput('filter.includeSubtopics', 'needs `filter.topic`.');
  if (filter?.actor != null) {
    const id = await actorIdByName(db, 'filter.actor', filter.actor);
    parts.push((p) => sql`${p.actorId} = ${id}`);
  }
  if (filter?.topic != null) {
    const ids = await topicIdsBySlug(db, 'filter.topic', filter.topic, filter.includeSubtopics ?? false);
    parts.push((p) => sql`${p.topicId} in ${ids}`);
  }
  if (filter?.stance) {
    const value = filter.stance;
    parts.push((p) => sql`${p.stance} = ${value}`);
  }
  return allOf(parts);
});

builder.queryFields((t) => ({
  positions: t.drizzleConnection({
    type: 'positions',
    description: 'Positions, filtered as asked (by default all of them), in the order they were recorded.',
    args: { filter: t.arg({ type: PositionFilter, description: 'Which positions; all when omitted.' }) },
    ...paging,
    totalCount: async (_root, args, ctx) => ctx.db.$count(positions, (await positionCondition(ctx.db, args))?.(positions)),
    resolve: async (query, _root, args, ctx) => {
      const condition = await positionCondition(ctx.db, args);
      return ctx.db.query.positions.findMany(query({ where: condition ? { RAW: condition } : undefined, orderBy: { id: 'asc' } }));
    },
  }),
}));
