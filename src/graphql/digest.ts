import { digestItems } from '../models/digest.js';
import { feedItems } from '../models/feed.js';
import { prepareImport, writeImport, type ImportReport } from '../models/imports.js';
import type { SuggestReport } from '../models/suggestions/store.js';
import { withEngineFailuresLogged } from './engine-log.js';
import { Actor } from './actor.js';
import { Article } from './article.js';
import { LIMITS } from '../models/validate.js';
import { maxLength } from './arguments.js';
import { builder } from './builder.js';
import { mutationField, type PayloadFields } from './payload.js';
import { currentScope } from '../http/scope.js';

/** An import's reading stops between slices once its request has stopped (REQUEST_TIMEOUT, or its client left), rather than read on for nothing. */
const stopWhenStopped = () => currentScope()?.throwIfStopped();

// Imports: a digest's text or an RSS/Atom feed becomes articles (models/imports.ts); both report alike.

const DigestArticleReport = builder.objectRef<ImportReport>('DigestArticleReport').implement({
  description: 'What an import (importDigest, importFeed) did with one article.',
  fields: (t) => ({
    article: t.field({ type: Article, description: 'The article, new or already present.', resolve: (r) => r.article }),
    created: t.exposeBoolean('created', { description: 'true: created now; false: skipped, the article existed (same URL, or same slug when it has no URL).' }),
    actors: t.field({
      type: [Actor],
      description: 'The known actors its text names by alias (linked as mentions when created), by name.',
      resolve: (r) => r.actors,
    }),
    unmatchedNames: t.exposeStringList('unmatchedNames', {
      description: 'Capitalised names in its summary and body that match no actor: candidates for new actors or aliases.',
    }),
    removedCharacters: t.exposeInt('removedCharacters', {
      description:
        'How many control characters (other than tab and line breaks) and lone surrogates were removed from the text of a feed item, which no stored text may hold; 0 for a digest, whose text is refused instead.',
    }),
  }),
});

/** What importDigest and importFeed answer. */
const importPayload = (t: PayloadFields<{ reports: ImportReport[]; suggestions: SuggestReport }>) => ({
  created: t.field({
    type: [Article],
    description: 'The articles created.',
    resolve: (p) => (p.reports ?? []).filter((r) => r.created).map((r) => r.article),
  }),
  skipped: t.field({
    type: [Article],
    description: 'The articles skipped because they were present already.',
    resolve: (p) => (p.reports ?? []).filter((r) => !r.created).map((r) => r.article),
  }),
  unmatchedNames: t.stringList({
    description: 'Every capitalised name of the imported text that matches no actor, alphabetically.',
    resolve: (p) => [...new Set((p.reports ?? []).flatMap((r) => r.unmatchedNames))].sort((a, b) => a.localeCompare(b)),
  }),
  articles: t.field({
    type: [DigestArticleReport],
    description: 'Per article, in the order of the digest or feed: what was done.',
    resolve: (p) => p.reports ?? [],
  }),
  suggestionsMade: t.int({
    description:
      'How many suggested positions the engine made for the articles created: pending, for a curator to review (positionSuggestions); null when refused.',
    nullable: true,
    resolve: (p) => p.suggestions?.made ?? null,
  }),
});

mutationField('importDigest', {
  description:
    'Creates the articles of a digest and links the actors they name. Articles whose slug exists are skipped, so ' +
    'importing the same digest twice creates nothing. New articles are tagged with the topics whose names or keywords they hold, and read ' +
    'for suggested positions (pending review: `suggestionsMade`); no position is created.',
  input: (t) => ({
    text: t.string({
      required: true,
      ...maxLength(LIMITS.digest),
      description: 'The digest: a heading line, then blocks of a title and a summary, each ending in "Read More" or "… Continue reading".',
    }),
    sourceName: t.string({ description: 'Source of every article (a "Source: …" line in a block takes precedence).' }),
    publishedAt: t.field({ type: 'DateTime', description: 'Publication date of every article; leave unset when unknown.' }),
  }),
  // Reading the articles and their names happens before the transaction opens, which then only writes.
  prepare: (input, db) => prepareImport(db, digestItems(input), stopWhenStopped),
  write: async (tx, _input, _ids, _by, prepared) => withEngineFailuresLogged(await writeImport(tx, prepared)),
  payload: importPayload,
});

mutationField('importFeed', {
  description:
    'Creates an article per item of an RSS 2.0 or Atom feed and links the actors they name: title; summary from the item’s ' +
    'description (Atom: summary), else its content; body from its content when it has both; link; publication date; source name ' +
    'from the feed’s title. HTML is reduced to text. Idempotent by link (or by a guid/id that is a URL; by title otherwise): ' +
    'importing the same feed twice creates nothing. A feed that is not well-formed, holds no items, or has an item without a ' +
    'title or text is refused whole, naming the items. New articles are tagged with the topics whose names or keywords they hold, and read ' +
    'for suggested positions (pending review: `suggestionsMade`); no position is created and no date invented.',
  input: (t) => ({
    xml: t.string({ required: true, ...maxLength(LIMITS.digest), description: 'The feed document, as fetched (XML).' }),
    sourceName: t.string({ description: 'Source of every article; the feed’s title when omitted.' }),
  }),
  prepare: async (input, db) => prepareImport(db, await feedItems(input), stopWhenStopped),
  write: async (tx, _input, _ids, _by, prepared) => withEngineFailuresLogged(await writeImport(tx, prepared)),
  payload: importPayload,
});
