import { and, eq, sql } from 'drizzle-orm';
import type { Transaction } from '../db/client.js';
import { articles, mentions } from '../db/tables.js';
import type { Checker } from './validate.js';

// The evidence rules, written once: every position has a quote, the quote occurs in its article's
// text, and its article mentions its actor. Mutations, the seed loader and the importers all go through here.

/** The text a quote must come from: title, summary and body. */
function articleText(article: { title: string; summary: string; body?: string | null }): string {
  return `${article.title}\n${article.summary}\n${article.body ?? ''}`;
}

// How a quote is matched against its article, the one definition: typographic quotation marks and
// apostrophes count as their straight forms (‘ ’ ‚ ‛ ′ ʼ as ', “ ” „ ‟ ″ as "), and any run of
// whitespace (spaces, line breaks, no-break spaces) as one space; nothing else differs. A quote that
// matches this way is stored as the article has it.
const SINGLE = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/;
const DOUBLE = /[\u201C\u201D\u201E\u201F\u2033]/;

/** The text as matched, and for each of its characters the offset of the character it came from. */
function normalize(text: string): { text: string; from: number[] } {
  let out = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      if (out.endsWith(' ')) continue;
      out += ' ';
    } else out += SINGLE.test(c) ? "'" : DOUBLE.test(c) ? '"' : c;
    from.push(i);
  }
  return { text: out, from };
}

/**
 * The passage of the article (title, summary or body) that the quote matches under the rule above,
 * exactly as the article writes it; undefined when the article does not contain it.
 */
export function findQuote(article: { title: string; summary: string; body?: string | null }, quote: string): string | undefined {
  const wanted = normalize(quote.trim()).text;
  if (!wanted) return undefined;
  const text = articleText(article);
  if (text.includes(quote)) return quote;
  const haystack = normalize(text);
  const at = haystack.text.indexOf(wanted);
  if (at < 0) return undefined;
  return text.slice(haystack.from[at], haystack.from[at + wanted.length - 1]! + 1);
}

/** Whether the quote occurs in the article's title, summary or body (see {@link findQuote}). */
export function quoteOccursIn(article: { title: string; summary: string; body?: string | null }, quote: string): boolean {
  return findQuote(article, quote) !== undefined;
}

const QUOTE_NOT_IN_ARTICLE = 'does not occur in the article’s title, summary or body; quote it exactly.';
const ACTOR_NOT_MENTIONED = 'the article does not mention this actor; add the actor to the article first.';

/**
 * Checks a position's evidence against the database: the article exists, the quote occurs in it,
 * and it mentions the actor. Problems go to `check` under the input's field names; returns the
 * quote as the article writes it, to be stored.
 */
export async function checkEvidence(tx: Transaction, check: Checker, position: { actorId: number; articleId: number; quote: string }): Promise<string> {
  const [article] = await tx
    .select({
      title: articles.title,
      summary: articles.summary,
      body: articles.body,
      mentioned: sql<boolean>`exists (select 1 from ${mentions} where ${and(eq(mentions.articleId, articles.id), eq(mentions.actorId, position.actorId))})`,
    })
    .from(articles)
    .where(eq(articles.id, position.articleId));
  if (!article) {
    check.add(['articleId'], 'NOT_FOUND', 'names no article.');
    return position.quote;
  }
  const passage = findQuote(article, position.quote);
  if (passage === undefined) check.add(['quote'], 'INVALID', QUOTE_NOT_IN_ARTICLE);
  if (!article.mentioned) check.add(['actorId'], 'INVALID', ACTOR_NOT_MENTIONED);
  return passage ?? position.quote;
}
