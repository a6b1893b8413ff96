import { z } from 'zod';
import { actorKind, articleField, recordType, revisionAction, stance, suggestionStatus } from '../db/tables.js';
import { countryCode, httpUrl, slug } from '../seed/files.js';

// The export format: NDJSON, one record per line, every reference by slug (a merge into a database
// that holds records already names them so; ids are each database's own). A header first, then topics (parents before children) with their keywords, actors with their
// aliases, affiliations, articles with their topics, mentions and removed mentions, positions,
// suggested positions with their review, the revisions of every record (deleted ones included), and
// an end line with the counts, so that a cut-off file is told from a whole one. Values are stored
// exactly (no trimming): a restore into an empty database gives the same rows, with the same ids
// (version 3: a revision names its record by id, and global IDs stay valid). Versions 1 (before
// keywords, recordedBy and suggestions) and 2 (before ids and revisions) are read as well.

export const FORMAT = 'stancegraph-export';
/** Bumped when a record changes shape; a restore refuses a version it does not know. */
export const FORMAT_VERSION = 3;
/** The versions a restore reads: this one, and those before it (what they lack is empty). */
export const READABLE_VERSIONS = [1, 2, 3];
/** The first version whose records carry their ids, and revisions. */
export const IDS_SINCE = 3;

const text = z.string().refine((s) => s.trim() !== '', 'must not be blank');
const instant = z.iso.datetime({ offset: true });
const meta = { createdAt: instant, updatedAt: instant };
/** The record's id in the database it was exported from (version 3): kept by a restore into an empty database. */
const id = z.number().int().positive().optional();

export const headerRecord = z.strictObject({ type: z.literal('header'), format: z.literal(FORMAT), version: z.number().int(), exportedAt: instant });
export const topicRecord = z.strictObject({
  type: z.literal('topic'),
  id,
  slug,
  name: text,
  description: z.string().nullable(),
  parent: slug.nullable(),
  keywords: z.array(text).default([]),
  ...meta,
});
export const actorRecord = z.strictObject({
  type: z.literal('actor'),
  id,
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
  id,
  member: slug,
  organization: slug,
  role: text,
  startedOn: z.iso.date().nullable(),
  endedOn: z.iso.date().nullable(),
});
export const articleRecord = z.strictObject({
  type: z.literal('article'),
  id,
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
  id,
  actor: slug,
  topic: slug,
  article: slug,
  stance: z.enum(stance.enumValues),
  statement: text,
  quote: text,
  statedAt: instant.nullable(),
  recordedBy: z.string().nullable().default(null),
  version: z.number().int().positive(),
  ...meta,
});
export const suggestionRecord = z.strictObject({
  type: z.literal('suggestion'),
  id,
  article: slug,
  actor: slug,
  topic: slug,
  stance: z.enum(stance.enumValues),
  quote: text,
  quoteField: z.enum(articleField.enumValues),
  quoteStart: z.number().int().nonnegative(),
  quoteEnd: z.number().int().positive(),
  statement: text,
  confidence: z.number().min(0).max(1),
  extractor: text,
  extractorVersion: text,
  status: z.enum(suggestionStatus.enumValues),
  reviewedBy: z.string().nullable(),
  reviewedAt: instant.nullable(),
  reason: z.string().nullable(),
  /** The position it became (of the same article), by its actor and topic; null when none. */
  position: z.strictObject({ actor: slug, topic: slug }).nullable(),
  version: z.number().int().positive(),
  ...meta,
});
export const revisionRecord = z.strictObject({
  type: z.literal('revision'),
  id: z.number().int().positive(),
  recordType: z.enum(recordType.enumValues),
  /** The id of the record it is a revision of (which may be deleted since). */
  recordId: z.number().int().positive(),
  action: z.enum(revisionAction.enumValues),
  by: z.string().nullable(),
  at: instant,
  /** Each changed column, by its database name: [before, after]. */
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
});
export const endRecord = z.strictObject({ type: z.literal('end'), counts: z.record(z.string(), z.number().int().nonnegative()) });

export const RECORD_TYPES = ['topic', 'actor', 'affiliation', 'article', 'position', 'suggestion', 'revision'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const dataRecord = z.discriminatedUnion('type', [
  topicRecord,
  actorRecord,
  affiliationRecord,
  articleRecord,
  positionRecord,
  suggestionRecord,
  revisionRecord,
]);

export type TopicRecord = z.infer<typeof topicRecord>;
export type ActorRecord = z.infer<typeof actorRecord>;
export type AffiliationRecord = z.infer<typeof affiliationRecord>;
export type ArticleRecord = z.infer<typeof articleRecord>;
export type PositionRecord = z.infer<typeof positionRecord>;
export type SuggestionRecord = z.infer<typeof suggestionRecord>;
export type RevisionRecord = z.infer<typeof revisionRecord>;
export type DataRecord = z.infer<typeof dataRecord>;

/** Whether a file's first line says it is an export: how `npm run import` tells one from a digest or feed. */
export function isExport(firstLine: string): boolean {
  return firstLine.startsWith('{') && firstLine.includes(`"${FORMAT}"`);
}
