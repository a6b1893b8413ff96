import { getTableName, type Query, type SQL } from 'drizzle-orm';
import type { PgDialect, PgTable } from 'drizzle-orm/pg-core';
import { rowsOf, type Database } from './client.js';
import { relations } from './relations.js';

// The one place that reaches into drizzle's internals, for the compiled read (src/sqlread): a
// statement rendered once and run again by its text, and how a relation of db/relations.ts joins
// two tables. Everything else uses drizzle's public API.

/** SQL rendered to its text and parameters, as the database receives it: to keep, and run with queryText. */
export const renderQuery = (db: Database, query: SQL): Query => (db as unknown as { dialect: PgDialect }).dialect.sqlToQuery(query);

/**
 * Runs a statement rendered already (renderQuery) and returns its rows, as queryRows does, without
 * building its text again: through the same session, so it is logged, counted and gated alike.
 * `prepared`: PostgreSQL keeps the statement's plan on the connection (postgres.js prepares it, by its
 * text), for statements that run again and again; drizzle's `execute` plans every time.
 */
export async function queryText<T = Record<string, unknown>>(db: Database, query: Query, prepared = false): Promise<T[]> {
  const { session } = (
    db as unknown as { _: { session: { prepareQuery(query: Query, mode: 'raw', name: false | undefined): { execute(): Promise<unknown> } } } }
  )._;
  return rowsOf<T>(await session.prepareQuery(query, 'raw', prepared ? undefined : false).execute());
}

/** How a relation joins its table's rows to the related rows: column names, pairwise equal. */
export interface RelationJoin {
  /** The related table, as db/relations.ts names it. */
  target: string;
  /** The parent's columns, and the related table's (or, through a link table, the link table's) equal to them. */
  source: string[];
  targetColumns: string[];
  /** A link table between them (mentions, article_topics, topic_closure): its SQL name, its columns equal to the parent's, and to the related table's. */
  through?: { table: string; source: string[]; target: string[] };
}

type ColumnRef = { name: string };
type ThroughColumn = { _: { column: ColumnRef } };

/** What a drizzle relation holds that a join needs (the shape of defineRelations' objects). */
interface RelationShape {
  targetTableName: string;
  sourceColumns?: ColumnRef[];
  targetColumns?: ColumnRef[];
  throughTable?: PgTable;
  through?: { source: ThroughColumn[]; target: ThroughColumn[] };
  where?: unknown;
}

/** How `table`'s relation `name` joins; undefined when it has none, or one a plain join cannot express (a `where` of its own). */
export function relationJoin(table: string, name: string): RelationJoin | undefined {
  const relation = (relations[table as keyof typeof relations]?.relations as Record<string, RelationShape> | undefined)?.[name];
  if (!relation || relation.where || !relation.sourceColumns || !relation.targetColumns) return undefined;
  const names = (columns: ColumnRef[]) => columns.map((column) => column.name);
  // Columns given with `.through(…)` are wrappers around the link table's column.
  const unwrap = (columns: ThroughColumn[]) => columns.map((column) => column._.column.name);
  const { throughTable, through } = relation;
  return {
    target: relation.targetTableName,
    source: names(relation.sourceColumns),
    targetColumns: names(relation.targetColumns),
    through: throughTable && through ? { table: getTableName(throughTable), source: unwrap(through.source), target: unwrap(through.target) } : undefined,
  };
}
