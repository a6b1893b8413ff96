import { describe, expect, it } from 'vitest';
import { PAGE_INFO, slugs, walk } from '../helpers/graphql.js';
import { seededSuite } from '../helpers/suite.js';

const suite = seededSuite();

describe('search', () => {
  it('ranks an exactly named actor first, then topics, then articles with highlighted snippets', async () => {
    const { search } = await suite.gql.data(`{
      search(query: "Meloni", first: 10) { totalCount edges { rank snippet node { __typename ... on Actor { slug } ... on Article { slug } } } }
    }`);
    expect(search.totalCount).toBe(2);
    expect(search.edges.map((e: any) => `${e.node.__typename}:${e.node.slug}`)).toEqual([
      'Actor:giorgia-meloni',
      'Article:meloni-proposes-nato-security-for-ukraine-without-membership',
    ]);
    expect(search.edges[0].rank).toBe(1);
    expect(search.edges[0].snippet).toBeNull();
    expect(search.edges[1].snippet).toContain('<mark>Meloni</mark>');
  });

  it('marks a cut in a snippet with "…" only where words of the summary were left out, never inside continuous text', async () => {
    const seen = { leading: 0, between: 0 };
    for (const q of ['troops OR guarantees', 'Meloni', 'ceasefire OR minerals OR Russia OR veto', 'Article 5 OR membership']) {
      const { search } = await suite.gql.data(
        `query ($q: String!) { search(query: $q, first: 50) { edges { snippet node { ... on Article { slug summary } } } } }`,
        { q },
      );
      for (const { snippet, node } of search.edges.filter((e: any) => e.snippet !== null)) {
        const text: string = node.summary;
        // The cut marks: "… " in front, " … " between passages, " …" at the end (a summary may hold an ellipsis of its own).
        const plain: string = snippet.replace(/<\/?mark>/g, '');
        const pieces: string[] = (plain.startsWith('… ') ? ['', ...plain.slice(2).split(' … ')] : plain.split(' … ')).flatMap((p, i, all) =>
          i === all.length - 1 && p.endsWith(' …') ? [p.slice(0, -2), ''] : [p],
        );
        const word = (gap: string) => /[\p{L}\p{N}]/u.test(gap);
        let at = 0;
        for (const [i, piece] of pieces.entries()) {
          if (piece === '') continue; // before a leading cut, after a trailing one
          const start = text.indexOf(piece, at);
          expect(start, `${node.slug}: "${piece}" in its summary`).toBeGreaterThanOrEqual(at);
          // Text left out before this piece holds a word exactly when a cut is marked there.
          expect(word(text.slice(at, start)), `${node.slug}: cut before piece ${i} of ${snippet}`).toBe(i > 0);
          at = start + piece.length;
        }
        expect(word(text.slice(at)), `${node.slug}: cut at the end of ${snippet}`).toBe(pieces.at(-1) === '');
        seen.leading += pieces[0] === '' ? 1 : 0;
        seen.between += pieces.filter((p) => p !== '').length > 1 ? 1 : 0;
      }
    }
    // Each kind of snippet was met: a cut in front, a cut between two passages (the seed's summaries are long).
    expect(seen.leading).toBeGreaterThan(0);
    expect(seen.between).toBeGreaterThan(0);
    // A summary short enough to be shown whole has no cut mark at all.
    const summary = 'Observers from Kyiv and Paris discussed a monitoring mission for the ceasefire line.';
    const { createArticle } = await suite.gql.data(
      `mutation ($summary: String!) { createArticle(input: { title: "Monitors for the line", summary: $summary }) { article { slug } userErrors { message } } }`,
      { summary },
    );
    expect(createArticle.userErrors).toEqual([]);
    const { search } = await suite.gql.data(`{ search(query: "monitoring mission", first: 5) { edges { snippet node { ... on Article { slug } } } } }`);
    expect(search.edges.find((e: any) => e.node.slug === createArticle.article.slug).snippet).toBe(
      'Observers from Kyiv and Paris discussed a <mark>monitoring</mark> <mark>mission</mark> for the ceasefire line.',
    );
  });

  it('finds topics by name and actors by alias, case-sensitively for US/UK/EU', async () => {
    const topics = await suite.gql.data(`{ search(query: "ceasefire") { edges { node { __typename ... on Topic { slug } } } } }`);
    expect(topics.search.edges[0].node).toEqual({ __typename: 'Topic', slug: 'ceasefire' });
    const us = await suite.gql.data(`{ search(query: "EU") { edges { node { __typename ... on Actor { slug } } } } }`);
    expect(us.search.edges[0].node).toEqual({ __typename: 'Actor', slug: 'european-union' });
    const lower = await suite.gql.data(`{ search(query: "eu") { edges { node { __typename ... on Actor { slug } } } } }`);
    expect(lower.search.edges.filter((e: any) => e.node.__typename === 'Actor')).toEqual([]);
  });

  it('leaves excluded terms out of the actor hits, as the full-text part does', async () => {
    const hits = async (query: string) =>
      (
        await suite.gql.data(
          `query ($q: String!) { search(query: $q, first: 100) { edges { node { __typename ... on Actor { slug } ... on Article { slug } ... on Topic { slug } } } } }`,
          { q: query },
        )
      ).search.edges.map((e: any) => `${e.node.__typename}:${e.node.slug}`);
    expect(await hits('troops -France')).toEqual(['Topic:troop-deployment', 'Article:trumps-potential-ukraine-troop-deployment-skepticism-and-doubts']);
    // An actor any of whose names is excluded is left out, whichever name found it.
    expect(await hits('French troops')).toContain('Actor:france');
    expect((await hits('French troops -France')).filter((h: string) => h.startsWith('Actor:'))).toEqual([]);
    expect((await hits('Macron OR Merz -France')).filter((h: string) => h.startsWith('Actor:')).sort()).toEqual([
      'Actor:emmanuel-macron',
      'Actor:friedrich-merz',
    ]);
  });

  it('pages through every hit exactly once, forwards and backwards', async () => {
    const all = await suite.gql.data(
      `{ search(query: "security OR Russia OR Zelensky", first: 100) { totalCount edges { cursor node { __typename ... on Actor { id } ... on Article { id } ... on Topic { id } } } } }`,
    );
    const ids = all.search.edges.map((e: any) => e.node.id);
    expect(ids.length).toBe(all.search.totalCount);
    expect(ids.length).toBeGreaterThan(10);
    const forward = await walk(suite.gql, {
      query: (pageArgs) =>
        `query ($cursor: String) { search(query: "security OR Russia OR Zelensky", ${pageArgs}) { edges { node { ... on Actor { id } ... on Article { id } ... on Topic { id } } } ${PAGE_INFO} } }`,
      field: 'search',
      direction: 'forward',
      size: 4,
      pick: (page) => page.edges.map((e: { node: { id: string } }) => e.node.id),
    });
    expect(forward).toEqual(ids);
    const tail = await suite.gql.data(
      `query ($before: String) { search(query: "security OR Russia OR Zelensky", last: 3, before: $before) { edges { node { ... on Actor { id } ... on Article { id } ... on Topic { id } } } } }`,
      {
        before: all.search.edges[5].cursor,
      },
    );
    expect(tail.search.edges.map((e: any) => e.node.id)).toEqual(ids.slice(2, 5));
  });

  it('refuses an empty or operator-only query and a foreign cursor', async () => {
    expect((await suite.errorOf(`{ search(query: "") { totalCount } }`)).message).toBe('Argument "query" must not be empty.');
    expect((await suite.errorOf(`{ search(query: "- OR \\"\\"") { totalCount } }`)).extensions?.argument).toBe('query');
    const { articles } = await suite.gql.data(`{ articles(first: 1) { pageInfo { endCursor } } }`);
    const error = await suite.errorOf(`query ($c: String) { search(query: "Russia", after: $c) { totalCount } }`, { c: articles.pageInfo.endCursor });
    expect(error.message).toMatch(/^Argument "after" is not a cursor of this search/);
  });
});

describe('stanceMatrix', () => {
  it('UK, France, Russia and the US over the security-guarantee topics', async () => {
    const { topic } = await suite.gql.data(`{ topic(slug: "security-guarantees") { children { slug } } }`);
    const topics = ['security-guarantees', ...topic.children.map((c: { slug: string }) => c.slug)];
    const { stanceMatrix } = await suite.gql.data(
      `query ($topics: [String!]) { stanceMatrix(actors: ["UK", "France", "Russia", "United States"], topics: $topics) {
        topics { slug } rows { actor { slug } cells { topic { slug } stance position { article { slug } } } }
      } }`,
      { topics },
    );
    expect(slugs(stanceMatrix.topics)).toEqual(topics);
    const grid = Object.fromEntries(
      stanceMatrix.rows.map((row: any) => [
        row.actor.slug,
        Object.fromEntries(row.cells.filter((c: any) => c.stance).map((c: any) => [c.topic.slug, c.stance])),
      ]),
    );
    expect(grid).toEqual({
      'united-kingdom': { 'troop-deployment': 'SUPPORTS' },
      france: { 'troop-deployment': 'SUPPORTS' },
      russia: { 'security-guarantees': 'CONDITIONAL', 'troop-deployment': 'OPPOSES', 'russian-veto': 'SUPPORTS' },
      'united-states': { 'troop-deployment': 'CONDITIONAL' },
    });
    const usTroops = stanceMatrix.rows[3].cells.find((c: any) => c.topic.slug === 'troop-deployment');
    expect(usTroops.position.article.slug).toBe('trumps-potential-ukraine-troop-deployment-skepticism-and-doubts');
    expect(stanceMatrix.rows[0].cells.find((c: any) => c.topic.slug === 'minerals-deal')).toEqual({
      topic: { slug: 'minerals-deal' },
      stance: null,
      position: null,
    });
  });

  it('defaults to every actor and topic with a position, and names unknown entries', async () => {
    const { stanceMatrix } = await suite.gql.data(`{ stanceMatrix { topics { slug } rows { actor { name } cells { stance } } } }`);
    expect(stanceMatrix.rows).toHaveLength(21 - 5); // Germany, Ukraine, the EU, NATO and Vance have none
    expect(stanceMatrix.topics).toHaveLength(11);
    const filled = stanceMatrix.rows.flatMap((r: any) => r.cells).filter((c: any) => c.stance).length;
    expect(filled).toBe(28);
    const none = await suite.gql.data(`{ stanceMatrix(actors: ["UK"], topics: []) { topics { slug } rows { actor { slug } cells { stance } } } }`);
    expect(none.stanceMatrix).toEqual({ topics: [], rows: [{ actor: { slug: 'united-kingdom' }, cells: [] }] });
    expect((await suite.errorOf(`{ stanceMatrix(topics: ["ceasefire", "bogus"]) { topics { slug } } }`)).message).toBe(
      'Argument "topics[1]" names no topic: there is no topic with slug "bogus".',
    );
  });
});

describe('bad arguments', () => {
  it('malformed cursors and page sizes on every kind of connection', async () => {
    for (const query of [
      `{ articles(after: "bad") { totalCount nodes { slug } } }`,
      `{ actors(before: "bad", last: 2) { nodes { slug } } }`,
      `{ actor(slug: "russia") { positions(after: "bad") { nodes { stance } } } }`,
      `{ topic(slug: "ceasefire") { articles(after: "bad") { nodes { slug } } } }`,
    ])
      expect((await suite.errorOf(query)).message, query).toMatch(/^Argument "(after|before)" is not a cursor of this list \(got "bad"\)\.$/);
    expect((await suite.errorOf(`{ actor(slug: "russia") { articles(first: 1000) { nodes { slug } } } }`)).message).toBe(
      'Argument "first" must be at most 100 (got 1000); page through the rest with cursors.',
    );
    expect((await suite.errorOf(`{ search(query: "Russia", first: -1) { totalCount } }`)).message).toBe('Argument "first" must not be negative (got -1).');
  });

  it('a malformed or unknown global ID gives null from node', async () => {
    const { a, b, c } = await suite.gql.data(
      `{ a: node(id: "%%%") { id } b: node(id: "${Buffer.from('Actor:0').toString('base64')}") { id } c: node(id: "${Buffer.from('Actor:99999999999').toString('base64')}") { id } }`,
    );
    expect([a, b, c]).toEqual([null, null, null]);
    const ids = Array.from({ length: 101 }, (_, i) => Buffer.from(`Actor:${i + 1}`).toString('base64'));
    expect((await suite.errorOf(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids })).message).toBe(
      'Argument "ids" may hold at most 100 entries (got 101).',
    );
  });
});

describe('query limits', () => {
  it('refuse an operation nested deeper than 15 levels, or with more than 30 aliases', async () => {
    let deep = 'slug';
    for (let i = 0; i < 8; i++) deep = `actors { positions { nodes { article { ${deep} } } } }`;
    const tooDeep = await suite.gql.request(`{ articles { nodes { ${deep} } } }`);
    expect(tooDeep.errors?.[0]).toMatchObject({
      message: 'The operation nests 35 levels deep; at most 15 are allowed.',
      extensions: { code: 'QUERY_TOO_DEEP', depth: 35, maxDepth: 15 },
    });
    expect(tooDeep.data).toBeUndefined();
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: actor(slug: "russia") { name }`).join(' ');
    const tooMany = await suite.gql.request(`{ ${aliases} }`);
    expect(tooMany.errors?.[0]?.message).toMatch(/Aliases limit of 30 exceeded/);
  });

  it('refuse too many aliases, directives or tokens with HTTP 400 and a code, also under plain application/json', async () => {
    const post = (query: string) =>
      suite.gql.app.fetch('http://stancegraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
    const cases = [
      [`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: topics { slug }`).join(' ')} }`, 'TOO_MANY_ALIASES', 'Aliases limit of 30 exceeded, found 31.'],
      [`{ __typename ${'@skip(if: false) '.repeat(51)}}`, 'TOO_MANY_DIRECTIVES', 'Directives limit of 50 exceeded, found 51.'],
      [`{ ${'__typename '.repeat(5_000)}}`, 'QUERY_TOO_LARGE', 'The document holds more than 5000 tokens, the most allowed. Send smaller operations.'],
    ] as const;
    for (const [query, code, message] of cases) {
      const response = await post(query);
      expect(response.status, code).toBe(400);
      const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors, code).toHaveLength(1);
      expect(body.errors[0], code).toMatchObject({ message, extensions: { code } });
    }
    // Comments are not tokens; a document just under the limit runs.
    const under = await post(`{ ${'__typename '.repeat(4_997)}} # ${'x'.repeat(10_000)}`);
    expect(under.status).toBe(200);
  });

  it('count the cost with the variables applied and refuse an operation over it with HTTP 400, before any SQL', async () => {
    const query = 'query ($a: Int, $b: Int) { articles(first: $a) { nodes { actors { articles(first: $b) { nodes { title actors { name } } } } } } }';
    const response = await suite.gql.app.fetch('http://stancegraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables: { a: 100, b: 100 } }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]).toMatchObject({
      message: 'The operation costs 1301201; at most 300000 is allowed. Ask for smaller pages (first/last) or fewer nested lists.',
      extensions: { code: 'QUERY_TOO_COMPLEX', cost: 1301201, maxCost: 300000 },
    });
    const { result, statements } = await suite.counted(query, { a: 100, b: 100 });
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(statements).toBe(0);
    // The same document with small pages runs; that it passed is kept for those variables only.
    expect((await suite.gql.data(query, { a: 2, b: 2 })).articles.nodes).toHaveLength(2);
    expect((await suite.gql.data(query, { a: 2, b: 2 })).articles.nodes).toHaveLength(2);
    expect((await suite.counted(query, { a: 100, b: 100 })).result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('accept the deepest chain a client needs', async () => {
    const { articles } = await suite.gql.data(`{ articles(first: 1, orderBy: OLDEST_FIRST) { edges { node {
      actors { positions(first: 1) { edges { node { article { actors { affiliations { organization { name } } } } } } } }
    } } } }`);
    expect(articles.edges).toHaveLength(1);
  });
});
