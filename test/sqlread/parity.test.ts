import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { getNamedType, isEnumType, isObjectType, isScalarType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { format } from 'sql-formatter';
import type { DatabaseHandle } from '../../src/db/client.js';
import { schema } from '../../src/graphql/schema.js';
import { writeSynthetic } from '../../src/seed/synthetic.js';
import type { FieldRead, RootRead } from '../../src/sqlread/declare.js';
import { createSeededDatabase } from '../helpers/database.js';
import { graphqlClient } from '../helpers/graphql.js';

// Both engines give every declared field the same answer, to the byte. The queries are generated from
// the declarations (src/sqlread/declare.ts): for each root field the compiled read serves, one query
// asking every declared field of its type, and of the types it leads to, two levels down (a
// connection's own arguments also set, in a second alias). Each runs both ways on the seed plus 300
// synthetic articles; the compiled statements are kept as golden files (golden/<root field>.sql), so
// that a change of a statement's shape shows in review (`npx vitest run test/sqlread -u` rewrites them).

/** A value for each argument a generated query must give, by `Type.field.argument` (root fields) or by argument name (connections). */
const EXAMPLES: Record<string, string> = {
  'Query.article.slug': '"zelenskyy-rejects-china-as-security-guarantor-for-ukraine"',
  'Query.actor.slug': '"united-kingdom"',
  'Query.actorByName.name': '"Zelenskiy"',
  'Query.topic.slug': '"security-guarantees"',
  'Query.stanceMatrix.actors': '["UK", "France", "Russia", "Keir Starmer"]',
  'Query.stanceMatrix.topics': '["troop-deployment", "ceasefire", "security-guarantees"]',
  topic: '"security-guarantees"',
  includeSubtopics: 'true',
  stance: 'SUPPORTS',
};

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

/** Every field of `type` the compiled read serves, as a selection, `depth` levels of relations down. */
function selection(type: GraphQLObjectType, depth: number): string {
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
      const inner = selection(nodeType, depth - 1);
      const page = (args: string) =>
        `(first: ${PAGE}${args}) { totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { ${inner} } } nodes { ${inner} } }`;
      parts.push(`${field.name}${page('')}`);
      const own = field.args.filter((a) => !['first', 'last', 'after', 'before'].includes(a.name));
      if (own.length) parts.push(`${field.name}WithArguments: ${field.name}${page(own.map((a) => `, ${a.name}: ${example(a.name)}`).join(''))}`);
    } else {
      // The stance matrix's own types (read by its root's statement) are steps of its shape, not relations.
      const step = 'custom' in read ? 0 : 1;
      parts.push(`${field.name} { ${selection(getNamedType(field.type) as GraphQLObjectType, depth - step)} }`);
    }
  }
  return parts.join(' ');
}

function example(key: string): string {
  const value = EXAMPLES[key];
  if (value === undefined) throw new Error(`no example value for the argument ${key}: add one to EXAMPLES`);
  return value;
}

/** One query per root field the compiled read serves. */
function generated(): [string, string][] {
  const query = schema.getQueryType()!;
  return Object.values(query.getFields()).flatMap((field): [string, string][] => {
    const read = readOf(field) as RootRead | undefined;
    if (!read) return [];
    const required = field.args.filter((a) => a.name !== 'filter' && a.name !== 'orderBy' && !['first', 'last', 'after', 'before'].includes(a.name));
    const args = required.map((a) => `${a.name}: ${example(`Query.${field.name}.${a.name}`)}`);
    const type = getNamedType(field.type) as GraphQLObjectType;
    if ('list' in read) {
      const nodeType = getNamedType(type.getFields().nodes!.type) as GraphQLObjectType;
      const inner = selection(nodeType, DEPTH);
      return [
        [
          field.name,
          `{ ${field.name}(first: ${PAGE}) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${inner} } } nodes { ${inner} } } }`,
        ],
      ];
    }
    // Below the matrix (rows × cells, each a position), the table types one level down: they are covered two levels down from their own roots.
    const depth = 'custom' in read ? DEPTH - 1 : DEPTH;
    return [[field.name, `{ ${field.name}${args.length ? `(${args.join(', ')})` : ''} { ${selection(type, depth)} } }`]];
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

  it('generates a query for every root field the compiled read serves, covering every declared field', () => {
    expect(queries.map(([name]) => name).sort()).toEqual([
      'actor',
      'actorByName',
      'actors',
      'article',
      'articles',
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
  });

  for (const [name, query] of queries)
    it(`${name}: the same bytes through the compiled read and the resolvers, in one statement per root (and its count)`, async () => {
      statements = [];
      const viaSql = await direct.request(query);
      const compiled = statements;
      statements = [];
      const viaResolvers = await resolved.request(query);
      expect(viaSql.errors).toBeUndefined();
      expect(JSON.stringify(viaSql)).toBe(JSON.stringify(viaResolvers));
      expect(
        compiled.every((s) => /json_build_object\(|count\(\*\)/.test(s.query)),
        'answered by the compiled read',
      ).toBe(true);
      expect(compiled.length).toBe(name.endsWith('s') && name !== 'stanceMatrix' ? 2 : 1);
      await expect(goldenSql(compiled)).toMatchFileSnapshot(`golden/${name}.sql`);
    });

  it('asks what it compares: the answers hold rows at every level', async () => {
    const articles = (await direct.request(queries.find(([name]) => name === 'articles')![1])).data.articles;
    expect(articles.nodes).toHaveLength(PAGE);
    expect(articles.nodes.some((a: { actors: { positions: { nodes: unknown[] } }[] }) => a.actors.some((actor) => actor.positions.nodes.length > 0))).toBe(
      true,
    );
  });
});
