import { sql } from 'drizzle-orm';
import { jsonValue, type Database, type Transaction } from '../db/client.js';
import { stance, topics } from '../db/tables.js';
import type { Condition } from './conditions.js';
import { byId } from './keyset.js';
import { UserInputError } from './errors.js';
import { lookUp } from './lookups.js';
import { checkExists } from './references.js';
import { Checker, LIMITS } from './validate.js';

export type TopicRow = typeof topics.$inferSelect;
export type Stance = (typeof stance.enumValues)[number];

export interface TopicFilter {
  parent?: string | null;
  rootsOnly?: boolean | null;
}

/** The topics a TopicFilter asks for, in the order they were added (parents before children). */
export async function topicsQuery(db: Database, filter: TopicFilter | null | undefined) {
  return { where: await topicCondition(db, filter), order: [byId<typeof topics>('asc')] };
}

async function topicCondition(db: Database, filter: TopicFilter | null | undefined): Promise<Condition<typeof topics> | undefined> {
  if (filter?.parent != null && filter.rootsOnly)
    throw UserInputError.of(['filter', 'rootsOnly'], 'INVALID', 'cannot be combined with `filter.parent`.');
  if (filter?.parent != null) {
    const [[parentId]] = (await lookUp(db, { topics: [{ field: ['filter', 'parent'], slug: filter.parent }] })).topics as [[number]];
    return (t) => sql`${t.parentId} = ${parentId}`;
  }
  if (filter?.rootsOnly) return (t) => sql`${t.parentId} is null`;
  return undefined;
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
