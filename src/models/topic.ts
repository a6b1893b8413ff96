import { topics } from '../db/tables.js';
import type { Tx } from './db.js';
import { checkExists } from './references.js';
import { Checker, LIMITS } from './validate.js';

export type TopicRow = typeof topics.$inferSelect;

export async function createTopic(
  tx: Tx,
  input: { name: string; slug?: string | null; description?: string | null; parentId?: string | null },
): Promise<{ topic: TopicRow }> {
  const check = new Checker();
  const name = check.text(['name'], input.name, LIMITS.name);
  const slug = check.slug(['slug'], input.slug, name);
  const description = check.optionalText(['description'], input.description, LIMITS.description);
  let parentId: number | null = null;
  if (input.parentId != null) {
    parentId = check.id(['parentId'], input.parentId, 'Topic');
    await checkExists(tx, check, 'parentId', 'Topic', parentId, input.parentId);
  }
  check.throwIfAny();
  const [topic] = await tx.insert(topics).values({ name, slug, description, parentId }).returning();
  return { topic: topic! };
}
