import { sql, type SQL } from 'drizzle-orm';
import type { FieldNode, GraphQLField, GraphQLObjectType } from 'graphql';
import type { positions } from '../db/tables.js';
import type { ActorRow } from '../models/actor.js';
import { latestPosition, type PositionRow } from '../models/position.js';
import { MAX_AXIS, matrixAxes, matrixTruncated, stanceGrid } from '../models/stance-matrix.js';
import { MAX_ITEMS } from './arguments.js';
import type { TopicRow } from '../models/topic.js';
import { Actor } from './actor.js';
import { builder, findSelected, LIST_BOUND } from './builder.js';
import { Position, Stance } from './position.js';
import { customRead, readByRoot, type Aliased, type CustomRead, type Reader } from '../sqlread/declare.js';
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
  truncated: boolean;
}

/** The matrix's own fields are read by its statement (matrixJson). */
const byMatrix = readByRoot('stanceMatrix');

const StanceMatrixCell = builder.objectRef<Cell>('StanceMatrixCell').implement({
  description: 'Where one actor stands on one topic: its latest position there, if any.',
  fields: (t) => ({
    topic: t.field({ extensions: byMatrix, type: Topic, description: 'The topic of this column.', resolve: (cell) => cell.topic }),
    stance: t.field({
      extensions: byMatrix,
      type: Stance,
      nullable: true,
      description: 'The stance of the latest position; null when the actor has said nothing on the topic.',
      resolve: (cell) => cell.position?.stance ?? null,
    }),
    position: t.field({
      extensions: byMatrix,
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
    actor: t.field({ extensions: byMatrix, type: Actor, description: 'The actor of this row.', resolve: (row) => row.actor }),
    cells: t.field({
      extensions: byMatrix,
      type: [StanceMatrixCell],
      description: 'One cell per topic, in the order of `StanceMatrix.topics`.',
      resolve: (row) => row.cells,
    }),
  }),
});

const StanceMatrix = builder.objectRef<Matrix>('StanceMatrix').implement({
  description: 'Who stands where: a row per actor, a column per topic, each cell the latest stance (the grid a tracker draws).',
  fields: (t) => ({
    topics: t.field({ extensions: byMatrix, type: [Topic], description: 'The columns, in order.', resolve: (m) => m.topics }),
    rows: t.field({ extensions: byMatrix, type: [StanceMatrixRow], description: 'The rows, in order.', resolve: (m) => m.rows }),
    truncated: t.boolean({
      extensions: byMatrix,
      description: `Whether an omitted axis had more than ${MAX_AXIS} actors or topics with positions, of which only the first ${MAX_AXIS} are here: ask for the rest by name (\`actors(filter: {hasPositions: true})\` pages them).`,
      resolve: (m) => m.truncated,
    }),
  }),
});

builder.queryFields((t) => ({
  stanceMatrix: t.field({
    type: StanceMatrix,
    description:
      'The latest stance of each actor on each topic. Rows and columns come in the order asked; when `actors` or ' +
      `\`topics\` is omitted, the first ${MAX_AXIS} actors (by name) or topics (in tree order) with at least one position ` +
      'are used (`truncated` says whether there were more); an empty list means none. An unknown actor or topic is an ' +
      'error. Its cost is that of its cells: rows × columns, an omitted axis counted as ' +
      `${MAX_AXIS}.`,
    args: {
      actors: t.arg.stringList({ description: `The rows: actors by slug, name or alias. At most ${MAX_ITEMS}.` }),
      topics: t.arg.stringList({ description: `The columns: topic slugs (a topic only, not its subtopics). At most ${MAX_ITEMS}.` }),
    },
    extensions: customRead(matrixJson),
    // Every cell is read: what is selected below the matrix (counted for 10 rows of 10 cells by
    // default, LIST_BOUND) is counted for the rows × columns asked, an omitted axis as MAX_AXIS.
    complexity: (args) => ({
      field: 1,
      multiplier: Math.max(1, ((args.actors?.length ?? MAX_AXIS) * (args.topics?.length ?? MAX_AXIS)) / (LIST_BOUND * LIST_BOUND)),
    }),
    // The grid, its actors and its topics in one statement; then the positions of its cells in one
    // more, with the fields the query asks of them (their article, topic, …).
    resolve: async (_root, args, ctx, info): Promise<Matrix> => {
      const grid = await stanceGrid(ctx.db, args.actors, args.topics);
      const positionIds = [...grid.cells.values()];
      const positionRows = new Map(
        (positionIds.length
          ? await findSelected<PositionRow>(t, ctx, info, 'positions', [['rows', 'cells', 'position']], {
              columns: { id: true, stance: true },
              where: { id: { in: positionIds } },
            })
          : []
        ).map((p) => [p.id, p]),
      );
      const columns = grid.topicIds.map((id) => grid.topics.get(id)!);
      return {
        truncated: grid.truncated,
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

/**
 * The matrix read as one statement that builds its JSON (src/sqlread): rows and columns as
 * the model's `matrixAxes` gives them, each cell the latest position of its actor on its topic by the
 * rule of `latestFirst`, one index probe per cell. An unknown name leaves it to the resolver, which
 * names it.
 */
async function matrixJson(r: Reader, args: Record<string, unknown>, node: FieldNode, type: GraphQLObjectType): Promise<CustomRead> {
  const { actors: names, topics: slugs } = args as { actors?: string[] | null; topics?: string[] | null };
  const list = (json: SQL, order: SQL, from: SQL) => sql`coalesce((select json_agg(${json} order by ${order}) ${from}), '[]'::json)`;
  const parts: [string, SQL][] = [];
  for (const [key, selection, field] of r.fields(type, node)) {
    const name = selection.name.value;
    if (name === '__typename') parts.push([key, r.literal(type.name)]);
    else if (name === 'truncated') parts.push([key, matrixTruncated]);
    else if (name === 'topics') {
      const topic = r.table('topics');
      parts.push([key, list(await r.json(field, topic, selection), sql`t.ord`, sql`from t join ${r.from(topic)} on ${topic.table.id} = t.id`)]);
    } else if (name === 'rows') {
      const actor = r.table('actors');
      const rowType = r.typeOf(field);
      const row: [string, SQL][] = [];
      for (const [k, s, f] of r.fields(rowType, selection)) {
        if (s.name.value === '__typename') row.push([k, r.literal(rowType.name)]);
        else if (s.name.value === 'actor') row.push([k, await r.json(f, actor, s)]);
        else if (s.name.value === 'cells') row.push([k, await cellsJson(r, actor, s, f)]);
        else r.unsupported(s.name.value);
      }
      parts.push([key, list(r.object(row), sql`a.ord`, sql`from a join ${r.from(actor)} on ${actor.table.id} = a.id`)]);
    } else r.unsupported(name);
  }
  return {
    statement: sql`with ${matrixAxes(names, slugs)}
      select (select count(*) from a where id is null)::int + (select count(*) from t where id is null)::int as unknown, ${r.object(parts)}::text as j`,
    value: (answer) => (Number(answer!.unknown) > 0 ? r.unsupported('an unknown name') : answer!.j!),
  };
}

/** A row's cells: one per column, each the latest position of the row's actor on the column's topic. */
async function cellsJson(r: Reader, actor: Aliased, node: FieldNode, field: GraphQLField<unknown, unknown>) {
  const cellType = r.typeOf(field);
  const [topic, candidate, position] = [r.table('topics'), r.table('positions'), r.table('positions')];
  const cell: [string, SQL][] = [];
  let asksTopic = false;
  for (const [key, selection, f] of r.fields(cellType, node)) {
    const name = selection.name.value;
    if (name === '__typename') cell.push([key, r.literal(cellType.name)]);
    else if (name === 'topic') {
      asksTopic = true;
      cell.push([key, await r.json(f, topic, selection)]);
    } else if (name === 'stance') cell.push([key, sql`${position.table.stance}`]);
    else if (name === 'position') cell.push([key, sql`case when ${position.table.id} is null then null else ${await r.json(f, position, selection)} end`]);
    else r.unsupported(name);
  }
  // The cell's position: the latest of the actor's on the topic.
  const latestOne = latestPosition(
    candidate.table as unknown as typeof positions,
    r.from(candidate),
    sql`${actor.table.id}`,
    sql`t.id`,
    sql`${sql.identifier(candidate.name)}.*`,
  );
  // The columns' topics only when a cell asks for its topic.
  const columns = asksTopic ? sql`t join ${r.from(topic)} on ${topic.table.id} = t.id` : sql`t`;
  return sql`coalesce((select json_agg(${r.object(cell)} order by t.ord) from ${columns}
    left join lateral (${latestOne}) as ${sql.identifier(position.name)} on true), '[]'::json)`;
}
