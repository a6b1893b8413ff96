import { inArray } from 'drizzle-orm';
import type { Transaction } from '../db/client.js';
import { actorAliases, actors, articles, mentions } from '../db/tables.js';
import type { ActorRow } from './actor.js';
import type { ArticleRow } from './article.js';
import { parseDigest, unmatchedNames } from './digest-parser.js';
import { UserInputError } from './errors.js';
import { findMentionedActors } from './names.js';
import { Checker, LIMITS, slugify } from './validate.js';

export interface DigestReport {
  article: ArticleRow;
  /** true: created now; false: an article with its slug was there already. */
  created: boolean;
  /** The known actors its title and summary name, by name. */
  actors: ActorRow[];
  unmatchedNames: string[];
}

/**
 * Imports a digest: creates its articles (skipping those whose slug exists, so importing the same
 * text twice, or twice at once, creates nothing more) and links every known actor they name by
 * alias. It invents no positions.
 */
export async function importDigest(
  tx: Transaction,
  input: { text: string; sourceName?: string | null; publishedAt?: Date | null },
): Promise<{ reports: DigestReport[] }> {
  const check = new Checker();
  if (input.text.length > LIMITS.digest) check.add(['text'], 'INVALID', `must be at most ${LIMITS.digest} characters.`);
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

  const aliases = await tx.select({ actorId: actorAliases.actorId, alias: actorAliases.alias }).from(actorAliases);
  const items = parsed.articles.map((item) => ({
    ...item,
    slug: slugify(item.title),
    actorIds: [...findMentionedActors(`${item.title}\n${item.summary}`, aliases)].sort((a, b) => a - b),
    unmatchedNames: unmatchedNames(item.summary, aliases),
  }));
  // Insert what is new; a slug that exists (or that a concurrent import inserts first) is skipped.
  const created = await tx
    .insert(articles)
    .values(
      items.map((item) => ({ slug: item.slug, title: item.title, summary: item.summary, sourceName: item.sourceName ?? sourceName, publishedAt })),
    )
    .onConflictDoNothing({ target: articles.slug })
    .returning();
  const createdSlugs = new Set(created.map((a) => a.slug));
  const newMentions = items.filter((i) => createdSlugs.has(i.slug)).flatMap((i) => i.actorIds.map((actorId) => ({ slug: i.slug, actorId })));
  const rows = await tx.select().from(articles).where(inArray(articles.slug, items.map((i) => i.slug)));
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  if (newMentions.length)
    await tx.insert(mentions).values(newMentions.map(({ slug, actorId }) => ({ articleId: bySlug.get(slug)!.id, actorId }))).onConflictDoNothing();

  // The actor rows for every report at once, rather than one query per article afterwards.
  const named = [...new Set(items.flatMap((i) => i.actorIds))];
  const actorRows = named.length ? await tx.select().from(actors).where(inArray(actors.id, named)) : [];
  actorRows.sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
  const seen = new Set<string>();
  return {
    reports: items.map((item) => {
      // The same title twice in one digest: the second is reported as skipped.
      const isNew = createdSlugs.has(item.slug) && !seen.has(item.slug);
      seen.add(item.slug);
      return {
        article: bySlug.get(item.slug)!,
        created: isNew,
        actors: actorRows.filter((a) => item.actorIds.includes(a.id)),
        unmatchedNames: item.unmatchedNames,
      };
    }),
  };
}
