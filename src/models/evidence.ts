import { and, eq, sql } from 'drizzle-orm';
import type { Transaction } from '../db/client.js';
import { articles, mentions } from '../db/tables.js';
import type { Checker } from './validate.js';

// The evidence rules, written once: a position's quote occurs exactly in its article's text, and
// its article mentions its actor. Mutations, the seed loader and the importers all go through here.

/** The text a quote must come from: title, summary and body. */
function articleText(article: { title: string; summary: string; body?: string | null }): string {
  return `${article.title}\n${article.summary}\n${article.body ?? ''}`;
}

/** Whether the quote occurs, exactly, in the article's title, summary or body. */
export function quoteOccursIn(article: { title: string; summary: string; body?: string | null }, quote: string): boolean {
  return articleText(article).includes(quote);
}

const QUOTE_NOT_IN_ARTICLE = 'does not occur in the article’s title, summary or body; quote it exactly.';
const ACTOR_NOT_MENTIONED = 'the article does not mention this actor; add the actor to the article first.';

/**
 * Checks a position's evidence against the database: the article exists, the quote (when given)
 * occurs in it, and it mentions the actor. Problems go to `check` under the input's field names.
 */
export async function checkEvidence(
  tx: Transaction,
  check: Checker,
  position: { actorId: number; articleId: number; quote?: string | null },
): Promise<void> {
  const [article] = await tx
    .select({
      title: articles.title,
      summary: articles.summary,
      body: articles.body,
      mentioned: sql<boolean>`exists (select 1 from ${mentions} where ${and(eq(mentions.articleId, articles.id), eq(mentions.actorId, position.actorId))})`,
    })
    .from(articles)
    .where(eq(articles.id, position.articleId));
  if (!article) return check.add(['articleId'], 'NOT_FOUND', 'names no article.');
  if (position.quote && !quoteOccursIn(article, position.quote)) check.add(['quote'], 'INVALID', QUOTE_NOT_IN_ARTICLE);
  if (!article.mentioned) check.add(['actorId'], 'INVALID', ACTOR_NOT_MENTIONED);
}
