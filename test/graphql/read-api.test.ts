import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, mentions } from '../../src/db/tables.js';
import { PAGE_INFO, slugs, walk } from '../helpers/graphql.js';
import { seededSuite } from '../helpers/suite.js';

const suite = seededSuite();

describe('positions', () => {
  it('who OPPOSES guarantor-eligibility', async () => {
    const { positions } = await suite.gql.data(`{
      positions(filter: { topic: "guarantor-eligibility", stance: OPPOSES }) { totalCount nodes { actor { name } quote } }
    }`);
    expect(positions.totalCount).toBe(1);
    expect(positions.nodes).toEqual([
      {
        actor: { name: 'Volodymyr Zelenskyy' },
        quote: 'China has aided Russia during the war, making it ineligible to be a security guarantor in a future peace deal',
      },
    ]);
  });

  it('of an actor given by alias, and over a topic with its subtopics', async () => {
    const { positions } = await suite.gql.data(`{
      positions(filter: { actor: "Zelenskiy", topic: "security-guarantees", includeSubtopics: true }) { nodes { topic { slug } stance } }
    }`);
    expect(positions.nodes).toEqual([
      { topic: { slug: 'guarantor-eligibility' }, stance: 'OPPOSES' },
      { topic: { slug: 'security-guarantees' }, stance: 'SUPPORTS' },
      { topic: { slug: 'minerals-deal' }, stance: 'OPPOSES' },
    ]);
    const exact = await suite.gql.data(`{ positions(filter: { actor: "Zelenskiy", topic: "security-guarantees" }) { totalCount } }`);
    expect(exact.positions.totalCount).toBe(1);
  });

  it('Zelenskyy’s positions, in the order they were recorded (the digest gives no dates)', async () => {
    const { actor } = await suite.gql.data(`{
      actor(slug: "volodymyr-zelenskyy") {
        positions { totalCount nodes { topic { slug } stance statedAt } }
        opposes: positions(stance: OPPOSES) { totalCount nodes { topic { slug } } }
        onMinerals: positions(topic: "minerals-deal") { nodes { stance } }
      }
    }`);
    expect(actor.positions.totalCount).toBe(4);
    expect(actor.positions.nodes.map((p: any) => `${p.topic.slug}:${p.stance}`)).toEqual([
      'guarantor-eligibility:OPPOSES',
      'talks-with-russia:CONDITIONAL',
      'security-guarantees:SUPPORTS',
      'minerals-deal:OPPOSES',
    ]);
    expect(actor.positions.nodes.every((p: any) => p.statedAt === null)).toBe(true);
    expect(actor.opposes.nodes.map((p: any) => p.topic.slug)).toEqual(['guarantor-eligibility', 'minerals-deal']);
    expect(actor.onMinerals.nodes).toEqual([{ stance: 'OPPOSES' }]);
  });

  it('stanceOn gives the latest position, or null', async () => {
    const { russia, zelenskyy } = await suite.gql.data(`{
      russia: actor(slug: "russia") { veto: stanceOn(topic: "russian-veto") { stance article { slug } } ceasefire: stanceOn(topic: "ceasefire") { stance } }
      zelenskyy: actor(slug: "volodymyr-zelenskyy") { stanceOn(topic: "talks-with-russia") { stance statement } }
    }`);
    expect(russia.veto).toEqual({ stance: 'SUPPORTS', article: { slug: 'russia-demands-veto-over-ukraines-security-guarantees' } });
    expect(russia.ceasefire).toBeNull();
    expect(zelenskyy.stanceOn.stance).toBe('CONDITIONAL');
  });
});

describe('topics', () => {
  it('Topic.positions and stanceSummary take the whole subtree into account', async () => {
    const { topic } = await suite.gql.data(`{
      topic(slug: "security-guarantees") {
        stanceSummary { stance count }
        positions { totalCount }
        opposed: positions(stance: OPPOSES, first: 100) { totalCount nodes { actor { slug } topic { slug } } }
      }
    }`);
    expect(topic.stanceSummary).toEqual([
      { stance: 'SUPPORTS', count: 13 },
      { stance: 'OPPOSES', count: 7 },
      { stance: 'CONDITIONAL', count: 2 },
      { stance: 'NEUTRAL', count: 0 },
    ]);
    expect(topic.positions.totalCount).toBe(22);
    expect(topic.opposed.nodes.map((p: any) => `${p.actor.slug}@${p.topic.slug}`)).toEqual([
      'volodymyr-zelenskyy@guarantor-eligibility',
      'russia@troop-deployment',
      'donald-trump@nato-membership',
      'emmanuel-macron@russian-veto',
      'keir-starmer@russian-veto',
      'friedrich-merz@russian-veto',
      'volodymyr-zelenskyy@minerals-deal',
    ]);
  });

  it('filter by parent or roots only', async () => {
    const roots = await suite.gql.data(`{ topics(filter: { rootsOnly: true }) { totalCount nodes { slug parent { slug } } } }`);
    expect(slugs(roots.topics.nodes)).toEqual(['security-guarantees', 'peace-process']);
    const children = await suite.gql.data(`{ topics(filter: { parent: "peace-process" }) { nodes { slug parent { slug } } } }`);
    expect(slugs(children.topics.nodes)).toEqual(['ceasefire', 'border-changes', 'talks-with-russia']);
    expect((await suite.errorOf(`{ topics(filter: { parent: "nope" }) { totalCount } }`)).message).toBe(
      'Argument "filter.parent" names no topic: there is no topic with slug "nope".',
    );
    expect((await suite.errorOf(`{ topics(filter: { parent: "peace-process", rootsOnly: true }) { totalCount } }`)).message).toMatch(
      /"filter.rootsOnly" cannot be combined with `filter.parent`/,
    );
  });
});

describe('actors', () => {
  it('filter by kind, by name search and by topic', async () => {
    const coalitions = await suite.gql.data(`{ actors(filter: { kind: COALITION }) { nodes { slug } } }`);
    expect(slugs(coalitions.actors.nodes)).toEqual(['coalition-of-the-willing']);
    const named = await suite.gql.data(`{ actors(filter: { search: "zelensk" }) { nodes { slug } } }`);
    expect(slugs(named.actors.nodes)).toEqual(['volodymyr-zelenskyy']);
    const onVeto = await suite.gql.data(`{ actors(filter: { topic: "russian-veto" }) { totalCount nodes { slug } } }`);
    expect(slugs(onVeto.actors.nodes)).toEqual(['emmanuel-macron', 'friedrich-merz', 'keir-starmer', 'russia', 'sergey-lavrov']);
    const people = await suite.gql.data(`{ actors(filter: { kind: PERSON, topic: "security-guarantees", includeSubtopics: true }) { totalCount } }`);
    expect(people.actors.totalCount).toBe(10);
    // With and without positions: the seed's actors split in two, none in both.
    const { withPositions, without, all } = await suite.gql.data(`{
      withPositions: actors(filter: { hasPositions: true }, first: 100) { totalCount nodes { slug } }
      without: actors(filter: { hasPositions: false }, first: 100) { totalCount nodes { slug } }
      all: actors { totalCount } }`);
    expect(withPositions.totalCount + without.totalCount).toBe(all.totalCount);
    expect(slugs(withPositions.nodes)).toContain('russia');
    expect(slugs(without.nodes)).toContain('nato');
    expect(slugs(withPositions.nodes)).not.toContain('nato');
  });

  it('aliases, affiliations and members', async () => {
    const { russia, nato } = await suite.gql.data(`{
      russia: actorByName(name: "the Kremlin") { slug }
      nato: actor(slug: "nato") { aliases members { role member { slug } } }
    }`);
    expect(russia).toBeNull(); // "the Kremlin" is not an alias; "Kremlin" is
    expect(nato.aliases).toEqual(['NATO']);
    expect(nato.members.map((m: any) => `${m.member.slug}:${m.role}`)).toEqual([
      'mark-rutte:Secretary General',
      'united-kingdom:member',
      'france:member',
      'germany:member',
      'united-states:member',
    ]);
  });
});

describe('articles', () => {
  it('every article mentioning Russia, by any alias', async () => {
    const expected = [
      'uk-military-chief-russian-support-for-putins-views-fuels-war',
      'zelenskyy-rejects-china-as-security-guarantor-for-ukraine',
      'russia-demands-veto-over-ukraines-security-guarantees',
      'trumps-potential-ukraine-troop-deployment-skepticism-and-doubts',
      'coalition-of-the-willing-agrees-borders-shouldnt-be-changed-by-force-but-will-they-act',
      'us-security-guarantees-for-ukraine-empty-promises-and-a-path-to-more-conflict',
      'meloni-proposes-nato-security-for-ukraine-without-membership',
      'zelensky-demands-security-guarantees-before-putin-talks',
      'zelensky-rejects-us-minerals-deal-insufficient-ukrainian-protection',
    ];
    for (const name of ['Russia', 'russia', 'Kremlin', 'MOSCOW']) {
      const { articles } = await suite.gql.data(
        `query ($name: String!) { articles(filter: { actor: $name }, orderBy: OLDEST_FIRST) { totalCount nodes { slug } } }`,
        {
          name,
        },
      );
      expect(articles.totalCount, name).toBe(9);
      expect(slugs(articles.nodes), name).toEqual(expected);
    }
    expect((await suite.errorOf(`{ articles(filter: { actor: "Atlantis" }) { totalCount } }`)).message).toBe(
      'Argument "filter.actor" names no actor: no actor has the slug, name or alias "Atlantis".',
    );
  });

  it('filter by topic, with or without subtopics', async () => {
    const direct = await suite.gql.data(`{ articles(filter: { topic: "peace-process" }) { nodes { slug } } }`);
    expect(slugs(direct.articles.nodes)).toEqual(['zelenskyy-rejects-china-as-security-guarantor-for-ukraine']);
    const subtree = await suite.gql.data(`{ articles(filter: { topic: "peace-process", includeSubtopics: true }) { totalCount } }`);
    expect(subtree.articles.totalCount).toBe(5);
  });

  it('full-text search in web-search syntax: phrases, OR, exclusion', async () => {
    const run = async (search: string) =>
      slugs(
        (await suite.gql.data(`query ($s: String!) { articles(filter: { search: $s }, orderBy: TITLE) { nodes { slug } } }`, { s: search })).articles.nodes,
      );
    expect(await run('"Budapest Memorandum"')).toEqual(['ruttes-ukraine-security-pledge-skepticism-and-calls-for-stronger-action']);
    expect(await run('minerals OR Meloni')).toEqual([
      'meloni-proposes-nato-security-for-ukraine-without-membership',
      'zelensky-demands-security-guarantees-before-putin-talks',
      'zelensky-rejects-us-minerals-deal-insufficient-ukrainian-protection',
    ]);
    expect(await run('troops -France')).toEqual(['trumps-potential-ukraine-troop-deployment-skepticism-and-doubts']);
    const ranked = await suite.gql.data(`{ articles(filter: { search: "veto" }, orderBy: RELEVANCE, first: 1) { nodes { slug } } }`);
    expect(slugs(ranked.articles.nodes)).toEqual(['russia-demands-veto-over-ukraines-security-guarantees']);
  });

  it('refuses empty, operator-only and stop-word-only searches, and RELEVANCE without a search', async () => {
    expect((await suite.errorOf(`{ articles(filter: { search: "   " }) { totalCount } }`)).message).toBe('Argument "filter.search" must not be empty.');
    expect((await suite.errorOf(`{ articles(filter: { search: "- OR" }) { nodes { slug } } }`)).message).toMatch(
      /^Argument "filter.search" has no word to search for/,
    );
    expect((await suite.errorOf(`{ articles(filter: { search: "the" }) { nodes { slug } } }`)).extensions?.argument).toBe('filter.search');
    expect((await suite.errorOf(`{ articles(orderBy: RELEVANCE) { nodes { slug } } }`)).message).toBe('Argument "orderBy" RELEVANCE needs `filter.search`.');
  });

  it('refuses an unknown enum value with GraphQL’s own validation message', async () => {
    const error = await suite.errorOf(`{ articles(orderBy: LOUDEST) { totalCount } }`);
    expect(error.message).toMatch(/Value "LOUDEST" does not exist in "ArticleOrder" enum/);
  });
});

describe('dated articles: ranges and orders', () => {
  // A database of its own: these tests add articles.
  const dated = seededSuite();
  beforeAll(async () => {
    const inserted = await dated.handle.db
      .insert(articles)
      .values([
        // Microseconds, which a JavaScript Date cannot hold: cursors must still page past this row exactly.
        { slug: 'dated-a', title: 'Dated A', summary: 'Russia and troops.', publishedAt: sql`'2025-02-14T09:00:00.123456Z'::timestamptz` },
        { slug: 'dated-b', title: 'Dated B', summary: 'Russia and troops.', publishedAt: new Date('2025-08-15T12:00:00Z') },
        { slug: 'dated-c', title: 'Dated C', summary: 'Russia and troops.', publishedAt: new Date('2025-08-15T12:00:00Z') },
      ])
      .returning({ id: articles.id });
    const [russia] = await dated.handle.db.query.actors.findMany({ where: { slug: 'russia' } });
    await dated.handle.db.insert(mentions).values(inserted.map((a) => ({ articleId: a.id, actorId: russia!.id })));
  });

  it('publishedAfter and publishedBefore leave undated articles out', async () => {
    const { data } = dated.gql;
    const window = await data(`{ articles(filter: { publishedAfter: "2025-02-14T09:00:00Z", publishedBefore: "2025-12-31T00:00:00Z" }) { nodes { slug } } }`);
    expect(slugs(window.articles.nodes)).toEqual(['dated-c', 'dated-b', 'dated-a']);
    const error = await dated.gql.request(
      `{ articles(filter: { publishedAfter: "2025-03-01T00:00:00Z", publishedBefore: "2025-01-01T00:00:00Z" }) { totalCount } }`,
    );
    expect(error.errors?.[0]?.message).toBe('Argument "filter.publishedBefore" must be later than `filter.publishedAfter`.');
  });

  it('gives one date whether the article is read at the root or nested in a relation', async () => {
    const root = await dated.gql.data(`{ articles(first: 3) { nodes { slug publishedAt } } }`);
    const nested = await dated.gql.data(`{ actor(slug: "russia") { articles(last: 3) { nodes { slug publishedAt } } } }`);
    const bySlug = (nodes: { slug: string; publishedAt: string }[]) => Object.fromEntries(nodes.map((n) => [n.slug, n.publishedAt]));
    expect(bySlug(root.articles.nodes)).toEqual({
      'dated-a': '2025-02-14T09:00:00.123Z',
      'dated-b': '2025-08-15T12:00:00.000Z',
      'dated-c': '2025-08-15T12:00:00.000Z',
    });
    expect(bySlug(nested.actor.articles.nodes)).toEqual(bySlug(root.articles.nodes));
  });

  it('NEWEST_FIRST puts dated articles first and undated last; pages walk every row once, both ways', async () => {
    const walkArticles = (orderBy: string, direction: 'forward' | 'backward', size: number) =>
      walk(dated.gql, {
        query: (pageArgs) => `query ($cursor: String, $orderBy: ArticleOrder!) { articles(${pageArgs}, orderBy: $orderBy) { nodes { slug } ${PAGE_INFO} } }`,
        field: 'articles',
        direction,
        size,
        pick: (page) => slugs(page.nodes),
        variables: { orderBy },
      });
    for (const orderBy of ['NEWEST_FIRST', 'OLDEST_FIRST', 'TITLE']) {
      const all = await walkArticles(orderBy, 'forward', 100);
      expect(all).toHaveLength(13);
      expect(await walkArticles(orderBy, 'forward', 2), orderBy).toEqual(all);
      expect(await walkArticles(orderBy, 'backward', 3), orderBy).toEqual(all);
      if (orderBy === 'NEWEST_FIRST') {
        expect(all.slice(0, 3)).toEqual(['dated-c', 'dated-b', 'dated-a']);
        expect(all[3]).toBe('zelensky-rejects-us-minerals-deal-insufficient-ukrainian-protection');
      }
      if (orderBy === 'OLDEST_FIRST') expect(all.slice(0, 3)).toEqual(['dated-a', 'dated-b', 'dated-c']);
    }
  });

  it('a walk in progress sees every existing row once while rows are added', async () => {
    const first = await dated.gql.data(`{ articles(first: 4, orderBy: TITLE) { nodes { slug } pageInfo { endCursor } } }`);
    await dated.handle.db.insert(articles).values([
      { slug: 'aaa-new', title: 'AAA added during the walk', summary: 'x' },
      { slug: 'zzz-new', title: 'ZZZ added during the walk', summary: 'x' },
    ]);
    const rest = await dated.gql.data(`query ($after: String) { articles(first: 100, after: $after, orderBy: TITLE) { nodes { slug } } }`, {
      after: first.articles.pageInfo.endCursor,
    });
    const seen = [...slugs(first.articles.nodes), ...slugs(rest.articles.nodes)];
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(14); // the 13 that existed, and the one added after the cursor
    expect(seen).toContain('zzz-new');
    expect(seen).not.toContain('aaa-new');
  });
});
