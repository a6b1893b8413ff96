import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { positions } from '../db/tables.js';
import type { ActorRow } from './actor.js';
import { UserInputError } from './errors.js';
import { lookUp } from './lookups.js';
import { latestFirst, type PositionRow } from './position.js';
import type { TopicRow } from './topic.js';

/** The most rows or columns one matrix may ask for. */
export const MAX_AXIS = 100;

export interface StanceMatrix {
  topics: TopicRow[];
  rows: { actor: ActorRow; cells: { topic: TopicRow; position: PositionRow | null }[] }[];
}

/**
 * The latest position of each actor on each topic. Rows and columns come in the order asked; an
 * omitted axis is every actor (by name) or topic (in tree order) with at least one position; an
 * empty one is none.
 */
export async function stanceMatrix(db: Database, actorNames?: readonly string[] | null, topicSlugs?: readonly string[] | null): Promise<StanceMatrix> {
  for (const [argument, list] of [['actors', actorNames], ['topics', topicSlugs]] as const)
    if (list && list.length > MAX_AXIS)
      throw UserInputError.of([argument], 'INVALID', `may name at most ${MAX_AXIS} entries (got ${list.length}).`);
  const found = await lookUp(db, {
    actors: (actorNames ?? []).map((name, i) => ({ field: ['actors', String(i)], name })),
    topics: (topicSlugs ?? []).map((slug, i) => ({ field: ['topics', String(i)], slug })),
  });
  const askedActors = actorNames ? found.actors : undefined;
  const askedTopics = topicSlugs ? found.topics.map(([id]) => id!) : undefined;

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
          .orderBy(positions.actorId, positions.topicId, ...latestFirst(positions));

  const actorIds = askedActors ?? [...new Set(latest.map((p) => p.actorId))];
  const topicIds = askedTopics ?? [...new Set(latest.map((p) => p.topicId))].sort((a, b) => a - b);
  const [actorRows, topicRows] = await Promise.all([
    actorIds.length ? db.query.actors.findMany({ where: { id: { in: actorIds } } }) : [],
    topicIds.length ? db.query.topics.findMany({ where: { id: { in: topicIds } } }) : [],
  ]);
  const actorsById = new Map(actorRows.map((r) => [r.id, r]));
  const topicsById = new Map(topicRows.map((r) => [r.id, r]));
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
