import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { graphqlClient } from '../helpers/graphql.js';
import { seededSuite } from '../helpers/suite.js';

const suite = seededSuite();

const CREATE_ARTICLE = `mutation ($input: CreateArticleInput!) { createArticle(input: $input) {
  article { id slug title url publishedAt version actors { slug } topics { slug } } userErrors { field code message } } }`;
const RECORD = `mutation ($input: RecordPositionInput!) { recordPosition(input: $input) {
  position { id stance quote version actor { slug } topic { slug } article { slug } } userErrors { field code message } } }`;

describe('authorisation', () => {
  it('refuses a mutation without a token (UNAUTHENTICATED) or with a wrong one (FORBIDDEN), writing nothing', async () => {
    const before = await suite.rowCounts();
    for (const [token, code] of [
      [null, 'UNAUTHENTICATED'],
      ['not-the-token-at-all-0000', 'FORBIDDEN'],
    ] as const) {
      const client = graphqlClient(suite.handle.db, { token });
      const result = await client.request(`mutation { createTopic(input: { name: "Sanctions" }) { topic { id } } }`);
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(result.data).toBeNull();
    }
    expect(await suite.rowCounts()).toEqual(before);
    // Reads stay public.
    const reader = graphqlClient(suite.handle.db, { token: null });
    expect((await reader.data(`{ articles { totalCount } }`)).articles.totalCount).toBe(10);
  });
});

describe('articles', () => {
  it('createArticle links topics and actors, and a following query returns it', async () => {
    const { createArticle } = await suite.gql.data(CREATE_ARTICLE, {
      input: {
        title: 'Starmer Says UK Troops Ready',
        summary: 'Keir Starmer said UK troops are ready to deploy to Ukraine.',
        url: 'https://example.org/starmer-troops',
        publishedAt: '2025-09-01T10:00:00Z',
        topicIds: [await suite.idOf('topic', 'troop-deployment')],
        actorIds: [await suite.idOf('actor', 'keir-starmer'), await suite.idOf('actor', 'united-kingdom')],
      },
    });
    expect(createArticle.userErrors).toEqual([]);
    expect(createArticle.article).toMatchObject({
      slug: 'starmer-says-uk-troops-ready',
      url: 'https://example.org/starmer-troops',
      publishedAt: '2025-09-01T10:00:00.000Z',
      version: 1,
      actors: [{ slug: 'keir-starmer' }, { slug: 'united-kingdom' }],
      topics: [{ slug: 'troop-deployment' }],
    });
    const { articles } = await suite.gql.data(`{ articles(filter: { actor: "Starmer", topic: "troop-deployment" }) { nodes { slug } } }`);
    expect(articles.nodes).toEqual([{ slug: 'starmer-says-uk-troops-ready' }]);
  });

  it('refuses bad input with every problem named, and writes nothing', async () => {
    const errors = await suite.refused(CREATE_ARTICLE, {
      input: {
        title: '   ',
        summary: 'x',
        slug: 'Not A Slug',
        url: 'javascript:alert(1)',
        publishedAt: new Date(Date.now() + 3 * 86400_000).toISOString(),
        topicIds: [await suite.idOf('topic', 'ceasefire'), Buffer.from('Topic:9999').toString('base64'), await suite.idOf('actor', 'russia')],
      },
    });
    // IDs that are not a Topic's are reported first (they are decoded before anything else is checked).
    expect(errors.map((e) => `${e.field.join('.')}:${e.code}`)).toEqual([
      'topicIds.2:NOT_FOUND',
      'title:INVALID',
      'slug:INVALID',
      'url:INVALID',
      'publishedAt:INVALID',
      'topicIds.1:NOT_FOUND',
    ]);
    expect(errors[1]!.message).toBe('must not be empty.');
  });

  it('refuses a date before year 100 (the driver would read it back as 19xx), and takes year 100', async () => {
    const errors = await suite.refused(CREATE_ARTICLE, { input: { title: 'Year 99', summary: 'x', publishedAt: '0099-12-31T23:59:59Z' } });
    expect(errors).toEqual([{ field: ['publishedAt'], code: 'INVALID', message: 'must be in year 100 or later (got 0099-12-31T23:59:59.000Z).' }]);
    const created = await suite.gql.data(CREATE_ARTICLE, { input: { title: 'Year 100', summary: 'x', publishedAt: '0100-01-01T00:00:00Z' } });
    expect(created.createArticle.article.publishedAt).toBe('0100-01-01T00:00:00.000Z');
    // The mutation answers through the resolvers; this read is answered as SQL (src/sqlread).
    const read = await suite.gql.data(`{ article(slug: "year-100") { publishedAt } articles(first: 1, orderBy: OLDEST_FIRST) { nodes { publishedAt } } }`);
    expect(read).toEqual({ article: { publishedAt: '0100-01-01T00:00:00.000Z' }, articles: { nodes: [{ publishedAt: '0100-01-01T00:00:00.000Z' }] } });
    await suite.gql.data(`mutation ($id: ID!) { deleteArticle(input: { id: $id }) { deletedId } }`, { id: created.createArticle.article.id });
  });

  it('refuses a duplicate slug or URL with ALREADY_EXISTS', async () => {
    const errors = await suite.refused(CREATE_ARTICLE, { input: { title: 'Starmer Says UK Troops Ready', summary: 'Again.' } });
    expect(errors).toEqual([{ field: ['slug'], code: 'ALREADY_EXISTS', message: 'An article with this slug exists already.' }]);
  });

  it('updateArticle checks the version it was read at', async () => {
    const id = await suite.idOf('article', 'starmer-says-uk-troops-ready');
    const UPDATE = `mutation ($input: UpdateArticleInput!) { updateArticle(input: $input) { article { title version } userErrors { field code message } } }`;
    const first = await suite.gql.data(UPDATE, { input: { id, expectedVersion: 1, title: 'Starmer: UK Troops Ready' } });
    expect(first.updateArticle).toEqual({ article: { title: 'Starmer: UK Troops Ready', version: 2 }, userErrors: [] });
    const stale = await suite.refused(UPDATE, { input: { id, expectedVersion: 1, title: 'Lost update' } });
    expect(stale[0]).toMatchObject({ field: ['expectedVersion'], code: 'CONFLICT' });
  });

  it('updateArticle refuses a summary that drops a quote a position rests on', async () => {
    const id = await suite.idOf('article', 'meloni-proposes-nato-security-for-ukraine-without-membership');
    const errors = await suite.refused(
      `mutation ($input: UpdateArticleInput!) { updateArticle(input: $input) { article { id } userErrors { field code message } } }`,
      { input: { id, summary: 'Rewritten.' } },
    );
    expect(errors).toEqual([
      { field: ['summary'], code: 'INVALID', message: 'the new text no longer contains the quotes of 1 position(s) resting on this article.' },
    ]);
  });

  it('deleteArticle refuses while positions rest on it, naming how many, and cascades only when asked', async () => {
    const id = await suite.idOf('article', 'russia-demands-veto-over-ukraines-security-guarantees');
    const DELETE = `mutation ($input: DeleteArticleInput!) { deleteArticle(input: $input) { deletedId deletedPositions userErrors { field code message } } }`;
    const errors = await suite.refused(DELETE, { input: { id } });
    expect(errors).toEqual([
      {
        field: ['id'],
        code: 'CONFLICT',
        message: '3 position(s) rest on this article; delete them first, or pass cascade: true to delete them with it.',
      },
    ]);
    const before = await suite.rowCounts();
    const { deleteArticle } = await suite.gql.data(DELETE, { input: { id, cascade: true } });
    expect(deleteArticle).toEqual({ deletedId: id, deletedPositions: 3, userErrors: [] });
    const after = await suite.rowCounts();
    expect(after.articles).toBe(before.articles - 1);
    expect(after.positions).toBe(before.positions - 3);
    expect((await suite.gql.data(`query ($id: ID!) { node(id: $id) { id } }`, { id })).node).toBeNull();
  });
});

describe('actors and topics', () => {
  it('createActor with aliases, found by actorByName; a taken alias is ALREADY_EXISTS', async () => {
    const CREATE = `mutation ($input: CreateActorInput!) { createActor(input: $input) { actor { slug aliases kind } userErrors { field code message } } }`;
    const { createActor } = await suite.gql.data(CREATE, {
      input: { name: 'Andrii Sybiha', kind: 'PERSON', countryCode: 'UA', aliases: ['Sybiha', 'andrii sybiha', 'SYBIHA'] },
    });
    expect(createActor).toEqual({ actor: { slug: 'andrii-sybiha', aliases: ['Andrii Sybiha', 'Sybiha'], kind: 'PERSON' }, userErrors: [] });
    expect((await suite.gql.data(`{ actorByName(name: "SYBIHA") { slug } }`)).actorByName.slug).toBe('andrii-sybiha');
    const errors = await suite.refused(CREATE, { input: { name: 'Someone', kind: 'PERSON', countryCode: 'ukr', aliases: ['Kremlin'] } });
    expect(errors.map((e) => `${e.field.join('.')}:${e.code}:${e.message}`)).toEqual([
      'countryCode:INVALID:must be an ISO 3166-1 alpha-2 code such as "GB" (got "ukr").',
      'aliases.0:ALREADY_EXISTS:"Kremlin" is already an alias of russia.',
    ]);
  });

  it('points userErrors at the input as sent: the list index of an alias, the name on its own', async () => {
    const CREATE = `mutation ($input: CreateActorInput!) { createActor(input: $input) { actor { slug } userErrors { field code message } } }`;
    expect(await suite.refused(CREATE, { input: { name: 'Foo Bar Baz', kind: 'PERSON', aliases: ['Foo Bar', 'Kremlin'] } })).toEqual([
      { field: ['aliases', '1'], code: 'ALREADY_EXISTS', message: '"Kremlin" is already an alias of russia.' },
    ]);
    expect(await suite.refused(CREATE, { input: { name: 'Moscow', kind: 'COUNTRY', aliases: ['Muscovy'] } })).toEqual([
      { field: ['name'], code: 'ALREADY_EXISTS', message: '"Moscow" is already an alias of russia.' },
    ]);
  });

  it('refuses an unknown enum value before running anything', async () => {
    const result = await suite.gql.request(`mutation { createActor(input: { name: "X", kind: PLANET }) { actor { slug } } }`);
    expect(result.errors?.[0]?.message).toMatch(/Value "PLANET" does not exist in "ActorKind" enum/);
  });

  it('addActorAlias and updateActor', async () => {
    const id = await suite.idOf('actor', 'andrii-sybiha');
    const ADD = `mutation ($input: AddActorAliasInput!) { addActorAlias(input: $input) { actor { aliases } userErrors { field code message } } }`;
    expect((await suite.gql.data(ADD, { input: { actorId: id, alias: 'Sybiga' } })).addActorAlias.actor.aliases).toEqual(['Andrii Sybiha', 'Sybiga', 'Sybiha']);
    expect(await suite.refused(ADD, { input: { actorId: id, alias: 'Zelensky' } })).toEqual([
      { field: ['alias'], code: 'ALREADY_EXISTS', message: '"Zelensky" is already an alias of volodymyr-zelenskyy.' },
    ]);
    // Unique by the folded form lookups use: case, accents, dots and apostrophes do not make a new alias.
    expect(await suite.refused(ADD, { input: { actorId: id, alias: 'SYBIGA' } })).toEqual([
      { field: ['alias'], code: 'ALREADY_EXISTS', message: '"SYBIGA" is already an alias of this actor (as "Sybiga").' },
    ]);
    expect(await suite.refused(ADD, { input: { actorId: id, alias: 'zelenský' } })).toEqual([
      { field: ['alias'], code: 'ALREADY_EXISTS', message: '"zelenský" is already an alias of volodymyr-zelenskyy (as "Zelensky").' },
    ]);
    expect(await suite.refused(ADD, { input: { actorId: id, alias: 'U.S.' } })).toEqual([
      { field: ['alias'], code: 'ALREADY_EXISTS', message: '"U.S." is already an alias of united-states (as "US").' },
    ]);
    const { updateActor } = await suite.gql.data(
      `mutation ($input: UpdateActorInput!) { updateActor(input: $input) { actor { name description aliases } userErrors { code } } }`,
      { input: { id, name: 'Andriy Sybiha', description: 'Foreign Minister of Ukraine.' } },
    );
    expect(updateActor.actor).toEqual({
      name: 'Andriy Sybiha',
      description: 'Foreign Minister of Ukraine.',
      aliases: ['Andrii Sybiha', 'Andriy Sybiha', 'Sybiga', 'Sybiha'],
    });
  });

  it('createTopic under a parent joins the subtree', async () => {
    const parentId = await suite.idOf('topic', 'security-guarantees');
    const { createTopic } = await suite.gql.data(
      `mutation ($input: CreateTopicInput!) { createTopic(input: $input) { topic { slug parent { slug } } userErrors { code } } }`,
      { input: { name: 'Air defence', parentId } },
    );
    expect(createTopic.topic).toEqual({ slug: 'air-defence', parent: { slug: 'security-guarantees' } });
    const { topic } = await suite.gql.data(`{ topic(slug: "security-guarantees") { children { slug } } }`);
    expect(topic.children.map((c: { slug: string }) => c.slug)).toContain('air-defence');
  });
});

describe('positions', () => {
  it('recordPosition, then updatePosition with versions, then deletePosition', async () => {
    const input = {
      actorId: await suite.idOf('actor', 'giorgia-meloni'),
      topicId: await suite.idOf('topic', 'nato-membership'),
      articleId: await suite.idOf('article', 'meloni-proposes-nato-security-for-ukraine-without-membership'),
      stance: 'CONDITIONAL',
      statement: 'Meloni offers NATO-style guarantees instead of membership.',
      quote: 'without requiring the complexities and potential risks of full membership',
    };
    const { recordPosition } = await suite.gql.data(RECORD, { input });
    expect(recordPosition.userErrors).toEqual([]);
    expect(recordPosition.position).toMatchObject({ stance: 'CONDITIONAL', version: 1, actor: { slug: 'giorgia-meloni' }, topic: { slug: 'nato-membership' } });
    const { actor } = await suite.gql.data(`{ actor(slug: "giorgia-meloni") { stanceOn(topic: "nato-membership") { stance } } }`);
    expect(actor.stanceOn.stance).toBe('CONDITIONAL');

    expect(await suite.refused(RECORD, { input })).toEqual([
      {
        field: ['articleId'],
        code: 'ALREADY_EXISTS',
        message: 'This article already reports a position of this actor on this topic; update that one instead.',
      },
    ]);

    const UPDATE = `mutation ($input: UpdatePositionInput!) { updatePosition(input: $input) { position { stance version } userErrors { field code } } }`;
    const id = recordPosition.position.id;
    expect((await suite.gql.data(UPDATE, { input: { id, expectedVersion: 1, stance: 'OPPOSES' } })).updatePosition).toEqual({
      position: { stance: 'OPPOSES', version: 2 },
      userErrors: [],
    });
    expect(await suite.refused(UPDATE, { input: { id, expectedVersion: 1, stance: 'SUPPORTS' } })).toEqual([{ field: ['expectedVersion'], code: 'CONFLICT' }]);
    expect(await suite.refused(UPDATE, { input: { id, quote: 'words Meloni never said' } })).toEqual([{ field: ['quote'], code: 'INVALID' }]);

    const DELETE = `mutation ($input: DeletePositionInput!) { deletePosition(input: $input) { deletedId userErrors { field code } } }`;
    expect((await suite.gql.data(DELETE, { input: { id } })).deletePosition).toEqual({ deletedId: id, userErrors: [] });
    expect(await suite.refused(DELETE, { input: { id } })).toEqual([{ field: ['id'], code: 'NOT_FOUND' }]);
  });

  it('rests every position on a quote: matched across typographic marks and whitespace, stored as the article has it, never blank or cleared', async () => {
    const input = {
      actorId: await suite.idOf('actor', 'volodymyr-zelenskyy'),
      topicId: await suite.idOf('topic', 'ceasefire'),
      articleId: await suite.idOf('article', 'zelenskyy-rejects-china-as-security-guarantor-for-ukraine'),
      stance: 'OPPOSES',
      statement: 'Zelenskyy doubts China as a guarantor.',
      // The article writes “China’s” with a typographic apostrophe and single spaces.
      quote: " Zelenskyy  cited China's failure\n to prevent the war ",
    };
    const { recordPosition } = await suite.gql.data(RECORD.replace('stance version', 'stance version quote'), { input });
    expect(recordPosition.userErrors).toEqual([]);
    expect(recordPosition.position.quote).toBe('Zelenskyy cited China’s failure to prevent the war');

    const UPDATE = `mutation ($input: UpdatePositionInput!) { updatePosition(input: $input) { position { quote } userErrors { field code message } } }`;
    expect(await suite.refused(UPDATE, { input: { id: recordPosition.position.id, quote: null } })).toEqual([
      { field: ['quote'], code: 'INVALID', message: 'cannot be cleared: every position rests on a quote from its article.' },
    ]);
    expect(await suite.refused(RECORD, { input: { ...input, topicId: await suite.idOf('topic', 'peace-process'), quote: '   ' } })).toEqual([
      expect.objectContaining({ field: ['quote'], code: 'INVALID' }),
    ]);
    const { quote: _omitted, ...unquoted } = input;
    const missing = await suite.gql.request(RECORD, { input: unquoted });
    expect(missing.errors?.[0]?.message).toMatch(/Field "quote" of required type "String!" was not provided/);
    // Leaves the seed's positions as they were, for the tests after this one.
    await suite.gql.data(`mutation ($id: ID!) { deletePosition(input: { id: $id }) { deletedId } }`, { id: recordPosition.position.id });
  });

  it('refuses a quote that is not in the article, and an actor the article does not mention', async () => {
    const errors = await suite.refused(RECORD, {
      input: {
        actorId: await suite.idOf('actor', 'china'),
        topicId: await suite.idOf('topic', 'ceasefire'),
        articleId: await suite.idOf('article', 'meloni-proposes-nato-security-for-ukraine-without-membership'),
        stance: 'SUPPORTS',
        statement: 'China backs a ceasefire.',
        quote: 'China backs a ceasefire',
      },
    });
    expect(errors.map((e) => `${e.field.join('.')}:${e.code}`)).toEqual(['quote:INVALID', 'actorId:INVALID']);
  });

  it('refuses IDs of the wrong type or naming nothing, by field', async () => {
    const errors = await suite.refused(RECORD, {
      input: {
        actorId: await suite.idOf('topic', 'ceasefire'),
        topicId: Buffer.from('Topic:424242').toString('base64'),
        articleId: 'garbage',
        stance: 'SUPPORTS',
        statement: 'x',
        quote: 'x',
      },
    });
    expect(errors.map((e) => `${e.field.join('.')}:${e.code}`)).toEqual(['actorId:NOT_FOUND', 'articleId:INVALID', 'topicId:NOT_FOUND']);
  });
});

describe('updateTopic and deleteTopic', () => {
  const UPDATE = `mutation ($input: UpdateTopicInput!) { updateTopic(input: $input) { topic { slug name parent { slug } } userErrors { field code message } } }`;
  const DELETE = `mutation ($input: DeleteTopicInput!) { deleteTopic(input: $input) { deletedId userErrors { field code message } } }`;
  const create = async (name: string, parentId?: string) =>
    (await suite.gql.data(`mutation ($input: CreateTopicInput!) { createTopic(input: $input) { topic { id } } }`, { input: { name, parentId } })).createTopic
      .topic.id as string;

  it('renames and moves a topic, refusing a move under its own subtree', async () => {
    const sanctions = await create('Sanctions');
    const oil = await create('Oil price cap', sanctions);
    const { updateTopic } = await suite.gql.data(UPDATE, {
      input: { id: oil, name: 'Oil price cap on Russia', parentId: await suite.idOf('topic', 'peace-process') },
    });
    expect(updateTopic).toEqual({ topic: { slug: 'oil-price-cap', name: 'Oil price cap on Russia', parent: { slug: 'peace-process' } }, userErrors: [] });
    const { updateTopic: back } = await suite.gql.data(UPDATE, { input: { id: oil, parentId: sanctions } });
    expect(back.topic.parent).toEqual({ slug: 'sanctions' });
    expect(await suite.refused(UPDATE, { input: { id: sanctions, parentId: oil } })).toEqual([
      { field: ['parentId'], code: 'INVALID', message: 'is this topic or one below it: a topic cannot be placed under itself.' },
    ]);
    // A topic with one below it is not deleted; once the child goes, it can.
    expect((await suite.refused(DELETE, { input: { id: sanctions } }))[0]).toMatchObject({ field: ['id'], code: 'CONFLICT' });
    expect((await suite.gql.data(DELETE, { input: { id: oil } })).deleteTopic).toEqual({ deletedId: oil, userErrors: [] });
    expect((await suite.gql.data(DELETE, { input: { id: sanctions } })).deleteTopic).toEqual({ deletedId: sanctions, userErrors: [] });
    expect((await suite.gql.data(`{ topic(slug: "sanctions") { id } }`)).topic).toBeNull();
  });

  it('refuses to delete a topic that positions use, unless they are reassigned to another', async () => {
    const temporary = await create('Temporary topic');
    const { recordPosition } = await suite.gql.data(RECORD, {
      input: {
        actorId: await suite.idOf('actor', 'giorgia-meloni'),
        topicId: temporary,
        articleId: await suite.idOf('article', 'meloni-proposes-nato-security-for-ukraine-without-membership'),
        stance: 'CONDITIONAL',
        statement: 'Meloni offers NATO-style guarantees instead of membership.',
        quote: 'without requiring the complexities and potential risks of full membership',
      },
    });
    expect(recordPosition.userErrors).toEqual([]);
    const [refusal] = await suite.refused(DELETE, { input: { id: temporary } });
    expect(refusal).toMatchObject({
      field: ['id'],
      code: 'CONFLICT',
      // The position, and the tag recording it gave its article.
      message: '2 position(s) and article tag(s) use it; give `reassignTo` to move them to another topic.',
    });
    const { deleteTopic } = await suite.gql.data(DELETE, { input: { id: temporary, reassignTo: await suite.idOf('topic', 'nato-membership') } });
    expect(deleteTopic).toEqual({ deletedId: temporary, userErrors: [] });
    const moved = await suite.gql.data(`query ($id: ID!) { node(id: $id) { ... on Position { topic { slug } version } } }`, { id: recordPosition.position.id });
    expect(moved.node).toEqual({ topic: { slug: 'nato-membership' }, version: 2 });
    await suite.gql.data(`mutation ($id: ID!) { deletePosition(input: { id: $id }) { deletedId } }`, { id: recordPosition.position.id });
  });
});

describe('affiliations', () => {
  const FIELDS = `affiliation { role startedOn endedOn member { slug } organization { slug } } userErrors { field code message }`;
  it('are recorded, ended and deleted, named by member, organisation and role', async () => {
    const key = {
      actorId: await suite.idOf('actor', 'keir-starmer'),
      organizationId: await suite.idOf('actor', 'united-kingdom'),
      role: 'Leader of the Opposition',
    };
    const { recordAffiliation } = await suite.gql.data(`mutation ($input: RecordAffiliationInput!) { recordAffiliation(input: $input) { ${FIELDS} } }`, {
      input: { ...key, startedOn: '2020-04-04' },
    });
    expect(recordAffiliation).toEqual({
      affiliation: {
        role: 'Leader of the Opposition',
        startedOn: '2020-04-04',
        endedOn: null,
        member: { slug: 'keir-starmer' },
        organization: { slug: 'united-kingdom' },
      },
      userErrors: [],
    });
    const UPDATE = `mutation ($input: UpdateAffiliationInput!) { updateAffiliation(input: $input) { ${FIELDS} } }`;
    expect((await suite.gql.data(UPDATE, { input: { ...key, endedOn: '2024-07-05' } })).updateAffiliation.affiliation).toMatchObject({
      startedOn: '2020-04-04',
      endedOn: '2024-07-05',
    });
    expect(await suite.refused(UPDATE, { input: { ...key, endedOn: '2019-01-01' } })).toEqual([
      { field: ['endedOn'], code: 'INVALID', message: 'is before `startedOn`.' },
    ]);
    expect(await suite.refused(`mutation ($input: RecordAffiliationInput!) { recordAffiliation(input: $input) { ${FIELDS} } }`, { input: key })).toEqual([
      { field: ['role'], code: 'ALREADY_EXISTS', message: 'This actor already holds this role in this organisation; change that affiliation instead.' },
    ]);
    const DELETE = `mutation ($input: DeleteAffiliationInput!) { deleteAffiliation(input: $input) { deleted userErrors { field code } } }`;
    expect((await suite.gql.data(DELETE, { input: key })).deleteAffiliation).toEqual({ deleted: true, userErrors: [] });
    expect(await suite.refused(DELETE, { input: key })).toEqual([{ field: ['role'], code: 'NOT_FOUND' }]);
  });
});

describe('removeActorAlias and deleteActor', () => {
  const REMOVE = `mutation ($input: RemoveActorAliasInput!) { removeActorAlias(input: $input) { actor { aliases } userErrors { field code message } } }`;
  const DELETE = `mutation ($input: DeleteActorInput!) { deleteActor(input: $input) { deletedId userErrors { field code message } } }`;

  it('removes an alias, never the actor’s name, and says when there is no such alias', async () => {
    const { createActor } = await suite.gql.data(
      `mutation { createActor(input: { name: "Kaja Kallas", kind: PERSON, aliases: ["Kallas", "K. Kallas"] }) { actor { id aliases } } }`,
    );
    const actorId = createActor.actor.id;
    expect(createActor.actor.aliases).toEqual(expect.arrayContaining(['Kaja Kallas', 'Kallas', 'K. Kallas']));
    const { removeActorAlias } = await suite.gql.data(REMOVE, { input: { actorId, alias: 'K. Kallas' } });
    expect(removeActorAlias.userErrors).toEqual([]);
    expect(removeActorAlias.actor.aliases).not.toContain('K. Kallas');
    expect(await suite.refused(REMOVE, { input: { actorId, alias: 'Kaja Kallas' } })).toEqual([
      { field: ['alias'], code: 'INVALID', message: 'is the actor’s name, which is always one of its aliases; rename the actor (updateActor) instead.' },
    ]);
    expect(await suite.refused(REMOVE, { input: { actorId, alias: 'K. Kallas' } })).toEqual([
      { field: ['alias'], code: 'NOT_FOUND', message: '"K. Kallas" is not an alias of this actor.' },
    ]);
    // With no positions, the actor can go, aliases and all; then it names nothing.
    expect((await suite.gql.data(DELETE, { input: { id: actorId } })).deleteActor).toEqual({ deletedId: actorId, userErrors: [] });
    expect((await suite.gql.data(`{ actorByName(name: "Kallas") { id } }`)).actorByName).toBeNull();
    expect(await suite.refused(DELETE, { input: { id: actorId } })).toEqual([{ field: ['id'], code: 'NOT_FOUND', message: 'names no actor.' }]);
  });

  it('refuses to delete an actor that positions rest on, pointing to mergeActors', async () => {
    const id = await suite.idOf('actor', 'russia');
    const [error] = await suite.refused(DELETE, { input: { id } });
    expect(error).toMatchObject({ field: ['id'], code: 'CONFLICT' });
    expect(error!.message).toMatch(/^\d+ position\(s\) rest on this actor; merge it into another actor \(mergeActors\)/);
  });
});

describe('mergeActors', () => {
  it('moves mentions, positions, affiliations and aliases to the target and deletes the source', async () => {
    // An actor entered twice: "Volodymyr Zelensky" with a mention, a position and an affiliation of its own.
    const db = suite.handle.db;
    const { createActor } = await suite.gql.data(
      `mutation { createActor(input: { name: "Volodymyr Zelensky", kind: PERSON, slug: "v-zelensky" }) { actor { id } userErrors { message } } }`,
    );
    const sourceId = createActor.actor.id;
    const sourceRow = Number(Buffer.from(sourceId, 'base64').toString().split(':')[1]);
    const article = await db.query.articles.findFirst({ where: { slug: 'zelenskyy-rejects-china-as-security-guarantor-for-ukraine' } });
    const minerals = await db.query.articles.findFirst({ where: { slug: 'zelensky-demands-security-guarantees-before-putin-talks' } });
    const topic = await db.query.topics.findFirst({ where: { slug: 'guarantor-eligibility' } });
    const ceasefire = await db.query.topics.findFirst({ where: { slug: 'ceasefire' } });
    const ukraine = await db.query.actors.findFirst({ where: { slug: 'ukraine' } });
    await suite.handle.rows(sql`insert into mentions (article_id, actor_id) values (${article!.id}, ${sourceRow}), (${minerals!.id}, ${sourceRow})`);
    await suite.handle.rows(sql`insert into positions (actor_id, topic_id, article_id, stance, statement, quote) values
      (${sourceRow}, ${topic!.id}, ${article!.id}, 'OPPOSES', 'Duplicate of the target''s position.', 'Security'),
      (${sourceRow}, ${ceasefire!.id}, ${minerals!.id}, 'SUPPORTS', 'Only the source has this one.', 'Security')`);
    await suite.handle.rows(sql`insert into affiliations (actor_id, organization_id, role) values (${sourceRow}, ${ukraine!.id}, 'President')`);

    const before = await suite.rowCounts();
    const { mergeActors } = await suite.gql.data(
      `mutation ($input: MergeActorsInput!) { mergeActors(input: $input) { actor { slug aliases affiliations { role organization { slug } } positions(first: 100) { totalCount } } userErrors { code } } }`,
      { input: { sourceId, targetId: await suite.idOf('actor', 'volodymyr-zelenskyy') } },
    );
    expect(mergeActors.userErrors).toEqual([]);
    expect(mergeActors.actor.slug).toBe('volodymyr-zelenskyy');
    expect(mergeActors.actor.aliases).toContain('Volodymyr Zelensky');
    expect(mergeActors.actor.affiliations).toEqual([{ role: 'President', organization: { slug: 'ukraine' } }]);
    expect(mergeActors.actor.positions.totalCount).toBe(5); // 4 of its own + the one only the source had
    const after = await suite.rowCounts();
    expect(after.actors).toBe(before.actors - 1);
    expect(after.mentions).toBe(before.mentions - 2); // both articles already mentioned the target
    expect(after.positions).toBe(before.positions - 1); // the duplicate went
    expect(after.affiliations).toBe(before.affiliations - 1);
    expect(after.actor_aliases).toBe(before.actor_aliases);
    const duplicates = await suite.handle.rows(sql`select article_id from mentions group by article_id, actor_id having count(*) > 1`);
    expect(duplicates).toEqual([]);
    expect((await suite.gql.data(`{ actor(slug: "v-zelensky") { id } }`)).actor).toBeNull();
  });

  it('refuses merging an actor into itself or into a missing actor', async () => {
    const MERGE = `mutation ($input: MergeActorsInput!) { mergeActors(input: $input) { actor { slug } userErrors { field code message } } }`;
    const russia = await suite.idOf('actor', 'russia');
    expect(await suite.refused(MERGE, { input: { sourceId: russia, targetId: russia } })).toEqual([
      { field: ['targetId'], code: 'INVALID', message: 'cannot merge an actor into itself.' },
    ]);
    expect(await suite.refused(MERGE, { input: { sourceId: russia, targetId: Buffer.from('Actor:777777').toString('base64') } })).toEqual([
      { field: ['targetId'], code: 'NOT_FOUND', message: 'names no actor.' },
    ]);
  });
});
