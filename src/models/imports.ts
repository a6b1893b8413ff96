import { createHash } from 'node:crypto';
import { inArray, or } from 'drizzle-orm';
import type { Database, Transaction } from '../db/client.js';
import { actorAliases, actors, articles, mentions } from '../db/tables.js';
import type { ActorRow } from './actor.js';
import type { ArticleRow } from './article.js';
import { unmatchedNames } from './name-finder.js';
import { findMentionedActors } from './names.js';
import type { Suggestion } from './suggestions/extractor.js';
import { loadKnown, readerOf, storeSuggestions, type SuggestReport } from './suggestions/store.js';
import { tagArticles, topicPhrases, topicsNamedIn } from './topic-keywords.js';
import { slugify } from './validate.js';

// What every importer (digests, RSS/Atom feeds) does with the articles it has read: create those
// that are new, skip those already there, link the known actors they name, tag them with the topics
// they name, and read them for suggested positions. One place, so that a digest and a feed are
// idempotent, linked, tagged, suggested and reported alike.

/** An article as an importer read it, checked already. */
export interface ImportItem {
  title: string;
  summary: string;
  body?: string | null;
  /** Its address: with one, the article is the same as the one stored with that URL. */
  url?: string | null;
  sourceName?: string | null;
  publishedAt?: Date | null;
  /** Characters the text rule refuses that were removed from a third party's item (feeds): reported, never silent. */
  removedCharacters?: number;
}

export interface ImportReport {
  article: ArticleRow;
  /** true: created now; false: the article was there already (same URL, or same slug when it has none). */
  created: boolean;
  /** The known actors its text names, by name. */
  actors: ActorRow[];
  unmatchedNames: string[];
  /** Control characters and lone surrogates removed from its text (feeds only; 0 otherwise). */
  removedCharacters: number;
}

/** The slug of an item whose title's slug another article holds: the title's, then a short hash of its URL. */
const distinctSlug = (slug: string, url: string) => `${slug.slice(0, 90).replace(/-+$/, '')}-${createHash('sha1').update(url).digest('hex').slice(0, 8)}`;

/**
 * What an import works out from the items' text alone, before its transaction opens (so that the
 * transaction only writes, and is never left idle while JavaScript reads names for seconds): the known
 * actors each item names, its unmatched names, the topics it names, and the engine's suggestions for it.
 * Read against the actors, aliases and topics as they are now; the work yields to the event loop every
 * ~20 ms, so that a large import does not stop the server answering others.
 */
export interface PreparedImport {
  items: readonly ImportItem[];
  actorIds: number[][];
  unmatched: string[][];
  topicIds: number[][];
  suggestions: ({ found: Suggestion[] } | { failure: string })[];
}

/**
 * Lets other work run when this has run for a slice (~20 ms) since it last did, and then calls
 * `checkpoint`, which may throw to stop the work (a request past its deadline).
 */
function slices(checkpoint?: () => void): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < 20) return;
    await new Promise((resolve) => setImmediate(resolve));
    checkpoint?.();
    since = performance.now();
  };
}

/** `checkpoint` is called between slices and may throw: the work stops there (an API request past its deadline stops at once). */
export async function prepareImport(db: Database | Transaction, items: readonly ImportItem[], checkpoint?: () => void): Promise<PreparedImport> {
  const pause = slices(checkpoint);
  const aliases = await db.select({ actorId: actorAliases.actorId, alias: actorAliases.alias }).from(actorAliases);
  const phrases = await topicPhrases(db);
  const actorIds: number[][] = [];
  const unmatched: string[][] = [];
  const topicIds: number[][] = [];
  for (const item of items) {
    const text = [item.title, item.summary, item.body ?? ''].join('\n');
    actorIds.push([...findMentionedActors(text, aliases)].sort((a, b) => a - b));
    unmatched.push(await unmatchedNames(`${item.summary}\n${item.body ?? ''}`, aliases));
    topicIds.push(topicsNamedIn(text, phrases));
    await pause();
  }
  const read = readerOf(await loadKnown(db, [...new Set(actorIds.flat())]));
  const suggestions: PreparedImport['suggestions'] = [];
  for (const [i, item] of items.entries()) {
    suggestions.push(read({ title: item.title, summary: item.summary, body: item.body ?? null }, new Set(actorIds[i])));
    await pause();
  }
  return { items, actorIds, unmatched, topicIds, suggestions };
}

/**
 * Creates the items that are new and links every known actor their text names by alias (as mentions
 * of the new articles). An item with a URL is new unless an article has that URL; one without is new
 * unless an article has its title's slug. So importing the same items twice, or twice at once, creates
 * nothing more. Two items with the same identity in one call: the second is reported as skipped.
 */
export async function importArticles(tx: Transaction, items: readonly ImportItem[]): Promise<{ reports: ImportReport[]; suggestions: SuggestReport }> {
  return writeImport(tx, await prepareImport(tx, items));
}

/** The writing half of an import (importArticles), in its transaction, of what prepareImport read. */
export async function writeImport(tx: Transaction, prepared: PreparedImport): Promise<{ reports: ImportReport[]; suggestions: SuggestReport }> {
  const { items } = prepared;
  const urls = [...new Set(items.flatMap((i) => (i.url ? [i.url] : [])))];
  const titleSlugs = [...new Set(items.map((i) => slugify(i.title)))];
  // Articles stored under these slugs or URLs: first only their keys, at the end whole for the reports.
  const storedUnder = (slugs: string[]) => or(inArray(articles.slug, slugs), urls.length ? inArray(articles.url, urls) : undefined);
  const stored = await tx.select({ slug: articles.slug, url: articles.url }).from(articles).where(storedUnder(titleSlugs));
  const storedUrls = new Set(stored.flatMap((a) => (a.url ? [a.url] : [])));
  const storedSlugs = new Set(stored.map((a) => a.slug));

  // Each item's identity (its URL, else its title's slug) and, when new, its slug: its title's, unless
  // another article (stored, or earlier in this call under another identity) holds that slug.
  const slugOwners = new Map<string, string>();
  const planned = items.map((item, index) => {
    const titleSlug = slugify(item.title);
    const identity = item.url ?? titleSlug;
    let slug = titleSlug;
    if (item.url && !storedUrls.has(item.url)) {
      const owner = slugOwners.get(slug);
      if (storedSlugs.has(slug) || (owner !== undefined && owner !== identity)) slug = distinctSlug(titleSlug, item.url);
    }
    if (!slugOwners.has(slug)) slugOwners.set(slug, identity);
    return { item, index, identity, slug, actorIds: prepared.actorIds[index]! };
  });
  const unmatched = prepared.unmatched;

  // Insert what is new; an article another import inserts first (same slug or URL) is skipped.
  const fresh = new Map<string, (typeof planned)[number]>();
  for (const p of planned) if (!(p.item.url && storedUrls.has(p.item.url)) && !fresh.has(p.identity)) fresh.set(p.identity, p);
  const created = fresh.size
    ? await tx
        .insert(articles)
        .values(
          [...fresh.values()].map(({ item, slug }) => ({
            slug,
            title: item.title,
            summary: item.summary,
            body: item.body ?? null,
            url: item.url ?? null,
            sourceName: item.sourceName ?? null,
            publishedAt: item.publishedAt ?? null,
          })),
        )
        .onConflictDoNothing()
        .returning()
    : [];
  const createdIds = new Set(created.map((a) => a.id));
  const after = await tx
    .select()
    .from(articles)
    .where(storedUnder(planned.map((p) => p.slug)));
  const articleOf = (p: (typeof planned)[number]) =>
    after.find((a) => (p.item.url ? a.url === p.item.url : a.slug === p.slug)) ??
    // Another import took the slug for an article without this URL at the same moment: this call cannot place the item.
    (() => {
      throw new Error(`article "${p.item.title.slice(0, 100)}" was neither created nor found; import again`);
    })();
  const isNew = (p: (typeof planned)[number]) => fresh.get(p.identity) === p && createdIds.has(articleOf(p).id);
  const newMentions = planned.filter(isNew).flatMap((p) => p.actorIds.map((actorId) => ({ articleId: articleOf(p).id, actorId })));
  if (newMentions.length) await tx.insert(mentions).values(newMentions).onConflictDoNothing();

  // New articles are tagged with the topics their texts name, and the engine's suggestions for them stored.
  const createdPlans = planned.filter(isNew);
  if (createdPlans.length)
    await tagArticles(
      tx,
      createdPlans.map((p) => ({ articleId: articleOf(p).id, topicIds: prepared.topicIds[p.index]! })),
    );
  const failed: SuggestReport['failed'] = [];
  const found = createdPlans.flatMap((p) => {
    const read = prepared.suggestions[p.index]!;
    if ('failure' in read) failed.push({ slug: articleOf(p).slug, message: read.failure });
    return 'failure' in read ? [] : read.found.map((s) => ({ ...s, articleId: articleOf(p).id }));
  });
  const suggestions: SuggestReport = { made: await storeSuggestions(tx, found), failed };

  // The actor rows for every report at once, rather than one query per article afterwards.
  const named = [...new Set(planned.flatMap((p) => p.actorIds))];
  const actorRows = named.length ? await tx.select().from(actors).where(inArray(actors.id, named)) : [];
  actorRows.sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
  return {
    suggestions,
    reports: planned.map((p, i) => {
      const article = articleOf(p);
      return {
        article,
        created: isNew(p),
        actors: actorRows.filter((a) => p.actorIds.includes(a.id)),
        unmatchedNames: unmatched[i]!,
        removedCharacters: items[i]!.removedCharacters ?? 0,
      };
    }),
  };
}
