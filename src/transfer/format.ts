import { z } from 'zod';
import { actorKind, stance } from '../db/tables.js';
import { countryCode, httpUrl, slug } from '../seed/files.js';

// The export format: NDJSON, one record per line, every reference by slug (ids are this database's
// own). A header first, then topics (parents before children), actors with their aliases,
// affiliations, articles with their topics, mentions and removed mentions, positions, and an end
// line with the counts, so that a cut-off file is told from a whole one. Values are stored exactly
// (no trimming): a restore into an empty database gives the same rows.

export const FORMAT = 'stancegraph-export';
/** Bumped when a record changes shape; a restore refuses a version it does not know. */
export const FORMAT_VERSION = 1;

const text = z.string().refine((s) => s.trim() !== '', 'must not be blank');
const instant = z.iso.datetime({ offset: true });
const meta = { createdAt: instant, updatedAt: instant };

export const headerRecord = z.strictObject({ type: z.literal('header'), format: z.literal(FORMAT), version: z.number().int(), exportedAt: instant });
export const topicRecord = z.strictObject({ type: z.literal('topic'), slug, name: text, description: z.string().nullable(), parent: slug.nullable(), ...meta });
export const actorRecord = z.strictObject({
  type: z.literal('actor'),
  slug,
  name: text,
  kind: z.enum(actorKind.enumValues),
  description: z.string().nullable(),
  countryCode: countryCode.nullable(),
  aliases: z.array(text).min(1, 'must hold at least the actor’s name'),
  ...meta,
});
export const affiliationRecord = z.strictObject({
  type: z.literal('affiliation'),
  member: slug,
  organization: slug,
  role: text,
  startedOn: z.iso.date().nullable(),
  endedOn: z.iso.date().nullable(),
});
export const articleRecord = z.strictObject({
  type: z.literal('article'),
  slug,
  title: text,
  summary: text,
  body: z.string().nullable(),
  url: httpUrl.nullable(),
  publishedAt: instant.nullable(),
  sourceName: z.string().nullable(),
  topics: z.array(slug),
  actors: z.array(slug),
  /** Mentions removed by hand, which linking by name must not put back. */
  excludedActors: z.array(slug),
  version: z.number().int().positive(),
  ...meta,
});
export const positionRecord = z.strictObject({
  type: z.literal('position'),
  actor: slug,
  topic: slug,
  article: slug,
  stance: z.enum(stance.enumValues),
  statement: text,
  quote: text,
  statedAt: instant.nullable(),
  version: z.number().int().positive(),
  ...meta,
});
export const endRecord = z.strictObject({ type: z.literal('end'), counts: z.record(z.string(), z.number().int().nonnegative()) });

export const RECORD_TYPES = ['topic', 'actor', 'affiliation', 'article', 'position'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const dataRecord = z.discriminatedUnion('type', [topicRecord, actorRecord, affiliationRecord, articleRecord, positionRecord]);

export type TopicRecord = z.infer<typeof topicRecord>;
export type ActorRecord = z.infer<typeof actorRecord>;
export type AffiliationRecord = z.infer<typeof affiliationRecord>;
export type ArticleRecord = z.infer<typeof articleRecord>;
export type PositionRecord = z.infer<typeof positionRecord>;
export type DataRecord = z.infer<typeof dataRecord>;

/** Whether a file's first line says it is an export: how `npm run import` tells one from a digest or feed. */
export function isExport(firstLine: string): boolean {
  return firstLine.startsWith('{') && firstLine.includes(`"${FORMAT}"`);
}
