import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import {
  getNamedType,
  isEnumType,
  isObjectType,
  isScalarType,
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLObjectType,
} from 'graphql';
import { format } from 'sql-formatter';
import type { DatabaseHandle } from '../../src/db/client.js';
import { schema } from '../../src/graphql/schema.js';
import { articles } from '../../src/db/tables.js';
import { acceptSuggestion, rejectSuggestion } from '../../src/models/suggestions/review.js';
import { loadKnown, suggestFor } from '../../src/models/suggestions/store.js';
import { writeSynthetic } from '../../src/seed/synthetic.js';
import { PAGE_ARGUMENTS, type FieldRead, type RootRead } from '../../src/sqlread/declare.js';
import { createSeededDatabase } from '../helpers/database.js';
import { graphqlClient } from '../helpers/graphql.js';

// Both engines give every declared field the same answer, to the byte. The queries are generated from
// the declarations (src/sqlread/declare.ts): for each root field the compiled read serves, one query
// asking every declared field of its type, and of the types it leads to, two levels down (a
// connection's own arguments also set, in a second alias); for a root list, also one with every
// field of its filter set and one per order; and for every argument that names a record, one query
// where it names nothing, which both engines must refuse alike. Each runs both ways on the seed plus
// 300 synthetic articles; the compiled statements are kept as golden files (golden/<query>.sql), so
// that a change of a statement's shape shows in review (`npx vitest run test/sqlread -u` rewrites them).

/**
 * A value for each argument a generated query gives: by `Type.field.argument` (root fields), by
 * `InputType.field` (filters), or by argument name (connections' own arguments).
 */
const EXAMPLES: Record<string, string> = {
  'Query.article.slug': '"zelenskyy-rejects-china-as-security-guarantor-for-ukraine"',
  'Query.actor.slug': '"united-kingdom"',
  'Query.actorByName.name': '"Zelenskiy"',
  'Query.topic.slug': '"security-guarantees"',
  'Query.stanceMatrix.actors': '["UK", "France", "Russia", "Keir Starmer"]',
  'Query.stanceMatrix.topics': '["troop-deployment", "ceasefire", "security-guarantees"]',
  'ArticleFilter.actor': '"UK"',
  'ArticleFilter.topic': '"security-guarantees"',
  'ArticleFilter.includeSubtopics': 'true',
  'ArticleFilter.search': '"troops"',
  'ArticleFilter.publishedAfter': '"2019-01-01T00:00:00Z"',
  'ArticleFilter.publishedBefore': '"2026-01-01T00:00:00Z"',
  'ActorFilter.kind': 'COUNTRY',
  'ActorFilter.search': '"an"',
  'ActorFilter.topic': '"security-guarantees"',
  'ActorFilter.includeSubtopics': 'true',
  'ActorFilter.hasPositions': 'true',
  'PositionFilter.actor': '"synthetic-person-00001"',
  'PositionFilter.topic': '"synthetic-poltalis"',
  'PositionFilter.includeSubtopics': 'true',
  'PositionFilter.stance': 'SUPPORTS',
  'PositionFilter.statedAfter': '"2019-01-01T00:00:00Z"',
  'PositionFilter.statedBefore': '"2026-01-01T00:00:00Z"',
  'TopicFilter.parent': '"security-guarantees"',
  'SuggestionFilter.article': '"zelenskyy-rejects-china-as-security-guarantor-for-ukraine"',
  'SuggestionFilter.actor': '"Zelenskyy"',
  'SuggestionFilter.topic': '"guarantor-eligibility"',
  'SuggestionFilter.status': '[PENDING, REJECTED]',
  'SuggestionFilter.minConfidence': '0.5',
  topic: '"security-guarantees"',
  includeSubtopics: 'true',
  stance: 'SUPPORTS',
};

/** The arguments that name a record: each is also asked with a name that names nothing. */
const NAMES = [
  'ArticleFilter.actor',
  'ArticleFilter.topic',
  'ActorFilter.topic',
  'PositionFilter.actor',
  'PositionFilter.topic',
  'TopicFilter.parent',
  'SuggestionFilter.article',
  'SuggestionFilter.actor',
  'SuggestionFilter.topic',
  'Query.stanceMatrix.actors',
  'Query.stanceMatrix.topics',
  'topic',
];
const UNKNOWN = (key: string) => (key.startsWith('Query.stanceMatrix') ? '["UK", "nobody-at-all"]' : '"nobody-at-all"');

/** Filters that leave something out when set together (a root-topic filter cannot go with rootsOnly). */
const APART = new Set(['TopicFilter.rootsOnly']);

/** How far below a root's own type the generated selection reaches. */
const DEPTH = 2;
const PAGE = 3;

const readOf = (field: GraphQLField<unknown, unknown>) => (field.extensions as { sqlRead?: FieldRead | RootRead }).sqlRead;
const isLeaf = (field: GraphQLField<unknown, unknown>) => {
  const type = getNamedType(field.type);
  return isScalarType(type) || isEnumType(type);
};

/** The fields the generated queries ask for, as `Type.field`. */
const covered = new Set<string>();

/**
 * Every field of `type` the compiled read serves, as a selection, `depth` levels of relations down;
 * `unknown`: a connection argument to ask with a name that names nothing instead of its example.
 */
function selection(type: GraphQLObjectType, depth: number, unknown?: string): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    const read = readOf(field) as FieldRead | undefined;
    if (read && (isLeaf(field) || depth > 0)) covered.add(`${type.name}.${field.name}`);
    if (field.name === 'id' && type.getInterfaces().some((i) => i.name === 'Node')) parts.push('id');
    else if (!read) continue;
    else if (isLeaf(field)) parts.push(field.name);
    else if (depth === 0) continue;
    else if ('relation' in read && read.connection) {
      const node = getNamedType(field.type) as GraphQLObjectType;
      const nodeType = getNamedType(node.getFields().nodes!.type) as GraphQLObjectType;
      const inner = selection(nodeType, depth - 1, unknown);
      const page = (args: string) =>
        `(first: ${PAGE}${args}) { totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { ${inner} } } nodes { ${inner} } }`;
      parts.push(`${field.name}${page('')}`);
      const own = field.args.filter((a) => !PAGE_ARGUMENTS.includes(a.name));
      const value = (name: string) => (name === unknown ? UNKNOWN(name) : example(name));
      if (own.length) parts.push(`${field.name}WithArguments: ${field.name}${page(own.map((a) => `, ${a.name}: ${value(a.name)}`).join(''))}`);
    } else {
      // The stance matrix's own types (read by its root's statement) are steps of its shape, not relations.
      const step = 'custom' in read ? 0 : 1;
      parts.push(`${field.name} { ${selection(getNamedType(field.type) as GraphQLObjectType, depth - step, unknown)} }`);
    }
  }
  return parts.join(' ');
}

function example(key: string): string {
  const value = EXAMPLES[key];
  if (value === undefined) throw new Error(`no example value for the argument ${key}: add one to EXAMPLES`);
  return value;
}

/** A generated query: its name (and golden file's), its text, and whether both engines must refuse it. */
type Generated = { name: string; query: string; refused?: boolean };

/** The queries generated for every root field the compiled read serves. */
function generated(): Generated[] {
  const query = schema.getQueryType()!;
  return Object.values(query.getFields()).flatMap((field): Generated[] => {
    const read = readOf(field) as RootRead | undefined;
    if (!read) return [];
    const type = getNamedType(field.type) as GraphQLObjectType;
    if ('list' in read) {
      const nodeType = getNamedType(type.getFields().nodes!.type) as GraphQLObjectType;
      const list = (args: string, unknown?: string) => {
        const inner = selection(nodeType, DEPTH, unknown);
        return `{ ${field.name}(first: ${PAGE}${args}) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${inner} } } nodes { ${inner} } } }`;
      };
      const filter = field.args.find((a) => a.name === 'filter');
      const filterType = filter && (getNamedType(filter.type) as GraphQLInputObjectType);
      const filterFields = filterType ? Object.values(filterType.getFields()).filter((f) => !APART.has(`${filterType.name}.${f.name}`)) : [];
      const filterArg = (fields: typeof filterFields, value: (key: string) => string) =>
        `, filter: { ${fields.map((f) => `${f.name}: ${value(`${filterType!.name}.${f.name}`)}`).join(', ')} }`;
      const order = field.args.find((a) => a.name === 'orderBy');
      const orders = order ? (getNamedType(order.type) as GraphQLEnumType).getValues().map((v) => v.name) : [];
      return [
        { name: field.name, query: list('') },
        ...(filterType ? [{ name: `${field.name}-filtered`, query: list(filterArg(filterFields, example)) }] : []),
        ...orders.map((o) => ({ name: `${field.name}-${o}`, query: list(`${o === 'RELEVANCE' ? filterArg(filterFields, example) : ''}, orderBy: ${o}`) })),
        // A name that names nothing, in its filter or in a connection below.
        ...filterFields
          .filter((f) => NAMES.includes(`${filterType!.name}.${f.name}`))
          .map((f) => ({ name: `${field.name}-unknown-${f.name}`, query: list(filterArg([f], () => UNKNOWN(f.name))), refused: true })),
        ...(field.name === 'actors' ? [{ name: 'actors-unknown-nested-topic', query: list('', 'topic'), refused: true }] : []),
      ];
    }
    const required = field.args.filter((a) => !PAGE_ARGUMENTS.includes(a.name));
    const call = (value: (key: string) => string) =>
      required.length ? `(${required.map((a) => `${a.name}: ${value(`Query.${field.name}.${a.name}`)}`).join(', ')})` : '';
    // Below the matrix (rows × cells, each a position), the table types one level down: they are covered two levels down from their own roots.
    const depth = 'custom' in read ? DEPTH - 1 : DEPTH;
    return [
      { name: field.name, query: `{ ${field.name}${call(example)} { ${selection(type, depth)} } }` },
      ...required
        .filter((a) => NAMES.includes(`Query.${field.name}.${a.name}`))
        .map((a) => ({
          name: `${field.name}-unknown-${a.name}`,
          query: `{ ${field.name}${call((key) => (key === `Query.${field.name}.${a.name}` ? UNKNOWN(key) : example(key)))} { ${selection(type, depth)} } }`,
          refused: true,
        })),
      // A name that names nothing in a connection below the root's rows (the matrix's actors' positions).
      ...('custom' in read || field.name === 'actor'
        ? [{ name: `${field.name}-unknown-nested-topic`, query: `{ ${field.name}${call(example)} { ${selection(type, depth, 'topic')} } }`, refused: true }]
        : []),
    ];
  });
}

let handle: DatabaseHandle;
let statements: { query: string; params: unknown[] }[] = [];
let direct: ReturnType<typeof graphqlClient>;
let resolved: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  handle = await createSeededDatabase({ logger: { logQuery: (query, params) => void statements.push({ query, params }) } });
  await writeSynthetic(handle.db, { articles: 300, batchSize: 100 });
  // Values of every shape: undated positions, dates with microseconds, affiliations with and without dates.
  await handle.rows(sql`update articles set published_at = published_at + interval '123456 microseconds' where id % 7 = 0`);
  await handle.rows(sql`update positions p set stated_at = null, dated_at = a.published_at from articles a where a.id = p.article_id and p.id % 5 = 0`);
  await handle.rows(sql`update affiliations set started_on = '0999-05-20', ended_on = case when id % 2 = 0 then date '2024-07-05' end where id % 3 <> 1`);
  // Suggestions for every article, some of them decided: accepted (with their position), rejected.
  await handle.db.transaction(async (tx) => suggestFor(tx, await tx.select().from(articles), await loadKnown(tx)));
  const made = await handle.rows<{ id: number }>(sql`select id from position_suggestions order by id`);
  expect(made.length).toBeGreaterThan(10);
  for (const { id } of made.filter((_, i) => i % 4 === 1)) await handle.db.transaction((tx) => acceptSuggestion(tx, { id }, 'alice'));
  for (const { id } of made.filter((_, i) => i % 4 === 2)) await handle.db.transaction((tx) => rejectSuggestion(tx, { id, reason: 'Not a position.' }, 'bob'));
  direct = graphqlClient(handle.db);
  resolved = graphqlClient(handle.db, { sqlReads: false });
}, 120_000);
afterAll(() => handle?.close());

const goldenSql = (run: typeof statements) =>
  run
    .map(
      ({ query, params }) =>
        `-- parameters: ${JSON.stringify(params)}\n${format(query, { language: 'postgresql', keywordCase: 'lower', expressionWidth: 100 })};\n`,
    )
    .join('\n');

describe('every declared field, both engines', () => {
  const queries = generated();

  it('generates queries for every root field the compiled read serves, covering every declared field', () => {
    expect([...new Set(queries.map((q) => q.name.split('-')[0]))].sort()).toEqual([
      'actor',
      'actorByName',
      'actors',
      'article',
      'articles',
      'positionSuggestions',
      'positions',
      'stanceMatrix',
      'topic',
      'topics',
    ]);
    const declared = Object.values(schema.getTypeMap()).flatMap((type) =>
      isObjectType(type) && type !== schema.getQueryType()
        ? Object.values(type.getFields())
            .filter((f) => readOf(f))
            .map((f) => `${type.name}.${f.name}`)
        : [],
    );
    expect(
      declared.filter((name) => !covered.has(name)),
      'declared fields no generated query asks for',
    ).toEqual([]);
    // Every argument that names a record is asked once with a name that names nothing.
    expect(queries.filter((q) => q.refused).length).toBeGreaterThanOrEqual(NAMES.length);
  });

  for (const { name, query, refused } of queries)
    it(`${name}: the same bytes through the compiled read and the resolvers${refused ? ', refused alike' : ''}`, async () => {
      statements = [];
      const viaSql = await direct.request(query);
      const compiled = statements;
      statements = [];
      const viaResolvers = await resolved.request(query);
      expect(JSON.stringify(viaSql)).toBe(JSON.stringify(viaResolvers));
      if (refused) {
        expect(viaSql.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
        expect(JSON.stringify(viaSql.errors)).toContain('nobody-at-all');
        return;
      }
      expect(viaSql.errors).toBeUndefined();
      // Read by the compiled read: its statements alias every table sgN, and it ran them (resolvers' would follow).
      const read = compiled.filter((s) => /"sg\d+"/.test(s.query));
      expect(read.length, 'statements of the compiled read').toBeGreaterThan(0);
      expect(
        compiled.filter((s) => !/"sg\d+"/.test(s.query) && !/^select json_build_array/.test(s.query)),
        'statements of the resolvers',
      ).toEqual([]);
      await expect(goldenSql(compiled)).toMatchFileSnapshot(`golden/${name}.sql`);
    });

  it('asks what it compares: the answers hold rows at every level, and filtered lists rows too', async () => {
    const articles = (await direct.request(queries.find((q) => q.name === 'articles')!.query)).data.articles;
    expect(articles.nodes).toHaveLength(PAGE);
    expect(articles.nodes.some((a: { actors: { positions: { nodes: unknown[] } }[] }) => a.actors.some((actor) => actor.positions.nodes.length > 0))).toBe(
      true,
    );
    for (const name of ['actors-filtered', 'positions-filtered', 'topics-filtered'])
      expect((await direct.request(queries.find((q) => q.name === name)!.query)).data[name.split('-')[0]!].nodes.length, name).toBeGreaterThan(0);
  });
});
