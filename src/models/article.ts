import { eq, sql } from 'drizzle-orm';
import { articles, articleTopics, mentions, positions } from '../db/tables.js';
import type { Tx } from './db.js';
import { UserInputError } from './errors.js';
import { existingIds } from './references.js';
import { Checker, LIMITS } from './validate.js';

export interface ArticleInput {
  title?: string | null;
  summary?: string | null;
  slug?: string | null;
  body?: string | null;
  url?: string | null;
  publishedAt?: Date | null;
  sourceName?: string | null;
  topicIds?: readonly string[] | null;
  actorIds?: readonly string[] | null;
}

export type ArticleRow = typeof articles.$inferSelect;

/** Replaces the topic tags and actor mentions of an article. */
async function setLinks(tx: Tx, articleId: number, topicIds?: number[], actorIds?: number[]) {
  if (topicIds) {
    await tx.delete(articleTopics).where(eq(articleTopics.articleId, articleId));
    if (topicIds.length) await tx.insert(articleTopics).values(topicIds.map((topicId) => ({ articleId, topicId })));
  }
  if (actorIds) {
    await tx.delete(mentions).where(eq(mentions.articleId, articleId));
    if (actorIds.length) await tx.insert(mentions).values(actorIds.map((actorId) => ({ articleId, actorId })));
  }
}

/** Checks the fields createArticle and updateArticle share, and the records they link to. */
async function checkOptionalFields(tx: Tx, check: Checker, input: ArticleInput) {
  return {
    values: {
      body: check.optionalText(['body'], input.body, LIMITS.body),
      url: check.url(['url'], input.url),
      publishedAt: check.pastDate(['publishedAt'], input.publishedAt),
      sourceName: check.optionalText(['sourceName'], input.sourceName, LIMITS.name),
    },
    topicIds: await existingIds(tx, check, 'topicIds', input.topicIds, 'Topic'),
    actorIds: await existingIds(tx, check, 'actorIds', input.actorIds, 'Actor'),
  };
}

export async function createArticle(tx: Tx, input: ArticleInput & { title: string; summary: string }): Promise<{ article: ArticleRow }> {
  const check = new Checker();
  const title = check.text(['title'], input.title, LIMITS.title);
  const summary = check.text(['summary'], input.summary, LIMITS.summary);
  const slug = check.slug(['slug'], input.slug, title);
  const { values, topicIds, actorIds } = await checkOptionalFields(tx, check, input);
  check.throwIfAny();
  const [article] = await tx.insert(articles).values({ ...values, title, summary, slug }).returning();
  await setLinks(tx, article!.id, topicIds, actorIds);
  return { article: article! };
}

export async function updateArticle(
  tx: Tx,
  id: string,
  expectedVersion: number | null | undefined,
  input: ArticleInput,
): Promise<{ article: ArticleRow }> {
  const check = new Checker();
  const articleId = check.id(['id'], id, 'Article');
  const { values, topicIds, actorIds } = await checkOptionalFields(tx, check, input);
  const changes = {
    ...values,
    title: input.title == null ? undefined : check.text(['title'], input.title, LIMITS.title),
    summary: input.summary == null ? undefined : check.text(['summary'], input.summary, LIMITS.summary),
    slug: input.slug == null ? undefined : check.slug(['slug'], input.slug, ''),
  };
  check.throwIfAny();

  // Lock the row: a concurrent update waits here, then sees the version this one wrote.
  const [current] = await tx.select().from(articles).where(eq(articles.id, articleId)).for('update');
  if (!current) throw UserInputError.of(['id'], 'NOT_FOUND', `names no article (got "${id}").`);
  if (expectedVersion != null && expectedVersion !== current.version)
    throw UserInputError.of(['expectedVersion'], 'CONFLICT', `the article is at version ${current.version}, not ${expectedVersion}: it changed since you read it.`);

  // Positions rest on their quotes and on the article mentioning their actor: keep both true.
  const dependent = await tx.select().from(positions).where(eq(positions.articleId, articleId));
  const text = `${changes.title ?? current.title}\n${changes.summary ?? current.summary}\n${(changes.body === undefined ? current.body : changes.body) ?? ''}`;
  const lostQuotes = dependent.filter((p) => p.quote && !text.includes(p.quote));
  if (lostQuotes.length)
    check.add(['summary'], 'INVALID', `the new text no longer contains the quotes of ${lostQuotes.length} position(s) resting on this article.`);
  if (actorIds) {
    const orphaned = dependent.filter((p) => !actorIds.includes(p.actorId));
    if (orphaned.length)
      check.add(['actorIds'], 'INVALID', `${orphaned.length} position(s) on this article are by actors the new list leaves out.`);
  }
  check.throwIfAny();

  const [article] = await tx
    .update(articles)
    .set({ ...changes, version: sql`${articles.version} + 1`, updatedAt: sql`now()` })
    .where(eq(articles.id, articleId))
    .returning();
  await setLinks(tx, articleId, topicIds, actorIds);
  return { article: article! };
}

export async function deleteArticle(tx: Tx, id: string, cascade: boolean): Promise<{ deletedId: string; deletedPositions: number }> {
  const check = new Checker();
  const articleId = check.id(['id'], id, 'Article');
  check.throwIfAny();
  const [current] = await tx.select({ id: articles.id }).from(articles).where(eq(articles.id, articleId)).for('update');
  if (!current) throw UserInputError.of(['id'], 'NOT_FOUND', `names no article (got "${id}").`);
  const [{ n }] = (await tx.select({ n: sql<number>`count(*)::int` }).from(positions).where(eq(positions.articleId, articleId))) as [
    { n: number },
  ];
  if (n > 0 && !cascade)
    throw UserInputError.of(['id'], 'CONFLICT', `${n} position(s) rest on this article; delete them first, or pass cascade: true to delete them with it.`);
  if (n > 0) await tx.delete(positions).where(eq(positions.articleId, articleId));
  await tx.delete(articles).where(eq(articles.id, articleId));
  return { deletedId: id, deletedPositions: Number(n) };
}
