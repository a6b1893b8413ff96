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
  /** The actor whose agreement this is. */
  subjectId: number;
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
 * For each actor of `subjectIds`: the other actors whose latest stances meet its own on shared topics
 * (those under `scope.topic` when given), best agreement first (`leastFirst`: worst first; then more shared topics, then name),
 * `limit` of them, each with the topics that count. With `otherIds`, only those actors. One statement
 * for all subjects (a list of actors asking for theirs costs one): the subjects' latest positions
 * (positions_latest_idx), then every actor's latest on those topics.
 */
export async function agreements(
  db: Database,
  subjectIds: readonly number[],
  options: { scope?: AgreementScope; otherIds?: number[]; minSharedTopics?: number; limit: number; leastFirst?: boolean },
): Promise<AgreementRow[]> {
  const { scope, otherIds, minSharedTopics = 1, limit, leastFirst = false } = options;
  if (subjectIds.length === 0) return [];
  if (scope?.includeSubtopics != null && scope.topic == null) throw UserInputError.of(['includeSubtopics'], 'INVALID', 'needs `topic`.');
  const topicIds =
    scope?.topic != null
      ? (await lookUp(db, { topics: [{ field: ['topic'], slug: scope.topic, includeSubtopics: scope.includeSubtopics ?? false }] })).topics[0]!
      : null;
  const latest = sql.join(latestFirst(positions), sql`, `);
  const rows = await queryRows<{ subject_id: number; other_id: number; score: string | number; topics: AgreementTopicRow[] | string }>(
    db,
    sql`with mine as (
        select * from (
          select distinct on (${positions.actorId}, ${positions.topicId}) ${positions.actorId} as subject_id, ${positions.topicId} as topic_id,
            ${positions.id} as id, ${positions.stance} as stance
          from ${positions} where ${positions.actorId} in ${[...subjectIds]} ${topicIds ? sql`and ${positions.topicId} in ${topicIds}` : sql``}
          order by ${positions.actorId}, ${positions.topicId}, ${latest}) l
        where stance <> 'NEUTRAL'),
      theirs as (
        select distinct on (${positions.actorId}, ${positions.topicId}) ${positions.actorId} as actor_id, ${positions.topicId} as topic_id,
          ${positions.id} as id, ${positions.stance} as stance
        from ${positions}
        where ${positions.topicId} in (select topic_id from mine)
          ${otherIds ? sql`and ${positions.actorId} in ${otherIds.length ? otherIds : [0]}` : sql``}
        order by ${positions.actorId}, ${positions.topicId}, ${latest}),
      pairs as (
        select m.subject_id, t.actor_id, m.topic_id, m.id as mine_id, t.id as their_id,
          1 - abs(${value(sql`m.stance`)} - ${value(sql`t.stance`)}) / 2 as agreement
        from theirs t join mine m on m.topic_id = t.topic_id
        where t.stance <> 'NEUTRAL' and t.actor_id <> m.subject_id),
      ranked as (
        select subject_id, actor_id, avg(agreement) as score, count(*) as shared from pairs
        group by subject_id, actor_id having count(*) >= ${minSharedTopics}),
      top as (
        select * from (
          select r.subject_id, r.actor_id, r.score,
            row_number() over (partition by r.subject_id order by r.score ${leastFirst ? sql`asc` : sql`desc`}, r.shared desc, a.name, a.id) as rank
          from ranked r join ${actors} a on a.id = r.actor_id) x
        where rank <= ${limit}),
      -- The topics of the ranked actors only (the rest were needed for the ranking, not for the answer),
      -- in one pass over the pairs joined to them: a subquery per ranked actor scanned every pair each
      -- time (100 actors ranking 100 each: 10,000 scans, past the statement timeout at 2,000 articles).
      shared as (
        select pairs.subject_id, pairs.actor_id,
          json_agg(json_build_object('topicId', topic_id, 'agreement', agreement, 'positionId', mine_id, 'otherPositionId', their_id)
            order by agreement desc, topic_id) as topics
        from pairs join top on top.subject_id = pairs.subject_id and top.actor_id = pairs.actor_id
        group by pairs.subject_id, pairs.actor_id)
    select top.subject_id, top.actor_id as other_id, top.score, shared.topics
    from top join shared on shared.subject_id = top.subject_id and shared.actor_id = top.actor_id
    order by top.subject_id, top.rank`,
  );
  return rows.map((row) => ({
    subjectId: row.subject_id,
    otherId: row.other_id,
    score: Number(row.score),
    topics: jsonValue(row.topics).map((t) => ({ ...t, agreement: Number(t.agreement) })),
  }));
}

/** The id of the actor `name` names (by slug, name or alias): what `agreement(with:)` compares with. */
export async function actorNamed(db: Database, name: string): Promise<number> {
  return (await lookUp(db, { actors: [{ field: ['with'], name }] })).actors[0]!;
}
