import { sql, type SQL } from 'drizzle-orm';
import { jsonValue, queryRows, type Database } from '../db/client.js';
import { actors, positions, topics } from '../db/tables.js';
import { UserInputError } from './errors.js';
import { unknownNames } from './lookups.js';
import { actorIdsSql, textArray } from './names.js';
import { latestPosition } from './position.js';
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
  /** Whether an omitted axis had more than MAX_AXIS entries, and only the first are in the grid. */
  truncated: boolean;
}

/**
 * How many rows or columns an omitted axis expands to at most: as many as an axis may be asked for
 * (graphql/arguments.ts, MAX_ITEMS).
 * Without it the matrix of a large database had no bound (65,000 cells, 7 MB, 1.4 s at 20,000
 * articles) while its cost was that of a few cells.
 */
export const MAX_AXIS = 100;

/**
 * The matrix's rows and columns as two CTEs, `a(id, ord)` and `t(id, ord)`: an axis asked is its
 * names' ids in the order asked (null for a name nothing has); an axis omitted is the first MAX_AXIS
 * actors (by name) or topics (by id, the order the tree was built in) with a position on the other
 * axis, and `a_more`/`t_more` hold one row when there were more (StanceMatrix.truncated).
 */
export function matrixAxes(actorNames?: readonly string[] | null, topicSlugs?: readonly string[] | null): SQL {
  const a = actorNames
    ? sql`a as (${actorIdsSql(actorNames)}), a_more as (select 1 where false)`
    : sql`a_all as (select id, row_number() over (order by name, id) as ord from ${actors}
        where id in (select ${positions.actorId} from ${positions}${topicSlugs ? sql` where ${positions.topicId} in (select id from t)` : sql``})
        order by name, id limit ${MAX_AXIS + 1}),
      a as (select id, ord from a_all where ord <= ${MAX_AXIS}), a_more as (select 1 from a_all where ord > ${MAX_AXIS})`;
  const t = topicSlugs
    ? sql`t as (select (select id from ${topics} where slug = x.slug) as id, x.ord from unnest(${textArray(topicSlugs)}) with ordinality as x(slug, ord)),
      t_more as (select 1 where false)`
    : sql`t_all as (select id, row_number() over (order by id) as ord from ${topics}
        where id in (select ${positions.topicId} from ${positions}${actorNames ? sql` where ${positions.actorId} in (select id from a)` : sql``})
        order by id limit ${MAX_AXIS + 1}),
      t as (select id, ord from t_all where ord <= ${MAX_AXIS}), t_more as (select 1 from t_all where ord > ${MAX_AXIS})`;
  // An omitted axis reads the other, so the other comes first.
  return actorNames || !topicSlugs ? sql`${a}, ${t}` : sql`${t}, ${a}`;
}

/** Whether an omitted axis was cut at MAX_AXIS (with matrixAxes in scope). */
export const matrixTruncated = sql`(exists (select 1 from a_more) or exists (select 1 from t_more))`;

/**
 * The latest position of each actor on each topic, in one statement that also resolves the names
 * (matrixAxes: rows and columns): one index probe per cell on positions_latest_idx. Unknown names
 * are refused together, each by its place.
 */
export async function stanceGrid(db: Database, actorNames?: readonly string[] | null, topicSlugs?: readonly string[] | null): Promise<StanceGrid> {
  const [row] = await queryRows<{
    actors: (number | null)[] | string | null;
    topics: (number | null)[] | string | null;
    cells: [number, number, number][] | string | null;
    actor_rows: Record<string, unknown>[] | string | null;
    topic_rows: Record<string, unknown>[] | string | null;
    truncated: boolean;
  }>(
    db,
    sql`with ${matrixAxes(actorNames, topicSlugs)},
      cells as (select a.id as actor_id, t.id as topic_id, l.id from a cross join t cross join lateral (
        ${latestPosition(positions, sql`${positions}`, sql`a.id`, sql`t.id`, sql`${positions.id}`)}) l)
    select (select json_agg(id order by ord) from a) as actors, (select json_agg(id order by ord) from t) as topics,
      (select json_agg(json_build_array(actor_id, topic_id, id)) from cells) as cells,
      (select json_agg(to_json(x)) from ${actors} x where x.id in (select id from a)) as actor_rows,
      (select json_agg(to_json(x)) from ${topics} x where x.id in (select id from t)) as topic_rows, ${matrixTruncated} as truncated`,
  );
  const actorIds = jsonValue(row!.actors ?? []);
  const topicIds = jsonValue(row!.topics ?? []);
  const problems = unknownNames(
    (actorNames ?? []).map((name, i) => ({ field: ['actors', String(i)], name })),
    actorNames ? actorIds : [],
    (topicSlugs ?? []).map((slug, i) => ({ field: ['topics', String(i)], slug })),
    topicSlugs ? topicIds : [],
  );
  if (problems.length) throw new UserInputError(problems);
  return {
    actorIds: actorIds as number[],
    topicIds: topicIds as number[],
    truncated: row!.truncated,
    cells: new Map(jsonValue(row!.cells ?? []).map(([actorId, topicId, id]) => [`${actorId}:${topicId}`, id])),
    actors: new Map(jsonValue(row!.actor_rows ?? []).map((json) => [json.id as number, rowFromJson(actors, json)])),
    topics: new Map(jsonValue(row!.topic_rows ?? []).map((json) => [json.id as number, rowFromJson(topics, json)])),
  };
}
