import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations, readParameters, type Operation } from '../../bench/operations.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { writeSynthetic } from '../../src/seed/synthetic.js';
import { createApp } from '../../src/server.js';
import { createTestDatabase, databaseKind } from '../helpers/database.js';

// The read path's work follows the size of its answer, not of the tables: on 20,000 synthetic
// articles, VACUUMed and ANALYZEd as after any bulk load (writeSynthetic does it) so that the
// planner prefers indexes where they pay, no statement of the benchmark's operations reads
// articles, mentions or positions whole, or sorts more than a small share of articles. Plans are the planner's estimates, the same on every machine; speed is the
// benchmark's business. PostgreSQL only: PGlite is the same planner, and filling it takes minutes.

const ARTICLES = 20_000;
const BIG_TABLES = new Set(['articles', 'mentions', 'positions', 'position_suggestions']);
let handle: DatabaseHandle;
const statements: { sql: string; params: unknown[] }[] = [];
let list: Operation[];
let app: ReturnType<typeof createApp>;

const request = (operation: Pick<Operation, 'query' | 'variables'>) =>
  app.fetch('http://plans.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: operation.query, variables: operation.variables }),
  });

/** A statement as the app sent it, its $n placeholders bound to its parameters again. */
function bound(text: string, params: unknown[]): SQL {
  const parts = text.split(/\$(\d+)/);
  return sql.join(parts.map((part, i) => (i % 2 === 0 ? sql.raw(part) : sql`${params[Number(part) - 1]}`)));
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Plan Rows': number;
  Plans?: PlanNode[];
}
const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];

type Explained = { 'QUERY PLAN': [{ Plan: PlanNode }] | string };
const planOf = (row: Explained) => (typeof row['QUERY PLAN'] === 'string' ? JSON.parse(row['QUERY PLAN']) : row['QUERY PLAN'])[0].Plan as PlanNode;

/** The plan of a statement for its parameters' values. */
async function customPlan(statement: { sql: string; params: unknown[] }): Promise<PlanNode> {
  const [row] = await handle.rows<Explained>(sql`explain (format json) ${bound(statement.sql, statement.params)}`);
  return planOf(row!);
}

/**
 * The plan PostgreSQL may keep for a statement prepared and run again and again (as src/sqlread runs the
 * statements of a query asked again): its generic plan, made for any values of its parameters.
 */
async function genericPlan(statement: { sql: string; params: unknown[] }): Promise<PlanNode> {
  const literal = (value: unknown) => (typeof value === 'number' ? String(value) : `'${String(value).replace(/'/g, "''")}'`);
  return handle.db.transaction(async (tx) => {
    await tx.execute(sql`set local plan_cache_mode = force_generic_plan`);
    await tx.execute(sql.raw(`prepare generic_plan as ${statement.sql}`));
    const values = statement.params.length ? `(${statement.params.map(literal).join(', ')})` : '';
    const [row] = (await tx.execute(sql.raw(`explain (format json) execute generic_plan${values}`))) as unknown as Explained[];
    await tx.execute(sql`deallocate generic_plan`);
    return planOf(row!);
  });
}

/**
 * Plans each statement the app issued and checks that none reads articles, mentions or positions
 * whole or sorts many articles; returns the indexes the plans use, each with how it is read.
 */
async function checkPlans(issued: { sql: string; params: unknown[] }[], plan = customPlan): Promise<Map<string, Set<string>>> {
  expect(issued.length).toBeGreaterThan(0);
  const indexes = new Map<string, Set<string>>();
  for (const statement of issued) {
    const tree = nodes(await plan(statement));
    expect(
      tree.filter((n) => n['Node Type'] === 'Seq Scan' && BIG_TABLES.has(n['Relation Name'] ?? '')),
      statement.sql,
    ).toEqual([]);
    expect(
      tree.filter((n) => n['Node Type'] === 'Sort' && n['Plan Rows'] > ARTICLES / 20),
      statement.sql,
    ).toEqual([]);
    for (const node of tree) if (node['Index Name']) indexes.set(node['Index Name'], (indexes.get(node['Index Name']) ?? new Set()).add(node['Node Type']));
  }
  return indexes;
}

describe.skipIf(databaseKind !== 'postgres')(`query plans on ${ARTICLES} articles`, () => {
  beforeAll(async () => {
    handle = await createTestDatabase({ logger: { logQuery: (query, params) => void statements.push({ sql: query, params }) } });
    await writeSynthetic(handle.db, { articles: ARTICLES, batchSize: 1000 });
    app = createApp({ db: handle.db });
    const parameters = await readParameters(handle.db);
    // The cursors a client would hold, by walking the pages.
    const walk = async (query: string, variables: Record<string, unknown>, pages: number) => {
      let cursor: string | null = null;
      for (let i = 0; i < pages; i++) {
        const body = (await (await request({ query, variables: { ...variables, cursor } })).json()) as {
          data: { articles: { pageInfo: { endCursor: string } } };
        };
        cursor = body.data.articles.pageInfo.endCursor;
      }
      return cursor;
    };
    list = operations(parameters, {
      q5: await walk(
        `query ($actor: String!, $topic: String!, $after: DateTime!, $before: DateTime!, $cursor: String) { articles(filter: { actor: $actor, topic: $topic, publishedAfter: $after, publishedBefore: $before }, first: 20, after: $cursor) { pageInfo { endCursor } } }`,
        { actor: parameters.filterActor, topic: parameters.filterTopic, after: parameters.after, before: parameters.before },
        parameters.q5Page - 1,
      ),
      deep: await walk(`query ($cursor: String) { articles(first: 20, after: $cursor) { pageInfo { endCursor } } }`, {}, parameters.deepPage - 1),
    });
  }, 300_000);
  afterAll(() => handle?.close());

  it('reach the pages the benchmark measures', () => {
    expect(list.map((o) => o.name)).toEqual(['Q1', 'Q1@500', 'Q2', 'Q3', 'Q4', 'Q5']);
    expect(list.find((o) => o.name === 'Q1@500')!.description).toContain('page 500');
  });

  const HISTORY = [
    {
      name: 'stanceChanges',
      query: `{ stanceChanges(first: 20) { nodes { from to previous { quote } position { quote actor { name } article { title } } } } }`,
      index: 'positions_dated_idx',
    },
    {
      name: 'stanceChanges of an actor',
      query: `query ($actor: String!) { stanceChanges(filter: { actor: $actor }, first: 20) { nodes { at position { quote } } } }`,
      index: 'positions_latest_idx',
    },
    {
      name: 'stanceHistory',
      query: `query ($actor: String!, $topic: String!) { actor(slug: $actor) { stanceHistory(topic: $topic, first: 20) { nodes { stance quote } } } }`,
      index: 'positions_latest_idx',
    },
  ];
  for (const { name, query, index } of HISTORY)
    it(`${name}: reads positions in time order off an index, never whole`, async () => {
      const [busiest] = await handle.rows<{ actor: string; topic: string }>(
        sql`select a.slug as actor, t.slug as topic from positions p join actors a on a.id = p.actor_id join topics t on t.id = p.topic_id
            group by a.id, t.id order by count(*) desc, a.id, t.id limit 1`,
      );
      statements.length = 0;
      const body = (await (await request({ query, variables: busiest! })).json()) as { errors?: unknown; data: unknown };
      expect(body.errors).toBeUndefined();
      expect([...(await checkPlans([...statements])).keys()]).toContain(index);
    });

  /** The indexes each operation's pages must be read off (articles, and each actor's positions). */
  const PAGE_INDEXES: Record<string, string[]> = {
    Q1: ['articles_newest_idx', 'positions_actor_idx'],
    'Q1@500': ['articles_newest_idx', 'positions_actor_idx'],
    Q2: ['positions_actor_idx'],
    Q3: ['positions_latest_idx'],
  };

  /** Runs a benchmark operation and checks the plans (`plan`) of the statements it issued, and that its pages are read off their indexes. */
  async function checkOperation(name: string, plan = customPlan) {
    const operation = list.find((o) => o.name === name)!;
    statements.length = 0;
    expect(((await (await request(operation)).json()) as { errors?: unknown }).errors).toBeUndefined();
    const indexes = await checkPlans([...statements], plan);
    // A page is read off its index in order and stops at its end: by an index scan, never a
    // bitmap of all the parent's rows and a sort (planned for the average parent, not the busiest).
    for (const index of PAGE_INDEXES[name] ?? []) expect([...(indexes.get(index) ?? [])], index).toEqual([expect.stringMatching(/^Index (Only )?Scan$/)]);
  }

  for (const name of ['Q1', 'Q1@500', 'Q2', 'Q3', 'Q4', 'Q5'])
    it(`${name}: no statement scans articles, mentions or positions whole, or sorts many articles`, () => checkOperation(name));

  for (const name of ['Q1', 'Q1@500', 'Q2', 'Q3', 'Q5'])
    it(`${name}: planned once for every run (a generic plan), no statement scans or sorts whole tables either`, () => checkOperation(name, genericPlan));

  describe('the review queue', () => {
    // Suggestions as an engine run over every article would leave them (one per position, on another
    // stance, so that none duplicates it), two in three still pending, a few decided.
    beforeAll(async () => {
      await handle.rows(sql`insert into position_suggestions (article_id, actor_id, topic_id, stance, quote, quote_field, quote_start, quote_end,
          statement, confidence, extractor, extractor_version, status, reviewed_by, reviewed_at, reason)
        select article_id, actor_id, topic_id, (case stance when 'SUPPORTS' then 'OPPOSES' else 'SUPPORTS' end)::stance, quote, 'summary', 0, length(quote),
          statement, (id % 97) / 96.0, 'rules', '3',
          (case id % 3 when 0 then 'ACCEPTED' when 1 then 'REJECTED' else 'PENDING' end)::suggestion_status,
          case when id % 3 < 2 then 'alice' end, case when id % 3 < 2 then now() end, case when id % 3 = 1 then 'Not a position.' end
        from positions where id % 3 <> 0 or id % 2 = 0
        on conflict do nothing`);
      await handle.rows(sql`analyze position_suggestions`);
      const [{ n }] = (await handle.rows<{ n: number }>(sql`select count(*)::int as n from position_suggestions`)) as [{ n: number }];
      expect(n).toBeGreaterThan(ARTICLES);
    }, 120_000);

    /** The indexes the queue's orders and filters are read off (migration suggestions). */
    const QUEUE_INDEXES = [
      'position_suggestions_status_idx',
      'position_suggestions_confidence_idx',
      'position_suggestions_actor_idx',
      'position_suggestions_topic_idx',
      'position_suggestions_article_idx',
    ];
    const QUEUE = `query ($filter: SuggestionFilter, $orderBy: SuggestionOrder, $after: String) {
      positionSuggestions(filter: $filter, orderBy: $orderBy, first: 20, after: $after) {
        totalCount nodes { stance quote confidence actor { name } topic { name } article { title } } pageInfo { endCursor } } }`;

    const busiest = async () =>
      (
        await handle.rows<{ actor: string; topic: string; article: string }>(
          sql`select a.slug as actor, t.slug as topic, (select slug from articles where id = max(s.article_id)) as article
              from position_suggestions s join actors a on a.id = s.actor_id join topics t on t.id = s.topic_id
              where s.status = 'PENDING' group by a.id, t.id order by count(*) desc, a.id, t.id limit 1`,
        )
      )[0]!;

    for (const orderBy of ['NEWEST', 'CONFIDENCE'])
      for (const narrowed of ['', 'actor', 'topic', 'article'])
        it(`${orderBy}${narrowed ? `, of one ${narrowed}` : ''}: reads a page off an index, never the table whole, and the next page too`, async () => {
          const names = await busiest();
          const filter = { status: ['PENDING'], ...(narrowed ? { [narrowed]: names[narrowed as keyof typeof names] } : {}) };
          statements.length = 0;
          const first = (await (await request({ query: QUEUE, variables: { filter, orderBy } })).json()) as {
            errors?: unknown;
            data: { positionSuggestions: { nodes: unknown[]; pageInfo: { endCursor: string } } };
          };
          expect(first.errors).toBeUndefined();
          expect(first.data.positionSuggestions.nodes.length).toBeGreaterThan(0);
          const issued = [...statements];
          const indexes = [...(await checkPlans(issued)).keys()];
          expect(indexes.filter((name) => QUEUE_INDEXES.includes(name)).length, indexes.join(', ')).toBeGreaterThan(0);
          // Kept and run again, the statements are planned once: that plan reads no table whole either.
          await checkPlans(issued, genericPlan);
          statements.length = 0;
          const after = first.data.positionSuggestions.pageInfo.endCursor;
          expect(((await (await request({ query: QUEUE, variables: { filter, orderBy, after } })).json()) as { errors?: unknown }).errors).toBeUndefined();
          await checkPlans([...statements]);
        });
  });
});
