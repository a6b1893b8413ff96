import { sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { queryRows, type Database } from '../db/client.js';
import { positions } from '../db/tables.js';
import { allOf, checkFilter, type Condition } from './conditions.js';
import { beyond, byId, orderBy, positionOf, type KeysetOrder, type ListQuery, type Position as KeysetPosition } from './keyset.js';
import { positionFilter, type PositionFilter } from './position.js';
import type { Stance } from './topic.js';

// Stance over time. A position's date is its `dated_at` (the date stated, else its article's
// publication date); undated positions have no place in a series and are left out of both.

/** Time order: by date, then as recorded. */
export const TIME_ORDER: KeysetOrder<typeof positions> = [{ expression: (p) => sql`${p.datedAt}`, direction: 'asc', type: 'timestamptz' }, byId('asc')];

const dated: Condition<typeof positions> = (p) => sql`${p.datedAt} is not null`;

/** An actor's dated positions on a topic (and, if asked, the topics below it), in time order. */
export function stanceHistoryQuery(actorId: number, args: { topic: string; includeSubtopics?: boolean | null }): ListQuery<typeof positions> {
  const onTopic = positionFilter([], { topic: args.topic, includeSubtopics: args.includeSubtopics });
  return {
    where: allOf<typeof positions>([(p) => sql`${p.actorId} = ${actorId}`, dated, onTopic.where!]),
    names: onTopic.names,
    refused: onTopic.refused,
    order: TIME_ORDER,
  };
}

export type StanceChangeFilter = Pick<PositionFilter, 'actor' | 'topic' | 'includeSubtopics' | 'statedAfter' | 'statedBefore'>;

/** A point where an actor's latest stance on a topic changed: the position that changed it, and the one before. */
export interface StanceChangeRow {
  id: number;
  previousId: number;
  from: Stance;
  to: Stance;
  at: Date;
  /** The change's place in time order, for its cursor. */
  position: KeysetPosition;
}

/**
 * The changes of stance the filter asks for, in time order, one page from a cursor: each dated
 * position whose stance differs from the one before it (by date) of the same actor on the same topic.
 * A first position changes nothing. Positions are read in time order (positions_dated_idx, or the
 * actor's positions when filtered by actor), each with its predecessor found in positions_latest_idx,
 * until the page is full.
 */
export async function stanceChangesPage(
  db: Database,
  filter: StanceChangeFilter | null | undefined,
  page: { after?: KeysetPosition; before?: KeysetPosition; limit: number; inverted: boolean },
): Promise<StanceChangeRow[]> {
  const filtered = positionFilter(['filter'], filter);
  await checkFilter(db, filtered);
  return changes(
    db,
    [
      ...(filtered.where ? [filtered.where] : []),
      ...(page.after ? [beyond(TIME_ORDER, page.after, 'after')] : []),
      ...(page.before ? [beyond(TIME_ORDER, page.before, 'before')] : []),
    ],
    page,
  );
}

/**
 * The change a position makes now, if any: when it is the latest dated position of its actor on its
 * topic and its stance differs from the one before it (what a live `stanceChanged` event carries).
 */
export async function stanceChangeBy(db: Database, positionId: number): Promise<StanceChangeRow | undefined> {
  const [change] = await changes(
    db,
    [
      (p) => sql`${p.id} = ${positionId}`,
      (p) => sql`not exists (select 1 from ${positions} as r where r.actor_id = ${p.actorId} and r.topic_id = ${p.topicId}
        and r.dated_at is not null and (r.dated_at, r.id) > (${p.datedAt}, ${p.id}))`,
    ],
    { limit: 1, inverted: false },
  );
  return change;
}

/** Dated positions meeting `conditions` whose stance differs from the one before them, in time order. */
async function changes(db: Database, conditions: Condition<typeof positions>[], page: { limit: number; inverted: boolean }): Promise<StanceChangeRow[]> {
  const p = alias(positions, 'p');
  const q = alias(positions, 'q');
  const where = allOf<typeof positions>([dated, ...conditions])!;
  const rows = await queryRows<{ id: number; previous_id: number; from: Stance; to: Stance; at: string | Date; position: string }>(
    db,
    sql`select ${p.id} as id, prev.id as previous_id, prev.stance as "from", ${p.stance} as "to", ${p.datedAt} as at, ${positionOf(TIME_ORDER)(p as never)} as position
      from ${positions} as p cross join lateral (
        select ${q.id} as id, ${q.stance} as stance from ${positions} as q
        where ${q.actorId} = ${p.actorId} and ${q.topicId} = ${p.topicId} and ${q.datedAt} is not null
          and (${q.datedAt}, ${q.id}) < (${p.datedAt}, ${p.id})
        order by ${q.datedAt} desc, ${q.id} desc limit 1) prev
      where ${where(p as never)} and prev.stance <> ${p.stance}
      order by ${sql.join(orderBy(TIME_ORDER, page.inverted)(p as never), sql`, `)}
      limit ${page.limit}`,
  );
  return rows.map((r) => ({
    id: r.id,
    previousId: r.previous_id,
    from: r.from,
    to: r.to,
    at: new Date(r.at),
    position: JSON.parse(r.position) as KeysetPosition,
  }));
}
