import { eq, sql, type SQL } from 'drizzle-orm';
import type { Database, Transaction } from '../db/client.js';
import { articleTopics, positions } from '../db/tables.js';
import { allOf, dateRange, type Condition, type RowFilter } from './conditions.js';
import { byId, type ListQuery } from './keyset.js';
import { UserInputError, type UserError } from './errors.js';
import { checkEvidence } from './evidence.js';
import { actorRef, resolveNames, topicRef, type NameRef } from './lookups.js';
import { checkExists } from './references.js';
import type { Stance } from './topic.js';
import { Checker, LIMITS } from './validate.js';
import { dropMootSuggestions } from './suggestions/store.js';
import { bumpVersion, lockVersion } from './versions.js';

export type PositionRow = typeof positions.$inferSelect;

export interface PositionFilter {
  actor?: string | null;
  topic?: string | null;
  includeSubtopics?: boolean | null;
  stance?: Stance | null;
  statedAfter?: Date | null;
  statedBefore?: Date | null;
}

/** The positions a PositionFilter asks for, in the order they were recorded. */
export function positionsQuery(filter: PositionFilter | null | undefined): ListQuery<typeof positions> {
  return { ...positionFilter(['filter'], filter), order: [byId<typeof positions>('asc')] };
}

/**
 * The actor and the topic (with those below it, when asked) a filter names, as values; `includeSubtopics`
 * without a topic is refused naming its place under `field`.
 */
export function actorAndTopicRefs(field: string[], filter: ActorAndTopics): { actor?: NameRef; topics?: NameRef } {
  if (filter?.includeSubtopics != null && filter.topic == null)
    throw UserInputError.of([...field, 'includeSubtopics'], 'INVALID', `needs \`${[...field, 'topic'].join('.')}\`.`);
  return {
    actor: filter?.actor != null ? actorRef([...field, 'actor'], filter.actor) : undefined,
    topics: filter?.topic != null ? topicRef([...field, 'topic'], filter.topic, filter.includeSubtopics ?? false) : undefined,
  };
}

/** The ids of the actor and topics a filter names (actorAndTopicRefs), looked up in one statement: for code that matches them itself (live filters). */
export async function actorAndTopics(db: Database, field: string[], filter: ActorAndTopics): Promise<{ actorId?: number; topicIds?: number[] }> {
  const { actor, topics } = actorAndTopicRefs(field, filter);
  const named = [actor, topics].filter((ref) => ref !== undefined);
  const values = await resolveNames(db, named);
  const valueOf = (ref?: NameRef) => (ref ? values[named.indexOf(ref)] : undefined);
  return { actorId: valueOf(actor) as number | undefined, topicIds: valueOf(topics) as number[] | undefined };
}

type ActorAndTopics = Pick<PositionFilter, 'actor' | 'topic' | 'includeSubtopics'> | null | undefined;

/**
 * A PositionFilter as one condition on the positions table (or the alias a query gives it), with the
 * names it holds. `field` is where the filter sits among the arguments: ["filter"] for the root list,
 * [] for the arguments of `Actor.positions`.
 */
export function positionFilter(field: string[], filter: PositionFilter | null | undefined): RowFilter<typeof positions> {
  const parts: Condition<typeof positions>[] = [];
  const { actor, topics } = actorAndTopicRefs(field, filter);
  if (actor) parts.push((p) => sql`${p.actorId} = ${actor}`);
  if (topics) parts.push((p) => sql`${p.topicId} in ${topics}`);
  if (filter?.stance) {
    const value = filter.stance;
    parts.push((p) => sql`${p.stance} = ${value}`);
  }
  const refused: UserError[] = [];
  parts.push(
    ...dateRange<typeof positions>(
      (p) => sql`${p.datedAt}`,
      { after: filter?.statedAfter, before: filter?.statedBefore },
      { after: [...field, 'statedAfter'], before: [...field, 'statedBefore'] },
      refused,
    ),
  );
  return { where: allOf(parts), names: [actor, topics].filter((ref) => ref !== undefined), refused };
}

/** Where a position's date (`dated_at`) comes from: stated when it was recorded, else its article's publication; null when it has none. */
export type DateSource = 'STATED' | 'ARTICLE_PUBLISHED';
export const dateSource = (p: typeof positions) =>
  sql<DateSource | null>`case when ${p.statedAt} is not null then 'STATED' when ${p.datedAt} is not null then 'ARTICLE_PUBLISHED' end`;

/**
 * "Latest" for positions, the rule behind an actor's current stance: by the position's date (stated,
 * else its article's), undated ones as older, then the most recently recorded.
 */
export const latestFirst = (p: typeof positions) => [sql`${p.datedAt} desc nulls last`, sql`${p.id} desc`];

/**
 * The current position of an actor on a topic (the first by latestFirst), as a select of `columns` of
 * `p`'s row (the positions table, or an alias of it that `from` names): one probe of positions_latest_idx.
 * The stance matrix's cells, whichever engine reads them.
 */
export const latestPosition = (p: typeof positions, from: SQL, actorId: SQL, topicId: SQL, columns: SQL) =>
  sql`select ${columns} from ${from} where ${p.actorId} = ${actorId} and ${p.topicId} = ${topicId} order by ${sql.join(latestFirst(p), sql`, `)} limit 1`;

interface PositionInput {
  actorId: number;
  topicId: number;
  articleId: number;
  stance: Stance;
  statement: string;
  quote: string;
  statedAt?: Date | null;
  /** The name of the write token that records it; null for an unnamed one. */
  recordedBy?: string | null;
}

export async function recordPosition(tx: Transaction, input: PositionInput): Promise<{ position: PositionRow }> {
  const check = new Checker();
  const statement = check.text(['statement'], input.statement, LIMITS.statement);
  let quote = check.text(['quote'], input.quote, LIMITS.quote);
  const statedAt = check.pastDate(['statedAt'], input.statedAt);
  await checkExists(tx, check, ['actorId'], 'actor', input.actorId);
  await checkExists(tx, check, ['topicId'], 'topic', input.topicId);
  if (!check.any) quote = await checkEvidence(tx, check, { actorId: input.actorId, articleId: input.articleId, quote });
  check.throwIfAny();
  const [position] = await tx
    .insert(positions)
    .values({
      actorId: input.actorId,
      topicId: input.topicId,
      articleId: input.articleId,
      stance: input.stance,
      statement,
      quote,
      statedAt,
      recordedBy: input.recordedBy ?? null,
    })
    .returning();
  await tagArticle(tx, input.articleId, input.topicId);
  await dropMootSuggestions(tx, input);
  return { position: position! };
}

export async function updatePosition(
  tx: Transaction,
  input: {
    id: number;
    expectedVersion?: number | null;
    stance?: Stance | null;
    statement?: string | null;
    quote?: string | null;
    statedAt?: Date | null;
    topicId?: number | null;
  },
): Promise<{ position: PositionRow }> {
  const check = new Checker();
  if (input.quote === null) check.add(['quote'], 'INVALID', 'cannot be cleared: every position rests on a quote from its article.');
  const changes = {
    stance: input.stance ?? undefined,
    statement: input.statement == null ? undefined : check.text(['statement'], input.statement, LIMITS.statement),
    quote: input.quote == null ? undefined : check.text(['quote'], input.quote, LIMITS.quote),
    statedAt: check.pastDate(['statedAt'], input.statedAt),
    topicId: input.topicId ?? undefined,
  };
  if (changes.topicId != null) await checkExists(tx, check, ['topicId'], 'topic', changes.topicId);
  check.throwIfAny();
  const current = await lockVersion(tx, 'position', input.id, input.expectedVersion);
  if (changes.quote) changes.quote = await checkEvidence(tx, check, { actorId: current.actorId, articleId: current.articleId, quote: changes.quote });
  check.throwIfAny();
  const [position] = await tx
    .update(positions)
    .set({ ...changes, ...bumpVersion('position') })
    .where(eq(positions.id, input.id))
    .returning();
  if (changes.topicId) await tagArticle(tx, position!.articleId, changes.topicId);
  return { position: position! };
}

/** Tags an article with the topic of a position it is the evidence for (a tag it has already stays once). */
async function tagArticle(tx: Transaction, articleId: number, topicId: number): Promise<void> {
  await tx.insert(articleTopics).values({ articleId, topicId }).onConflictDoNothing();
}

/** Retracts a position; with `expectedVersion`, only the version the caller read (CONFLICT otherwise). */
export async function deletePosition(tx: Transaction, input: { id: number; expectedVersion?: number | null }): Promise<void> {
  await lockVersion(tx, 'position', input.id, input.expectedVersion);
  await tx.delete(positions).where(eq(positions.id, input.id));
}
