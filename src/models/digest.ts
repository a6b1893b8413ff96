import { inArray } from 'drizzle-orm';
import { findMentionedActors } from '../db/aliases.js';
import { actorAliases, actors, articles, mentions } from '../db/tables.js';
import type { Tx } from './db.js';
import { UserInputError } from './errors.js';
import { Checker, LIMITS, slugify } from './validate.js';

// A digest is a heading line, then blocks of a title line and a summary of one or more
// paragraphs, each block ending in a "Read More" line or a paragraph ending in "… Continue
// reading". Real digests vary: blank lines anywhere, "Read more", "... Continue reading", CRLF line
// ends, straight or curly quotes, a "Source: …" line, and a last block without any ending.

export interface DigestArticle {
  title: string;
  summary: string;
  sourceName?: string;
  /** 1-based line of the title in the digest, for messages. */
  line: number;
}

export interface ParsedDigest {
  heading: string;
  articles: DigestArticle[];
  problems: string[];
}

const READ_MORE = /^read\s+more\.?$/i;
const CONTINUE = /^(.*?)\s*(…|\.\.\.)?\s*continue\s+reading\.?$/i;
const SOURCE = /^(?:source|via)\s*:\s*(.+)$/i;

export function parseDigest(text: string): ParsedDigest {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const result: ParsedDigest = { heading: '', articles: [], problems: [] };
  let block: { title: string; line: number; paragraphs: string[][]; sourceName?: string } | null = null;
  let blankBefore = false;

  const close = () => {
    if (!block) return;
    const summary = block.paragraphs.map((p) => p.join(' ')).filter(Boolean).join('\n\n');
    if (summary) result.articles.push({ title: block.title, summary, sourceName: block.sourceName, line: block.line });
    else result.problems.push(`line ${block.line}: "${block.title}" has a title but no summary.`);
    block = null;
  };

  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') {
      blankBefore = true;
      return;
    }
    if (!result.heading) {
      result.heading = line;
      return;
    }
    const source = line.match(SOURCE);
    if (source) {
      const previous = result.articles[result.articles.length - 1];
      if (block) block.sourceName = source[1]!.trim();
      else if (previous) previous.sourceName = source[1]!.trim();
      return;
    }
    if (READ_MORE.test(line)) {
      if (!block) result.problems.push(`line ${index + 1}: "${line}" ends no article.`);
      close();
      return;
    }
    const ending = line.match(CONTINUE);
    if (!block) {
      block = { title: line, line: index + 1, paragraphs: [] };
    } else {
      const content = ending ? `${ending[1] ?? ''}${ending[2] ? '…' : ''}`.trim() : line;
      if (content) {
        if (blankBefore || block.paragraphs.length === 0) block.paragraphs.push([content]);
        else block.paragraphs[block.paragraphs.length - 1]!.push(content);
      }
      if (ending) close();
    }
    blankBefore = false;
  });
  close();
  if (!result.heading) result.problems.push('the digest is empty.');
  else if (result.articles.length === 0 && result.problems.length === 0)
    result.problems.push('no article found: expected a heading line, then blocks of a title and a summary ending in "Read More".');
  return result;
}

const NOT_NAMES = new Set(
  ('A An The This That These Those It Its He His She Her They Their We Our Us I In On At For From With Without By As ' +
    'And Or But If While When Where After Before Despite Following However Furthermore Moreover Meanwhile Also Yet Still ' +
    'Is Are Was Were Be Been Read More Continue January February March April May June July August September October ' +
    'November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday').split(' '),
);
// A capitalised word ("Brussels", "Zelenskiy’s") or an abbreviation with dots ("U.S."), and runs of
// them joined by spaces and lower-case particles ("Coalition of the Willing").
const WORD = String.raw`(?:\p{Lu}(?:\.\p{Lu})+\.?|\p{Lu}[\p{L}\p{M}’'-]*)`;
const NAME = new RegExp(`${WORD}(?:\\s+(?:(?:of|the|de|der|von|van|al|da|du|la|le)\\s+)*${WORD})*`, 'gu');

/**
 * Capitalised names in a text that no known alias accounts for: candidates for new actors or
 * aliases. Heuristic: a sentence's first word alone is taken for an ordinary word.
 */
export function unmatchedNames(text: string, aliases: { actorId: number; alias: string }[]): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(NAME)) {
    if (findMentionedActors(match[0], aliases).size > 0) continue;
    let words = match[0].replace(/[’']s$/u, '').replace(/[’'-]+$/u, '').split(/\s+/);
    const start = match.index ?? 0;
    // The first word of a sentence is capitalised anyway: alone it is taken for an ordinary word.
    if (start === 0 || /[.!?:;]\s*$|\n\s*$/.test(text.slice(Math.max(0, start - 3), start))) words = words.slice(1);
    while (words.length && NOT_NAMES.has(words[0]!)) words = words.slice(1);
    const name = words.join(' ');
    if (name.length >= 2) names.add(name);
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}

export interface DigestReport {
  article: typeof articles.$inferSelect;
  created: boolean;
  /** The known actors its title and summary name, by name. */
  actors: (typeof actors.$inferSelect)[];
  unmatchedNames: string[];
}

/**
 * Imports a digest: creates its articles (skipping those whose slug exists, so importing the same
 * text twice creates nothing) and links every known actor they name by alias. It invents no positions.
 */
export async function importDigest(
  tx: Tx,
  input: { text: string; sourceName?: string | null; publishedAt?: Date | null },
): Promise<{ reports: DigestReport[] }> {
  const check = new Checker();
  if (input.text.length > LIMITS.digest) check.add(['text'], 'INVALID', `must be at most ${LIMITS.digest} characters.`);
  const sourceName = check.optionalText(['sourceName'], input.sourceName, LIMITS.name);
  const publishedAt = check.pastDate(['publishedAt'], input.publishedAt);
  check.throwIfAny();
  const parsed = parseDigest(input.text);
  if (parsed.problems.length) throw new UserInputError(parsed.problems.map((message) => ({ field: ['text'], code: 'INVALID', message })));

  const aliases = await tx.select({ actorId: actorAliases.actorId, alias: actorAliases.alias }).from(actorAliases);
  const slugs = parsed.articles.map((a) => slugify(a.title));
  const existing = new Map(
    (await tx.select().from(articles).where(inArray(articles.slug, slugs))).map((row) => [row.slug, row] as const),
  );
  const reports: (Omit<DigestReport, 'actors'> & { actorIds: number[] })[] = [];
  for (const [index, item] of parsed.articles.entries()) {
    const slug = slugs[index]!;
    if (!slug) throw UserInputError.of(['text'], 'INVALID', `line ${item.line}: the title "${item.title}" gives no slug.`);
    if (item.title.length > LIMITS.title || item.summary.length > LIMITS.summary)
      throw UserInputError.of(['text'], 'INVALID', `line ${item.line}: "${item.title}" is longer than an article may be.`);
    const actorIds = [...findMentionedActors(`${item.title}\n${item.summary}`, aliases)].sort((a, b) => a - b);
    const names = unmatchedNames(item.summary, aliases);
    const found = existing.get(slug);
    if (found) {
      reports.push({ article: found, created: false, actorIds, unmatchedNames: names });
      continue;
    }
    const [article] = await tx
      .insert(articles)
      .values({ slug, title: item.title, summary: item.summary, sourceName: item.sourceName ?? sourceName, publishedAt })
      .returning();
    if (actorIds.length) await tx.insert(mentions).values(actorIds.map((actorId) => ({ articleId: article!.id, actorId })));
    existing.set(slug, article!);
    reports.push({ article: article!, created: true, actorIds, unmatchedNames: names });
  }
  // The actor rows for every report at once, rather than one query per article afterwards.
  const named = [...new Set(reports.flatMap((r) => r.actorIds))];
  const rows = named.length ? await tx.select().from(actors).where(inArray(actors.id, named)) : [];
  rows.sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
  return {
    reports: reports.map(({ actorIds, ...report }) => ({ ...report, actors: rows.filter((a) => actorIds.includes(a.id)) })),
  };
}

