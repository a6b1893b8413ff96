import { and, eq, inArray, notInArray, sql, type SQLWrapper } from 'drizzle-orm';
import { jsonValue, queryRows, type Database, type Transaction } from '../db/client.js';
import { articles, articleTopics, mentionExclusions, mentions, positions, undatedLast } from '../db/tables.js';
import { allOf, dateRange, type Condition } from './conditions.js';
import { UserInputError, type UserError } from './errors.js';
import { quoteOccursIn } from './evidence.js';
import { byId, type KeysetOrder, type ListQuery } from './keyset.js';
import { actorRef, topicRef, type NameRef } from './lookups.js';
import { checkAllExist } from './references.js';
import { remakeSuggestions, suggestForWritten, type SuggestReport } from './suggestions/store.js';
import { searchRef, searchTextOf } from './search.js';
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

/** The articles an ArticleFilter asks for, in the order asked: a condition (none for all), its names, and the keyset order. */
export function articleQuery(filter: ArticleFilter | null | undefined, order: ArticleOrder): ListQuery<typeof articles> {
  const conditions: Condition<typeof articles>[] = [];
  const names: NameRef[] = [];
  if (filter?.includeSubtopics != null && filter.topic == null) throw UserInputError.of(['filter', 'includeSubtopics'], 'INVALID', 'needs `filter.topic`.');
  const search = filter?.search != null ? searchRef(['filter', 'search'], searchTextOf(['filter', 'search'], filter.search)) : undefined;
  if (filter?.actor != null) {
    const actor = actorRef(['filter', 'actor'], filter.actor);
    names.push(actor);
    conditions.push((a) => sql`exists (select 1 from ${mentions} m where m.article_id = ${a.id} and m.actor_id = ${actor})`);
  }
  if (filter?.topic != null) {
    const topics = topicRef(['filter', 'topic'], filter.topic, filter.includeSubtopics ?? false);
    names.push(topics);
    conditions.push((a) => sql`exists (select 1 from ${articleTopics} at where at.article_id = ${a.id} and at.topic_id in ${topics})`);
  }
  if (search !== undefined) {
    names.push(search);
    conditions.push((a) => sql`${a.search} @@ websearch_to_tsquery('english', ${search})`);
  }
  const refused: UserError[] = [];
  conditions.push(
    ...dateRange<typeof articles>(
      (a) => sql`${a.publishedAt}`,
      { after: filter?.publishedAfter, before: filter?.publishedBefore },
      { after: ['filter', 'publishedAfter'], before: ['filter', 'publishedBefore'] },
      refused,
    ),
  );
  if (order === 'RELEVANCE' && search === undefined) refused.push({ field: ['orderBy'], code: 'INVALID', message: 'RELEVANCE needs `filter.search`.' });
  return { where: allOf(conditions), names, refused, order: articleOrder(order, search) };
}

function articleOrder(order: ArticleOrder, search: SQLWrapper | undefined): KeysetOrder<typeof articles> {
  switch (order) {
    case 'TITLE':
      return [{ expression: (a) => sql`${a.title}`, direction: 'asc', type: 'text' }, byId('asc')];
    case 'RELEVANCE':
      // Rounded so that the value in a cursor compares exactly with the one recomputed.
      return [
        { expression: (a) => sql`round(ts_rank_cd(${a.search}, websearch_to_tsquery('english', ${search}))::numeric, 6)`, direction: 'desc', type: 'numeric' },
        byId('asc'),
      ];
    case 'OLDEST_FIRST':
      return [{ expression: (a) => undatedLast(a.publishedAt, 'asc'), direction: 'asc', type: 'timestamptz' }, byId('asc')];
    case 'NEWEST_FIRST':
      return [{ expression: (a) => undatedLast(a.publishedAt, 'desc'), direction: 'desc', type: 'timestamptz' }, byId('desc')];
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
    // A mention taken away by hand stays away: linking by name will not put it back (mentionExclusions);
    // one given by hand lifts that.
    const removed = await tx
      .delete(mentions)
      .where(and(eq(mentions.articleId, articleId), actorIds.length ? notInArray(mentions.actorId, actorIds) : undefined))
      .returning({ actorId: mentions.actorId });
    if (removed.length)
      await tx
        .insert(mentionExclusions)
        .values(removed.map(({ actorId }) => ({ articleId, actorId })))
        .onConflictDoNothing();
    if (actorIds.length) {
      await tx.delete(mentionExclusions).where(and(eq(mentionExclusions.articleId, articleId), inArray(mentionExclusions.actorId, actorIds)));
      await tx
        .insert(mentions)
        .values(actorIds.map((actorId) => ({ articleId, actorId })))
        .onConflictDoNothing();
    }
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

export async function createArticle(
  tx: Transaction,
  input: ArticleInput & { title: string; summary: string },
): Promise<{ article: ArticleRow; suggestions: SuggestReport }> {
  const check = new Checker();
  const title = check.text(['title'], input.title, LIMITS.title);
  const summary = check.text(['summary'], input.summary, LIMITS.summary);
  const slug = check.slug(['slug'], input.slug, title);
  const { values, topicIds, actorIds } = await checkOptionalFields(tx, check, input);
  check.throwIfAny();
  const [article] = await tx
    .insert(articles)
    .values({ ...values, title, summary, slug })
    .returning();
  await setLinks(tx, article!.id, topicIds, actorIds);
  const suggestions = await suggestForWritten(tx, [article!]);
  return { article: article!, suggestions };
}

export async function updateArticle(
  tx: Transaction,
  input: ArticleInput & { id: number; expectedVersion?: number | null },
): Promise<{ article: ArticleRow; suggestions?: SuggestReport }> {
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
    if (orphaned.length) check.add(['actorIds'], 'INVALID', `${orphaned.length} position(s) on this article are by actors the new list leaves out.`);
  }
  check.throwIfAny();

  const [article] = await tx
    .update(articles)
    .set({ ...changes, ...bumpVersion('article') })
    .where(eq(articles.id, input.id))
    .returning();
  // What the engine reads (the summary, the body, the actors mentioned) changed: the pending suggestions
  // are made again. A new title, or the same text and actors sent again, leaves them be.
  const mentionedBefore = actorIds ? (await tx.select({ id: mentions.actorId }).from(mentions).where(eq(mentions.articleId, input.id))).map((m) => m.id) : [];
  await setLinks(tx, input.id, topicIds, actorIds);
  const actorsChanged = actorIds !== undefined && (actorIds.length !== mentionedBefore.length || actorIds.some((id) => !mentionedBefore.includes(id)));
  const textChanged = (changes.summary !== undefined && changes.summary !== current.summary) || (changes.body !== undefined && changes.body !== current.body);
  const suggestions = textChanged || actorsChanged ? await remakeSuggestions(tx, article!) : undefined;
  return { article: article!, suggestions };
}

export async function deleteArticle(tx: Transaction, input: { id: number; cascade?: boolean | null }): Promise<{ deletedPositions: number }> {
  const [current] = await tx.select({ id: articles.id }).from(articles).where(eq(articles.id, input.id)).for('update');
  if (!current) throw UserInputError.of(['id'], 'NOT_FOUND', 'names no article.');
  const [{ n }] = (await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(positions)
    .where(eq(positions.articleId, input.id))) as [{ n: number }];
  if (n > 0 && !input.cascade)
    throw UserInputError.of(['id'], 'CONFLICT', `${n} position(s) rest on this article; delete them first, or pass cascade: true to delete them with it.`);
  if (n > 0) await tx.delete(positions).where(eq(positions.articleId, input.id));
  await tx.delete(articles).where(eq(articles.id, input.id));
  return { deletedPositions: Number(n) };
}

/** The actors an article mentions and the topics it is tagged with, in one statement. */
export async function articleSubjects(db: Database, articleId: number): Promise<{ actorIds: number[]; topicIds: number[] }> {
  const [row] = await queryRows<{ actors: number[] | string; topics: number[] | string }>(
    db,
    sql`select coalesce((select json_agg(actor_id) from ${mentions} where article_id = ${articleId}), '[]') as actors,
      coalesce((select json_agg(topic_id) from ${articleTopics} where article_id = ${articleId}), '[]') as topics`,
  );
  return { actorIds: jsonValue(row!.actors), topicIds: jsonValue(row!.topics) };
}
