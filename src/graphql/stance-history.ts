import { resolveCursorConnection } from '@pothos/plugin-relay';
import type { ActorRow } from '../models/actor.js';
import { stanceChangesPage, stanceHistoryQuery, TIME_ORDER, type StanceChangeRow } from '../models/stance-history.js';
import { Actor } from './actor.js';
import type { GraphQLResolveInfo } from 'graphql';
import { listField } from '../sqlread/declare.js';
import { builder, findSelected, type Context } from './builder.js';
import { encodeCursor, paging, positionAt } from './pagination.js';
import { actorTopicFields, Position, Stance } from './position.js';

// Stance over time: an actor's dated series on a topic, and the feed of changes of stance.

builder.objectField(Actor, 'stanceHistory', (t) =>
  listField<'positions', { topic: ReturnType<typeof t.arg.string>; includeSubtopics: ReturnType<typeof t.arg.boolean> }, ActorRow>(t, 'positions', {
    type: Position,
    description:
      "The actor's dated positions on a topic, oldest first (by `statedAt`, then as recorded), each with its evidence: how its stance " +
      'moved over time. Positions with no date (neither stated nor from their article) have no place in a series and are left out; ' +
      '`positions(topic:)` lists them all. An unknown topic slug is an error.',
    args: {
      topic: t.arg.string({ required: true, description: 'The topic slug.' }),
      includeSubtopics: t.arg.boolean({ description: 'Also positions on topics below it. Default false.' }),
    },
    query: (args, actor) => stanceHistoryQuery(actor.id, { topic: args.topic!, includeSubtopics: args.includeSubtopics }),
  }),
);

/** A change, with the rows of its two positions once loaded. */
type StanceChangeNode = StanceChangeRow & { positionRow: object; previousRow: object };

export const StanceChange = builder.objectRef<StanceChangeNode>('StanceChange').implement({
  description:
    "A point where an actor's latest stance on a topic changed: a dated position whose stance differs from the one before it " +
    '(by `statedAt`) of the same actor on the same topic. A first position changes nothing and is not listed.',
  fields: (t) => ({
    at: t.field({ type: 'DateTime', description: 'When: the `statedAt` of the new position.', resolve: (c) => c.at }),
    from: t.field({ type: Stance, description: 'The stance before.', resolve: (c) => c.from }),
    to: t.field({ type: Stance, description: 'The stance after.', resolve: (c) => c.to }),
    previous: t.field({ type: Position, description: 'The position before, with its evidence.', resolve: (c) => c.previousRow as never }),
    position: t.field({
      type: Position,
      description: 'The new position, with its evidence; its actor and topic are those of the change.',
      resolve: (c) => c.positionRow as never,
    }),
  }),
});

const StanceChangeFilter = builder.inputType('StanceChangeFilter', {
  description: 'Narrows the changes of stance; every condition given must hold.',
  fields: (t) => ({
    ...actorTopicFields(t, 'changes'),
    statedAfter: t.field({ type: 'DateTime', description: 'Only changes after this instant.' }),
    statedBefore: t.field({ type: 'DateTime', description: 'Only changes before this instant.' }),
  }),
});

/**
 * The changes with both of their positions, loaded in one statement with what the query asks of
 * them at `at` (the paths to the StanceChange objects below the field). A position deleted meanwhile
 * drops its change rather than failing.
 */
export async function withPositions(
  t: Parameters<typeof findSelected>[0],
  ctx: Context,
  info: GraphQLResolveInfo,
  changes: StanceChangeRow[],
  at: string[][],
): Promise<StanceChangeNode[]> {
  if (changes.length === 0) return [];
  const ids = [...new Set(changes.flatMap((c) => [c.id, c.previousId]))];
  const paths = at.flatMap((path) => [
    [...path, 'position'],
    [...path, 'previous'],
  ]);
  const rows = await findSelected<{ id: number }>(t, ctx, info, 'positions', paths, { where: { id: { in: ids } } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return changes.flatMap((c) => {
    const positionRow = byId.get(c.id);
    const previousRow = byId.get(c.previousId);
    return positionRow && previousRow ? [{ ...c, positionRow, previousRow }] : [];
  });
}

builder.queryFields((t) => ({
  stanceChanges: t.connection(
    {
      type: StanceChange,
      description:
        'The points where an actor’s latest stance on a topic changed, in time order (by the new position’s `statedAt`, then as ' +
        'recorded), each with the position before and the new one: what changed, and on what evidence. Undated positions take no part.',
      args: { filter: t.arg({ type: StanceChangeFilter, description: 'Which changes; all when omitted.' }) },
      resolve: async (_root, args, ctx, info) => {
        const after = args.after == null ? undefined : positionAt('after', args.after, TIME_ORDER);
        const before = args.before == null ? undefined : positionAt('before', args.before, TIME_ORDER);
        const connection = await resolveCursorConnection(
          { args, defaultSize: paging.defaultSize, maxSize: paging.maxSize, toCursor: (change) => encodeCursor((change as StanceChangeNode).position) },
          async (page): Promise<StanceChangeNode[]> => {
            const changes = await stanceChangesPage(ctx.db, args.filter, { after, before, limit: page.limit, inverted: page.inverted });
            return withPositions(t, ctx, info, changes, [['nodes'], ['edges', 'node']]);
          },
        );
        return connection as never;
      },
    },
    { name: 'StanceChangeConnection', description: 'A page of changes of stance, in time order.' },
    { name: 'StanceChangeEdge', description: 'One change of stance with its cursor.' },
  ),
}));
