import { describe, expect, it } from 'vitest';
import { createSeededDatabase } from '../helpers/database.js';
import { takeSqlReadFaults } from '../helpers/faults.js';
import { graphqlClient, PAGE_INFO, walk } from '../helpers/graphql.js';
import { seededSuite } from '../helpers/suite.js';

const suite = seededSuite();

describe('the linked chain article → actors → positions → article', () => {
  it('returns the digest’s facts', async () => {
    const data = await suite.gql.data(`{
      article(slug: "zelenskyy-rejects-china-as-security-guarantor-for-ukraine") {
        title
        publishedAt
        url
        topics { slug parent { slug } }
        actors {
          name
          positions(first: 10) {
            totalCount
            nodes { stance topic { slug } article { title } }
          }
        }
      }
    }`);
    const article = data.article;
    expect(article.title).toBe('Zelenskyy Rejects China as Security Guarantor for Ukraine');
    expect(article.publishedAt).toBeNull();
    expect(article.url).toBeNull();
    expect(article.topics).toEqual([
      { slug: 'guarantor-eligibility', parent: { slug: 'security-guarantees' } },
      { slug: 'peace-process', parent: null },
    ]);
    expect(article.actors.map((a: { name: string }) => a.name)).toEqual(['China', 'Russia', 'Ukraine', 'Volodymyr Zelenskyy']);

    const zelenskyy = article.actors.find((a: { name: string }) => a.name === 'Volodymyr Zelenskyy');
    expect(zelenskyy.positions.totalCount).toBe(4);
    expect(zelenskyy.positions.nodes).toEqual([
      {
        stance: 'OPPOSES',
        topic: { slug: 'guarantor-eligibility' },
        article: { title: 'Zelenskyy Rejects China as Security Guarantor for Ukraine' },
      },
      {
        stance: 'CONDITIONAL',
        topic: { slug: 'talks-with-russia' },
        article: { title: 'Zelensky Demands Security Guarantees Before Putin Talks' },
      },
      {
        stance: 'SUPPORTS',
        topic: { slug: 'security-guarantees' },
        article: { title: 'Zelensky Demands Security Guarantees Before Putin Talks' },
      },
      {
        stance: 'OPPOSES',
        topic: { slug: 'minerals-deal' },
        article: { title: 'Zelensky Rejects US Minerals Deal: Insufficient Ukrainian Protection' },
      },
    ]);
    const china = article.actors.find((a: { name: string }) => a.name === 'China');
    expect(china.positions.nodes).toEqual([{ stance: 'SUPPORTS', topic: { slug: 'peace-process' }, article: { title: article.title } }]);
  });

  it('lists the ten seeded articles with the positions they are evidence for', async () => {
    const data = await suite.gql.data(`{
      articles(first: 20) {
        totalCount
        pageInfo { hasNextPage }
        nodes { slug positions { stance actor { slug } topic { slug } quote } }
      }
    }`);
    expect(data.articles.totalCount).toBe(10);
    expect(data.articles.nodes).toHaveLength(10);
    expect(data.articles.pageInfo.hasNextPage).toBe(false);
    const veto = data.articles.nodes.find((a: { slug: string }) => a.slug === 'russia-demands-veto-over-ukraines-security-guarantees');
    expect(veto.positions).toEqual([
      expect.objectContaining({ stance: 'CONDITIONAL', actor: { slug: 'russia' }, topic: { slug: 'security-guarantees' } }),
      expect.objectContaining({ stance: 'SUPPORTS', actor: { slug: 'russia' }, topic: { slug: 'russian-veto' } }),
      {
        stance: 'SUPPORTS',
        actor: { slug: 'sergey-lavrov' },
        topic: { slug: 'russian-veto' },
        quote: 'reiterated a previous demand for a unanimous clause requiring Russian approval for any security guarantees',
      },
    ]);
  });

  it('finds who opposes a Russian veto, through the topic', async () => {
    const data = await suite.gql.data(`{
      positions(first: 100) { totalCount nodes { stance actor { slug } topic { slug } } }
    }`);
    expect(data.positions.totalCount).toBe(28);
    const opponents = data.positions.nodes
      .filter((p: any) => p.topic.slug === 'russian-veto' && p.stance === 'OPPOSES')
      .map((p: any) => p.actor.slug)
      .sort();
    expect(opponents).toEqual(['emmanuel-macron', 'friedrich-merz', 'keir-starmer']);
  });

  it('walks actor → affiliations → organization → members', async () => {
    const data = await suite.gql.data(`{
      actor(slug: "tony-radakin") {
        kind
        affiliations { role organization { slug members { role member { slug } } } }
      }
    }`);
    expect(data.actor.kind).toBe('PERSON');
    expect(data.actor.affiliations).toHaveLength(1);
    const [office] = data.actor.affiliations;
    expect(office.role).toBe('Chief of the Defence Staff');
    expect(office.organization.slug).toBe('united-kingdom');
    expect(office.organization.members.map((m: any) => `${m.member.slug}:${m.role}`).sort()).toEqual([
      'keir-starmer:Prime Minister',
      'tony-radakin:Chief of the Defence Staff',
    ]);
  });

  it('walks a topic to its children and the positions on them', async () => {
    const data = await suite.gql.data(`{
      topic(slug: "security-guarantees") {
        parent { slug }
        children { slug positions(first: 50) { totalCount nodes { stance actor { slug } } } }
      }
    }`);
    expect(data.topic.parent).toBeNull();
    const troops = data.topic.children.find((c: any) => c.slug === 'troop-deployment');
    expect(troops.positions.totalCount).toBe(4);
    expect(troops.positions.nodes.map((p: any) => `${p.actor.slug}:${p.stance}`)).toEqual([
      'united-kingdom:SUPPORTS',
      'france:SUPPORTS',
      'united-states:CONDITIONAL',
      'russia:OPPOSES',
    ]);
  });
});

describe('alias lookup', () => {
  it('resolves Zelensky, Zelenskyy, Zelenskiy and other spellings to one actor', async () => {
    const names = ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'ZELENSKY', 'Volodymyr Zelenskyy', 'Zelénskyy'];
    const slugs = [];
    for (const name of names) {
      const data = await suite.gql.data(`query ($name: String!) { actorByName(name: $name) { slug } }`, { name });
      slugs.push(data.actorByName?.slug);
    }
    expect(slugs).toEqual(names.map(() => 'volodymyr-zelenskyy'));
  });

  it('matches short all-caps aliases only in capitals, and gives null for unknown names', async () => {
    const lookup = async (name: string) =>
      (await suite.gql.data(`query ($name: String!) { actorByName(name: $name) { slug } }`, { name })).actorByName?.slug ?? null;
    expect(await lookup('US')).toBe('united-states');
    expect(await lookup('U.S.')).toBe('united-states');
    expect(await lookup('united states')).toBe('united-states');
    expect(await lookup('us')).toBeNull();
    expect(await lookup('Kremlin')).toBe('russia');
    expect(await lookup('Moscow')).toBe('russia');
    expect(await lookup('Atlantis')).toBeNull();
  });
});

describe('global IDs', () => {
  it('fetch an article again through node and nodes; unknown or malformed IDs give null', async () => {
    const { articles } = await suite.gql.data(`{ articles(first: 2) { nodes { id title } } }`);
    const [first, second] = articles.nodes;
    const { node } = await suite.gql.data(`query ($id: ID!) { node(id: $id) { id ... on Article { title } } }`, { id: first.id });
    expect(node).toEqual(first);

    const missing = Buffer.from('Article:999999').toString('base64');
    const wrongType = Buffer.from('Planet:1').toString('base64');
    const { nodes } = await suite.gql.data(`query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Article { title } } }`, {
      ids: [second.id, missing, 'not-an-id', wrongType, first.id],
    });
    expect(nodes).toEqual([second, null, null, null, first]);
  });
});

describe('pagination', () => {
  it('walks all actors page by page, forwards and backwards, each exactly once', async () => {
    const query = (pageArgs: string) => `query ($cursor: String) { actors(${pageArgs}) { totalCount nodes { slug } ${PAGE_INFO} } }`;
    const pick = (page: { totalCount: number; nodes: { slug: string }[] }) => {
      expect(page.totalCount).toBe(21);
      return page.nodes.map((n) => n.slug);
    };
    const forward = await walk(suite.gql, { query, field: 'actors', direction: 'forward', size: 5, pick });
    const backward = await walk(suite.gql, { query, field: 'actors', direction: 'backward', size: 4, pick });
    expect(forward).toHaveLength(21);
    expect(new Set(forward).size).toBe(21);
    expect(backward).toEqual(forward);
    expect(forward.slice(0, 3)).toEqual(['china', 'coalition-of-the-willing', 'donald-trump']);
  });

  it('refuses a page larger than 100 or negative, and a malformed cursor, naming the argument', async () => {
    const tooMany = await suite.gql.request(`{ positions(first: 101) { nodes { stance } } }`);
    expect(tooMany.errors?.[0]?.message).toBe('Argument "first" must be at most 100 (got 101); page through the rest with cursors.');
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const negative = await suite.gql.request(`{ actors(last: -3) { nodes { slug } } }`);
    expect(negative.errors?.[0]?.message).toMatch(/"last" must (not be negative|be a non-negative integer)/);
    const cursor = await suite.gql.request(`{ articles(after: "garbage") { nodes { slug } } }`);
    expect(cursor.errors?.[0]?.message).toBe('Argument "after" is not a cursor of this list (got "garbage").');
    expect(cursor.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'after', field: 'Query.articles' });
  });
});

describe('an internal failure', () => {
  it('answers "Unexpected error." without its message or stack, also with NODE_ENV=development', async () => {
    const seeded = await createSeededDatabase();
    // A bug, not a database fault: every query throws an error whose message must not leave the server.
    const fail = () => {
      throw new Error('secret detail at /app/src/x.ts:12');
    };
    // Its builders, and the session that runs statements rendered already (src/db/internals.ts).
    const broken = new Proxy(seeded.db, {
      get: (target, key) =>
        key === 'query' || key === 'select' || key === 'execute'
          ? fail
          : key === '_'
            ? { ...target._, session: { prepareQuery: fail } }
            : Reflect.get(target, key),
    });
    const client = graphqlClient(broken);
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'development';
    try {
      const result = await client.request(`{ articles { totalCount } }`);
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]!.message).toBe('Unexpected error.');
      expect(JSON.stringify(result)).not.toMatch(/stack|originalError|secret|\.ts:\d+/);
      // The compiled read failed first, and said so (as a warning), before the resolvers failed too.
      expect(takeSqlReadFaults()).toEqual(['secret detail at /app/src/x.ts:12']);
    } finally {
      process.env.NODE_ENV = previous;
      await seeded.close();
    }
  });
});
