import type { GraphQLResolveInfo } from 'graphql';
import type { ActorRow } from '../models/actor.js';
import DataLoader from 'dataloader';
import { createContextCache } from '@pothos/core';
import { actorNamed, AGREEMENT_FORMULA, agreements, type AgreementRow } from '../models/agreement.js';
import { UserInputError } from '../models/errors.js';
import type { PositionRow } from '../models/position.js';
import type { TopicRow } from '../models/topic.js';
import { Actor } from './actor.js';
import { builder, findSelected, perRequest, rankingCost, type Context } from './builder.js';
import { Position } from './position.js';
import { Topic } from './topic.js';

// Agreement between actors (models/agreement.ts computes it; this loads what the query asks of the
// actors, topics and positions it names, one statement per table). A list of actors asking for
// their agreements is answered together: the parents of one field are batched (dataloader), so the
// statements do not grow with the list.

interface AgreementTopicNode {
  topic: TopicRow;
  agreement: number;
  position: PositionRow;
  otherPosition: PositionRow;
}
interface AgreementNode {
  /** The actor the field was asked of. */
  subjectId: number;
  actor: ActorRow;
  score: number | null;
  topics: AgreementTopicNode[];
}

const AgreementTopic = builder.objectRef<AgreementTopicNode>('AgreementTopic').implement({
  description: 'One topic that counts towards an agreement: both actors’ latest positions there, with their evidence.',
  fields: (t) => ({
    topic: t.field({ type: Topic, description: 'The topic.', resolve: (a) => a.topic }),
    agreement: t.float({
      description: 'The agreement on this topic: 1 (same stance), 0.5 (one of them CONDITIONAL) or 0 (SUPPORTS against OPPOSES).',
      resolve: (a) => a.agreement,
    }),
    position: t.field({ type: Position, description: 'The latest position there of the actor the field was asked of.', resolve: (a) => a.position }),
    otherPosition: t.field({
      type: Position,
      description: 'The latest position there of the other actor (`Agreement.actor`).',
      resolve: (a) => a.otherPosition,
    }),
  }),
});

const Agreement = builder.objectRef<AgreementNode>('Agreement').implement({
  description: `How far two actors agree. ${AGREEMENT_FORMULA}`,
  fields: (t) => ({
    actor: t.field({ type: Actor, description: 'The other actor.', resolve: (a) => a.actor }),
    score: t.float({
      nullable: true,
      description: 'The mean agreement over the topics that count, from 0 (always opposed) to 1 (always the same stance); null when no topic counts.',
      resolve: (a) => a.score,
    }),
    sharedTopics: t.int({ description: 'How many topics count (the length of `topics`).', resolve: (a) => a.topics.length }),
    topics: t.field({ type: [AgreementTopic], description: 'The topics that count, most agreed first, each with both positions.', resolve: (a) => a.topics }),
  }),
});

/** The actors, topics and positions the agreements name, with what the query asks of them below the field. */
async function withRecords(t: Parameters<typeof findSelected>[0], ctx: Context, info: GraphQLResolveInfo, rows: AgreementRow[]): Promise<AgreementNode[]> {
  const topics = rows.flatMap((r) => r.topics);
  const load = async <R extends { id: number }>(table: 'actors' | 'topics' | 'positions', ids: number[], paths: string[][]) => {
    const found = ids.length ? await findSelected<R>(t, ctx, info, table, paths, { columns: { id: true }, where: { id: { in: [...new Set(ids)] } } }) : [];
    return new Map(found.map((r) => [r.id, r]));
  };
  const [actorRows, topicRows, positionRows] = await Promise.all([
    load<ActorRow>(
      'actors',
      rows.map((r) => r.otherId),
      [['actor']],
    ),
    load<TopicRow>(
      'topics',
      topics.map((x) => x.topicId),
      [['topics', 'topic']],
    ),
    load<PositionRow>(
      'positions',
      topics.flatMap((x) => [x.positionId, x.otherPositionId]),
      [
        ['topics', 'position'],
        ['topics', 'otherPosition'],
      ],
    ),
  ]);
  return rows.map((r) => ({
    subjectId: r.subjectId,
    actor: actorRows.get(r.otherId)!,
    score: r.score,
    topics: r.topics.map((x) => ({
      topic: topicRows.get(x.topicId)!,
      agreement: x.agreement,
      position: positionRows.get(x.positionId)!,
      otherPosition: positionRows.get(x.otherPositionId)!,
    })),
  }));
}

const MAX_ALIGNED = 100;

const AgreementOrder = builder.enumType('AgreementOrder', {
  description: 'The order of a ranking by agreement.',
  values: {
    MOST_AGREED: { description: 'The actors that agree most first.' },
    LEAST_AGREED: { description: 'The actors that agree least first (most often on the other side).' },
  },
});

/** Per request, a loader per field node: every parent of one field in one batch. */
const loaders = createContextCache(() => new WeakMap<object, DataLoader<number, AgreementNode[]>>());

/**
 * The agreements of the actor `id`, batched with the other parents of the same field: `load` gets
 * every parent's id at once and answers rows for them all, loaded with one statement per table.
 */
function batched(
  t: Parameters<typeof findSelected>[0],
  ctx: Context,
  info: GraphQLResolveInfo,
  id: number,
  load: (ids: readonly number[]) => Promise<AgreementRow[]>,
): Promise<AgreementNode[]> {
  const cache = loaders(ctx);
  let loader = cache.get(info.fieldNodes[0]!);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const nodes = await withRecords(t, ctx, info, await load(ids));
      return ids.map((subject) => nodes.filter((n) => n.subjectId === subject));
    });
    cache.set(info.fieldNodes[0]!, loader);
  }
  return loader.load(id);
}

builder.objectFields(Actor, (t) => ({
  agreement: t.field({
    type: Agreement,
    description: `How far this actor agrees with another on the topics both have taken a stance on. ${AGREEMENT_FORMULA} An unknown actor is an error.`,
    args: {
      with: t.arg.string({ required: true, description: 'The other actor, by slug, name or alias.' }),
      topic: t.arg.string({ description: 'Only topics under this one (by slug).' }),
      includeSubtopics: t.arg.boolean({ description: 'With `topic`: also the topics below it. Default false.' }),
    },
    resolve: async (actor, args, ctx, info) => {
      const otherId = await perRequest(ctx, `agreement-with:${args.with}`, () => actorNamed(ctx.db, args.with));
      if (otherId === actor.id) throw UserInputError.of(['with'], 'INVALID', 'names this actor itself; compare it with another.');
      const [node] = await batched(t, ctx, info, actor.id, async (ids) => {
        const rows = await agreements(ctx.db, ids, { scope: args, otherIds: [otherId], limit: 1 });
        // No topic in common: the other actor all the same, with no score.
        return ids.map((subjectId) => rows.find((r) => r.subjectId === subjectId) ?? { subjectId, otherId, score: null, topics: [] });
      });
      return node!;
    },
  }),
  alignedActors: t.field({
    type: [Agreement],
    description:
      `The other actors ranked by how far they agree with this one: best score first (\`order: LEAST_AGREED\`: worst first), then more shared topics, then name. ${AGREEMENT_FORMULA} ` +
      'Actors sharing fewer than `minSharedTopics` topics are left out.',
    args: {
      topic: t.arg.string({ description: 'Only topics under this one (by slug).' }),
      includeSubtopics: t.arg.boolean({ description: 'With `topic`: also the topics below it. Default false.' }),
      minSharedTopics: t.arg.int({ description: 'The fewest topics that must count for an actor to be ranked. Default 1.' }),
      first: t.arg.int({ description: `How many actors, from the top. Default 10, at most ${MAX_ALIGNED}.` }),
      order: t.arg({ type: AgreementOrder, description: 'Which end of the ranking comes first. Default MOST_AGREED.' }),
    },
    // It compares the actor's positions with every other actor's: a cost by the positions there are.
    complexity: (args, ctx) => ({ field: 5 + rankingCost(ctx), multiplier: args.first ?? 10 }),
    resolve: async (actor, args, ctx, info) => {
      const limit = args.first ?? 10;
      if (limit < 0 || limit > MAX_ALIGNED) throw UserInputError.of(['first'], 'INVALID', `must be between 0 and ${MAX_ALIGNED} (got ${limit}).`);
      const minSharedTopics = args.minSharedTopics ?? 1;
      if (minSharedTopics < 1) throw UserInputError.of(['minSharedTopics'], 'INVALID', `must be at least 1 (got ${minSharedTopics}).`);
      return batched(t, ctx, info, actor.id, (ids) =>
        agreements(ctx.db, ids, { scope: args, minSharedTopics, limit, leastFirst: args.order === 'LEAST_AGREED' }),
      );
    },
  }),
}));
