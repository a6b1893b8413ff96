import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { positions } from '../db/tables.js';
import { Actor } from './actor.js';
import { builder } from './builder.js';
import { badInput } from './errors.js';
import { actorIdsByNames, topicIdsBySlugs } from './lookups.js';
import { Position, Stance } from './position.js';
import { Topic } from './topic.js';

type PositionRow = typeof positions.$inferSelect;
type ActorRow = NonNullable<Awaited<ReturnType<Database['query']['actors']['findFirst']>>>;
type TopicRow = NonNullable<Awaited<ReturnType<Database['query']['topics']['findFirst']>>>;

interface Cell {
  topic: TopicRow;
  position: PositionRow | null;
}
interface Row {
  actor: ActorRow;
  cells: Cell[];
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

const StanceMatrix = builder.objectRef<{ topics: TopicRow[]; rows: Row[] }>('StanceMatrix').implement({
  description: 'Who stands where: a row per actor, a column per topic, each cell the latest stance (the grid a tracker draws).',
  fields: (t) => ({
    topics: t.field({ type: [Topic], description: 'The columns, in order.', resolve: (m) => m.topics }),
    rows: t.field({ type: [StanceMatrixRow], description: 'The rows, in order.', resolve: (m) => m.rows }),
  }),
});

const MAX_AXIS = 100;

async function buildMatrix(db: Database, actorNames?: readonly string[] | null, topicSlugs?: readonly string[] | null) {
  for (const [argument, list] of [['actors', actorNames], ['topics', topicSlugs]] as const)
    if (list && list.length > MAX_AXIS) throw badInput(argument, `may name at most ${MAX_AXIS} entries (got ${list.length}).`);
  // Omitted: every actor (topic) with a position. An empty list: none, so no cells at all.
  const askedActors = actorNames ? await actorIdsByNames(db, 'actors', actorNames) : undefined;
  const askedTopics = topicSlugs ? await topicIdsBySlugs(db, 'topics', topicSlugs) : undefined;

  // The latest position of each actor on each topic asked (or every one that has any).
  const latest =
    askedActors?.length === 0 || askedTopics?.length === 0
      ? []
      : await db
          .selectDistinctOn([positions.actorId, positions.topicId])
          .from(positions)
          .where(
            sql`${askedActors ? sql`${positions.actorId} in ${askedActors}` : sql`true`}
            and ${askedTopics ? sql`${positions.topicId} in ${askedTopics}` : sql`true`}`,
          )
          .orderBy(positions.actorId, positions.topicId, sql`${positions.statedAt} desc nulls last`, sql`${positions.id} desc`);

  const actorIds = askedActors ?? [...new Set(latest.map((p) => p.actorId))];
  const topicIds = askedTopics ?? [...new Set(latest.map((p) => p.topicId))].sort((a, b) => a - b);
  const [actorRows, topicRows] = await Promise.all([
    actorIds.length ? db.query.actors.findMany({ where: { id: { in: actorIds } } }) : [],
    topicIds.length ? db.query.topics.findMany({ where: { id: { in: topicIds } } }) : [],
  ]);
  const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  const actorsById = byId(actorRows);
  const topicsById = byId(topicRows);
  const columns = topicIds.map((id) => topicsById.get(id)!);
  const orderedActors = actorIds.map((id) => actorsById.get(id)!);
  if (!askedActors) orderedActors.sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
  const cell = new Map(latest.map((p) => [`${p.actorId}:${p.topicId}`, p]));
  return {
    topics: columns,
    rows: orderedActors.map((actor) => ({
      actor,
      cells: columns.map((topic) => ({ topic, position: cell.get(`${actor.id}:${topic.id}`) ?? null })),
    })),
  };
}

builder.queryFields((t) => ({
  stanceMatrix: t.field({
    type: StanceMatrix,
    description:
      'The latest stance of each actor on each topic. Rows and columns come in the order asked; when `actors` or ' +
      '`topics` is omitted, every actor (by name) or topic (in tree order) with at least one position is used; an ' +
      'empty list means none.',
    args: {
      actors: t.arg.stringList({ description: 'The rows: actors by slug, name or alias. At most 100.' }),
      topics: t.arg.stringList({ description: 'The columns: topic slugs (a topic only, not its subtopics). At most 100.' }),
    },
    resolve: (_root, args, ctx) => buildMatrix(ctx.db, args.actors, args.topics),
  }),
}));

