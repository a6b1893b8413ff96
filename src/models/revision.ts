import { and, desc, eq, sql } from 'drizzle-orm';
import { queryRows, type Transaction } from '../db/client.js';
import { actors, articles, positions, recordType, revisionAction, revisions, topics } from '../db/tables.js';
import { UserInputError } from './errors.js';
import { checkEvidence } from './evidence.js';
import { byId, type ListQuery } from './keyset.js';
/** A position's row (as models/position.ts has it). */
type PositionRow = typeof positions.$inferSelect;
import { Checker } from './validate.js';

// Revisions: what every write to a position, actor, topic, article or affiliation replaced, written by
// a trigger in the write's own statement (migration revisions). Here: who writes (the transaction's
// writer, set once per mutation: one statement), what a mutation says it did beyond the statement
// (RESTORED, MERGED), the history of a record, newest first, and a deleted position brought back.

export type RecordType = (typeof recordType.enumValues)[number];
export type RevisionAction = (typeof revisionAction.enumValues)[number];
export type RevisionRow = typeof revisions.$inferSelect;

/** Revisions written in this transaction from now on carry `name` as who wrote them. */
export async function writeAs(tx: Transaction, name: string): Promise<void> {
  await tx.execute(sql`select set_config('stancegraph.writer', ${name}, true)`);
}

/** Revisions written in this transaction from now on carry `action` (a merge, a restore) rather than the statement's own. */
export async function markRevisions(tx: Transaction, action: RevisionAction): Promise<void> {
  await tx.execute(sql`select set_config('stancegraph.action', ${action}, true)`);
}

/** A record's revisions, newest first, as a list (keyset on the id, off revisions_record_idx). */
export function revisionsQuery(type: RecordType, id: number): ListQuery<typeof revisions> {
  return { where: (r) => sql`${r.recordType} = ${type} and ${r.recordId} = ${id}`, order: [byId('desc')], names: [] };
}

/** One change a revision holds: a column (as GraphQL names it), its value before and after, as JSON. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * The changes of a revision, by field name (camelCase), in the order of its columns' names; `before`
 * left out (undefined) when the write created the record, `after` when it deleted it.
 */
export function changesOf(revision: Pick<RevisionRow, 'changes' | 'action'>): FieldChange[] {
  const created = revision.action === 'CREATED' || revision.action === 'RESTORED';
  const deleted = revision.action === 'DELETED';
  return Object.entries(revision.changes as Record<string, [unknown, unknown]>)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([column, [before, after]]) => ({
      field: column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()),
      before: created ? undefined : before,
      after: deleted ? undefined : after,
    }));
}

/**
 * Brings back a deleted position from its last revision (DELETED): the same id, actor, topic, article,
 * stance, statement, quote, date and who recorded it, and its history, with a RESTORED revision on top.
 * Refused when the position exists, when nothing says it was deleted, or when its actor, topic or
 * article has gone, or its quote is no longer in the article.
 */
export async function restorePosition(tx: Transaction, input: { id: number }): Promise<{ position: PositionRow }> {
  const [existing] = await tx.select({ id: positions.id }).from(positions).where(eq(positions.id, input.id));
  if (existing) throw UserInputError.of(['id'], 'CONFLICT', 'names a position that exists: only a deleted position can be restored.');
  const [last] = await tx
    .select()
    .from(revisions)
    .where(and(eq(revisions.recordType, 'POSITION'), eq(revisions.recordId, input.id)))
    .orderBy(desc(revisions.id))
    .limit(1);
  if (!last || last.action !== 'DELETED') throw UserInputError.of(['id'], 'NOT_FOUND', 'names no deleted position (nothing records its deletion).');
  const was = Object.fromEntries(Object.entries(last.changes as Record<string, [unknown, unknown]>).map(([column, [before]]) => [column, before])) as Record<
    string,
    unknown
  >;
  const check = new Checker();
  const [actor] = await tx
    .select({ id: actors.id })
    .from(actors)
    .where(eq(actors.id, Number(was.actor_id)));
  const [topic] = await tx
    .select({ id: topics.id })
    .from(topics)
    .where(eq(topics.id, Number(was.topic_id)));
  const [article] = await tx
    .select({ id: articles.id })
    .from(articles)
    .where(eq(articles.id, Number(was.article_id)));
  if (!actor) check.add(['id'], 'NOT_FOUND', 'cannot be restored: its actor was deleted since.');
  if (!topic) check.add(['id'], 'NOT_FOUND', 'cannot be restored: its topic was deleted since.');
  if (!article) check.add(['id'], 'NOT_FOUND', 'cannot be restored: its article was deleted since.');
  check.throwIfAny();
  const quote = await checkEvidence(tx, check, { actorId: actor!.id, articleId: article!.id, quote: String(was.quote) });
  check.throwIfAny();
  await markRevisions(tx, 'RESTORED');
  await queryRows(
    tx,
    sql`insert into ${positions} (id, actor_id, topic_id, article_id, stance, statement, quote, stated_at, recorded_by)
      overriding system value
      values (${input.id}, ${actor!.id}, ${topic!.id}, ${article!.id}, ${String(was.stance)}, ${String(was.statement)}, ${quote},
        ${was.stated_at == null ? null : String(was.stated_at)}::timestamptz, ${was.recorded_by == null ? null : String(was.recorded_by)})`,
  );
  const [row] = await tx.select().from(positions).where(eq(positions.id, input.id));
  return { position: row! };
}
