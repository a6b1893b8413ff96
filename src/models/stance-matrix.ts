import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.js';
import { actors, positions, topics } from '../db/tables.js';
import { UserInputError, type UserError } from './errors.js';
import { unknownActor, unknownTopic } from './lookups.js';
import { actorIdSql } from './names.js';

/** The most rows or columns one matrix may ask for. */
export const MAX_AXIS = 100;

/** The shape of a stance matrix, by id: rows, columns, and the latest position of each filled cell. */
export interface StanceGrid {
  actorIds: number[];
  topicIds: number[];
  /** "actorId:topicId" → the id of the latest position there. */
  cells: Map<string, number>;
}

/**
 * The latest position of each actor on each topic, in one statement that also resolves the names.
 * Rows and columns come in the order asked; an omitted axis is every actor (by name) or topic (in
 * tree order) with at least one position on the other axis; an empty one is none. Unknown names are
 * refused together, each by its place.
 */
export async function stanceGrid(db: Database, actorNames?: readonly string[] | null, topicSlugs?: readonly string[] | null): Promise<StanceGrid> {
  for (const [argument, list] of [['actors', actorNames], ['topics', topicSlugs]] as const)
    if (list && list.length > MAX_AXIS)
      throw UserInputError.of([argument], 'INVALID', `may name at most ${MAX_AXIS} entries (got ${list.length}).`);
  const ids = (parts: SQL[]) => (parts.length ? sql`array[${sql.join(parts, sql`, `)}]::int[]` : sql`array[]::int[]`);
  const askedActors = actorNames && ids(actorNames.map((name) => actorIdSql(name)));
  const askedTopics = topicSlugs && ids(topicSlugs.map((slug) => sql`(select id from ${topics} where slug = ${slug})`));

  // Asked axes: one index probe per cell (positions_latest_idx). An omitted axis: whoever has a
  // position on the other, which is the answer itself.
  const [row] = await queryRows<{ actors: (number | null)[] | null; topics: (number | null)[] | null; cells: [number, number, number][] | null }>(
    db,
    sql`with
      ${askedActors ? sql`a as (select id, ord from unnest(${askedActors}) with ordinality as a(id, ord)),` : sql``}
      ${askedTopics ? sql`t as (select id, ord from unnest(${askedTopics}) with ordinality as t(id, ord)),` : sql``}
      cells as (${
        askedActors && askedTopics
          ? sql`select a.id as actor_id, t.id as topic_id, l.id from a cross join t cross join lateral (
              select p.id from ${positions} p where p.actor_id = a.id and p.topic_id = t.id
              order by p.stated_at desc nulls last, p.id desc limit 1) l`
          : sql`select distinct on (p.actor_id, p.topic_id) p.actor_id, p.topic_id, p.id from ${positions} p
              where ${askedActors ? sql`p.actor_id in (select id from a)` : sql`true`} and ${askedTopics ? sql`p.topic_id in (select id from t)` : sql`true`}
              order by p.actor_id, p.topic_id, p.stated_at desc nulls last, p.id desc`
      })
    select
      ${askedActors ? sql`(select json_agg(id order by ord) from a)` : sql`(select json_agg(x.id order by x.name, x.id) from ${actors} x where x.id in (select actor_id from cells))`} as actors,
      ${askedTopics ? sql`(select json_agg(id order by ord) from t)` : sql`(select json_agg(x.id order by x.id) from ${topics} x where x.id in (select topic_id from cells))`} as topics,
      (select json_agg(json_build_array(actor_id, topic_id, id)) from cells) as cells`,
  );
  const parse = <T>(value: T | string | null): T | null => (typeof value === 'string' ? (JSON.parse(value) as T) : value);
  const actorIds = parse(row!.actors) ?? [];
  const topicIds = parse(row!.topics) ?? [];
  const problems: UserError[] = [
    ...actorIds.flatMap((id, i) =>
      id === null ? [{ field: ['actors', String(i)], code: 'NOT_FOUND' as const, message: unknownActor(actorNames![i]!) }] : [],
    ),
    ...topicIds.flatMap((id, i) =>
      id === null ? [{ field: ['topics', String(i)], code: 'NOT_FOUND' as const, message: unknownTopic(topicSlugs![i]!) }] : [],
    ),
  ];
  if (problems.length) throw new UserInputError(problems);
  return {
    actorIds: actorIds as number[],
    topicIds: topicIds as number[],
    cells: new Map((parse(row!.cells) ?? []).map(([actorId, topicId, id]) => [`${actorId}:${topicId}`, id])),
  };
}
