import type { ExecutionArgs } from 'graphql';
import { eachField } from './fields.js';
import { LRUCache } from 'lru-cache';
import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';

/** Runs a statement about the database itself, outside the request path (DatabaseHandle.statistics). */
export type Statistics = <T = Record<string, unknown>>(query: SQL) => Promise<T[]>;

// What the cost of some fields depends on besides their arguments: how many articles a search text
// matches (the rows it ranks), and how many positions there are (what ranking aligned actors
// compares). Both come from PostgreSQL's planner statistics — an EXPLAIN of the search's condition, the
// positions table's row estimate — read before the operation runs, without reading any row, and kept
// for a minute; they run outside the request path (on PostgreSQL, over the probes' connection), and
// only for operations that hold such a field. The field costs (graphql/builder.ts, agreement.ts) turn them into work: measured at
// 100,000 synthetic articles on PostgreSQL (docs/benchmarks.md), a cost unit is ~3 µs of database time.

export interface Estimates {
  /** The articles each search text of the operation matches, by the planner's estimate. */
  searchRows: Map<string, number>;
  /** The positions there are, by the planner's estimate (exact when the table was never analysed). */
  positions: number;
}

const KEEP_MS = 60_000;
const matches = new LRUCache<string, number>({ max: 2000, ttl: KEEP_MS });
let positions: { value: number; at: number } | undefined;

/** What an operation asks that its cost depends on: its search texts (`search(query:)`, every `filter: {search}`), and whether it ranks actors. */
export function estimatedFieldsOf(args: Pick<ExecutionArgs, 'schema' | 'document' | 'operationName' | 'variableValues'>): { texts: string[]; ranks: boolean } {
  const texts = new Set<string>();
  let ranks = false;
  eachField(args, (field, values) => {
    if (field.name === 'alignedActors') ranks = true;
    if (field.name === 'search' && typeof values.query === 'string') texts.add(values.query);
    const search = (values.filter as { search?: unknown } | undefined)?.search;
    if (typeof search === 'string') texts.add(search);
  });
  return { texts: [...texts], ranks };
}

/** The estimates an operation's cost needs: its search texts' matches, and (when it ranks actors) the positions; 0 for what it does not need. */
export async function estimatesFor(statistics: Statistics, { texts, ranks }: { texts: readonly string[]; ranks: boolean }): Promise<Estimates> {
  const searchRows = new Map<string, number>();
  await Promise.all(
    texts.map(async (text) => {
      let rows = matches.get(text);
      if (rows === undefined) {
        // Text with no searchable word matches nothing (the field refuses it when it runs).
        const [plan] = await statistics<{ 'QUERY PLAN': unknown }>(
          sql`explain (format json) select 1 from articles where search @@ websearch_to_tsquery('english', ${text})`,
        );
        rows = planRows(plan?.['QUERY PLAN']);
        matches.set(text, rows);
      }
      searchRows.set(text, rows);
    }),
  );
  if (ranks && (!positions || Date.now() - positions.at > KEEP_MS)) {
    const [row] = await statistics<{ estimate: number; analysed: boolean }>(
      sql`select greatest(reltuples, 0)::float8 as estimate, reltuples >= 0 as analysed from pg_class where relname = 'positions'`,
    );
    // A table never analysed (PGlite has no autovacuum) is counted.
    const value = row?.analysed ? Number(row.estimate) : Number((await statistics<{ n: number }>(sql`select count(*)::int as n from positions`))[0]?.n ?? 0);
    positions = { value, at: Date.now() };
  }
  return { searchRows, positions: ranks ? positions!.value : 0 };
}

/** The rows the top of an EXPLAIN (FORMAT JSON) plan expects. */
function planRows(plan: unknown): number {
  const parsed = typeof plan === 'string' ? (JSON.parse(plan) as unknown) : plan;
  const rows = (parsed as { Plan?: { 'Plan Rows'?: unknown } }[] | undefined)?.[0]?.Plan?.['Plan Rows'];
  return typeof rows === 'number' && Number.isFinite(rows) ? rows : 0;
}
