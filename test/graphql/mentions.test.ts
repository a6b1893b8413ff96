import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { findMentionedActors } from '../../src/models/names.js';
import { seededSuite } from '../helpers/suite.js';

// Linking by name: when an actor gains a name, the articles whose text names it mention it, in the
// same mutation; relinkMentions does it for every actor; a mention removed by hand stays removed.
// The test articles below are test input written for these tests, not news.
const suite = seededSuite();

const CREATE_ARTICLE = `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { article { id slug } userErrors { message } } }`;
const LINKED = `mentionsAdded linked { article { slug } actor { slug } } userErrors { field code message }`;
const CREATE_ACTOR = `mutation ($input: CreateActorInput!) { createActor(input: $input) { actor { id slug } ${LINKED} } }`;
const ADD_ALIAS = `mutation ($input: AddActorAliasInput!) { addActorAlias(input: $input) { ${LINKED} } }`;
const RELINK = `mutation ($input: RelinkMentionsInput!) { relinkMentions(input: $input) { ${LINKED} } }`;
const UPDATE_ARTICLE = `mutation ($input: UpdateArticleInput!) { updateArticle(input: $input) { article { actors { slug } } userErrors { message } } }`;

async function article(title: string, summary: string, body?: string) {
  const { createArticle } = await suite.gql.data(CREATE_ARTICLE, { input: { title, summary, body } });
  expect(createArticle.userErrors).toEqual([]);
  return createArticle.article as { id: string; slug: string };
}

const mentioning = async (actor: string) =>
  (await suite.gql.data(`query ($actor: String!) { articles(filter: { actor: $actor }, first: 50) { nodes { slug } } }`, { actor })).articles.nodes
    .map((n: { slug: string }) => n.slug)
    .sort();

describe('linking by name', () => {
  it('links the articles that name a new actor, by any of its names, when it is created', async () => {
    const a = await article('Test: veto threat', 'Test text: Prime Minister Viktor Orbán said Hungary would block the package.');
    const b = await article('Test: radio interview', 'Test text: Orban told state radio that he would not give way.');
    const c = await article('Test: unrelated', 'Test text: the Orbanist tendency is not a name of him.');
    const { createActor } = await suite.gql.data(CREATE_ACTOR, { input: { name: 'Viktor Orbán', kind: 'PERSON', aliases: ['Orbán'] } });
    expect(createActor.userErrors).toEqual([]);
    expect(createActor.mentionsAdded).toBe(2);
    expect(createActor.linked).toEqual([
      { article: { slug: a.slug }, actor: { slug: 'viktor-orban' } },
      { article: { slug: b.slug }, actor: { slug: 'viktor-orban' } },
    ]);
    expect(await mentioning('Orbán')).toEqual([b.slug, a.slug].sort());
    expect(await mentioning('Orbán')).not.toContain(c.slug);
  });

  it('links by a new alias only the articles that name it, and reads "U.K." as "UK"', async () => {
    const kallas = await article('Test: foreign policy chief', 'Test text: Kallas said the U.K. would join the talks.');
    const id = await suite.idOf('actor', 'united-kingdom');
    expect(await mentioning('united-kingdom')).not.toContain(kallas.slug);
    // The UK's names were there before the article; relinking that actor finds "U.K." by its alias "UK".
    const { relinkMentions } = await suite.gql.data(RELINK, { input: { actorIds: [id] } });
    expect(relinkMentions.linked).toContainEqual({ article: { slug: kallas.slug }, actor: { slug: 'united-kingdom' } });
    const { createActor } = await suite.gql.data(CREATE_ACTOR, { input: { name: 'Kaja Kallas', kind: 'PERSON', aliases: ['Kallas'] } });
    expect(createActor.linked).toEqual([{ article: { slug: kallas.slug }, actor: { slug: 'kaja-kallas' } }]);
    const estonia = await article('Test: Tallinn', 'Test text: the Estonian prime minister spoke in Tallinn.');
    const { addActorAlias } = await suite.gql.data(ADD_ALIAS, { input: { actorId: createActor.actor.id, alias: 'Estonian prime minister' } });
    expect(addActorAlias).toEqual({ mentionsAdded: 1, linked: [{ article: { slug: estonia.slug }, actor: { slug: 'kaja-kallas' } }], userErrors: [] });
  });

  it('keeps a mention removed by hand removed, until it is given back by hand', async () => {
    const text = await article('Test: Rutte pledge', 'Test text: Rutte pledged support.');
    const rutte = await suite.idOf('actor', 'mark-rutte');
    const relink = async () => (await suite.gql.data(RELINK, { input: { actorIds: [rutte] } })).relinkMentions;
    expect((await relink()).linked).toEqual([{ article: { slug: text.slug }, actor: { slug: 'mark-rutte' } }]);
    // Removed by hand: relinking does not put it back.
    expect((await suite.gql.data(UPDATE_ARTICLE, { input: { id: text.id, actorIds: [] } })).updateArticle.article.actors).toEqual([]);
    expect(await relink()).toEqual({ mentionsAdded: 0, linked: [], userErrors: [] });
    expect(await suite.handle.rows(sql`select count(*)::int as n from mention_exclusions`)).toEqual([{ n: 1 }]);
    // Given back by hand: the exclusion is lifted.
    await suite.gql.data(UPDATE_ARTICLE, { input: { id: text.id, actorIds: [rutte] } });
    expect(await suite.handle.rows(sql`select count(*)::int as n from mention_exclusions`)).toEqual([{ n: 0 }]);
  });

  it('relinks every actor: afterwards every article mentions every actor its text names, and a second run adds nothing', async () => {
    const first = (await suite.gql.data(RELINK, { input: {} })).relinkMentions;
    expect(first.userErrors).toEqual([]);
    const articles = await suite.handle.rows<{ id: number; text: string; actors: number[] }>(
      sql`select a.id, concat_ws(E'\n', a.title, a.summary, a.body) as text,
        coalesce((select array_agg(actor_id) from mentions m where m.article_id = a.id), '{}') as actors from articles a`,
    );
    const aliases = await suite.handle.rows<{ actorId: number; alias: string }>(sql`select actor_id as "actorId", alias from actor_aliases`);
    const excluded = await suite.handle.rows<{ article_id: number; actor_id: number }>(sql`select article_id, actor_id from mention_exclusions`);
    for (const a of articles) {
      const named = [...findMentionedActors(a.text, aliases)].filter((actorId) => !excluded.some((x) => x.article_id === a.id && x.actor_id === actorId));
      expect(a.actors, `article ${a.id}`).toEqual(expect.arrayContaining(named));
    }
    expect((await suite.gql.data(RELINK, { input: {} })).relinkMentions.mentionsAdded).toBe(0);
  });

  it('links the target of a merge by the names it took over, and refuses an unknown actor', async () => {
    const text = await article('Test: the Hungarian premier', 'Test text: the Hungarian premier spoke first.');
    const { createActor } = await suite.gql.data(CREATE_ACTOR, { input: { name: 'Hungarian premier', kind: 'PERSON' } });
    expect(createActor.mentionsAdded).toBe(1);
    const { mergeActors } = await suite.gql.data(`mutation ($input: MergeActorsInput!) { mergeActors(input: $input) { actor { slug } ${LINKED} } }`, {
      input: { sourceId: createActor.actor.id, targetId: await suite.idOf('actor', 'viktor-orban') },
    });
    expect(mergeActors.userErrors).toEqual([]);
    expect(await mentioning('viktor-orban')).toContain(text.slug);
    const { id } = await article('Test: not an actor', 'Test text.');
    expect(await suite.refused(RELINK, { input: { actorIds: [id] } })).toEqual([
      { field: ['actorIds', '0'], code: 'NOT_FOUND', message: expect.stringContaining('is not the ID of an Actor') },
    ]);
  });
});
