import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.js';
import { FORMAT, FORMAT_VERSION, RECORD_TYPES, type RecordType } from './format.js';

// `npm run export`: every record as NDJSON (format.ts), read in pages by id and written as they come,
// so that memory stays the same whatever the size of the database. PostgreSQL builds each line
// (json_build_object), so timestamps keep their microseconds and nothing is reshaped on the way.

const PAGE = 1000;

/** One record as a compact line (the driver hands json columns over parsed, or as text). */
const lineOf = (record: unknown) => (typeof record === 'string' ? JSON.stringify(JSON.parse(record)) : JSON.stringify(record));

/** A timestamp as ISO 8601 in UTC with microseconds: what the database holds, exactly. */
const iso = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const slugs = (from: SQL) => sql`coalesce((select json_agg(x.slug order by x.slug) from ${from}), '[]'::json)`;

/** Per record type: the JSON of one record of the row `r`, and the table paged through. */
const RECORDS: Record<RecordType, { table: SQL; line: SQL; order?: SQL }> = {
  topic: {
    table: sql`topics`,
    // Parents before children: by depth in the tree, then id.
    order: sql`(select max(c.depth) from topic_closure c where c.descendant_id = r.id), r.id`,
    line: sql`json_build_object('type', 'topic', 'id', r.id, 'slug', r.slug, 'name', r.name, 'description', r.description,
      'parent', (select p.slug from topics p where p.id = r.parent_id),
      'keywords', coalesce((select json_agg(k.keyword order by k.id) from topic_keywords k where k.topic_id = r.id), '[]'::json),
      'createdAt', ${iso(sql`r.created_at`)}, 'updatedAt', ${iso(sql`r.updated_at`)})`,
  },
  actor: {
    table: sql`actors`,
    line: sql`json_build_object('type', 'actor', 'id', r.id, 'slug', r.slug, 'name', r.name, 'kind', r.kind, 'description', r.description,
      'countryCode', r.country_code, 'aliases', (select json_agg(al.alias order by al.id) from actor_aliases al where al.actor_id = r.id),
      'createdAt', ${iso(sql`r.created_at`)}, 'updatedAt', ${iso(sql`r.updated_at`)})`,
  },
  affiliation: {
    table: sql`affiliations`,
    line: sql`json_build_object('type', 'affiliation', 'id', r.id, 'member', (select slug from actors where id = r.actor_id),
      'organization', (select slug from actors where id = r.organization_id), 'role', r.role,
      'startedOn', to_char(r.started_on, 'YYYY-MM-DD'), 'endedOn', to_char(r.ended_on, 'YYYY-MM-DD'))`,
  },
  article: {
    table: sql`articles`,
    line: sql`json_build_object('type', 'article', 'id', r.id, 'slug', r.slug, 'title', r.title, 'summary', r.summary, 'body', r.body, 'url', r.url,
      'publishedAt', ${iso(sql`r.published_at`)}, 'sourceName', r.source_name,
      'topics', ${slugs(sql`article_topics l join topics x on x.id = l.topic_id where l.article_id = r.id`)},
      'actors', ${slugs(sql`mentions l join actors x on x.id = l.actor_id where l.article_id = r.id`)},
      'excludedActors', ${slugs(sql`mention_exclusions l join actors x on x.id = l.actor_id where l.article_id = r.id`)},
      'version', r.version, 'createdAt', ${iso(sql`r.created_at`)}, 'updatedAt', ${iso(sql`r.updated_at`)})`,
  },
  position: {
    table: sql`positions`,
    line: sql`json_build_object('type', 'position', 'id', r.id, 'actor', (select slug from actors where id = r.actor_id),
      'topic', (select slug from topics where id = r.topic_id), 'article', (select slug from articles where id = r.article_id),
      'stance', r.stance, 'statement', r.statement, 'quote', r.quote, 'statedAt', ${iso(sql`r.stated_at`)}, 'recordedBy', r.recorded_by,
      'version', r.version, 'createdAt', ${iso(sql`r.created_at`)}, 'updatedAt', ${iso(sql`r.updated_at`)})`,
  },
  suggestion: {
    table: sql`position_suggestions`,
    line: sql`json_build_object('type', 'suggestion', 'id', r.id, 'article', (select slug from articles where id = r.article_id),
      'actor', (select slug from actors where id = r.actor_id), 'topic', (select slug from topics where id = r.topic_id),
      'stance', r.stance, 'quote', r.quote, 'quoteField', r.quote_field, 'quoteStart', r.quote_start, 'quoteEnd', r.quote_end,
      'statement', r.statement, 'confidence', r.confidence, 'extractor', r.extractor, 'extractorVersion', r.extractor_version,
      'status', r.status, 'reviewedBy', r.reviewed_by, 'reviewedAt', ${iso(sql`r.reviewed_at`)}, 'reason', r.reason,
      'position', (select json_build_object('actor', (select slug from actors where id = p.actor_id), 'topic', (select slug from topics where id = p.topic_id))
        from positions p where p.id = r.position_id),
      'version', r.version, 'createdAt', ${iso(sql`r.created_at`)}, 'updatedAt', ${iso(sql`r.updated_at`)})`,
  },
  revision: {
    table: sql`revisions`,
    // The changes as the trigger wrote them: column names and values as the database had them.
    line: sql`json_build_object('type', 'revision', 'id', r.id, 'recordType', r.record_type, 'recordId', r.record_id, 'action', r.action,
      'by', r.by, 'at', ${iso(sql`r.at`)}, 'changes', r.changes)`,
  },
};

/**
 * Writes every record of the database, one line each, through `write` (which may wait: the next page
 * is read only once the last line was taken), and reports each page to `progress`. Returns the counts,
 * also written as the end record. Runs in one repeatable-read transaction on PostgreSQL, so the export
 * is one consistent moment even while others write.
 */
export async function exportAll(
  db: Database,
  write: (line: string) => Promise<void> | void,
  progress?: (type: RecordType, written: number) => void,
): Promise<Record<RecordType, number>> {
  const counts = Object.fromEntries(RECORD_TYPES.map((t) => [t, 0])) as Record<RecordType, number>;
  await db.transaction(
    async (tx) => {
      await write(JSON.stringify({ type: 'header', format: FORMAT, version: FORMAT_VERSION, exportedAt: new Date().toISOString() }));
      for (const type of RECORD_TYPES) {
        const { table, line, order } = RECORDS[type];
        if (order) {
          // A small table in an order of its own (topics: parents first), read whole.
          const rows = await queryRows<{ record: unknown }>(tx as never, sql`select ${line} as record from ${table} r order by ${order}`);
          for (const row of rows) await write(lineOf(row.record));
          counts[type] = rows.length;
          progress?.(type, counts[type]);
          continue;
        }
        let after = 0;
        for (;;) {
          const rows = await queryRows<{ id: number; record: unknown }>(
            tx as never,
            sql`select r.id, ${line} as record from ${table} r where r.id > ${after} order by r.id limit ${PAGE}`,
          );
          for (const row of rows) await write(lineOf(row.record));
          counts[type] += rows.length;
          progress?.(type, counts[type]);
          if (rows.length < PAGE) break;
          after = rows.at(-1)!.id;
        }
      }
      await write(JSON.stringify({ type: 'end', counts }));
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  return counts;
}
