import { describe, expect, it } from 'vitest';
import { seededSuite } from '../helpers/suite.js';

// One rule for every argument, over HTTP: the page rule on every connection whatever is selected,
// BAD_USER_INPUT naming the argument on every argument error, unknown names refused everywhere,
// and one answer to search text with nothing to search for.

const suite = seededSuite();

/** The errors of an operation that must be refused, and how many SQL statements it ran. */
async function refused(query: string, variables?: Record<string, unknown>) {
  const { result, statements } = await suite.counted(query, variables);
  expect(result.errors, query).toBeDefined();
  return { errors: result.errors!, statements, data: result.data };
}

describe('the page rule', () => {
  it.each([
    ['{ articles(first: 1000) { totalCount } }', 'first', 'Query.articles', 'must be at most 100 (got 1000); page through the rest with cursors.'],
    ['{ actors(first: -1) { totalCount } }', 'first', 'Query.actors', 'must not be negative (got -1).'],
    ['{ positions(last: 500) { totalCount } }', 'last', 'Query.positions', 'must be at most 100 (got 500); page through the rest with cursors.'],
    [
      '{ actor(slug: "russia") { positions(first: 1000) { totalCount } } }',
      'first',
      'Actor.positions',
      'must be at most 100 (got 1000); page through the rest with cursors.',
    ],
    [
      '{ topic(slug: "ceasefire") { articles(last: 101) { totalCount } } }',
      'last',
      'Topic.articles',
      'must be at most 100 (got 101); page through the rest with cursors.',
    ],
    ['{ articles(after: "%%%") { totalCount } }', 'after', 'Query.articles', 'is not a cursor of this list (got "%%%").'],
    ['{ actor(slug: "russia") { articles(before: "%%%") { totalCount } } }', 'before', 'Actor.articles', 'is not a cursor of this list (got "%%%").'],
    ['{ search(query: "Russia", after: "%%%") { totalCount } }', 'after', 'Query.search', 'is not a cursor of this list (got "%%%").'],
    [
      '{ articles(first: 2, last: 2) { totalCount } }',
      'last',
      'Query.articles',
      'cannot be combined with `first`: page forwards with first/after, or backwards with last/before.',
    ],
  ])('%s is refused before any SQL runs', async (query, argument, field, problem) => {
    const { errors, statements: ran, data } = await refused(query);
    expect(errors).toEqual([
      { message: `Argument "${argument}" ${problem}`, locations: [expect.any(Object)], extensions: { code: 'BAD_USER_INPUT', argument, field } },
    ]);
    expect(data).toBeUndefined();
    expect(ran).toBe(0);
  });

  it('applies to page sizes given as variables and inside fragments', async () => {
    const query = `query ($n: Int) { actor(slug: "russia") { ...P } } fragment P on Actor { positions(first: $n) { totalCount } }`;
    // The same document let through twice with one size (then remembered as checked) is still refused with another.
    for (let i = 0; i < 2; i++) expect((await suite.gql.data(query, { n: 5 })).actor.positions.totalCount).toBeGreaterThan(0);
    const { errors } = await refused(query, { n: 500 });
    expect(errors[0]).toMatchObject({
      message: 'Argument "first" must be at most 100 (got 500); page through the rest with cursors.',
      extensions: { field: 'Actor.positions' },
    });
  });

  it('refuses a variable whose value GraphQL cannot take with BAD_USER_INPUT too (a fraction, an Int past 2^31, an unknown enum value)', async () => {
    for (const [query, variables] of [
      ['query ($n: Int) { articles(first: $n) { totalCount } }', { n: 1.5 }],
      ['query ($n: Int) { articles(first: $n) { totalCount } }', { n: 2 ** 31 }],
      ['query ($k: ActorKind) { actors(filter: { kind: $k }) { totalCount } }', { k: 'PLANET' }],
    ] as const) {
      const result = await suite.gql.request(query, variables);
      expect(result.data ?? null, JSON.stringify(variables)).toBeNull();
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
  });

  it('lets every page size from 0 to 100 through', async () => {
    const result = await suite.gql.data(`{ a: articles(first: 0) { totalCount nodes { slug } } b: articles(last: 100) { totalCount } }`);
    expect(result).toEqual({ a: { totalCount: 10, nodes: [] }, b: { totalCount: 10 } });
  });

  it('refuses a cursor of another list with BAD_USER_INPUT', async () => {
    const { search } = await suite.gql.data(`{ search(query: "Russia", first: 1) { pageInfo { endCursor } } }`);
    const { errors } = await refused(`query ($c: String) { actors(after: $c) { nodes { slug } } }`, { c: search.pageInfo.endCursor });
    expect(errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('refuses forged cursors of every connection with BAD_USER_INPUT: wrong types, out of range, too many values', async () => {
    const forge = (chunk: string) => Buffer.from(`DC:${chunk}`).toString('base64');
    const cursors = [
      'S:abc',
      'N:1.5',
      'N:99999999999',
      'S:2020-13-45',
      'J:[1,"x"]',
      'J:[1,2,3,4,5]',
      'J:[null]',
      'S:',
      // Text PostgreSQL cannot hold, or that it would store altered.
      'J:["a\\u0000b",1]',
      'J:["\\ud800",1]',
    ].map(forge);
    // Dates JavaScript parses and PostgreSQL refuses or reads otherwise, where the order holds a date.
    const dates = ['Mar 7', '2020-02-30T00:00:00+00:00', '2020-01-01T24:00:00+00:00', '2020-01-01', '2020-01-01T00:00:00+16:00'];
    const dated: [string, (date: string) => string][] = [
      ['{ articles(after: $c) { totalCount } }', (d) => `J:[${JSON.stringify(d)},1]`],
      ['{ stanceChanges(after: $c) { edges { cursor } } }', (d) => `J:[${JSON.stringify(d)},1]`],
      ['{ actor(slug: "russia") { stanceHistory(topic: "ceasefire", after: $c) { edges { cursor } } } }', (d) => `J:[${JSON.stringify(d)},1]`],
      ['{ positionSuggestions(after: $c) { totalCount } }', (d) => `J:[${JSON.stringify(d)},1]`],
    ];
    const lists = [
      '{ articles(after: $c) { totalCount } }',
      '{ actors(after: $c) { totalCount } }',
      '{ topics(after: $c) { totalCount } }',
      '{ positions(after: $c) { totalCount } }',
      '{ search(query: "Russia", after: $c) { totalCount } }',
      '{ actor(slug: "russia") { articles(after: $c) { totalCount } } }',
      '{ actor(slug: "russia") { positions(after: $c) { totalCount } } }',
      '{ topic(slug: "ceasefire") { articles(after: $c) { totalCount } } }',
      '{ topic(slug: "ceasefire") { positions(after: $c) { totalCount } } }',
      '{ stanceChanges(after: $c) { edges { cursor } } }',
      '{ actor(slug: "russia") { stanceHistory(topic: "ceasefire", after: $c) { edges { cursor } } } }',
      '{ positionSuggestions(after: $c) { totalCount } }',
      '{ positionSuggestions(after: $c, orderBy: CONFIDENCE) { totalCount } }',
    ];
    for (const list of lists)
      for (const cursor of cursors) {
        const result = await suite.gql.request(`query ($c: String) ${list}`, { c: cursor });
        expect(result.errors?.[0]?.extensions, `${list} ${Buffer.from(cursor, 'base64')}`).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
      }
    for (const [list, cursorOf] of dated) {
      // The cursors each list writes are taken back (the first page's end), the forged dates are not.
      const page = await suite.gql.request(`query ($c: String) ${list.replace('after: $c', 'first: 1, after: $c')}`, { c: null });
      expect(page.errors, list).toBeUndefined();
      for (const date of dates) {
        const result = await suite.gql.request(`query ($c: String) ${list}`, { c: forge(cursorOf(date)) });
        expect(result.errors?.[0]?.extensions, `${list} ${date}`).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
      }
    }
  });
});

describe('unknown names and slugs: the same error everywhere', () => {
  it.each([
    ['{ articles(filter: { topic: "no-such-topic" }) { totalCount } }', 'filter.topic', 'names no topic: there is no topic with slug "no-such-topic".'],
    ['{ actors(filter: { topic: "no-such-topic" }) { totalCount } }', 'filter.topic', 'names no topic: there is no topic with slug "no-such-topic".'],
    ['{ positions(filter: { topic: "no-such-topic" }) { totalCount } }', 'filter.topic', 'names no topic: there is no topic with slug "no-such-topic".'],
    ['{ topics(filter: { parent: "no-such-topic" }) { totalCount } }', 'filter.parent', 'names no topic: there is no topic with slug "no-such-topic".'],
    ['{ actor(slug: "russia") { positions(topic: "no-such-topic") { totalCount } } }', 'topic', 'names no topic: there is no topic with slug "no-such-topic".'],
    [
      '{ actor(slug: "russia") { positions(topic: "no-such-topic") { nodes { stance } } } }',
      'topic',
      'names no topic: there is no topic with slug "no-such-topic".',
    ],
    ['{ actor(slug: "russia") { stanceOn(topic: "no-such-topic") { stance } } }', 'topic', 'names no topic: there is no topic with slug "no-such-topic".'],
    [
      '{ stanceMatrix(topics: ["ceasefire", "no-such-topic"]) { topics { slug } } }',
      'topics[1]',
      'names no topic: there is no topic with slug "no-such-topic".',
    ],
    ['{ articles(filter: { actor: "Atlantis" }) { totalCount } }', 'filter.actor', 'names no actor: no actor has the slug, name or alias "Atlantis".'],
    ['{ positions(filter: { actor: "Atlantis" }) { totalCount } }', 'filter.actor', 'names no actor: no actor has the slug, name or alias "Atlantis".'],
    ['{ stanceMatrix(actors: ["UK", "Atlantis"]) { topics { slug } } }', 'actors[1]', 'names no actor: no actor has the slug, name or alias "Atlantis".'],
  ])('%s', async (query, argument, problem) => {
    const { errors } = await refused(query);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ message: `Argument "${argument}" ${problem}`, extensions: { code: 'BAD_USER_INPUT', argument } });
  });

  it('actorByName is a lookup, not an argument that must name someone: null for an unknown name', async () => {
    expect(await suite.gql.data(`{ actorByName(name: "Atlantis") { slug } }`)).toEqual({ actorByName: null });
    // It resolves names as the filters do: by slug too.
    expect(await suite.gql.data(`{ actorByName(name: "united-kingdom") { slug } }`)).toEqual({ actorByName: { slug: 'united-kingdom' } });
  });

  it('looks a name up once per request, however many rows ask for it: in the statement that reads them', async () => {
    const named = await suite.counted(`{ articles(first: 10) { nodes { actors { positions(topic: "troop-deployment") { totalCount } } } } }`);
    const unnamed = await suite.counted(`{ articles(first: 10) { nodes { actors { positions { totalCount } } } } }`);
    expect(named.statements).toBe(unnamed.statements);
    const actors = named.result.data.articles.nodes.flatMap((a: any) => a.actors);
    expect(actors.filter((a: any) => a.positions.totalCount > 0).length).toBeGreaterThan(0);
  });
});

describe('search text with nothing to search for: one answer', () => {
  it.each([
    ['the', 'has no word to search for ("the" holds only operators or common words).'],
    ['- OR', 'has no word to search for ("- OR" holds only operators or common words).'],
    ['   ', 'must not be empty.'],
  ])('"%s" is refused alike by search(query) and articles(filter: {search})', async (text, problem) => {
    const search = await refused(`query ($t: String!) { search(query: $t) { totalCount } }`, { t: text });
    const articles = await refused(`query ($t: String!) { articles(filter: { search: $t }) { totalCount } }`, { t: text });
    expect(search.errors[0]).toMatchObject({ message: `Argument "query" ${problem}`, extensions: { code: 'BAD_USER_INPUT', argument: 'query' } });
    expect(articles.errors[0]).toMatchObject({
      message: `Argument "filter.search" ${problem}`,
      extensions: { code: 'BAD_USER_INPUT', argument: 'filter.search' },
    });
  });

  it('a text over the length limit is refused alike, without echoing it', async () => {
    const text = 'troops '.repeat(100);
    const search = await refused(`query ($t: String!) { search(query: $t) { totalCount } }`, { t: text });
    const articles = await refused(`query ($t: String!) { articles(filter: { search: $t }) { totalCount } }`, { t: text });
    expect(search.errors[0]!.message).toBe('Argument "query" must be at most 500 characters (got 699).');
    expect(articles.errors[0]!.message).toBe('Argument "filter.search" must be at most 500 characters (got 699).');
  });
});

describe('the size and content of every text and list', () => {
  it.each([
    ['query ($v: String!) { actorByName(name: $v) { slug } }', 'name', 'Query.actorByName'],
    ['query ($v: String!) { article(slug: $v) { slug } }', 'slug', 'Query.article'],
    ['query ($v: String!) { articles(filter: { actor: $v }) { totalCount } }', 'filter.actor', 'Query.articles'],
    ['query ($v: ID!) { node(id: $v) { id } }', 'id', 'Query.node'],
  ])('%s: a megabyte of text is refused before any SQL, without echoing it', async (query, argument, field) => {
    const { errors, statements } = await refused(query, { v: 'x'.repeat(1_000_000) });
    expect(errors[0]).toMatchObject({
      message: `Argument "${argument}" must be at most 1000 characters (got 1000000).`,
      extensions: { code: 'BAD_USER_INPUT', argument, field },
    });
    expect(JSON.stringify(errors).length).toBeLessThan(1000);
    expect(statements).toBe(0);
  });

  it('refuses NUL bytes and other control characters anywhere, queries and mutation inputs alike', async () => {
    const read = await refused(`query ($v: String!) { actorByName(name: $v) { slug } }`, { v: 'Zelen\u0000skyy' });
    expect(read.errors[0]!.message).toBe('Argument "name" must not contain control characters (found U+0000 at position 6).');
    const write = await refused(`mutation ($input: CreateActorInput!) { createActor(input: $input) { actor { slug } } }`, {
      input: { name: 'Someone', kind: 'PERSON', aliases: ['fine', 'bell\u0007'] },
    });
    expect(write.errors[0]).toMatchObject({
      message: 'Argument "input.aliases[1]" must not contain control characters (found U+0007 at position 5).',
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.aliases[1]' },
    });
    expect(write.statements).toBe(0);
    // Tabs and line breaks are text.
    expect((await suite.gql.data(`query ($v: String!) { actorByName(name: $v) { slug } }`, { v: 'Kremlin\n' })).actorByName).toEqual({ slug: 'russia' });
  });

  it('refuses a lone surrogate (text that would be stored as U+FFFD), in a variable or in the document', async () => {
    const variable = await refused(`mutation ($input: CreateActorInput!) { createActor(input: $input) { actor { slug } } }`, {
      input: { name: 'Some\ud800one', kind: 'PERSON' },
    });
    expect(variable.errors[0]).toMatchObject({
      message: 'Argument "input.name" must be valid Unicode text (found a lone surrogate U+D800 at position 5).',
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.name' },
    });
    expect(variable.statements).toBe(0);
    const inline = await suite.gql.request(`{ actorByName(name: "Zelen\\udc00skyy") { slug } }`);
    // (graphql-js refuses it in the document itself.)
    expect(inline.errors?.[0]).toMatchObject({
      message: 'Syntax Error: Invalid Unicode escape sequence: "\\udc00".',
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    // A pair is a character: "𝔘" is text.
    expect((await suite.gql.data(`query ($v: String!) { actorByName(name: $v) { slug } }`, { v: '\ud835\udd18' })).actorByName).toBeNull();
  });

  it('lets a long article body through, up to its own limit', async () => {
    const body = 'Troops. '.repeat(10_000);
    const { createArticle } = await suite.gql.data(
      `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { article { slug } userErrors { code } } }`,
      { input: { title: 'A long article', summary: 'Long.', body } },
    );
    expect(createArticle).toEqual({ article: { slug: 'a-long-article' }, userErrors: [] });
  });

  it('refuses a list of more than 100 entries', async () => {
    const { errors } = await refused(`query ($a: [String!]) { stanceMatrix(actors: $a) { topics { slug } } }`, { a: Array.from({ length: 101 }, () => 'UK') });
    expect(errors[0]!.message).toBe('Argument "actors" may hold at most 100 entries (got 101).');
  });
});
