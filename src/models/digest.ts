import type { Transaction } from '../db/client.js';
import { parseDigest } from './digest-parser.js';
import { UserInputError } from './errors.js';
import { importArticles, type ImportItem, type ImportReport } from './imports.js';
import { Checker, LIMITS, slugify } from './validate.js';
import { textProblemByLine } from './text-rules.js';

/**
 * Imports a digest: creates its articles (skipping those whose slug exists, so importing the same
 * text twice, or twice at once, creates nothing more) and links every known actor they name by
 * alias (importArticles). It invents no positions.
 */
export async function importDigest(
  tx: Transaction,
  input: { text: string; sourceName?: string | null; publishedAt?: Date | null },
): ReturnType<typeof importArticles> {
  return importArticles(tx, digestItems(input));
}

/** A digest's articles as items to import, checked (every problem at once, each naming its line): no database needed. */
export function digestItems(input: { text: string; sourceName?: string | null; publishedAt?: Date | null }): ImportItem[] {
  const check = new Checker();
  if (input.text.length > LIMITS.digest) check.add(['text'], 'INVALID', `must be at most ${LIMITS.digest} characters.`);
  else {
    const problem = textProblemByLine(input.text);
    if (problem) check.add(['text'], 'INVALID', problem);
  }
  const sourceName = check.optionalText(['sourceName'], input.sourceName, LIMITS.name);
  const publishedAt = check.pastDate(['publishedAt'], input.publishedAt);
  check.throwIfAny();
  const parsed = parseDigest(input.text);
  for (const item of parsed.articles) {
    if (!slugify(item.title)) parsed.problems.push(`line ${item.line}: the title "${item.title}" gives no slug.`);
    if (item.title.length > LIMITS.title || item.summary.length > LIMITS.summary)
      parsed.problems.push(`line ${item.line}: "${item.title}" is longer than an article may be.`);
  }
  if (parsed.problems.length) throw new UserInputError(parsed.problems.map((message) => ({ field: ['text'], code: 'INVALID', message })));
  return parsed.articles.map((item) => ({ title: item.title, summary: item.summary, sourceName: item.sourceName ?? sourceName, publishedAt }));
}
