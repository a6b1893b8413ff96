import { MAX_AXIS, stanceMatrix, type StanceMatrix as Matrix } from '../models/stance-matrix.js';
import { Actor } from './actor.js';
import { builder } from './builder.js';
import { Position, Stance } from './position.js';
import { Topic } from './topic.js';

type Row = Matrix['rows'][number];
type Cell = Row['cells'][number];

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
      actors: t.arg.stringList({ description: `The rows: actors by slug, name or alias. At most ${MAX_AXIS}.` }),
      topics: t.arg.stringList({ description: `The columns: topic slugs (a topic only, not its subtopics). At most ${MAX_AXIS}.` }),
    },
    resolve: (_root, args, ctx) => stanceMatrix(ctx.db, args.actors, args.topics),
  }),
}));
