import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { actorKind, COUNTRY_CODE_PATTERN, SLUG_PATTERN, stance } from '../db/tables.js';
import { findQuote } from '../models/evidence.js';
import { aliasKey } from '../models/names.js';
import { fromRoot } from '../paths.js';

/** The seed data set shipped with the project: the digest in seeds/security-guarantees-digest.txt. */
export const DEFAULT_SEED_DIR = fromRoot('seeds');

// The formats of a slug, a country code and an article URL, as every file this project reads checks them (seed files, exports).
export const slug = z.string().regex(new RegExp(SLUG_PATTERN), 'must be lower-case words joined by single hyphens');
export const countryCode = z.string().regex(new RegExp(COUNTRY_CODE_PATTERN), 'must be an ISO 3166-1 alpha-2 code such as GB');
export const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
const text = z.string().trim().min(1, 'must not be empty');

const topicSchema = z.strictObject({ slug, name: text, description: text.optional(), parent: slug.optional(), keywords: z.array(text).default([]) });
const actorSchema = z.strictObject({
  slug,
  name: text,
  kind: z.enum(actorKind.enumValues),
  description: text.optional(),
  countryCode: countryCode.optional(),
  aliases: z.array(text).default([]),
});
const affiliationSchema = z.strictObject({
  member: slug,
  organization: slug,
  role: text,
  startedOn: z.iso.date().optional(),
  endedOn: z.iso.date().optional(),
});
const articleSchema = z.strictObject({
  slug,
  title: text,
  summary: text,
  body: text.optional(),
  url: httpUrl.optional(),
  publishedAt: z.iso.datetime({ offset: true }).optional(),
  sourceName: text.optional(),
  topics: z.array(slug).default([]),
  actors: z.array(slug).default([]),
});
const positionSchema = z.strictObject({
  actor: slug,
  topic: slug,
  article: slug,
  stance: z.enum(stance.enumValues),
  statement: text,
  quote: text,
  statedAt: z.iso.datetime({ offset: true }).optional(),
});

export type SeedTopic = z.infer<typeof topicSchema>;
export type SeedActor = z.infer<typeof actorSchema>;
export type SeedAffiliation = z.infer<typeof affiliationSchema>;
export type SeedArticle = z.infer<typeof articleSchema>;
export type SeedPosition = z.infer<typeof positionSchema>;

export interface SeedData {
  topics: SeedTopic[];
  actors: SeedActor[];
  affiliations: SeedAffiliation[];
  articles: SeedArticle[];
  positions: SeedPosition[];
}

/** A seed file that cannot be loaded; the message names every file and record at fault. */
export class SeedError extends Error {
  override name = 'SeedError';
  constructor(readonly problems: string[]) {
    super(`the seed data is invalid; nothing was written:\n  ${problems.join('\n  ')}`);
  }
}

const FILES = {
  topics: ['topics.json', topicSchema],
  actors: ['actors.json', actorSchema],
  affiliations: ['affiliations.json', affiliationSchema],
  articles: ['articles.json', articleSchema],
  positions: ['positions.json', positionSchema],
} as const;

/** Reads and checks every seed file in `dir`, including the references between them. */
export function readSeedData(dir: string = DEFAULT_SEED_DIR): SeedData {
  const problems: string[] = [];
  const read = <K extends keyof typeof FILES>(key: K): z.infer<(typeof FILES)[K][1]>[] => {
    const [file, schema] = FILES[key];
    const path = join(dir, file);
    const fromHere = relative(process.cwd(), path);
    const shown = fromHere.startsWith('..') ? path : fromHere;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push(`${shown}: ${code === 'ENOENT' ? 'file not found' : (error as Error).message}`);
      return [];
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      problems.push(`${shown}: not valid JSON: ${(error as Error).message}`);
      return [];
    }
    if (!Array.isArray(raw)) {
      problems.push(`${shown}: must hold a JSON array of records`);
      return [];
    }
    const records: z.infer<(typeof FILES)[K][1]>[] = [];
    raw.forEach((record, index) => {
      const parsed = (schema as z.ZodType).safeParse(record);
      if (parsed.success) records.push(parsed.data as z.infer<(typeof FILES)[K][1]>);
      else
        for (const issue of parsed.error.issues)
          problems.push(`${shown} record ${index}${label(record)}: ${issue.path.join('.') || 'record'} ${issue.message}`);
    });
    return records;
  };

  const data: SeedData = {
    topics: read('topics'),
    actors: read('actors'),
    affiliations: read('affiliations'),
    articles: read('articles'),
    positions: read('positions'),
  };
  if (problems.length === 0) checkReferences(data, problems);
  if (problems.length > 0) throw new SeedError(problems);
  return data;
}

function label(record: unknown): string {
  if (record && typeof record === 'object') {
    const r = record as Record<string, unknown>;
    if (typeof r.slug === 'string') return ` ("${r.slug}")`;
    if (typeof r.actor === 'string') return ` (actor "${r.actor}", topic "${String(r.topic)}", article "${String(r.article)}")`;
    if (typeof r.member === 'string') return ` (member "${r.member}", organization "${String(r.organization)}")`;
  }
  return '';
}

function checkReferences(data: SeedData, problems: string[]): void {
  const duplicates = (file: string, keys: string[]) => {
    const seen = new Set<string>();
    keys.forEach((key, index) => {
      if (seen.has(key)) problems.push(`${file} record ${index}: "${key}" appears twice`);
      seen.add(key);
    });
  };
  duplicates(
    'topics.json',
    data.topics.map((t) => t.slug),
  );
  duplicates(
    'actors.json',
    data.actors.map((a) => a.slug),
  );
  duplicates(
    'articles.json',
    data.articles.map((a) => a.slug),
  );
  duplicates(
    'actors.json (aliases, folded as lookups read them)',
    data.actors.flatMap((a) => [a.name, ...a.aliases].map(aliasKey)),
  );
  duplicates(
    'topics.json (keywords, folded as matching reads them)',
    data.topics.flatMap((t) => t.keywords.map(aliasKey)),
  );
  duplicates(
    'positions.json',
    data.positions.map((p) => `${p.actor} / ${p.topic} / ${p.article}`),
  );

  const topics = new Map(data.topics.map((t) => [t.slug, t]));
  const actors = new Set(data.actors.map((a) => a.slug));
  const articles = new Map(data.articles.map((a) => [a.slug, a]));
  const unknown = (file: string, index: number, what: string, value: string) => problems.push(`${file} record ${index}: unknown ${what} "${value}"`);

  data.topics.forEach((t, i) => {
    if (t.parent && !topics.has(t.parent)) unknown('topics.json', i, 'parent topic', t.parent);
  });
  for (const t of data.topics) {
    const path = new Set<string>();
    for (let at: SeedTopic | undefined = t; at?.parent; at = topics.get(at.parent)) {
      if (path.has(at.slug)) {
        problems.push(`topics.json: topic "${t.slug}" is its own ancestor`);
        break;
      }
      path.add(at.slug);
    }
  }
  data.affiliations.forEach((a, i) => {
    if (!actors.has(a.member)) unknown('affiliations.json', i, 'member actor', a.member);
    if (!actors.has(a.organization)) unknown('affiliations.json', i, 'organization actor', a.organization);
  });
  data.articles.forEach((a, i) => {
    for (const s of a.topics) if (!topics.has(s)) unknown('articles.json', i, 'topic', s);
    for (const s of a.actors) if (!actors.has(s)) unknown('articles.json', i, 'actor', s);
  });
  data.positions.forEach((p, i) => {
    if (!actors.has(p.actor)) unknown('positions.json', i, 'actor', p.actor);
    if (!topics.has(p.topic)) unknown('positions.json', i, 'topic', p.topic);
    const article = articles.get(p.article);
    if (!article) return unknown('positions.json', i, 'article', p.article);
    if (!article.actors.includes(p.actor)) problems.push(`positions.json record ${i}: article "${p.article}" does not mention actor "${p.actor}"`);
    if (!article.topics.includes(p.topic)) problems.push(`positions.json record ${i}: article "${p.article}" is not tagged with topic "${p.topic}"`);
    // Stored as the article writes it, as every importer stores a quote.
    const passage = findQuote(article, p.quote);
    if (passage === undefined) problems.push(`positions.json record ${i}: the quote does not occur in article "${p.article}"`);
    else p.quote = passage;
  });
}
