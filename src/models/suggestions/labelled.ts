import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { stance } from '../../db/tables.js';
import { fromRoot } from '../../paths.js';
import type { SeedData } from '../../seed/files.js';
import type { LabelledArticle } from './evaluate.js';
import type { Known } from './extractor.js';

// The labelled sets the engine is measured on (npm run eval:suggestions): the seed digest's positions,
// recorded by hand before the engine existed; four development sets of short texts written to tune the
// engine on (test/fixtures/suggestions/dev … dev4); and a held-out set written and labelled apart from the
// engine, never tuned on (test/fixtures/suggestions/heldout). All name the seed's actors and topics,
// given ids here in the order of the seed files.

export const HELD_OUT = fromRoot('test/fixtures/suggestions/heldout/items.json');
/** Texts written for tuning the engine (test/fixtures/suggestions/dev … dev4, by four writers): the development sets. */
export const DEVELOPMENT = fromRoot('test/fixtures/suggestions/dev/items.json');
export const DEVELOPMENT_2 = fromRoot('test/fixtures/suggestions/dev2/items.json');
export const DEVELOPMENT_3 = fromRoot('test/fixtures/suggestions/dev3/items.json');
export const DEVELOPMENT_4 = fromRoot('test/fixtures/suggestions/dev4/items.json');

/** The seed's actors and topics as an engine knows them. */
export function knownOfSeed(data: SeedData): Known {
  const topicIds = new Map(data.topics.map((t, i) => [t.slug, i + 1]));
  const actorIds = new Map(data.actors.map((a, i) => [a.slug, i + 1]));
  return {
    actors: data.actors.map((a, i) => ({
      id: i + 1,
      slug: a.slug,
      name: a.name,
      kind: a.kind,
      aliases: a.aliases,
      memberOf: data.affiliations.filter((f) => f.member === a.slug).map((f) => actorIds.get(f.organization)!),
    })),
    topics: data.topics.map((t, i) => ({ id: i + 1, slug: t.slug, name: t.name, parentId: t.parent ? topicIds.get(t.parent)! : null, keywords: t.keywords })),
  };
}

const idOf = (known: Known, kind: 'actors' | 'topics', slug: string) => {
  const found = known[kind].find((x) => x.slug === slug);
  if (!found) throw new Error(`the labelled set names an unknown ${kind === 'actors' ? 'actor' : 'topic'} "${slug}"`);
  return found.id;
};

/** The seed digest's articles, each with the positions recorded from it. */
export function seedSet(data: SeedData, known: Known): LabelledArticle[] {
  return data.articles.map((article) => ({
    id: article.slug,
    text: { title: article.title, summary: article.summary, body: article.body },
    labels: data.positions
      .filter((p) => p.article === article.slug)
      .map((p) => ({ actorId: idOf(known, 'actors', p.actor), topicId: idOf(known, 'topics', p.topic), stance: p.stance, quote: p.quote })),
  }));
}

const heldOutSchema = z.array(
  z.object({
    id: z.string(),
    title: z.string(),
    summary: z.string(),
    positions: z.array(z.object({ actor: z.string(), topic: z.string(), stance: z.enum(stance.enumValues), quote: z.string() })),
  }),
);

/** A set of short texts labelled by hand (the held-out set, or the development set): written for the evaluation, labelled before the engine read them. */
export function writtenSet(known: Known, file = HELD_OUT): LabelledArticle[] {
  return heldOutSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).map((item) => ({
    id: item.id,
    text: { title: item.title, summary: item.summary },
    labels: item.positions.map((p) => ({ actorId: idOf(known, 'actors', p.actor), topicId: idOf(known, 'topics', p.topic), stance: p.stance, quote: p.quote })),
  }));
}
