import { eq, sql, type SQL } from 'drizzle-orm';
import type { Database, Transaction } from '../db/client.js';
import { articles, articleTopics, mentions, positions } from '../db/tables.js';
import { allOf, type Condition } from './conditions.js';
import { UserInputError } from './errors.js';
import { quoteOccursIn } from './evidence.js';
import { actorIdByName } from './names.js';
import { checkAllExist } from './references.js';
import { searchText } from './search.js';
import { topicIdsBySlug } from './topic.js';
import { Checker, LIMITS } from './validate.js';
import { bumpVersion, lockVersion } from './versions.js';

export type ArticleRow = typeof articles.$inferSelect;

export interface ArticleFilter {
  topic?: string | null;
  includeSubtopics?: boolean | null;
  actor?: string | null;
  search?: string | null;
  publishedAfter?: Date | null;
  publishedBefore?: Date | null;
}

export const ARTICLE_ORDERS = ['NEWEST_FIRST', 'OLDEST_FIRST', 'TITLE', 'RELEVANCE'] as const;
export type ArticleOrder = (typeof ARTICLE_ORDERS)[number];

/**
 * An ArticleFilter and order as the parts of one relational query: the condition, the ordering,
 * and the extra columns the ordering needs (which cursors then carry).
 */
export async function articleQuery(db: Database, filter: ArticleFilter | null | undefined, order: ArticleOrder) {
  const conditions: Condition<typeof articles>[] = [];
  let search: string | undefined;
  if (filter?.includeSubtopics != null && filter.topic == null)
    throw UserInputError.of(['filter', 'includeSubtopics'], 'INVALID', 'needs `filter.topic`.');
  if (filter?.topic != null) {
    const ids = await topicIdsBySlug(db, ['filter', 'topic'], filter.topic, filter.includeSubtopics ?? false);
    conditions.push((a) => sql`exists (select 1 from ${articleTopics} at where at.article_id = ${a.id} and at.topic_id in ${ids})`);
  }
  if (filter?.actor != null) {
    const id = await actorIdByName(db, ['filter', 'actor'], filter.actor);
    conditions.push((a) => sql`exists (select 1 from ${mentions} m where m.article_id = ${a.id} and m.actor_id = ${id})`);
  }
  if (filter?.search != null) {
    const text = await searchText(db, ['filter', 'search'], filter.search);
    search = text;
    conditions.push((a) => sql`${a.search} @@ websearch_to_tsquery('english', ${text})`);
  }
  const after = filter?.publishedAfter;
  const before = filter?.publishedBefore;
  if (after && before && after >= before)
    throw UserInputError.of(['filter', 'publishedBefore'], 'INVALID', 'must be later than `filter.publishedAfter`.');
  if (after) conditions.push((a) => sql`${a.publishedAt} > ${after.toISOString()}`);
  if (before) conditions.push((a) => sql`${a.publishedAt} < ${before.toISOString()}`);
  if (order === 'RELEVANCE' && search === undefined) throw UserInputError.of(['orderBy'], 'INVALID', 'RELEVANCE needs `filter.search`.');
  return { where: allOf(conditions), ...articleOrder(order, search ?? '') };
}

/** A fixed-width UTC text of the publication date ('' or '~' when undated) for cursor-safe ordering. */
const publishedKey = (undated: string) => (a: typeof articles) =>
  sql<string>`coalesce(to_char(${a.publishedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), ${undated}) collate "C"`;

/**
 * An order as relational-query parts: one `orderKey` extra and the id to break ties, which is
 * also what a cursor of the list holds.
 */
function articleOrder(order: ArticleOrder, search: string) {
  const by = (orderKey: (a: typeof articles) => SQL, key: 'asc' | 'desc', id: 'asc' | 'desc') => ({
    extras: { orderKey },
    orderBy: { orderKey: key, id },
  });
  switch (order) {
    case 'TITLE':
      return by((a) => sql`${a.title}`, 'asc', 'asc');
    case 'RELEVANCE':
      // Rounded so that the value in a cursor compares exactly with the one recomputed.
      return by((a) => sql`round(ts_rank_cd(${a.search}, websearch_to_tsquery('english', ${search}))::numeric, 6)`, 'desc', 'asc');
    case 'OLDEST_FIRST':
      return by(publishedKey('~'), 'asc', 'asc');
    case 'NEWEST_FIRST':
      return by(publishedKey(''), 'desc', 'desc');
  }
}

export interface ArticleInput {
  title?: string | null;
  summary?: string | null;
  slug?: string | null;
  body?: string | null;
  url?: string | null;
  publishedAt?: Date | null;
  sourceName?: string | null;
  topicIds?: readonly number[] | null;
  actorIds?: readonly number[] | null;
}

/** Replaces the topic tags and actor mentions of an article. */
async function setLinks(tx: Transaction, articleId: number, topicIds?: number[], actorIds?: number[]) {
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
async function checkOptionalFields(tx: Transaction, check: Checker, input: ArticleInput) {
  return {
    values: {
      body: check.optionalText(['body'], input.body, LIMITS.body),
      url: check.url(['url'], input.url),
      publishedAt: check.pastDate(['publishedAt'], input.publishedAt),
      sourceName: check.optionalText(['sourceName'], input.sourceName, LIMITS.name),
    },
    topicIds: await checkAllExist(tx, check, 'topicIds', 'topic', input.topicIds),
    actorIds: await checkAllExist(tx, check, 'actorIds', 'actor', input.actorIds),
  };
}

export async function createArticle(tx: Transaction, input: ArticleInput & { title: string; summary: string }): Promise<{ article: ArticleRow }> {
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
  tx: Transaction,
  input: ArticleInput & { id: number; expectedVersion?: number | null },
): Promise<{ article: ArticleRow }> {
  const check = new Checker();
  const { values, topicIds, actorIds } = await checkOptionalFields(tx, check, input);
  const changes = {
    ...values,
    title: input.title == null ? undefined : check.text(['title'], input.title, LIMITS.title),
    summary: input.summary == null ? undefined : check.text(['summary'], input.summary, LIMITS.summary),
    slug: input.slug == null ? undefined : check.slug(['slug'], input.slug, ''),
  };
  check.throwIfAny();
  const current = await lockVersion(tx, 'article', input.id, input.expectedVersion);

  // Positions rest on their quotes and on the article mentioning their actor: keep both true.
  const dependent = await tx.select().from(positions).where(eq(positions.articleId, input.id));
  const text = {
    title: changes.title ?? current.title,
    summary: changes.summary ?? current.summary,
    body: changes.body === undefined ? current.body : changes.body,
  };
  const lostQuotes = dependent.filter((p) => p.quote && !quoteOccursIn(text, p.quote));
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
    .set({ ...changes, ...bumpVersion('article') })
    .where(eq(articles.id, input.id))
    .returning();
  await setLinks(tx, input.id, topicIds, actorIds);
  return { article: article! };
}

export async function deleteArticle(tx: Transaction, input: { id: number; cascade?: boolean | null }): Promise<{ deletedPositions: number }> {
  const [current] = await tx.select({ id: articles.id }).from(articles).where(eq(articles.id, input.id)).for('update');
  if (!current) throw UserInputError.of(['id'], 'NOT_FOUND', 'names no article.');
  const [{ n }] = (await tx.select({ n: sql<number>`count(*)::int` }).from(positions).where(eq(positions.articleId, input.id))) as [{ n: number }];
  if (n > 0 && !input.cascade)
    throw UserInputError.of(['id'], 'CONFLICT', `${n} position(s) rest on this article; delete them first, or pass cascade: true to delete them with it.`);
  if (n > 0) await tx.delete(positions).where(eq(positions.articleId, input.id));
  await tx.delete(articles).where(eq(articles.id, input.id));
  return { deletedPositions: Number(n) };
}
