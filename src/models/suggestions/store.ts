import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/client.js';
import {
  actorAliases,
  actors,
  affiliations,
  appState,
  articles,
  mentions,
  positions,
  positionSuggestions,
  stance,
  topicKeywords,
  topics,
} from '../../db/tables.js';
import type { Extractor, Known, Suggestion } from './extractor.js';
import { rulesExtractor } from './rules.js';

/** What the engine reads of an article. */
type ArticleRow = typeof articles.$inferSelect;

// Suggestions stored for review (position_suggestions). Made in the transaction that writes the article
// (every import path, createArticle, and again when its text changes), never for an actor the article
// does not mention (accepting would fail the evidence rule), never duplicating a recorded position, and
// never again for an article, actor, topic and stance a curator decided on: the unique key keeps the
// decision, and a new run skips it. An engine failure on one article fails nothing: it is reported.

export type SuggestionRow = typeof positionSuggestions.$inferSelect;

/** The engine every write path uses. */
export const EXTRACTOR: Extractor = rulesExtractor;

/**
 * The actors (with their aliases and affiliations) and topics (with their keywords) an engine may name:
 * all of them, or (`actorIds`) those actors and the ones they belong to — what a write of a few
 * articles needs, whatever the number of actors.
 */
export async function loadKnown(tx: Database | Transaction, actorIds?: readonly number[]): Promise<Known> {
  let wanted: number[] | undefined;
  if (actorIds) {
    const organizations = actorIds.length
      ? await tx
          .select({ id: affiliations.organizationId })
          .from(affiliations)
          .where(inArray(affiliations.actorId, [...actorIds]))
      : [];
    wanted = [...new Set([...actorIds, ...organizations.map((o) => o.id)])];
  }
  const among = <C extends typeof actors.id | typeof actorAliases.actorId | typeof affiliations.actorId>(column: C) =>
    wanted ? inArray(column, wanted.length ? wanted : [0]) : undefined;
  const actorRows = await tx.select({ id: actors.id, slug: actors.slug, name: actors.name, kind: actors.kind }).from(actors).where(among(actors.id));
  const aliasRows = await tx.select({ actorId: actorAliases.actorId, alias: actorAliases.alias }).from(actorAliases).where(among(actorAliases.actorId));
  const affiliationRows = await tx
    .select({ actorId: affiliations.actorId, organizationId: affiliations.organizationId })
    .from(affiliations)
    .where(among(affiliations.actorId));
  const topicRows = await tx.select({ id: topics.id, slug: topics.slug, name: topics.name, parentId: topics.parentId }).from(topics);
  const keywordRows = await tx.select({ topicId: topicKeywords.topicId, keyword: topicKeywords.keyword }).from(topicKeywords);
  const group = <K, V>(rows: { key: K; value: V }[]) => {
    const map = new Map<K, V[]>();
    for (const { key, value } of rows) map.set(key, [...(map.get(key) ?? []), value]);
    return map;
  };
  const aliases = group(aliasRows.map((r) => ({ key: r.actorId, value: r.alias })));
  const memberOf = group(affiliationRows.map((r) => ({ key: r.actorId, value: r.organizationId })));
  const keywords = group(keywordRows.map((r) => ({ key: r.topicId, value: r.keyword })));
  return {
    actors: actorRows.map((a) => ({ ...a, aliases: aliases.get(a.id) ?? [], memberOf: memberOf.get(a.id) ?? [] })),
    topics: topicRows.map((t) => ({ ...t, keywords: keywords.get(t.id) ?? [] })),
  };
}

/** What a run of the engine did: suggestions stored, and the articles it failed on (their slug and why). */
export interface SuggestReport {
  made: number;
  failed: { slug: string; message: string }[];
}

/** Runs the engine over these articles, knowing these actors and topics, and stores what it suggests, as the rules above say. */
export async function suggestFor(
  tx: Transaction,
  articles: readonly Pick<ArticleRow, 'id' | 'slug' | 'title' | 'summary' | 'body'>[],
  known: Known,
  extractor: Extractor = EXTRACTOR,
): Promise<SuggestReport> {
  if (articles.length === 0) return { made: 0, failed: [] };
  // The engine looks for the actors each article mentions and those they belong to (a leader's country:
  // "Zelenskyy said Ukraine would …" is his own position), not for every alias of thousands of actors in
  // every article (which would cost tens of milliseconds an article); it suggests for the mentioned ones.
  const mentioned = await tx
    .select({ articleId: mentions.articleId, actorId: mentions.actorId })
    .from(mentions)
    .where(
      inArray(
        mentions.articleId,
        articles.map((a) => a.id),
      ),
    );
  const mentionedBy = new Map<number, Set<number>>();
  for (const m of mentioned) mentionedBy.set(m.articleId, (mentionedBy.get(m.articleId) ?? new Set()).add(m.actorId));
  const read = readerOf(known, extractor);
  const failed: SuggestReport['failed'] = [];
  const found = articles.flatMap((article) => {
    const result = read(article, mentionedBy.get(article.id) ?? new Set());
    if ('failure' in result) failed.push({ slug: article.slug, message: result.failure });
    return 'failure' in result ? [] : result.found.map((s) => ({ ...s, articleId: article.id }));
  });
  return { made: await storeSuggestions(tx, found, extractor), failed };
}

/**
 * What the engine suggests for one article's text, for the actors it mentions (looking for those and
 * the bodies they belong to), checked (fault) — or why it failed. Pure: the import paths run it before
 * their transaction opens.
 */
export function readerOf(
  known: Known,
  extractor: Extractor = EXTRACTOR,
): (article: Pick<ArticleRow, 'title' | 'summary' | 'body'>, mentioned: ReadonlySet<number>) => { found: Suggestion[] } | { failure: string } {
  const byId = new Map(known.actors.map((a) => [a.id, a]));
  const topicIds = new Set(known.topics.map((t) => t.id));
  return (article, mentioned) => {
    const ids = [...mentioned].filter((id) => byId.has(id));
    if (ids.length === 0) return { found: [] };
    const looked = new Set(ids.flatMap((id) => [id, ...byId.get(id)!.memberOf]));
    const actorsOf = [...looked].flatMap((id) => byId.get(id) ?? []);
    try {
      const found = extractor.extract(article, { actors: actorsOf, topics: known.topics });
      const wrong = found.map((s) => fault(article, s, topicIds)).find(Boolean);
      if (wrong) throw new Error(`the engine's suggestion is not usable: ${wrong}`);
      return { found: found.filter((s) => mentioned.has(s.actorId)) };
    } catch (error) {
      return { failure: error instanceof Error ? error.message : String(error) };
    }
  };
}

const STANCES: readonly string[] = stance.enumValues;

/** What is wrong with a suggestion an engine made, if anything: what the table would refuse, or a passage that is not where it says. */
function fault(article: Pick<ArticleRow, 'title' | 'summary' | 'body'>, s: Suggestion, topicIds: Set<number>): string | undefined {
  if (!topicIds.has(s.topicId)) return `topic ${s.topicId} is not one it was given`;
  if (!STANCES.includes(s.stance)) return `stance ${String(s.stance)} is not a stance`;
  if (!(s.confidence >= 0 && s.confidence <= 1)) return `confidence ${s.confidence} is not between 0 and 1`;
  if (!s.quote.trim() || !s.statement.trim()) return 'its quote or statement is blank';
  if ((article[s.field] ?? '').slice(s.start, s.end) !== s.quote) return `its quote is not the article's ${s.field} at ${s.start}–${s.end}`;
  return undefined;
}

/**
 * Runs the engine over these articles, loading what it may name first: for the write paths, which
 * suggest for the articles they wrote.
 */
export async function suggestForWritten(
  tx: Transaction,
  articles: readonly Pick<ArticleRow, 'id' | 'slug' | 'title' | 'summary' | 'body'>[],
): Promise<SuggestReport> {
  if (articles.length === 0) return { made: 0, failed: [] };
  const mentioned = await tx
    .selectDistinct({ actorId: mentions.actorId })
    .from(mentions)
    .where(
      inArray(
        mentions.articleId,
        articles.map((a) => a.id),
      ),
    );
  return suggestFor(
    tx,
    articles,
    await loadKnown(
      tx,
      mentioned.map((m) => m.actorId),
    ),
  );
}

/** The columns of an article the engine reads. */
export const ARTICLE_TEXT = { id: articles.id, slug: articles.slug, title: articles.title, summary: articles.summary, body: articles.body };

/** Runs the engine again over the articles of these ids (suggestPositions); `missing`: the ids that name no article. */
export async function suggestAgain(tx: Transaction, articleIds: readonly number[]): Promise<SuggestReport & { missing: number[] }> {
  const rows = articleIds.length
    ? await tx
        .select(ARTICLE_TEXT)
        .from(articles)
        .where(inArray(articles.id, [...articleIds]))
    : [];
  const missing = articleIds.filter((id) => !rows.some((r) => r.id === id));
  return { ...(await suggestForWritten(tx, rows)), missing };
}

/** Stores suggestions an engine made (readerOf), as the rules above say: the number stored. */
export async function storeSuggestions(
  tx: Transaction,
  found: (ReturnType<Extractor['extract']>[number] & { articleId: number })[],
  extractor: Extractor = EXTRACTOR,
): Promise<number> {
  if (found.length === 0) return 0;
  const articleIds = [...new Set(found.map((s) => s.articleId))];
  // An article holds one position per actor and topic: whatever its stance, a recorded one leaves nothing to suggest.
  const recorded = await tx
    .select({ articleId: positions.articleId, actorId: positions.actorId, topicId: positions.topicId })
    .from(positions)
    .where(inArray(positions.articleId, articleIds));
  const recordedKeys = new Set(recorded.map((p) => `${p.articleId}:${p.actorId}:${p.topicId}`));
  const rows = found
    .filter((s) => !recordedKeys.has(`${s.articleId}:${s.actorId}:${s.topicId}`))
    .map((s) => ({
      articleId: s.articleId,
      actorId: s.actorId,
      topicId: s.topicId,
      stance: s.stance,
      quote: s.quote,
      quoteField: s.field,
      quoteStart: s.start,
      quoteEnd: s.end,
      statement: s.statement,
      confidence: s.confidence,
      extractor: extractor.id,
      extractorVersion: extractor.version,
    }));
  if (rows.length === 0) return 0;
  const inserted = await tx.insert(positionSuggestions).values(rows).onConflictDoNothing().returning({ id: positionSuggestions.id });
  return inserted.length;
}

/**
 * Once a position on an actor and topic is recorded from an article, the pending suggestions on the
 * same three are moot (an article holds one position per actor and topic): they are dropped.
 */
export async function dropMootSuggestions(tx: Transaction, position: { articleId: number; actorId: number; topicId: number }): Promise<void> {
  await tx
    .delete(positionSuggestions)
    .where(
      and(
        eq(positionSuggestions.articleId, position.articleId),
        eq(positionSuggestions.actorId, position.actorId),
        eq(positionSuggestions.topicId, position.topicId),
        eq(positionSuggestions.status, 'PENDING'),
      ),
    );
}

/**
 * The suggestions of an article whose text changed, made again: the pending ones are dropped (their
 * passages may be gone) and the engine run anew; the ones a curator decided on are kept.
 */
export async function remakeSuggestions(tx: Transaction, article: Pick<ArticleRow, 'id' | 'slug' | 'title' | 'summary' | 'body'>): Promise<SuggestReport> {
  await tx.delete(positionSuggestions).where(and(eq(positionSuggestions.articleId, article.id), eq(positionSuggestions.status, 'PENDING')));
  return suggestForWritten(tx, [article]);
}

/** Where a run over the whole database (npm run suggest) got to with this engine: the last article id done, kept in app_state. */
const progressKey = (extractor: Extractor) => `suggest:${extractor.id}:${extractor.version}`;

export async function suggestProgress(tx: Transaction, extractor: Extractor = EXTRACTOR): Promise<number> {
  const [row] = await tx
    .select({ value: appState.value })
    .from(appState)
    .where(eq(appState.key, progressKey(extractor)));
  return row ? Number(row.value) : 0;
}

/** Forgets how far a run got, so that the next one starts from the first article. */
export async function resetSuggestProgress(tx: Transaction, extractor: Extractor = EXTRACTOR): Promise<void> {
  await tx.delete(appState).where(eq(appState.key, progressKey(extractor)));
}

/**
 * One batch of a run over the whole database: the next `size` articles after the one the last batch
 * ended on, in id order, their suggestions stored and the progress moved on in the same transaction (an
 * interrupted run goes on from the last batch that committed). `articles`: how many were read (0: done).
 */
export async function suggestNextBatch(
  tx: Transaction,
  size: number,
  known: Known,
  extractor: Extractor = EXTRACTOR,
): Promise<SuggestReport & { articles: number; lastId: number }> {
  const after = await suggestProgress(tx, extractor);
  const rows = await tx.select(ARTICLE_TEXT).from(articles).where(gt(articles.id, after)).orderBy(asc(articles.id)).limit(size);
  if (rows.length === 0) return { made: 0, failed: [], articles: 0, lastId: after };
  const report = await suggestFor(tx, rows, known, extractor);
  const lastId = rows.at(-1)!.id;
  await tx
    .insert(appState)
    .values({ key: progressKey(extractor), value: String(lastId) })
    .onConflictDoUpdate({ target: appState.key, set: { value: String(lastId), updatedAt: new Date() } });
  return { ...report, articles: rows.length, lastId };
}
