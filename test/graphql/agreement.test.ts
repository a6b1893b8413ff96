import { describe, expect, it } from 'vitest';
import { seededSuite } from '../helpers/suite.js';

// Agreement between actors on the seed's positions. Russia's latest stances: troop-deployment OPPOSES,
// security-guarantees CONDITIONAL, russian-veto SUPPORTS. Macron, Starmer and Merz: security-guarantees
// SUPPORTS, russian-veto OPPOSES. Lavrov: russian-veto SUPPORTS. Zelenskyy: security-guarantees SUPPORTS,
// talks-with-russia CONDITIONAL, among others; Trump: security-guarantees and talks-with-russia SUPPORTS.
const suite = seededSuite();

const ALIGNED = `query ($slug: String!, $topic: String, $first: Int, $min: Int) {
  actor(slug: $slug) { alignedActors(topic: $topic, first: $first, minSharedTopics: $min) { actor { slug } score sharedTopics } }
}`;

describe('Actor.agreement', () => {
  it('scores the topics both actors speak to, with both positions as evidence', async () => {
    const { actor } = await suite.gql.data(`{ actor(slug: "volodymyr-zelenskyy") { agreement(with: "Trump") {
      actor { slug } score sharedTopics
      topics { topic { slug } agreement position { stance quote actor { slug } } otherPosition { stance quote actor { slug } article { slug } } }
    } } }`);
    const { agreement } = actor;
    expect(agreement.actor.slug).toBe('donald-trump');
    // security-guarantees: SUPPORTS and SUPPORTS (1); talks-with-russia: CONDITIONAL and SUPPORTS (0.5).
    expect(agreement.score).toBe(0.75);
    expect(agreement.sharedTopics).toBe(2);
    expect(agreement.topics.map((t: { topic: { slug: string }; agreement: number }) => [t.topic.slug, t.agreement])).toEqual([
      ['security-guarantees', 1],
      ['talks-with-russia', 0.5],
    ]);
    for (const t of agreement.topics) {
      expect(t.position.actor.slug).toBe('volodymyr-zelenskyy');
      expect(t.otherPosition.actor.slug).toBe('donald-trump');
      expect(t.position.quote.length).toBeGreaterThan(0);
      expect(t.otherPosition.article.slug).toBeTruthy();
    }
    expect(agreement.topics[1].position.stance).toBe('CONDITIONAL');
    expect(agreement.topics[1].otherPosition.stance).toBe('SUPPORTS');
  });

  it('is 0 for SUPPORTS against OPPOSES, narrows to a topic, and is null with no topic in common', async () => {
    const score = async (slug: string, other: string, topic?: string) =>
      (
        await suite.gql.data(
          `query ($slug: String!, $other: String!, $topic: String) { actor(slug: $slug) { agreement(with: $other, topic: $topic) { score sharedTopics } } }`,
          {
            slug,
            other,
            topic,
          },
        )
      ).actor.agreement;
    expect(await score('russia', 'United Kingdom')).toEqual({ score: 0, sharedTopics: 1 });
    expect(await score('emmanuel-macron', 'keir-starmer')).toEqual({ score: 1, sharedTopics: 2 });
    expect(await score('russia', 'emmanuel-macron')).toEqual({ score: 0.25, sharedTopics: 2 });
    expect(await score('russia', 'emmanuel-macron', 'russian-veto')).toEqual({ score: 0, sharedTopics: 1 });
    expect(await score('china', 'vladimir-putin')).toEqual({ score: null, sharedTopics: 0 });
  });

  it('refuses an unknown actor and the actor itself', async () => {
    expect(await suite.errorOf(`{ actor(slug: "russia") { agreement(with: "Atlantis") { score } } }`)).toMatchObject({
      message: expect.stringContaining('names no actor'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await suite.errorOf(`{ actor(slug: "russia") { agreement(with: "Moscow") { score } } }`)).toMatchObject({
      message: expect.stringContaining('names this actor itself'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await suite.errorOf(`{ actor(slug: "russia") { agreement(with: "france", topic: "nowhere") { score } } }`)).toMatchObject({
      message: expect.stringContaining('names no topic'),
    });
  });
});

describe('Actor.alignedActors', () => {
  it('ranks by score, then shared topics, then name', async () => {
    const { actor } = await suite.gql.data(ALIGNED, { slug: 'russia', first: 20 });
    expect(
      actor.alignedActors.map((a: { actor: { slug: string }; score: number; sharedTopics: number }) => `${a.actor.slug} ${a.score} ${a.sharedTopics}`),
    ).toEqual([
      'sergey-lavrov 1 1',
      'donald-trump 0.5 1',
      'mark-rutte 0.5 1',
      'united-states 0.5 1',
      'vladimir-putin 0.5 1',
      'volodymyr-zelenskyy 0.5 1',
      'emmanuel-macron 0.25 2',
      'friedrich-merz 0.25 2',
      'keir-starmer 0.25 2',
      'france 0 1',
      'united-kingdom 0 1',
    ]);
  });

  it('ranks the least agreed first with order LEAST_AGREED (then shared topics, then name)', async () => {
    const { actor } = await suite.gql.data(`{ actor(slug: "russia") { alignedActors(first: 4, order: LEAST_AGREED) { score sharedTopics actor { slug } } } }`);
    expect(
      actor.alignedActors.map((a: { actor: { slug: string }; score: number; sharedTopics: number }) => `${a.actor.slug} ${a.score} ${a.sharedTopics}`),
    ).toEqual(['france 0 1', 'united-kingdom 0 1', 'emmanuel-macron 0.25 2', 'friedrich-merz 0.25 2']);
  });

  it('takes the first N, within a topic, with at least minSharedTopics in common', async () => {
    const top = async (variables: Record<string, unknown>) =>
      (await suite.gql.data(ALIGNED, { slug: 'russia', ...variables })).actor.alignedActors.map((a: { actor: { slug: string } }) => a.actor.slug);
    expect(await top({ first: 2 })).toEqual(['sergey-lavrov', 'donald-trump']);
    expect(await top({ topic: 'russian-veto' })).toEqual(['sergey-lavrov', 'emmanuel-macron', 'friedrich-merz', 'keir-starmer']);
    expect(await top({ min: 2 })).toEqual(['emmanuel-macron', 'friedrich-merz', 'keir-starmer']);
  });

  it('loads the ranking in a fixed number of statements, whatever its length', async () => {
    const query = `{ actor(slug: "russia") { alignedActors(first: 20) { actor { name } topics { topic { name } position { quote } otherPosition { quote article { title } } } } } }`;
    const { result, statements } = await suite.counted(query);
    expect(result.errors).toBeUndefined();
    // The actor; the ranking; then actors, topics and positions (with their articles) once each.
    expect(statements).toBe(5);
  });

  it('answers a list of actors together: the same rankings, and statements that do not grow with the list', async () => {
    const query = `query ($first: Int!) { actors(first: $first, filter: { hasPositions: true }) { nodes { slug
      alignedActors(first: 3) { actor { slug } score topics { topic { slug } position { quote } } }
      agreement(with: "volodymyr-zelenskyy") { actor { slug } score sharedTopics } } } }`;
    const few = await suite.counted(query, { first: 3 });
    const many = await suite.counted(query, { first: 15 });
    expect(many.result.errors).toBeUndefined();
    expect(many.result.data.actors.nodes).toHaveLength(15);
    expect(many.statements).toBe(few.statements);
    // Each actor's ranking is what it is asked alone.
    for (const node of many.result.data.actors.nodes.slice(0, 6)) {
      const alone = await suite.gql.data(
        `query ($slug: String!) { actor(slug: $slug) { alignedActors(first: 3) { actor { slug } score topics { topic { slug } position { quote } } } } }`,
        { slug: node.slug },
      );
      expect(node.alignedActors, node.slug).toEqual(alone.actor.alignedActors);
      expect(node.agreement.actor.slug).toBe('volodymyr-zelenskyy');
    }
  });

  it('refuses a page past 100 and minSharedTopics below 1', async () => {
    expect(await suite.errorOf(ALIGNED, { slug: 'russia', first: 101 })).toMatchObject({
      message: expect.stringContaining('first'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await suite.errorOf(ALIGNED, { slug: 'russia', min: 0 })).toMatchObject({
      message: expect.stringContaining('minSharedTopics'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
