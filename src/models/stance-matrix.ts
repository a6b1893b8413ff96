import { sql, type SQL } from 'drizzle-orm';
import { jsonValue, queryRows, type Database } from '../db/client.js';
import { actors, positions, topics } from '../db/tables.js';
import { UserInputError } from './errors.js';
import { unknownNames } from './lookups.js';
import { actorIdSql } from './names.js';
import { latestFirst } from './position.js';
import { rowFromJson } from './rows.js';
import type { ActorRow } from './actor.js';
import type { TopicRow } from './topic.js';

/** The shape of a stance matrix, by id: rows, columns, and the latest position of each filled cell. */
export interface StanceGrid {
  actorIds: number[];
  topicIds: number[];
  /** The rows' actors and the columns' topics, whole, read by the same statement. */
  actors: Map<number, ActorRow>;
  topics: Map<number, TopicRow>;
  /** "actorId:topicId" → the id of the latest position there. */
  cells: Map<string, number>;
}

const ids = (parts: SQL[]) => (parts.length ? sql`array[${sql.join(parts, sql`, `)}]::int[]` : sql`array[]::int[]`);

/** The rows asked, as an int[] of actor ids in the order asked (null for a name no actor has). */
export const askedActorIds = (names: readonly string[]) => ids(names.map((name) => actorIdSql(name)));

/** The columns asked, as an int[] of topic ids in the order asked (null for an unknown slug). */
export const askedTopicIds = (slugs: readonly string[]) => ids(slugs.map((slug) => sql`(select id from ${topics} where slug = ${slug})`));

/**
 * The latest position of each actor on each topic, in one statement that also resolves the names.
 * Rows and columns come in the order asked; an omitted axis is every actor (by name) or topic (in
 * tree order) with at least one position on the other axis; an empty one is none. Unknown names are
 * refused together, each by its place.
 */
export async function stanceGrid(db: Database, actorNames?: readonly string[] | null, topicSlugs?: readonly string[] | null): Promise<StanceGrid> {
  const askedActors = actorNames && askedActorIds(actorNames);
  const askedTopics = topicSlugs && askedTopicIds(topicSlugs);

  // Asked axes: one index probe per cell (positions_latest_idx). An omitted axis: whoever has a
  // position on the other, which is the answer itself.
  const latest = sql.join(latestFirst(positions), sql`, `);
  const [row] = await queryRows<{
    actors: (number | null)[] | string | null;
    topics: (number | null)[] | string | null;
    cells: [number, number, number][] | string | null;
    actor_rows: Record<string, unknown>[] | string | null;
    topic_rows: Record<string, unknown>[] | string | null;
  }>(
    db,
    sql`with
      ${askedActors ? sql`a as (select id, ord from unnest(${askedActors}) with ordinality as a(id, ord)),` : sql``}
      ${askedTopics ? sql`t as (select id, ord from unnest(${askedTopics}) with ordinality as t(id, ord)),` : sql``}
      cells as (${
        askedActors && askedTopics
          ? sql`select a.id as actor_id, t.id as topic_id, l.id from a cross join t cross join lateral (
              select ${positions.id} from ${positions} where ${positions.actorId} = a.id and ${positions.topicId} = t.id
              order by ${latest} limit 1) l`
          : sql`select distinct on (${positions.actorId}, ${positions.topicId}) ${positions.actorId}, ${positions.topicId}, ${positions.id} from ${positions}
              where ${askedActors ? sql`${positions.actorId} in (select id from a)` : sql`true`}
                and ${askedTopics ? sql`${positions.topicId} in (select id from t)` : sql`true`}
              order by ${positions.actorId}, ${positions.topicId}, ${latest}`
      })
    select
      ${askedActors ? sql`(select json_agg(id order by ord) from a)` : sql`(select json_agg(x.id order by x.name, x.id) from ${actors} x where x.id in (select actor_id from cells))`} as actors,
      ${askedTopics ? sql`(select json_agg(id order by ord) from t)` : sql`(select json_agg(x.id order by x.id) from ${topics} x where x.id in (select topic_id from cells))`} as topics,
      (select json_agg(json_build_array(actor_id, topic_id, id)) from cells) as cells,
      (select json_agg(to_json(x)) from ${actors} x where x.id in (${askedActors ? sql`select id from a` : sql`select actor_id from cells`})) as actor_rows,
      (select json_agg(to_json(x)) from ${topics} x where x.id in (${askedTopics ? sql`select id from t` : sql`select topic_id from cells`})) as topic_rows`,
  );
  const actorIds = jsonValue(row!.actors ?? []);
  const topicIds = jsonValue(row!.topics ?? []);
  const problems = unknownNames(
    (actorNames ?? []).map((name, i) => ({ field: ['actors', String(i)], name })),
    askedActors ? actorIds : [],
    (topicSlugs ?? []).map((slug, i) => ({ field: ['topics', String(i)], slug })),
    askedTopics ? topicIds : [],
  );
  if (problems.length) throw new UserInputError(problems);
  return {
    actorIds: actorIds as number[],
    topicIds: topicIds as number[],
    cells: new Map(jsonValue(row!.cells ?? []).map(([actorId, topicId, id]) => [`${actorId}:${topicId}`, id])),
    actors: new Map(jsonValue(row!.actor_rows ?? []).map((json) => [json.id as number, rowFromJson(actors, json)])),
    topics: new Map(jsonValue(row!.topic_rows ?? []).map((json) => [json.id as number, rowFromJson(topics, json)])),
  };
}
