import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../src/db/client.js';
import type { Extractor } from '../../src/models/suggestions/extractor.js';
import { loadKnown, suggestFor } from '../../src/models/suggestions/store.js';
import { ALICE_TOKEN, expectRefused, graphqlClient } from '../helpers/graphql.js';
import { seededSuite } from '../helpers/suite.js';

// From news to positions through the API: an import yields suggestions; a curator with a named token
// accepts (corrected or not) or rejects each one, and every decision records who and when; bad input
// is a typed userError and writes nothing; a rejected suggestion never comes back, nor one a recorded
// position duplicates. On the seed, with articles written here.

const suite = seededSuite();
const alice = () => graphqlClient(suite.handle.db, { token: ALICE_TOKEN });
/** The userErrors of a decision alice makes that must be refused, having checked it wrote nothing. */
const refusedToAlice = (mutation: string, input: Record<string, unknown>) => expectRefused(alice(), suite.handle, mutation, { input });

const IMPORT = `mutation ($input: ImportDigestInput!) { importDigest(input: $input) {
  created { id slug topics { slug } } suggestionsMade userErrors { field code message } } }`;
const SUGGESTION = `id stance quote quoteField quoteStart quoteEnd statement confidence extractor extractorVersion status reviewedBy reviewedAt reason version
  actor { slug name } topic { slug } article { slug } position { id recordedBy }`;
const QUEUE = `query ($filter: SuggestionFilter, $orderBy: SuggestionOrder) { positionSuggestions(filter: $filter, orderBy: $orderBy, first: 50) {
  totalCount nodes { ${SUGGESTION} } } }`;
const ACCEPT = `mutation ($input: AcceptSuggestionInput!) { acceptSuggestion(input: $input) {
  suggestion { ${SUGGESTION} } position { id stance quote statement recordedBy actor { slug } topic { slug } } userErrors { field code message } } }`;
const REJECT = `mutation ($input: RejectSuggestionInput!) { rejectSuggestion(input: $input) { suggestion { ${SUGGESTION} } userErrors { field code message } } }`;
const SUGGEST = `mutation ($input: SuggestPositionsInput!) { suggestPositions(input: $input) { made failed userErrors { field code message } } }`;

const DIGEST = `Guarantees digest

Merz Backs Ceasefire Talks
Friedrich Merz said Germany was ready to join talks with Russia only if a ceasefire held first. Analysts doubted the plan.
Read More

Zelenskyy Rejects Land Swap
Volodymyr Zelenskyy rejected any land swap with Russia, calling it a reward for aggression.
Read More

Macron Calls For Ceasefire
Emmanuel Macron called for a ceasefire, warning that Russia could not be trusted.
Read More

Trump Welcomes Minerals Deal
Donald Trump welcomed the minerals deal with Ukraine.
Read More

Starmer Sets Terms For Troops
Keir Starmer said the UK would send troops to Ukraine only as part of a European force.
Read More
`;

async function imported() {
  const { importDigest } = await suite.gql.data(IMPORT, { input: { text: DIGEST, sourceName: 'Test wire' } });
  expect(importDigest.userErrors).toEqual([]);
  return importDigest;
}

async function pendingOf(article: string) {
  const { positionSuggestions } = await suite.gql.data(QUEUE, { filter: { article, status: ['PENDING'] } });
  return positionSuggestions.nodes as { id: string; version: number; quote: string; actor: { slug: string }; topic: { slug: string }; stance: string }[];
}

describe('suggestions from an import', () => {
  it('tags the new articles with the topics they name, and suggests positions with exact passages for review', async () => {
    const result = await imported();
    expect(result.created.map((a: { slug: string }) => a.slug)).toEqual([
      'merz-backs-ceasefire-talks',
      'zelenskyy-rejects-land-swap',
      'macron-calls-for-ceasefire',
      'trump-welcomes-minerals-deal',
      'starmer-sets-terms-for-troops',
    ]);
    expect(result.created[0].topics.map((t: { slug: string }) => t.slug)).toEqual(['ceasefire', 'talks-with-russia']);
    expect(result.suggestionsMade).toBe(5);
    const { positionSuggestions } = await suite.gql.data(QUEUE, { filter: { status: ['PENDING'], minConfidence: 0.5 }, orderBy: 'CONFIDENCE' });
    const ours = new Set(result.created.map((a: { slug: string }) => a.slug));
    const fresh = positionSuggestions.nodes.filter((s: { article: { slug: string } }) => ours.has(s.article.slug));
    expect(
      fresh.map((s: { actor: { slug: string }; topic: { slug: string }; stance: string }) => `${s.actor.slug} ${s.topic.slug} ${s.stance}`).sort(),
    ).toEqual([
      'donald-trump minerals-deal SUPPORTS',
      'emmanuel-macron ceasefire SUPPORTS',
      'friedrich-merz talks-with-russia CONDITIONAL',
      'keir-starmer troop-deployment CONDITIONAL',
      'volodymyr-zelenskyy border-changes OPPOSES',
    ]);
    for (const s of fresh) {
      expect(s).toMatchObject({
        status: 'PENDING',
        reviewedBy: null,
        reviewedAt: null,
        reason: null,
        position: null,
        extractor: 'rules',
        quoteField: 'SUMMARY',
      });
      const summary = DIGEST.split('\n').find((line) => line.includes(s.quote))!;
      expect(summary.slice(s.quoteStart, s.quoteEnd)).toBe(s.quote);
      expect(s.statement).toBe(`${s.actor.name} ${s.statement.slice(s.actor.name.length + 1)}`);
    }
    // By confidence, most trusted first.
    const confidences = positionSuggestions.nodes.map((s: { confidence: number }) => s.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    expect(confidences.every((c: number) => c >= 0.5)).toBe(true);
    // And on the article.
    const { article } = await suite.gql.data(`{ article(slug: "zelenskyy-rejects-land-swap") { positionSuggestions { stance status } } }`);
    expect(article.positionSuggestions).toEqual([{ stance: 'OPPOSES', status: 'PENDING' }]);
  });

  it('makes them again when an article’s text changes, keeping the decided ones', async () => {
    const [suggestion] = await pendingOf('zelenskyy-rejects-land-swap');
    const article = await suite.idOf('article', 'zelenskyy-rejects-land-swap');
    const { updateArticle } = await suite.gql.data(
      `mutation ($input: UpdateArticleInput!) { updateArticle(input: $input) { article { positionSuggestions { stance quote } } userErrors { message } } }`,
      { input: { id: article, summary: 'Volodymyr Zelenskyy said Ukraine would never accept a land swap with Russia.' } },
    );
    expect(updateArticle.article.positionSuggestions).toEqual([
      { stance: 'OPPOSES', quote: 'Volodymyr Zelenskyy said Ukraine would never accept a land swap with Russia' },
    ]);
    expect((await pendingOf('zelenskyy-rejects-land-swap'))[0]!.id).not.toBe(suggestion!.id);
  });
});

describe('deciding on a suggestion', () => {
  it('accepts one as it is: a position recorded by the curator’s name, the decision with who and when', async () => {
    const [suggestion] = await pendingOf('merz-backs-ceasefire-talks');
    const { acceptSuggestion } = await alice().data(ACCEPT, { input: { id: suggestion!.id, expectedVersion: suggestion!.version } });
    expect(acceptSuggestion.userErrors).toEqual([]);
    expect(acceptSuggestion.position).toMatchObject({
      stance: 'CONDITIONAL',
      quote: suggestion!.quote,
      recordedBy: 'alice',
      actor: { slug: 'friedrich-merz' },
    });
    expect(acceptSuggestion.suggestion).toMatchObject({
      status: 'ACCEPTED',
      reviewedBy: 'alice',
      position: { id: acceptSuggestion.position.id, recordedBy: 'alice' },
    });
    expect(Date.now() - Date.parse(acceptSuggestion.suggestion.reviewedAt)).toBeLessThan(60_000);
    // Published: the matrix reads it.
    const { stanceMatrix } = await suite.gql.data(`{ stanceMatrix(actors: ["friedrich-merz"], topics: ["talks-with-russia"]) { rows { cells { stance } } } }`);
    expect(stanceMatrix.rows[0].cells[0].stance).toBe('CONDITIONAL');

    // Decided once: a second decision is a CONFLICT naming who decided and when, and writes nothing.
    const [again] = await refusedToAlice(ACCEPT, { id: suggestion!.id });
    expect(again).toMatchObject({ field: ['id'], code: 'CONFLICT' });
    expect(again!.message).toMatch(/^was accepted already, by alice at \d{4}-\d\d-\d\dT/);
  });

  it('accepts one corrected: another stance, topic and actor (the statement drafted anew), and a passage the curator selected', async () => {
    const [suggestion] = await pendingOf('zelenskyy-rejects-land-swap');
    expect(suggestion).toMatchObject({ stance: 'OPPOSES', actor: { slug: 'volodymyr-zelenskyy' }, topic: { slug: 'border-changes' } });
    const { acceptSuggestion } = await alice().data(ACCEPT, {
      input: {
        id: suggestion!.id,
        stance: 'CONDITIONAL',
        topic: 'talks-with-russia',
        // By name: an actor the article mentions.
        actor: 'Zelenskyy',
        // Straight quotation marks and a line break match the article's text, which is stored.
        quote: 'Ukraine would never accept\na land swap',
      },
    });
    expect(acceptSuggestion.userErrors).toEqual([]);
    expect(acceptSuggestion.position).toMatchObject({
      stance: 'CONDITIONAL',
      quote: 'Ukraine would never accept a land swap',
      // Not the engine's draft ("… opposes border changes."), which would contradict what was published.
      statement: 'Volodymyr Zelenskyy supports talks with Russia only under conditions.',
      topic: { slug: 'talks-with-russia' },
      actor: { slug: 'volodymyr-zelenskyy' },
      recordedBy: 'alice',
    });
  });

  it('rejects one with a reason; the engine never makes it again for that article', async () => {
    const article = await suite.idOf('article', 'macron-calls-for-ceasefire');
    const [suggestion] = await pendingOf('macron-calls-for-ceasefire');
    const { rejectSuggestion } = await alice().data(REJECT, { input: { id: suggestion!.id, reason: 'A warning about Russia, not a call.' } });
    expect(rejectSuggestion.userErrors).toEqual([]);
    expect(rejectSuggestion.suggestion).toMatchObject({
      status: 'REJECTED',
      reviewedBy: 'alice',
      reason: 'A warning about Russia, not a call.',
      position: null,
    });
    const { suggestPositions } = await suite.gql.data(SUGGEST, { input: { articleIds: [article] } });
    expect(suggestPositions).toEqual({ made: 0, failed: [], userErrors: [] });
    expect(await pendingOf('macron-calls-for-ceasefire')).toEqual([]);
    const [again] = await refusedToAlice(REJECT, { id: suggestion!.id, reason: 'Twice.' });
    expect(again!.message).toMatch(/^was rejected already, by alice at /);
  });

  it('refuses bad input with a typed userError and writes nothing', async () => {
    const [suggestion] = await pendingOf('trump-welcomes-minerals-deal');
    const article = await suite.idOf('article', 'trump-welcomes-minerals-deal');
    // An unnamed token may write, but not decide: the decision would record no one.
    expect((await suite.refused(ACCEPT, { input: { id: suggestion!.id } }))[0]).toMatchObject({
      code: 'INVALID',
      message: expect.stringMatching(/named write token/),
    });
    expect((await refusedToAlice(ACCEPT, { id: suggestion!.id, quote: 'Words this article never printed.' }))[0]).toMatchObject({ field: ['quote'] });
    expect((await refusedToAlice(ACCEPT, { id: suggestion!.id, actor: 'keir-starmer' }))[0]).toMatchObject({ field: ['actor'] });
    expect((await refusedToAlice(ACCEPT, { id: suggestion!.id, topic: 'no-such-topic' }))[0]).toMatchObject({ field: ['topic'], code: 'NOT_FOUND' });
    expect((await refusedToAlice(ACCEPT, { id: suggestion!.id, expectedVersion: suggestion!.version + 1 }))[0]).toMatchObject({
      field: ['expectedVersion'],
      code: 'CONFLICT',
    });
    expect((await refusedToAlice(REJECT, { id: suggestion!.id, reason: '   ' }))[0]).toMatchObject({ field: ['reason'], code: 'INVALID' });
    // Text over its limit is refused before anything runs, as every text argument is (http/arguments.ts).
    const long = await alice().request(REJECT, { input: { id: suggestion!.id, reason: 'x'.repeat(5000) } });
    expect(long.errors?.[0]).toMatchObject({
      message: 'Argument "input.reason" must be at most 1000 characters (got 5000).',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const missing = Buffer.from('PositionSuggestion:999999').toString('base64');
    expect((await refusedToAlice(ACCEPT, { id: missing }))[0]).toMatchObject({ field: ['id'], code: 'NOT_FOUND' });
    expect((await refusedToAlice(REJECT, { id: await suite.idOf('actor', 'russia'), reason: 'No.' }))[0]).toMatchObject({ field: ['id'] });
    const many = await suite.gql.request(SUGGEST, { input: { articleIds: Array.from({ length: 101 }, () => article) } });
    expect(many.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await suite.refused(SUGGEST, { input: { articleIds: [Buffer.from('Article:999999').toString('base64')] } }))[0]).toMatchObject({
      field: ['articleIds', '0'],
      code: 'NOT_FOUND',
    });
    // Still pending, untouched.
    expect((await pendingOf('trump-welcomes-minerals-deal'))[0]).toMatchObject({ id: suggestion!.id, version: suggestion!.version });
  });

  it('drops the pending suggestions a position recorded by hand makes moot, and makes none again on that actor and topic, whatever the stance', async () => {
    expect((await pendingOf('starmer-sets-terms-for-troops')).map((s) => s.stance)).toEqual(['CONDITIONAL']);
    const article = await suite.idOf('article', 'starmer-sets-terms-for-troops');
    const { recordPosition } = await suite.gql.data(
      `mutation ($input: RecordPositionInput!) { recordPosition(input: $input) { position { recordedBy } userErrors { message } } }`,
      {
        input: {
          articleId: article,
          actorId: await suite.idOf('actor', 'keir-starmer'),
          topicId: await suite.idOf('topic', 'troop-deployment'),
          // Another stance than the suggestion's: an article holds one position per actor and topic all the same.
          stance: 'SUPPORTS',
          statement: 'Starmer would send troops within a European force.',
          quote: 'Keir Starmer said the UK would send troops to Ukraine only as part of a European force',
        },
      },
    );
    // An unnamed token records no name.
    expect(recordPosition).toEqual({ position: { recordedBy: null }, userErrors: [] });
    expect(await pendingOf('starmer-sets-terms-for-troops')).toEqual([]);
    const { suggestPositions } = await suite.gql.data(SUGGEST, { input: { articleIds: [article] } });
    expect(suggestPositions.made).toBe(0);
    expect(await pendingOf('starmer-sets-terms-for-troops')).toEqual([]);
  });
});

describe('an engine that fails', () => {
  it('fails no import: the article is stored, the failure reported with its slug', async () => {
    const failing: Extractor = {
      id: 'failing',
      version: '1',
      extract: () => {
        throw new Error('the model fell over');
      },
    };
    const report = await suite.handle.db.transaction(async (tx: Transaction) => {
      const rows = await tx.execute(sql`select id, slug, title, summary, body from articles order by id limit 2`);
      return suggestFor(tx, (rows as unknown as { rows: never[] }).rows ?? (rows as never), await loadKnown(tx), failing);
    });
    expect(report.made).toBe(0);
    expect(report.failed.map((f) => f.message)).toEqual(['the model fell over', 'the model fell over']);
    expect(report.failed[0]!.slug).toMatch(/^[a-z0-9-]+$/);
    // An engine that answers what the table would refuse, or a passage that is not where it says, fails the same way.
    const careless: Extractor = {
      id: 'careless',
      version: '1',
      extract: (article, known) => [
        {
          actorId: known.actors[0]!.id,
          topicId: known.topics[0]!.id,
          stance: 'SUPPORTS',
          quote: 'not in it',
          field: 'summary',
          start: 0,
          end: 9,
          statement: 'x',
          confidence: 2,
          rule: '',
        },
      ],
    };
    const bad = await suite.handle.db.transaction(async (tx: Transaction) => {
      const rows = await tx.execute(sql`select id, slug, title, summary, body from articles where slug = 'trump-welcomes-minerals-deal'`);
      return suggestFor(tx, (rows as unknown as { rows: never[] }).rows ?? (rows as never), await loadKnown(tx), careless);
    });
    expect(bad).toEqual({
      made: 0,
      failed: [{ slug: 'trump-welcomes-minerals-deal', message: "the engine's suggestion is not usable: confidence 2 is not between 0 and 1" }],
    });
  });
});

describe('topic keywords', () => {
  it('are curated by addTopicKeyword and removeTopicKeyword, folded like aliases', async () => {
    const ADD = `mutation ($input: AddTopicKeywordInput!) { addTopicKeyword(input: $input) { topic { keywords } userErrors { field code message } } }`;
    const REMOVE = `mutation ($input: RemoveTopicKeywordInput!) { removeTopicKeyword(input: $input) { topic { keywords } userErrors { field code message } } }`;
    const topicId = await suite.idOf('topic', 'minerals-deal');
    const { addTopicKeyword } = await suite.gql.data(ADD, { input: { topicId, keyword: 'lithium deposits' } });
    expect(addTopicKeyword.userErrors).toEqual([]);
    expect(addTopicKeyword.topic.keywords).toContain('lithium deposits');
    const [taken] = await suite.refused(ADD, { input: { topicId, keyword: 'Lithium  Deposits!' } });
    expect(taken).toMatchObject({ code: 'ALREADY_EXISTS' });
    const { removeTopicKeyword } = await suite.gql.data(REMOVE, { input: { topicId, keyword: 'lithium deposits' } });
    expect(removeTopicKeyword.topic.keywords).not.toContain('lithium deposits');
    expect((await suite.refused(REMOVE, { input: { topicId, keyword: 'lithium deposits' } }))[0]).toMatchObject({ code: 'NOT_FOUND' });
  });
});
