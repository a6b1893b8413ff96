import { sql } from 'drizzle-orm';
import { jsonValue, queryRows, type Database } from '../db/client.js';
import { actors, positions } from '../db/tables.js';
import { UserInputError } from './errors.js';
import { lookUp } from './lookups.js';
import { latestFirst } from './position.js';

// Agreement between actors: how often their latest stances on the topics both speak to agree.
//
// On one topic, each actor's latest position (by date, then as recorded: the stance matrix's rule)
// gives a value: SUPPORTS +1, OPPOSES −1, CONDITIONAL 0 (half way). Their agreement there is
// 1 − |a − b| / 2: 1 for the same stance, 0.5 when one is CONDITIONAL and the other is not, 0 for
// SUPPORTS against OPPOSES. A topic where either latest stance is NEUTRAL takes no side and does not
// count. The score is the mean over the topics that count.

export const AGREEMENT_FORMULA =
  'On each topic both actors have a latest position on (by `statedAt`, then as recorded), SUPPORTS counts +1, OPPOSES −1 and ' +
  'CONDITIONAL 0 (half way); the agreement there is 1 − |a − b| / 2 (1: same stance, 0.5: one CONDITIONAL, 0: SUPPORTS against ' +
  'OPPOSES). Topics where either latest stance is NEUTRAL do not count. The score is the mean over the topics that count.';

export interface AgreementTopicRow {
  topicId: number;
  agreement: number;
  positionId: number;
  otherPositionId: number;
}

export interface AgreementRow {
  otherId: number;
  /** The mean agreement; null when no topic counts. */
  score: number | null;
  topics: AgreementTopicRow[];
}

export interface AgreementScope {
  topic?: string | null;
  includeSubtopics?: boolean | null;
}

const value = (stance: ReturnType<typeof sql>) => sql`(case ${stance} when 'SUPPORTS' then 1 when 'OPPOSES' then -1 else 0 end)::float8`;

/**
 * The other actors whose latest stances meet `actorId`'s on shared topics (those under `scope.topic`
 * when given), best agreement first (then more shared topics, then name), `limit` of them, each with
 * the topics that count. With `otherIds`, only those actors. One statement: the actor's own latest
 * positions (positions_latest_idx), then each other actor's latest on those topics.
 */
export async function agreements(
  db: Database,
  actorId: number,
  options: { scope?: AgreementScope; otherIds?: number[]; minSharedTopics?: number; limit: number },
): Promise<AgreementRow[]> {
  const { scope, otherIds, minSharedTopics = 1, limit } = options;
  if (scope?.includeSubtopics != null && scope.topic == null) throw UserInputError.of(['includeSubtopics'], 'INVALID', 'needs `topic`.');
  const topicIds = scope?.topic != null ? (await lookUp(db, { topics: [{ field: ['topic'], slug: scope.topic, includeSubtopics: scope.includeSubtopics ?? false }] })).topics[0]! : null;
  const latest = sql.join(latestFirst(positions), sql`, `);
  const rows = await queryRows<{ other_id: number; score: string | number; topics: AgreementTopicRow[] | string }>(
    db,
    sql`with mine as (
        select * from (
          select distinct on (${positions.topicId}) ${positions.topicId} as topic_id, ${positions.id} as id, ${positions.stance} as stance
          from ${positions} where ${positions.actorId} = ${actorId} ${topicIds ? sql`and ${positions.topicId} in ${topicIds}` : sql``}
          order by ${positions.topicId}, ${latest}) l
        where stance <> 'NEUTRAL'),
      theirs as (
        select distinct on (${positions.actorId}, ${positions.topicId}) ${positions.actorId} as actor_id, ${positions.topicId} as topic_id,
          ${positions.id} as id, ${positions.stance} as stance
        from ${positions}
        where ${positions.topicId} in (select topic_id from mine) and ${positions.actorId} <> ${actorId}
          ${otherIds ? sql`and ${positions.actorId} in ${otherIds.length ? otherIds : [0]}` : sql``}
        order by ${positions.actorId}, ${positions.topicId}, ${latest}),
      pairs as (
        select t.actor_id, m.topic_id, m.id as mine_id, t.id as their_id,
          1 - abs(${value(sql`m.stance`)} - ${value(sql`t.stance`)}) / 2 as agreement
        from theirs t join mine m on m.topic_id = t.topic_id
        where t.stance <> 'NEUTRAL'),
      ranked as (
        select actor_id, avg(agreement) as score, count(*) as shared from pairs group by actor_id having count(*) >= ${minSharedTopics}),
      top as (
        select r.actor_id, r.score, row_number() over (order by r.score desc, r.shared desc, a.name, a.id) as rank
        from ranked r join ${actors} a on a.id = r.actor_id
        order by rank limit ${limit})
    -- The topics of the ranked actors only: the rest were needed for the ranking, not for the answer.
    select top.actor_id as other_id, top.score,
      (select json_agg(json_build_object('topicId', topic_id, 'agreement', agreement, 'positionId', mine_id, 'otherPositionId', their_id) order by agreement desc, topic_id)
        from pairs where pairs.actor_id = top.actor_id) as topics
    from top order by top.rank`,
  );
  return rows.map((row) => ({
    otherId: row.other_id,
    score: Number(row.score),
    topics: jsonValue(row.topics).map((t) => ({ ...t, agreement: Number(t.agreement) })),
  }));
}

/** How `actorId` and the actor `other` names agree (score null when no topic counts). */
export async function agreementWith(db: Database, actorId: number, other: string, scope?: AgreementScope): Promise<AgreementRow> {
  const [otherId] = (await lookUp(db, { actors: [{ field: ['with'], name: other }] })).actors as [number];
  if (otherId === actorId) throw UserInputError.of(['with'], 'INVALID', 'names this actor itself; compare it with another.');
  const [row] = await agreements(db, actorId, { scope, otherIds: [otherId], limit: 1 });
  return row ?? { otherId, score: null, topics: [] };
}
