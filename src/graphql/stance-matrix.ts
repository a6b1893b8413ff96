import type { ActorRow } from '../models/actor.js';
import type { PositionRow } from '../models/position.js';
import { stanceGrid } from '../models/stance-matrix.js';
import { MAX_ITEMS } from './arguments.js';
import type { TopicRow } from '../models/topic.js';
import { Actor } from './actor.js';
import { builder, findSelected } from './builder.js';
import { Position, Stance } from './position.js';
import { Topic } from './topic.js';

interface Cell {
  topic: TopicRow;
  position: PositionRow | null;
}
interface Row {
  actor: ActorRow;
  cells: Cell[];
}
interface Matrix {
  topics: TopicRow[];
  rows: Row[];
}

const StanceMatrixCell = builder.objectRef<Cell>('StanceMatrixCell').implement({
  description: 'Where one actor stands on one topic: its latest position there, if any.',
  fields: (t) => ({
    topic: t.field({ type: Topic, description: 'The topic of this column.', resolve: (cell) => cell.topic }),
    stance: t.field({
      type: Stance,
      nullable: true,
      description: 'The stance of the latest position; null when the actor has said nothing on the topic.',
      resolve: (cell) => cell.position?.stance ?? null,
    }),
    position: t.field({
      type: Position,
      nullable: true,
      description: 'The latest position behind the stance, with its evidence; null when there is none.',
      resolve: (cell) => cell.position,
    }),
  }),
});

const StanceMatrixRow = builder.objectRef<Row>('StanceMatrixRow').implement({
  description: 'One actor and its stance on every topic of the matrix.',
  fields: (t) => ({
    actor: t.field({ type: Actor, description: 'The actor of this row.', resolve: (row) => row.actor }),
    cells: t.field({
      type: [StanceMatrixCell],
      description: 'One cell per topic, in the order of `StanceMatrix.topics`.',
      resolve: (row) => row.cells,
    }),
  }),
});

const StanceMatrix = builder.objectRef<Matrix>('StanceMatrix').implement({
  description: 'Who stands where: a row per actor, a column per topic, each cell the latest stance (the grid a tracker draws).',
  fields: (t) => ({
    topics: t.field({ type: [Topic], description: 'The columns, in order.', resolve: (m) => m.topics }),
    rows: t.field({ type: [StanceMatrixRow], description: 'The rows, in order.', resolve: (m) => m.rows }),
  }),
});

builder.queryFields((t) => ({
  stanceMatrix: t.field({
    type: StanceMatrix,
    description:
      'The latest stance of each actor on each topic. Rows and columns come in the order asked; when `actors` or ' +
      '`topics` is omitted, every actor (by name) or topic (in tree order) with at least one position is used; an ' +
      'empty list means none. An unknown actor or topic is an error.',
    args: {
      actors: t.arg.stringList({ description: `The rows: actors by slug, name or alias. At most ${MAX_ITEMS}.` }),
      topics: t.arg.stringList({ description: `The columns: topic slugs (a topic only, not its subtopics). At most ${MAX_ITEMS}.` }),
    },
    // The grid, its actors and its topics in one statement; then the positions of its cells in one
    // more, with the fields the query asks of them (their article, topic, …).
    resolve: async (_root, args, ctx, info): Promise<Matrix> => {
      const grid = await stanceGrid(ctx.db, args.actors, args.topics);
      const positionIds = [...grid.cells.values()];
      const positionRows = new Map(
        (positionIds.length
          ? await findSelected<PositionRow>(t, ctx, info, 'positions', [['rows', 'cells', 'position']], { columns: { id: true, stance: true }, where: { id: { in: positionIds } } })
          : []
        ).map((p) => [p.id, p]),
      );
      const columns = grid.topicIds.map((id) => grid.topics.get(id)!);
      return {
        topics: columns,
        rows: grid.actorIds.map((actorId) => ({
          actor: grid.actors.get(actorId)!,
          cells: grid.topicIds.map((topicId, i) => {
            const positionId = grid.cells.get(`${actorId}:${topicId}`);
            return { topic: columns[i]!, position: positionId === undefined ? null : positionRows.get(positionId)! };
          }),
        })),
      };
    },
  }),
}));
