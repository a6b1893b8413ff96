import { beforeAll, describe, expect, it } from 'vitest';
import { seededSuite } from '../helpers/suite.js';

// Stance over time: a position's date (stated, else its article's), date ranges, an actor's series
// on a topic, and the feed of changes. The seed has no dates, so these tests add four articles of
// their own that mention the UK, with positions of the UK on troop deployment:
//   A: published 2025-01-10, SUPPORTS, no date given          → dated 2025-01-10 (its article's)
//   B: published 2025-03-01, OPPOSES, stated on 2025-02-15     → dated 2025-02-15 (stated)
//   C: published 2025-02-01, SUPPORTS, no date given           → dated 2025-02-01
//   D: not dated, CONDITIONAL                                  → no date: in no series
const suite = seededSuite();
const ids: Record<string, string> = {};

const CREATE = `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { article { id } userErrors { message } } }`;
const RECORD = `mutation ($input: RecordPositionInput!) { recordPosition(input: $input) { position { id } userErrors { field message } } }`;

beforeAll(async () => {
  const uk = await suite.idOf('actor', 'united-kingdom');
  const topicId = await suite.idOf('topic', 'troop-deployment');
  const articles = [
    { key: 'A', publishedAt: '2025-01-10T09:00:00Z', stance: 'SUPPORTS', words: 'backs sending troops' },
    { key: 'B', publishedAt: '2025-03-01T09:00:00Z', stance: 'OPPOSES', words: 'rules out sending troops', statedAt: '2025-02-15T12:00:00Z' },
    { key: 'C', publishedAt: '2025-02-01T09:00:00Z', stance: 'SUPPORTS', words: 'again backs sending troops' },
    { key: 'D', publishedAt: null, stance: 'CONDITIONAL', words: 'would send troops under conditions' },
  ];
  for (const a of articles) {
    const summary = `In test article ${a.key}, the UK ${a.words}.`;
    const { createArticle } = await suite.gql.data(CREATE, {
      input: { title: `Stance history test article ${a.key}`, summary, publishedAt: a.publishedAt, actorIds: [uk], topicIds: [topicId] },
    });
    expect(createArticle.userErrors).toEqual([]);
    ids[`article${a.key}`] = createArticle.article.id;
    const { recordPosition } = await suite.gql.data(RECORD, {
      input: {
        actorId: uk,
        topicId,
        articleId: createArticle.article.id,
        stance: a.stance,
        statement: `Test: ${a.stance}.`,
        quote: `the UK ${a.words}`,
        statedAt: a.statedAt,
      },
    });
    expect(recordPosition.userErrors).toEqual([]);
    ids[a.key] = recordPosition.position.id;
  }
});

const letter = (id: string) => Object.entries(ids).find(([key, value]) => value === id && key.length === 1)?.[0] ?? 'seed';

describe('the date of a position', () => {
  it('is the date stated, else its article’s publication date, else null, and says which', async () => {
    const { positions } = await suite.gql.data(
      `{ positions(filter: { actor: "UK", topic: "troop-deployment" }, last: 4) { nodes { id statedAt statedAtSource } } }`,
    );
    expect(positions.nodes.map((p: any) => [letter(p.id), p.statedAt, p.statedAtSource])).toEqual([
      ['A', '2025-01-10T09:00:00.000Z', 'ARTICLE_PUBLISHED'],
      ['B', '2025-02-15T12:00:00.000Z', 'STATED'],
      ['C', '2025-02-01T09:00:00.000Z', 'ARTICLE_PUBLISHED'],
      ['D', null, null],
    ]);
  });

  it('filters by a date range, leaving undated positions out', async () => {
    const { positions } = await suite.gql.data(
      `{ positions(filter: { actor: "UK", statedAfter: "2025-01-20T00:00:00Z", statedBefore: "2025-02-20T00:00:00Z" }) { nodes { id } } }`,
    );
    expect(positions.nodes.map((p: any) => letter(p.id))).toEqual(['B', 'C']);
    const error = await suite.errorOf(`{ positions(filter: { statedAfter: "2025-02-01T00:00:00Z", statedBefore: "2025-01-01T00:00:00Z" }) { totalCount } }`);
    expect(error).toMatchObject({ message: 'Argument "filter.statedBefore" must be later than `filter.statedAfter`.', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('stanceHistory and stanceChanges', () => {
  const HISTORY = `{ actor(slug: "united-kingdom") { stanceHistory(topic: "troop-deployment") { totalCount nodes { id stance statedAt quote article { title } } } } }`;
  const CHANGES = `query ($filter: StanceChangeFilter, $first: Int, $after: String) { stanceChanges(filter: $filter, first: $first, after: $after) {
    edges { cursor node { at from to previous { id stance quote } position { id stance quote actor { slug } topic { slug } article { title } } } }
    pageInfo { hasNextPage endCursor } } }`;

  it('gives the dated series in time order, with its evidence, and stanceOn the latest of it', async () => {
    const { actor } = await suite.gql.data(HISTORY);
    expect(actor.stanceHistory.totalCount).toBe(3);
    expect(actor.stanceHistory.nodes.map((p: any) => [letter(p.id), p.stance])).toEqual([
      ['A', 'SUPPORTS'],
      ['C', 'SUPPORTS'],
      ['B', 'OPPOSES'],
    ]);
    expect(actor.stanceHistory.nodes[2]).toMatchObject({ quote: 'the UK rules out sending troops', article: { title: 'Stance history test article B' } });
    const { actor: now } = await suite.gql.data(`{ actor(slug: "united-kingdom") { stanceOn(topic: "troop-deployment") { id } } }`);
    expect(letter(now.stanceOn.id)).toBe('B');
  });

  it('lists each change with the position before and the new one, in time order, and follows a corrected publication date', async () => {
    const filter = { actor: 'UK', topic: 'troop-deployment' };
    const first = await suite.gql.data(CHANGES, { filter });
    expect(first.stanceChanges.edges.map((e: any) => [e.node.at, e.node.from, e.node.to, letter(e.node.previous.id), letter(e.node.position.id)])).toEqual([
      ['2025-02-15T12:00:00.000Z', 'SUPPORTS', 'OPPOSES', 'C', 'B'],
    ]);
    expect(first.stanceChanges.edges[0].node.position).toMatchObject({ actor: { slug: 'united-kingdom' }, topic: { slug: 'troop-deployment' } });

    // Article A turns out to have been published on 2025-02-20: A now comes after B, and changes the stance back.
    const { node } = await suite.gql.data(`query ($id: ID!) { node(id: $id) { ... on Article { version } } }`, { id: ids.articleA });
    const { updateArticle } = await suite.gql.data(`mutation ($input: UpdateArticleInput!) { updateArticle(input: $input) { userErrors { message } } }`, {
      input: { id: ids.articleA, expectedVersion: node.version, publishedAt: '2025-02-20T09:00:00Z' },
    });
    expect(updateArticle.userErrors).toEqual([]);
    const second = await suite.gql.data(CHANGES, { filter, first: 1 });
    expect(second.stanceChanges.edges.map((e: any) => [letter(e.node.previous.id), letter(e.node.position.id)])).toEqual([['C', 'B']]);
    expect(second.stanceChanges.pageInfo.hasNextPage).toBe(true);
    const third = await suite.gql.data(CHANGES, { filter, first: 1, after: second.stanceChanges.pageInfo.endCursor });
    expect(third.stanceChanges.edges.map((e: any) => [e.node.at, e.node.from, e.node.to, letter(e.node.previous.id), letter(e.node.position.id)])).toEqual([
      ['2025-02-20T09:00:00.000Z', 'OPPOSES', 'SUPPORTS', 'B', 'A'],
    ]);
    expect(third.stanceChanges.pageInfo.hasNextPage).toBe(false);
    const { actor } = await suite.gql.data(`{ actor(slug: "united-kingdom") { stanceOn(topic: "troop-deployment") { id } } }`);
    expect(letter(actor.stanceOn.id)).toBe('A');
  });

  it('loads a page of changes and both positions of each in a fixed number of statements', async () => {
    const { result, statements } = await suite.counted(CHANGES, { filter: { actor: 'UK' } });
    expect(result.errors).toBeUndefined();
    expect(result.data.stanceChanges.edges.length).toBeGreaterThan(0);
    // The actor's name, the page of changes, then both positions of every change with their actors, topics and articles.
    expect(statements).toBe(3);
  });

  it('refuses an unknown actor or topic, and a forged cursor', async () => {
    expect(await suite.errorOf(`{ stanceChanges(filter: { topic: "no-such-topic" }) { edges { cursor } } }`)).toMatchObject({
      message: 'Argument "filter.topic" names no topic: there is no topic with slug "no-such-topic".',
    });
    expect(await suite.errorOf(`{ actor(slug: "united-kingdom") { stanceHistory(topic: "no-such-topic") { totalCount } } }`)).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'topic' },
    });
    const forged = Buffer.from('DC:J:["x",1]').toString('base64');
    expect(await suite.errorOf(`query ($c: String) { stanceChanges(after: $c) { edges { cursor } } }`, { c: forged })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
  });
});
