import { importDigest, type DigestReport } from '../models/digest.js';
import { Actor } from './actor.js';
import { Article } from './article.js';
import { LIMITS } from '../models/validate.js';
import { maxLength } from './arguments.js';
import { builder } from './builder.js';
import { mutationField } from './payload.js';

const DigestArticleReport = builder.objectRef<DigestReport>('DigestArticleReport').implement({
  description: 'What importDigest did with one article of the digest.',
  fields: (t) => ({
    article: t.field({ type: Article, description: 'The article, new or already present.', resolve: (r) => r.article }),
    created: t.exposeBoolean('created', { description: 'true: created now; false: skipped, an article with its slug existed.' }),
    actors: t.field({
      type: [Actor],
      description: 'The known actors its title and summary name by alias (linked as mentions when created), by name.',
      resolve: (r) => r.actors,
    }),
    unmatchedNames: t.exposeStringList('unmatchedNames', {
      description: 'Capitalised names in its summary that match no actor: candidates for new actors or aliases.',
    }),
  }),
});

mutationField('importDigest', {
  description:
    'Creates the articles of a digest and links the actors they name. Articles whose slug exists are skipped, so ' +
    'importing the same digest twice creates nothing. No positions are created.',
  input: (t) => ({
    text: t.string({
      required: true,
      ...maxLength(LIMITS.digest),
      description: 'The digest: a heading line, then blocks of a title and a summary, each ending in "Read More" or "… Continue reading".',
    }),
    sourceName: t.string({ description: 'Source of every article (a "Source: …" line in a block takes precedence).' }),
    publishedAt: t.field({ type: 'DateTime', description: 'Publication date of every article; leave unset when unknown.' }),
  }),
  write: (tx, input) => importDigest(tx, input),
  payload: (t) => ({
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
      description: 'Every capitalised name of the digest that matches no actor, alphabetically.',
      resolve: (p) => [...new Set((p.reports ?? []).flatMap((r) => r.unmatchedNames))].sort((a, b) => a.localeCompare(b)),
    }),
    articles: t.field({ type: [DigestArticleReport], description: 'Per article, in digest order: what was done.', resolve: (p) => p.reports ?? [] }),
  }),
});
