import { and, eq } from 'drizzle-orm';
import type { Database, Transaction } from '../db/client.js';
import { articleTopics, topicKeywords, topics } from '../db/tables.js';
import { UserInputError } from './errors.js';
import { aliasKey, findMentions, keywordColumns } from './names.js';
import { checkExists } from './references.js';
import { Checker, LIMITS } from './validate.js';

// Topic keywords: phrases that signal a topic in text ("troops on the ground" for troop deployment),
// folded as actor aliases are, one topic per phrase. The suggestion engine reads them, and so does the
// tagging of imported articles: an article is tagged with every topic whose name or keyword it holds.

export type TopicKeywordRow = typeof topicKeywords.$inferSelect;

/** Adds a phrase that signals a topic; refused when its folded form is a keyword already (of this topic or another). */
export async function addTopicKeyword(tx: Transaction, input: { topicId: number; keyword: string }): Promise<{ topicId: number }> {
  const check = new Checker();
  const keyword = check.text(['keyword'], input.keyword, LIMITS.keyword);
  await checkExists(tx, check, ['topicId'], 'topic', input.topicId);
  if (!check.any) {
    const [taken] = await tx
      .select({ keyword: topicKeywords.keyword, slug: topics.slug })
      .from(topicKeywords)
      .innerJoin(topics, eq(topics.id, topicKeywords.topicId))
      .where(eq(topicKeywords.normalized, aliasKey(keyword)));
    if (taken)
      check.add(
        ['keyword'],
        'ALREADY_EXISTS',
        `"${keyword}" is already a keyword of ${taken.slug}${taken.keyword === keyword ? '' : ` (as "${taken.keyword}")`}.`,
      );
  }
  check.throwIfAny();
  await tx.insert(topicKeywords).values({ topicId: input.topicId, ...keywordColumns(keyword) });
  return { topicId: input.topicId };
}

/** Removes a phrase from a topic's keywords, matched as lookups fold it. */
export async function removeTopicKeyword(tx: Transaction, input: { topicId: number; keyword: string }): Promise<{ topicId: number }> {
  const removed = await tx
    .delete(topicKeywords)
    .where(and(eq(topicKeywords.topicId, input.topicId), eq(topicKeywords.normalized, aliasKey(input.keyword))))
    .returning({ id: topicKeywords.id });
  if (removed.length === 0) throw UserInputError.of(['keyword'], 'NOT_FOUND', `is not a keyword of this topic (got "${input.keyword.slice(0, 100)}").`);
  return { topicId: input.topicId };
}

/** Every topic's name and keywords, as phrases to look for in text. */
export async function topicPhrases(tx: Database | Transaction): Promise<{ id: number; name: string }[]> {
  const [named, keywords] = await Promise.all([
    tx.select({ id: topics.id, name: topics.name }).from(topics),
    tx.select({ id: topicKeywords.topicId, name: topicKeywords.keyword }).from(topicKeywords),
  ]);
  return [...named, ...keywords];
}

/** The topics a text names (by name or keyword). */
export function topicsNamedIn(text: string, phrases: readonly { id: number; name: string }[]): number[] {
  return [...new Set(findMentions(text, phrases).map((m) => m.id))].sort((a, b) => a - b);
}

/** Tags articles with the topics their texts name; tags they have already stay once. */
export async function tagArticles(tx: Transaction, tags: readonly { articleId: number; topicIds: readonly number[] }[]): Promise<void> {
  const rows = tags.flatMap(({ articleId, topicIds }) => topicIds.map((topicId) => ({ articleId, topicId })));
  if (rows.length) await tx.insert(articleTopics).values(rows).onConflictDoNothing();
}
