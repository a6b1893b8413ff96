import { and, eq, sql } from 'drizzle-orm';
import { jsonValue, type Database, type Transaction } from '../db/client.js';
import { articleTopics, positions, stance, topicClosure, topics } from '../db/tables.js';
import type { RowFilter } from './conditions.js';
import { byId, type ListQuery } from './keyset.js';
import { UserInputError } from './errors.js';
import { topicRef } from './lookups.js';
import { checkExists } from './references.js';
import { Checker, LIMITS } from './validate.js';

export type TopicRow = typeof topics.$inferSelect;
export type Stance = (typeof stance.enumValues)[number];

export interface TopicFilter {
  parent?: string | null;
  rootsOnly?: boolean | null;
}

/** The topics a TopicFilter asks for, in the order they were added (parents before children). */
export function topicsQuery(filter: TopicFilter | null | undefined): ListQuery<typeof topics> {
  return { ...topicFilter(filter), order: [byId<typeof topics>('asc')] };
}

function topicFilter(filter: TopicFilter | null | undefined): RowFilter<typeof topics> {
  if (filter?.parent != null && filter.rootsOnly) throw UserInputError.of(['filter', 'rootsOnly'], 'INVALID', 'cannot be combined with `filter.parent`.');
  if (filter?.parent != null) {
    const parent = topicRef(['filter', 'parent'], filter.parent);
    return { where: (t) => sql`${t.parentId} in ${parent}`, names: [parent] };
  }
  if (filter?.rootsOnly) return { where: (t) => sql`${t.parentId} is null`, names: [] };
  return { names: [] };
}

/**
 * How many positions on a topic and the topics below it take each stance, as a JSON object
 * `{ SUPPORTS: n, ... }` computed inside the query that loads the topic.
 */
export const stanceCounts = (topic: typeof topics) => sql<Record<string, number> | string>`(
  select jsonb_object_agg(s.stance, (
    select count(*) from positions p join topic_closure c on c.descendant_id = p.topic_id
    where c.ancestor_id = ${topic.id} and p.stance = s.stance
  )) from unnest(enum_range(null::stance)) as s(stance))`;

/** Every stance with its count, zero included, from {@link stanceCounts}' value. */
export function stanceSummary(value: Record<string, number> | string | null): { stance: Stance; count: number }[] {
  const counts = jsonValue(value ?? {});
  return stance.enumValues.map((value) => ({ stance: value, count: Number(counts[value] ?? 0) }));
}

export async function createTopic(
  tx: Transaction,
  input: { name: string; slug?: string | null; description?: string | null; parentId?: number | null },
): Promise<{ topic: TopicRow }> {
  const check = new Checker();
  const name = check.text(['name'], input.name, LIMITS.name);
  const slug = check.slug(['slug'], input.slug, name);
  const description = check.optionalText(['description'], input.description, LIMITS.description);
  const parentId = input.parentId ?? null;
  if (parentId != null) await checkExists(tx, check, ['parentId'], 'topic', parentId);
  check.throwIfAny();
  const [topic] = await tx.insert(topics).values({ name, slug, description, parentId }).returning();
  return { topic: topic! };
}

/**
 * Renames, re-describes or moves a topic (`parentId` null: to the root). A move under one of its own
 * subtopics is refused: the tree has no cycles.
 */
export async function updateTopic(
  tx: Transaction,
  input: { id: number; name?: string | null; slug?: string | null; description?: string | null; parentId?: number | null },
): Promise<{ topic: TopicRow }> {
  const check = new Checker();
  const changes = {
    name: input.name == null ? undefined : check.text(['name'], input.name, LIMITS.name),
    slug: input.slug == null ? undefined : check.slug(['slug'], input.slug, ''),
    description: check.optionalText(['description'], input.description, LIMITS.description),
    parentId: input.parentId,
  };
  const [current] = await tx.select({ id: topics.id }).from(topics).where(eq(topics.id, input.id)).for('update');
  if (!current) throw UserInputError.of(['id'], 'NOT_FOUND', 'names no topic.');
  if (input.parentId != null) {
    await checkExists(tx, check, ['parentId'], 'topic', input.parentId);
    const [below] = await tx
      .select({ one: sql<number>`1` })
      .from(topicClosure)
      .where(and(eq(topicClosure.ancestorId, input.id), eq(topicClosure.descendantId, input.parentId)));
    if (below) check.add(['parentId'], 'INVALID', 'is this topic or one below it: a topic cannot be placed under itself.');
  }
  check.throwIfAny();
  const [topic] = await tx.update(topics).set(changes).where(eq(topics.id, input.id)).returning();
  return { topic: topic! };
}

/**
 * Deletes a topic. Refused while topics sit below it (move them first), and while positions or articles
 * use it unless `reassignTo` names the topic they move to.
 */
export async function deleteTopic(tx: Transaction, input: { id: number; reassignTo?: number | null }): Promise<void> {
  const [topic] = await tx.select({ id: topics.id }).from(topics).where(eq(topics.id, input.id)).for('update');
  if (!topic) throw UserInputError.of(['id'], 'NOT_FOUND', 'names no topic.');
  const check = new Checker();
  const children = await tx.$count(topics, eq(topics.parentId, input.id));
  if (children > 0) check.add(['id'], 'CONFLICT', `${children} topic(s) sit below it; move or delete them first (updateTopic).`);
  if (input.reassignTo != null) {
    if (input.reassignTo === input.id) check.add(['reassignTo'], 'INVALID', 'is the topic being deleted.');
    else await checkExists(tx, check, ['reassignTo'], 'topic', input.reassignTo);
  } else {
    const used = (await tx.$count(positions, eq(positions.topicId, input.id))) + (await tx.$count(articleTopics, eq(articleTopics.topicId, input.id)));
    if (used > 0) check.add(['id'], 'CONFLICT', `${used} position(s) and article tag(s) use it; give \`reassignTo\` to move them to another topic.`);
  }
  check.throwIfAny();
  if (input.reassignTo != null) {
    await tx
      .update(positions)
      .set({ topicId: input.reassignTo, version: sql`${positions.version} + 1`, updatedAt: sql`now()` })
      .where(eq(positions.topicId, input.id));
    await tx.execute(
      sql`insert into ${articleTopics} (article_id, topic_id) select article_id, ${input.reassignTo} from ${articleTopics} where topic_id = ${input.id} on conflict do nothing`,
    );
    await tx.delete(articleTopics).where(eq(articleTopics.topicId, input.id));
  }
  await tx.delete(topics).where(eq(topics.id, input.id));
}
