import { createReadStream } from 'node:fs';
import { inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { queryRows, type Database, type Transaction } from '../db/client.js';
import {
  actorAliases,
  actors,
  affiliations,
  articles,
  articleTopics,
  mentionExclusions,
  mentions,
  positions,
  positionSuggestions,
  revisions,
  topicKeywords,
  topics,
} from '../db/tables.js';
import { findQuote } from '../models/evidence.js';
import { textProblem } from '../models/text-rules.js';
import { aliasRow, keywordColumns } from '../models/names.js';
import {
  dataRecord,
  endRecord,
  FORMAT_VERSION,
  headerRecord,
  IDS_SINCE,
  READABLE_VERSIONS,
  RECORD_TYPES,
  type ActorRecord,
  type AffiliationRecord,
  type ArticleRecord,
  type DataRecord,
  type PositionRecord,
  type RecordType,
  type RevisionRecord,
  type SuggestionRecord,
  type TopicRecord,
} from './format.js';

// Restoring an export (format.ts): in one transaction, so that a file with a problem writes nothing.
// Records are read line by line and written in batches; topics and actors are kept by slug in memory
// (they are few), articles are looked up by slug per batch of positions, so memory follows the batch,
// not the file. Into an empty database the rows come back exactly (timestamps, versions, removed
// mentions, and from version 3 ids and revisions, which the restore writes itself rather than let
// the revisions trigger write a CREATED one per row); with `merge`, records whose slug (or key) exists
// are left as they are and the rest added, with ids of this database and the revisions it writes
// (CREATED, by no one): the file's revisions name records by ids this database does not share.

const BATCH = 500;
const MAX_PROBLEMS = 20;

/** A timestamp as the file gives it, microseconds and all (a JavaScript Date keeps milliseconds only). */
const at = <T extends string | null>(iso: T) => (iso === null ? null : sql<Date>`${iso}::timestamptz`) as T extends null ? null : Date;

export class RestoreError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

export type RestoreCounts = Record<
  'topics' | 'keywords' | 'actors' | 'aliases' | 'affiliations' | 'articles' | 'mentions' | 'positions' | 'suggestions' | 'revisions',
  number
>;

const fail = (line: number, message: string) => new RestoreError([`line ${line}: ${message}`]);

function zodProblem(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
}

/** Refuses a database that holds records already, unless merging. */
async function checkEmpty(tx: Transaction): Promise<void> {
  const [row] = await queryRows<{ topics: number; actors: number; articles: number; positions: number }>(
    tx,
    sql`select (select count(*) from topics)::int as topics, (select count(*) from actors)::int as actors,
      (select count(*) from articles)::int as articles, (select count(*) from positions)::int as positions`,
  );
  const held = Object.entries(row!).filter(([, n]) => n > 0);
  if (held.length)
    throw new RestoreError([
      `the database is not empty (${held.map(([table, n]) => `${n} ${table}`).join(', ')}): restore into an empty database, or merge (--merge) to add only the records whose slug it does not hold`,
    ]);
}

class Restorer {
  readonly counts: RestoreCounts = {
    topics: 0,
    keywords: 0,
    actors: 0,
    aliases: 0,
    affiliations: 0,
    articles: 0,
    mentions: 0,
    positions: 0,
    suggestions: 0,
    revisions: 0,
  };
  readonly read: Record<RecordType, number> = { topic: 0, actor: 0, affiliation: 0, article: 0, position: 0, suggestion: 0, revision: 0 };
  /** Whether the records keep the ids the file gives them (version 3, into an empty database), and bring their revisions. */
  private keepIds = false;
  private readonly topicIds = new Map<string, number>();
  private readonly actorIds = new Map<string, number>();
  private batch: { line: number; record: DataRecord }[] = [];

  constructor(
    private readonly tx: Transaction,
    private readonly merge: boolean,
  ) {}

  async start(version: number): Promise<void> {
    if (!this.merge) {
      await checkEmpty(this.tx);
      this.keepIds = version >= IDS_SINCE;
      // The file's revisions are the records' history: the trigger writes none of its own meanwhile.
      if (this.keepIds) await this.tx.execute(sql`select set_config('stancegraph.revisions', 'restored', true)`);
      return;
    }
    // Merging: what is there already can be referred to by slug.
    for (const t of await this.tx.select({ id: topics.id, slug: topics.slug }).from(topics)) this.topicIds.set(t.slug, t.id);
    for (const a of await this.tx.select({ id: actors.id, slug: actors.slug }).from(actors)) this.actorIds.set(a.slug, a.id);
  }

  async add(line: number, record: DataRecord): Promise<void> {
    if (this.keepIds && record.id === undefined) throw fail(line, 'id: required from format version 3 on');
    const last = this.batch.at(-1);
    if (last && last.record.type !== record.type) await this.flush();
    this.batch.push({ line, record });
    this.read[record.type]++;
    // Topics one by one: a child's parent may be the line before.
    if (this.batch.length >= (record.type === 'topic' ? 1 : BATCH)) await this.flush();
  }

  async flush(): Promise<void> {
    const batch = this.batch;
    this.batch = [];
    if (batch.length === 0) return;
    const type = batch[0]!.record.type;
    const problems: string[] = [];
    const ref = (map: Map<string, number>, what: string, slug: string, line: number) => {
      const id = map.get(slug);
      if (id === undefined)
        problems.push(`line ${line}: unknown ${what} "${slug}" (not in the file before this line${this.merge ? ', nor in the database' : ''})`);
      return id ?? 0;
    };
    const done = () => {
      if (problems.length) throw new RestoreError(problems.slice(0, MAX_PROBLEMS));
    };
    if (type === 'topic') {
      const { line, record } = batch[0]! as { line: number; record: TopicRecord };
      const parentId = record.parent === null ? null : ref(this.topicIds, 'parent topic', record.parent, line);
      done();
      const [row] = await this.tx
        .insert(topics)
        .overridingSystemValue()
        .values({
          id: this.idOf(record),
          slug: record.slug,
          name: record.name,
          description: record.description,
          parentId,
          createdAt: at(record.createdAt),
          updatedAt: at(record.updatedAt),
        })
        .onConflictDoNothing()
        .returning({ id: topics.id });
      if (row) this.counts.topics++;
      else if (!this.merge) throw fail(line, `topic "${record.slug}" (or its id) appears twice`);
      this.topicIds.set(record.slug, row?.id ?? this.topicIds.get(record.slug)!);
      if (row && record.keywords.length) {
        const keywords = record.keywords.map((keyword) => ({ topicId: row.id, ...keywordColumns(keyword) }));
        const added = await this.tx.insert(topicKeywords).values(keywords).onConflictDoNothing().returning({ id: topicKeywords.id });
        if (added.length < keywords.length && !this.merge)
          throw fail(line, 'a keyword of this topic is a keyword already (keywords are unique by their folded form)');
        this.counts.keywords += added.length;
      }
      return;
    }
    if (type === 'actor') {
      const records = batch as { line: number; record: ActorRecord }[];
      const inserted = await this.tx
        .insert(actors)
        .overridingSystemValue()
        .values(
          records.map(({ record: r }) => ({
            id: this.idOf(r),
            slug: r.slug,
            name: r.name,
            kind: r.kind,
            description: r.description,
            countryCode: r.countryCode,
            createdAt: at(r.createdAt),
            updatedAt: at(r.updatedAt),
          })),
        )
        .onConflictDoNothing()
        .returning({ id: actors.id, slug: actors.slug });
      const fresh = new Map(inserted.map((a) => [a.slug, a.id]));
      for (const { line, record } of records) {
        if (!fresh.has(record.slug) && !this.merge) problems.push(`line ${line}: actor "${record.slug}" (or its id) appears twice`);
        if (fresh.has(record.slug)) this.actorIds.set(record.slug, fresh.get(record.slug)!);
      }
      done();
      const aliases = records
        .filter((r) => fresh.has(r.record.slug))
        .flatMap(({ record }) => record.aliases.map((alias) => aliasRow(fresh.get(record.slug)!, alias)));
      const added = aliases.length ? await this.tx.insert(actorAliases).values(aliases).onConflictDoNothing().returning({ id: actorAliases.id }) : [];
      if (added.length < aliases.length && !this.merge)
        throw fail(records[0]!.line, 'two aliases in this batch of actors fold alike (aliases are unique by their folded form)');
      this.counts.actors += inserted.length;
      this.counts.aliases += added.length;
      return;
    }
    if (type === 'affiliation') {
      const rows = (batch as { line: number; record: AffiliationRecord }[]).map(({ line, record: r }) => ({
        id: this.idOf(r),
        actorId: ref(this.actorIds, 'actor', r.member, line),
        organizationId: ref(this.actorIds, 'actor', r.organization, line),
        role: r.role,
        startedOn: r.startedOn,
        endedOn: r.endedOn,
      }));
      done();
      this.counts.affiliations += (
        await this.tx.insert(affiliations).overridingSystemValue().values(rows).onConflictDoNothing().returning({ id: affiliations.id })
      ).length;
      return;
    }
    if (type === 'article') {
      const records = batch as { line: number; record: ArticleRecord }[];
      for (const { line, record } of records) {
        for (const t of record.topics) ref(this.topicIds, 'topic', t, line);
        for (const a of [...record.actors, ...record.excludedActors]) ref(this.actorIds, 'actor', a, line);
      }
      done();
      const inserted = await this.tx
        .insert(articles)
        .overridingSystemValue()
        .values(
          records.map(({ record: r }) => ({
            id: this.idOf(r),
            slug: r.slug,
            title: r.title,
            summary: r.summary,
            body: r.body,
            url: r.url,
            publishedAt: at(r.publishedAt),
            sourceName: r.sourceName,
            version: r.version,
            createdAt: at(r.createdAt),
            updatedAt: at(r.updatedAt),
          })),
        )
        .onConflictDoNothing()
        .returning({ id: articles.id, slug: articles.slug });
      const fresh = new Map(inserted.map((a) => [a.slug, a.id]));
      if (!this.merge)
        for (const { line, record } of records)
          if (!fresh.has(record.slug)) problems.push(`line ${line}: article "${record.slug}" (its URL, or its id) appears twice`);
      done();
      const links = records.filter((r) => fresh.has(r.record.slug));
      const of = <T>(pick: (r: ArticleRecord) => string[], map: Map<string, number>, make: (articleId: number, id: number) => T) =>
        links.flatMap(({ record }) => pick(record).map((slug) => make(fresh.get(record.slug)!, map.get(slug)!)));
      const tagRows = of(
        (r) => r.topics,
        this.topicIds,
        (articleId, topicId) => ({ articleId, topicId }),
      );
      const mentionRows = of(
        (r) => r.actors,
        this.actorIds,
        (articleId, actorId) => ({ articleId, actorId }),
      );
      const excludedRows = of(
        (r) => r.excludedActors,
        this.actorIds,
        (articleId, actorId) => ({ articleId, actorId }),
      );
      if (tagRows.length) await this.tx.insert(articleTopics).values(tagRows).onConflictDoNothing();
      if (mentionRows.length) await this.tx.insert(mentions).values(mentionRows).onConflictDoNothing();
      if (excludedRows.length) await this.tx.insert(mentionExclusions).values(excludedRows).onConflictDoNothing();
      this.counts.articles += inserted.length;
      this.counts.mentions += mentionRows.length;
      return;
    }
    if (type === 'revision') return this.revisions(batch as { line: number; record: RevisionRecord }[]);
    if (type === 'suggestion') return this.suggestions(batch as { line: number; record: SuggestionRecord }[], ref, done, problems);
    // Positions: their articles (with their text, for the quote) by slug, for this batch only.
    const records = batch as { line: number; record: PositionRecord }[];
    const wanted = [...new Set(records.map((r) => r.record.article))];
    const found = await this.tx
      .select({ id: articles.id, slug: articles.slug, title: articles.title, summary: articles.summary, body: articles.body })
      .from(articles)
      .where(inArray(articles.slug, wanted));
    const bySlug = new Map(found.map((a) => [a.slug, a]));
    const rows = records.map(({ line, record: r }) => {
      const article = bySlug.get(r.article);
      if (!article)
        problems.push(`line ${line}: unknown article "${r.article}" (not in the file before this line${this.merge ? ', nor in the database' : ''})`);
      else if (!findQuote(article, r.quote)) problems.push(`line ${line}: the quote of this position does not occur in article "${r.article}"`);
      return {
        id: this.idOf(r),
        actorId: ref(this.actorIds, 'actor', r.actor, line),
        topicId: ref(this.topicIds, 'topic', r.topic, line),
        articleId: article?.id ?? 0,
        stance: r.stance,
        statement: r.statement,
        quote: r.quote,
        statedAt: at(r.statedAt),
        recordedBy: r.recordedBy,
        version: r.version,
        createdAt: at(r.createdAt),
        updatedAt: at(r.updatedAt),
      };
    });
    done();
    const added = await this.tx.insert(positions).overridingSystemValue().values(rows).onConflictDoNothing().returning({ id: positions.id });
    if (added.length < rows.length && !this.merge)
      throw fail(records[0]!.line, 'a position (same actor, topic and article, or the same id) appears twice in this batch');
    this.counts.positions += added.length;
  }

  /** The id a record keeps: the file's (version 3, into an empty database), or none (this database gives one). */
  private idOf(record: { id?: number }): number | undefined {
    return this.keepIds ? record.id : undefined;
  }

  /** Revisions, as the file has them (into an empty database from version 3; a merge keeps those it writes itself). */
  private async revisions(records: { line: number; record: RevisionRecord }[]): Promise<void> {
    if (!this.keepIds) return;
    const rows = records.map(({ record: r }) => ({
      id: r.id,
      recordType: r.recordType,
      recordId: r.recordId,
      action: r.action,
      by: r.by,
      at: at(r.at),
      changes: r.changes,
    }));
    const added = await this.tx.insert(revisions).overridingSystemValue().values(rows).onConflictDoNothing().returning({ id: revisions.id });
    if (added.length < rows.length) throw fail(records[0]!.line, 'a revision id appears twice in this batch');
    this.counts.revisions += added.length;
  }

  /**
   * After records restored with their ids: each table's next id comes after every id the file gave,
   * and after every id its revisions name (a deleted record's id is not given to another).
   */
  async finish(): Promise<void> {
    if (!this.keepIds) return;
    const next = ([table, type]: [string, string | null]) =>
      `setval(pg_get_serial_sequence('${table}', 'id'), greatest((select max(id) from ${table}),
        ${type ? `(select max(record_id) from revisions where record_type = '${type}'),` : ''} 0) + 1, false)`;
    const tables: [string, string | null][] = [
      ['topics', 'TOPIC'],
      ['actors', 'ACTOR'],
      ['affiliations', 'AFFILIATION'],
      ['articles', 'ARTICLE'],
      ['positions', 'POSITION'],
      ['position_suggestions', null],
      ['revisions', null],
    ];
    await this.tx.execute(sql.raw(`select ${tables.map(next).join(', ')}`));
  }

  /** Suggestions: their articles by slug, and the positions they became by actor, topic and article, for this batch only. */
  private async suggestions(
    records: { line: number; record: SuggestionRecord }[],
    ref: (map: Map<string, number>, what: string, slug: string, line: number) => number,
    done: () => void,
    problems: string[],
  ): Promise<void> {
    const wanted = [...new Set(records.map((r) => r.record.article))];
    const found = await this.tx
      .select({ id: articles.id, slug: articles.slug, title: articles.title, summary: articles.summary, body: articles.body })
      .from(articles)
      .where(inArray(articles.slug, wanted));
    const articleIds = new Map(found.map((a) => [a.slug, a.id]));
    const texts = new Map(found.map((a) => [a.id, a]));
    const recorded = found.length
      ? await this.tx
          .select({ id: positions.id, articleId: positions.articleId, actorId: positions.actorId, topicId: positions.topicId })
          .from(positions)
          .where(inArray(positions.articleId, [...articleIds.values()]))
      : [];
    const rows = records.map(({ line, record: r }) => {
      const articleId = ref(articleIds, 'article', r.article, line);
      // The passage is where the suggestion says it is, as the article has it.
      const article = texts.get(articleId);
      const text = article?.[r.quoteField];
      if (article && (text ?? '').slice(r.quoteStart, r.quoteEnd) !== r.quote)
        problems.push(`line ${line}: the quote of this suggestion is not the article's ${r.quoteField} at ${r.quoteStart}–${r.quoteEnd}`);
      let positionId: number | null = null;
      if (r.position) {
        const actorId = this.actorIds.get(r.position.actor);
        const topicId = this.topicIds.get(r.position.topic);
        positionId = recorded.find((p) => p.articleId === articleId && p.actorId === actorId && p.topicId === topicId)?.id ?? null;
        if (positionId === null)
          problems.push(`line ${line}: the position this suggestion became (${r.position.actor} on ${r.position.topic}) is not in the file before this line`);
      }
      return {
        id: this.idOf(r),
        articleId,
        actorId: ref(this.actorIds, 'actor', r.actor, line),
        topicId: ref(this.topicIds, 'topic', r.topic, line),
        stance: r.stance,
        quote: r.quote,
        quoteField: r.quoteField,
        quoteStart: r.quoteStart,
        quoteEnd: r.quoteEnd,
        statement: r.statement,
        confidence: r.confidence,
        extractor: r.extractor,
        extractorVersion: r.extractorVersion,
        status: r.status,
        reviewedBy: r.reviewedBy,
        reviewedAt: at(r.reviewedAt),
        reason: r.reason,
        positionId,
        version: r.version,
        createdAt: at(r.createdAt),
        updatedAt: at(r.updatedAt),
      };
    });
    done();
    const added = await this.tx
      .insert(positionSuggestions)
      .overridingSystemValue()
      .values(rows)
      .onConflictDoNothing()
      .returning({ id: positionSuggestions.id });
    if (added.length < rows.length && !this.merge)
      throw fail(records[0]!.line, 'a suggestion (same article, actor, topic and stance, or the same id) appears twice in this batch');
    this.counts.suggestions += added.length;
  }
}

/**
 * The lines of a file, read only once they are asked for: the file is opened when the first line is,
 * so that nothing is read (and lost) while the restore waits for its transaction (a readline
 * interface made earlier reads at once, and lines read before a `for await` starts are dropped).
 * Each line is decoded as UTF-8 strictly: a byte sequence that is not UTF-8 is refused naming its line,
 * never read as U+FFFD (text altered silently). A line ends at LF; a CR before it is dropped.
 */
export async function* fileLines(path: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let number = 0;
  const decode = (bytes: Buffer) => {
    number++;
    const end = bytes.at(-1) === 13 ? bytes.length - 1 : bytes.length;
    try {
      return decoder.decode(bytes.subarray(0, end));
    } catch {
      throw fail(number, 'is not UTF-8 text (an export is written in UTF-8; the file was altered or is not an export)');
    }
  };
  let pending: Buffer[] = [];
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let newline = chunk.indexOf(10); newline >= 0; newline = chunk.indexOf(10, start)) {
      pending.push(chunk.subarray(start, newline));
      yield decode(pending.length === 1 ? pending[0]! : Buffer.concat(pending));
      pending = [];
      start = newline + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length) yield decode(Buffer.concat(pending));
}

/** The first string of a record that the text rule refuses (models/text-rules.ts), with where it is. */
function textProblemIn(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem && `${path ? `${path} ` : ''}${problem}`;
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const problem = textProblemIn(item, path ? `${path}.${key}` : key);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * Restores the export read from `lines` (one string per line) into `db`, in one transaction. Refuses
 * a database that is not empty unless `merge`. Any problem (a malformed line, an unknown reference, a
 * quote not in its article, a file cut off before its end line) writes nothing and names the line.
 */
export async function restore(
  db: Database,
  lines: AsyncIterable<string>,
  options: { merge?: boolean; progress?: (read: Record<RecordType, number>) => void } = {},
): Promise<RestoreCounts> {
  return db.transaction(async (tx) => {
    const restorer = new Restorer(tx, options.merge ?? false);
    let number = 0;
    let ended = false;
    let lastType = -1;
    for await (const text of lines) {
      number++;
      if (text.trim() === '') continue;
      if (ended) throw fail(number, 'comes after the end record');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw fail(number, `is not JSON: ${text.slice(0, 80)}${text.length > 80 ? '…' : ''}`);
      }
      const problem = textProblemIn(json, '');
      if (problem) throw fail(number, problem);
      if (number === 1) {
        const header = headerRecord.safeParse(json);
        if (!header.success) throw fail(1, `is not the header of a Stancegraph export (${zodProblem(header.error)})`);
        if (!READABLE_VERSIONS.includes(header.data.version))
          throw fail(
            1,
            `is an export of format version ${header.data.version}; this version reads ${READABLE_VERSIONS.slice(0, -1).join(', ')} and ${READABLE_VERSIONS.at(-1)} (writes ${FORMAT_VERSION})`,
          );
        await restorer.start(header.data.version);
        continue;
      }
      if ((json as { type?: unknown }).type === 'end') {
        const end = endRecord.safeParse(json);
        if (!end.success) throw fail(number, `is a malformed end record (${zodProblem(end.error)})`);
        await restorer.flush();
        await restorer.finish();
        for (const type of RECORD_TYPES)
          if ((end.data.counts[type] ?? 0) !== restorer.read[type])
            throw fail(number, `the end record counts ${end.data.counts[type] ?? 0} ${type} records, the file holds ${restorer.read[type]}`);
        ended = true;
        continue;
      }
      const record = dataRecord.safeParse(json);
      if (!record.success) throw fail(number, zodProblem(record.error));
      const rank = RECORD_TYPES.indexOf(record.data.type);
      if (rank < lastType)
        throw fail(
          number,
          `a ${record.data.type} record after ${RECORD_TYPES[lastType]} records: an export lists topics, actors, affiliations, articles, positions, suggestions, then revisions`,
        );
      lastType = rank;
      await restorer.add(number, record.data);
      if (number % 10_000 === 0) options.progress?.(restorer.read);
    }
    if (number === 0) throw new RestoreError(['the file is empty']);
    if (!ended) throw fail(number, 'the file ends without its end record: it was cut off');
    options.progress?.(restorer.read);
    return restorer.counts;
  });
}
