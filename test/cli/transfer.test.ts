import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { deletePosition } from '../../src/models/position.js';
import { restorePosition, writeAs } from '../../src/models/revision.js';
import { acceptSuggestion, rejectSuggestion } from '../../src/models/suggestions/review.js';
import { writeSynthetic } from '../../src/seed/synthetic.js';
import { exportAll } from '../../src/transfer/export.js';
import { fileLines, restore, RestoreError } from '../../src/transfer/restore.js';
import { createSeededDatabase, createTestDatabase } from '../helpers/database.js';
import { graphqlClient } from '../helpers/graphql.js';

// Export and restore: the seed plus a synthetic set (and a removed mention, a dated position, an
// affiliation with dates, suggestions accepted and rejected by a named curator, a position deleted by
// one) go out as NDJSON and come back into an empty database identical, table by table, every
// reference compared by slug, the ids and the revisions as they were.

/** Every table's rows, ids replaced by the slugs they stand for, sorted: equal means the same data. */
async function contents(handle: DatabaseHandle): Promise<Record<string, string[]>> {
  const queries: Record<string, string> = {
    topics: `select to_jsonb(t) - 'id' - 'parent_id' || jsonb_build_object('parent', (select slug from topics p where p.id = t.parent_id)) as row from topics t`,
    topic_closure: `select jsonb_build_object('a', (select slug from topics where id = c.ancestor_id), 'd', (select slug from topics where id = c.descendant_id), 'depth', c.depth) as row from topic_closure c`,
    actors: `select to_jsonb(t) - 'id' as row from actors t`,
    actor_aliases: `select to_jsonb(t) - 'id' - 'actor_id' || jsonb_build_object('actor', (select slug from actors where id = t.actor_id)) as row from actor_aliases t`,
    affiliations: `select to_jsonb(t) - 'id' - 'actor_id' - 'organization_id' || jsonb_build_object('m', (select slug from actors where id = t.actor_id), 'o', (select slug from actors where id = t.organization_id)) as row from affiliations t`,
    articles: `select to_jsonb(t) - 'id' - 'search' as row from articles t`,
    article_topics: `select jsonb_build_object('a', (select slug from articles where id = t.article_id), 't', (select slug from topics where id = t.topic_id)) as row from article_topics t`,
    mentions: `select jsonb_build_object('a', (select slug from articles where id = t.article_id), 'x', (select slug from actors where id = t.actor_id)) as row from mentions t`,
    mention_exclusions: `select to_jsonb(t) - 'article_id' - 'actor_id' - 'created_at' || jsonb_build_object('a', (select slug from articles where id = t.article_id), 'x', (select slug from actors where id = t.actor_id)) as row from mention_exclusions t`,
    positions: `select to_jsonb(t) - 'id' - 'actor_id' - 'topic_id' - 'article_id' || jsonb_build_object('x', (select slug from actors where id = t.actor_id), 't', (select slug from topics where id = t.topic_id), 'a', (select slug from articles where id = t.article_id)) as row from positions t`,
    topic_keywords: `select to_jsonb(t) - 'id' - 'topic_id' || jsonb_build_object('t', (select slug from topics where id = t.topic_id)) as row from topic_keywords t`,
    revisions: `select to_jsonb(t) as row from revisions t`,
    ids: `select r.t || ' ' || r.key || ' ' || r.id as row from (select 'topic' as t, slug as key, id from topics union all select 'actor', slug, id from actors
      union all select 'article', slug, id from articles union all select 'position', actor_id || '/' || topic_id || '/' || article_id, id from positions) r`,
    position_suggestions: `select to_jsonb(t) - 'id' - 'actor_id' - 'topic_id' - 'article_id' - 'position_id' || jsonb_build_object('x', (select slug from actors where id = t.actor_id), 't', (select slug from topics where id = t.topic_id), 'a', (select slug from articles where id = t.article_id), 'p', (select p.statement from positions p where p.id = t.position_id)) as row from position_suggestions t`,
  };
  const result: Record<string, string[]> = {};
  for (const [table, query] of Object.entries(queries))
    result[table] = (await handle.rows<{ row: unknown }>(sql.raw(query))).map((r) => JSON.stringify(r.row)).sort();
  return result;
}

async function exportLines(handle: DatabaseHandle): Promise<string[]> {
  const lines: string[] = [];
  await exportAll(handle.db, (line) => void lines.push(line));
  return lines;
}

async function* linesOf(lines: string[]) {
  yield* lines;
}

describe('export and restore', () => {
  let source: DatabaseHandle;
  let lines: string[];
  let deletedId: number;
  beforeAll(async () => {
    source = await createSeededDatabase();
    await writeSynthetic(source.db, { articles: 150 });
    // What the seed and the generator do not write: a removed mention, a stated date, an affiliation's dates.
    const gql = graphqlClient(source.db);
    const [article] = await source.rows<{ id: number; actor: number }>(sql`select article_id as id, actor_id as actor from mentions order by 1, 2 limit 1`);
    await source.rows(sql`delete from mentions where article_id = ${article!.id} and actor_id = ${article!.actor}`);
    await source.rows(sql`insert into mention_exclusions (article_id, actor_id) values (${article!.id}, ${article!.actor})`);
    await source.rows(sql`update positions set stated_at = '2025-02-15T12:00:00.123456Z', version = 3 where id = (select min(id) from positions)`);
    await source.rows(sql`update affiliations set started_on = '2024-01-01', ended_on = '2025-06-30' where id = (select min(id) from affiliations)`);
    expect((await gql.request(`{ articles(first: 1) { totalCount } }`)).errors).toBeUndefined();
    // The seed leaves two suggestions pending: one is accepted (a position recorded by its curator), one rejected.
    const pending = await source.rows<{ id: number }>(sql`select id from position_suggestions order by id`);
    expect(pending).toHaveLength(2);
    await source.db.transaction((tx) => acceptSuggestion(tx, { id: pending[0]!.id }, 'alice'));
    await source.db.transaction((tx) => rejectSuggestion(tx, { id: pending[1]!.id, reason: 'The passage reports, it does not take a side.' }, 'bob'));
    // The last position deleted by a curator: its history is exported, and its id is not given again.
    [{ id: deletedId }] = (await source.rows<{ id: number }>(
      sql`select max(id) as id from positions where id not in (select position_id from position_suggestions where position_id is not null)`,
    )) as [{ id: number }];
    await source.db.transaction(async (tx) => {
      await writeAs(tx, 'carol');
      await deletePosition(tx, { id: deletedId });
    });
    lines = await exportLines(source);
  }, 120_000);
  afterAll(() => source?.close());

  it('writes a header, records by type in order, and an end line with the counts', () => {
    const types = lines.map((l) => JSON.parse(l).type as string);
    expect(types[0]).toBe('header');
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'stancegraph-export', version: 3 });
    expect(types.at(-1)).toBe('end');
    const order = ['header', 'topic', 'actor', 'affiliation', 'article', 'position', 'suggestion', 'revision', 'end'];
    expect([...new Set(types)]).toEqual(order);
    const end = JSON.parse(lines.at(-1)!);
    expect(end.counts.article).toBe(160);
    expect(end.counts.position).toBe(types.filter((t) => t === 'position').length);
    // Topics come parents first.
    const seen = new Set<string>();
    for (const line of lines.filter((l) => l.includes('"type":"topic"'))) {
      const topic = JSON.parse(line);
      if (topic.parent) expect(seen.has(topic.parent), topic.slug).toBe(true);
      seen.add(topic.slug);
    }
  });

  it('restores into an empty database exactly, every table compared', async () => {
    const target = await createTestDatabase();
    try {
      const counts = await restore(target.db, linesOf(lines));
      expect(counts.articles).toBe(160);
      expect(counts.revisions).toBe(JSON.parse(lines.at(-1)!).counts.revision);
      const restored = await contents(target);
      expect(restored).toEqual(await contents(source));
      // The file's revisions, not one written by the restore (the seed's are by no one, the curators' by name).
      expect(restored.revisions!.filter((r) => JSON.parse(r).by === 'carol').length).toBe(1);
      // And what comes back exports the same (but for the moment of the export).
      const again = await exportLines(target);
      expect(again.slice(1)).toEqual(lines.slice(1));
      // The deleted position comes back with its history, and its id is given to no other record.
      const [next] = await target.rows<{ id: number }>(sql`select nextval(pg_get_serial_sequence('positions', 'id'))::int as id`);
      expect(next!.id).toBeGreaterThan(deletedId);
      const { position } = await target.db.transaction(async (tx) => {
        await writeAs(tx, 'dave');
        return restorePosition(tx, { id: deletedId });
      });
      expect(position.id).toBe(deletedId);
      const history = await target.rows<{ action: string; by: string | null }>(
        sql`select action, by from revisions where record_type = 'POSITION' and record_id = ${deletedId} order by id desc`,
      );
      expect(history.slice(0, 2)).toEqual([
        { action: 'RESTORED', by: 'dave' },
        { action: 'DELETED', by: 'carol' },
      ]);
      expect(history.at(-1)!.action).toBe('CREATED');
    } finally {
      await target.close();
    }
  }, 120_000);

  it('loses no line of a file while its transaction is slow to start (the file is read only once restore asks)', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'stancegraph-restore-')), 'export.ndjson');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const target = await createTestDatabase();
    try {
      // The transaction opens 300 ms late, as on a loaded machine or behind a busy pool.
      const slow = new Proxy(target.db, {
        get: (db, key) =>
          key === 'transaction'
            ? async (...args: Parameters<typeof db.transaction>) => {
                await new Promise((resolve) => setTimeout(resolve, 300));
                return db.transaction(...args);
              }
            : Reflect.get(db, key),
      });
      const counts = await restore(slow, fileLines(path));
      expect(counts.articles).toBe(160);
      expect(await contents(target)).toEqual(await contents(source));
    } finally {
      await target.close();
    }
  }, 120_000);

  it('refuses a line that is not UTF-8, naming it, rather than read it as U+FFFD; takes CRLF line ends', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stancegraph-restore-'));
    const topicAt = lines.findIndex((l) => l.includes('"type":"topic"'));
    const [before, after] = lines[topicAt]!.split('"name":"');
    const bytes = Buffer.concat([
      Buffer.from(`${lines.slice(0, topicAt).join('\n')}\n${before}"name":"`),
      Buffer.from([0xc3, 0x28]), // a lead byte with no continuation: not UTF-8
      Buffer.from(`${after}\n${lines.slice(topicAt + 1).join('\n')}\n`),
    ]);
    writeFileSync(join(dir, 'broken.ndjson'), bytes);
    writeFileSync(join(dir, 'crlf.ndjson'), `${lines.join('\r\n')}\r\n`);
    const target = await createTestDatabase();
    try {
      const error = await restore(target.db, fileLines(join(dir, 'broken.ndjson'))).catch((e: unknown) => e);
      expect((error as RestoreError).problems).toEqual([
        `line ${topicAt + 1}: is not UTF-8 text (an export is written in UTF-8; the file was altered or is not an export)`,
      ]);
      expect(await target.rows(sql`select count(*)::int as n from topics`)).toEqual([{ n: 0 }]);
      expect((await restore(target.db, fileLines(join(dir, 'crlf.ndjson')))).articles).toBe(160);
    } finally {
      await target.close();
    }
  }, 120_000);

  it.each([1, 2])(
    'reads a file of format version %i (1: before keywords, recordedBy and suggestions; 2: before ids and revisions)',
    async (version) => {
      const target = await createTestDatabase();
      try {
        const older = lines
          .filter((l) => !l.includes('"type":"revision"') && (version > 1 || !l.includes('"type":"suggestion"')))
          .map((l) => {
            const record = JSON.parse(l);
            delete record.id;
            if (record.type === 'header') record.version = version;
            if (record.type === 'end') delete record.counts.revision;
            if (version === 1) {
              if (record.type === 'topic') delete record.keywords;
              if (record.type === 'position') delete record.recordedBy;
              if (record.type === 'end') delete record.counts.suggestion;
            }
            return JSON.stringify(record);
          });
        const counts = await restore(target.db, linesOf(older));
        expect(counts).toMatchObject({ articles: 160, revisions: 0, ...(version === 1 ? { keywords: 0, suggestions: 0 } : { suggestions: 2 }) });
        expect(counts.positions).toBe(JSON.parse(lines.at(-1)!).counts.position);
        const restored = await contents(target);
        expect(restored.positions!.every((row) => JSON.parse(row).recorded_by === null)).toBe(version === 1);
        // Without revisions in the file, each record restored has the one its insert wrote: CREATED, by no one.
        const created = await target.rows<{ action: string; by: string | null; n: number }>(
          sql`select action, by, count(*)::int as n from revisions where record_type = 'ARTICLE' group by 1, 2`,
        );
        expect(created).toEqual([{ action: 'CREATED', by: null, n: 160 }]);
      } finally {
        await target.close();
      }
    },
    120_000,
  );

  it('refuses a database that is not empty, and merges by slug when asked', async () => {
    const target = await createSeededDatabase();
    try {
      const before = await contents(target);
      await expect(restore(target.db, linesOf(lines))).rejects.toThrow(
        /the database is not empty \(11 topics, 21 actors, 10 articles, 28 positions\): restore into an empty database, or merge \(--merge\)/,
      );
      expect(await contents(target)).toEqual(before);
      const counts = await restore(target.db, linesOf(lines), { merge: true });
      // The seed's records were there: only the synthetic ones are added, with ids of this database and
      // revisions of their own (the file's name records by ids this database does not share).
      expect(counts.articles).toBe(150);
      expect(counts.revisions).toBe(0);
      expect(
        await target.rows(sql`select action, by, count(*)::int as n from revisions where record_type = 'ARTICLE' and record_id > 10 group by 1, 2`),
      ).toEqual([{ action: 'CREATED', by: null, n: 150 }]);
      expect(counts.topics).toBe(JSON.parse(lines.at(-1)!).counts.topic - 11);
      const merged = await contents(target);
      expect(merged.articles).toHaveLength(160);
      // A second merge adds nothing.
      expect(await restore(target.db, linesOf(lines), { merge: true })).toEqual({
        topics: 0,
        actors: 0,
        aliases: 0,
        affiliations: 0,
        articles: 0,
        mentions: 0,
        positions: 0,
        keywords: 0,
        suggestions: 0,
        revisions: 0,
      });
    } finally {
      await target.close();
    }
  }, 120_000);

  it('refuses a broken file naming the line, and writes nothing', async () => {
    const target = await createTestDatabase();
    const refused = async (broken: string[]) => {
      const error = await restore(target.db, linesOf(broken)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RestoreError);
      expect(await target.rows(sql`select (select count(*) from topics)::int + (select count(*) from articles)::int as n`)).toEqual([{ n: 0 }]);
      return (error as RestoreError).problems;
    };
    try {
      expect(await refused(lines.slice(0, -1))).toEqual([`line ${lines.length - 1}: the file ends without its end record: it was cut off`]);
      expect(await refused(['{"type":"header","format":"stancegraph-export","version":4,"exportedAt":"2026-01-01T00:00:00Z"}'])).toEqual([
        'line 1: is an export of format version 4; this version reads 1, 2 and 3 (writes 3)',
      ]);
      // From version 3, a record keeps its id: one missing, or given twice, is refused.
      const topicAt = lines.findIndex((l) => l.includes('"type":"topic"'));
      const topic = JSON.parse(lines[topicAt]!);
      const withTopic = (changed: object) => lines.map((l, i) => (i === topicAt ? JSON.stringify(changed) : l));
      expect(await refused(withTopic({ ...topic, id: undefined }))).toEqual([`line ${topicAt + 1}: id: required from format version 3 on`]);
      const second = JSON.parse(lines[topicAt + 1]!);
      const twice = lines.map((l, i) => (i === topicAt + 1 ? JSON.stringify({ ...second, id: topic.id }) : l));
      expect(await refused(twice)).toEqual([`line ${topicAt + 2}: topic "${second.slug}" (or its id) appears twice`]);
      expect(await refused(['not json'])).toEqual(['line 1: is not JSON: not json']);
      const positionAt = lines.findIndex((l) => l.includes('"type":"position"'));
      const position = JSON.parse(lines[positionAt]!);
      const withQuote = (quote: string) => lines.map((l, i) => (i === positionAt ? JSON.stringify({ ...position, quote }) : l));
      expect(await refused(withQuote('Words that are in no article.'))).toEqual([
        `line ${positionAt + 1}: the quote of this position does not occur in article "${position.article}"`,
      ]);
      const withActor = lines.map((l, i) => (i === positionAt ? JSON.stringify({ ...position, actor: 'nobody-at-all' }) : l));
      expect(await refused(withActor)).toEqual([`line ${positionAt + 1}: unknown actor "nobody-at-all" (not in the file before this line)`]);
      const articleAt = lines.findIndex((l) => l.includes('"type":"article"'));
      const misplaced = [lines[0]!, lines[articleAt]!, lines[1]!];
      expect(await refused(misplaced)).toEqual([
        'line 3: a topic record after article records: an export lists topics, actors, affiliations, articles, positions, suggestions, then revisions',
      ]);
      const suggestionAt = lines.findIndex((l) => l.includes('"type":"suggestion"'));
      const suggestion = JSON.parse(lines[suggestionAt]!);
      const moved = lines.map((l, i) => (i === suggestionAt ? JSON.stringify({ ...suggestion, quoteStart: suggestion.quoteStart + 1 }) : l));
      expect(await refused(moved)).toEqual([
        `line ${suggestionAt + 1}: the quote of this suggestion is not the article's ${suggestion.quoteField} at ${suggestion.quoteStart + 1}–${suggestion.quoteEnd}`,
      ]);
      // A passage in a text the article does not have (a body, where it has none).
      const bodiless = lines.map((l, i) => (i === suggestionAt ? JSON.stringify({ ...suggestion, quoteField: 'body' }) : l));
      expect(await refused(bodiless)).toEqual([
        `line ${suggestionAt + 1}: the quote of this suggestion is not the article's body at ${suggestion.quoteStart}–${suggestion.quoteEnd}`,
      ]);
      const badStance = lines.map((l, i) => (i === positionAt ? JSON.stringify({ ...position, stance: 'MAYBE' }) : l));
      expect((await refused(badStance))[0]).toMatch(new RegExp(`^line ${positionAt + 1}: stance: Invalid option`));
      // Text as given or refused: a NUL (PostgreSQL refuses it), another control character, a lone surrogate;
      // the problem and its line, never the SQL or its parameters.
      const withStatement = (statement: string) => lines.map((l, i) => (i === positionAt ? JSON.stringify({ ...position, statement }) : l));
      expect(await refused(withStatement(`Backs a\u0000 truce. ${'x'.repeat(100_000)}`))).toEqual([
        `line ${positionAt + 1}: statement must not contain control characters (found U+0000 at position 8).`,
      ]);
      expect(await refused(withStatement('Backs a\u0007 truce.'))).toEqual([
        `line ${positionAt + 1}: statement must not contain control characters (found U+0007 at position 8).`,
      ]);
      expect(await refused(withStatement('Backs a \ud800 truce.'))).toEqual([
        `line ${positionAt + 1}: statement must be valid Unicode text (found a lone surrogate U+D800 at position 9).`,
      ]);
    } finally {
      await target.close();
    }
  }, 120_000);
});
