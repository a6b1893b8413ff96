import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { CHANNEL, Events } from '../../src/events.js';
import { createSeededDatabase, databaseKind } from '../helpers/database.js';
import { WRITE_TOKEN } from '../helpers/graphql.js';
import { serve } from '../helpers/http.js';
import { freePort, startServer } from '../helpers/server-process.js';
import { subscribe } from '../helpers/sse.js';

// Live updates over Server-Sent Events: events come from the database after the commit, filtered as
// asked; a refused write sends nothing; unknown names end the stream with an error; a client that
// goes away leaves no listener behind.

let handle: DatabaseHandle;
let events: Events;
let app: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  handle = await createSeededDatabase();
  events = await Events.start(handle);
  app = await serve({ db: handle.db, writeTokens: [WRITE_TOKEN], events });
});
afterAll(async () => {
  await events?.close();
  await app?.close();
  await handle?.close();
});

const write = async (query: string, variables: Record<string, unknown>) => {
  const response = await app.post({ query, variables }, { headers: { authorization: `Bearer ${WRITE_TOKEN}` } });
  return ((await response.json()) as { data: any }).data;
};
const idOf = async (kind: 'actor' | 'topic' | 'article', slug: string) =>
  ((await (await app.post({ query: `{ ${kind}(slug: "${slug}") { id } }` })).json()) as { data: Record<string, { id: string }> }).data[kind]!.id;

const RECORD = `mutation ($input: RecordPositionInput!) { recordPosition(input: $input) { position { id } userErrors { field code } } }`;
const CREATE = `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { article { id } userErrors { message } } }`;

/** Events handed to the server by the test rather than by the database: `feed` delivers a payload as a notification would. */
async function manualEvents() {
  let deliver!: (payload: string) => void;
  const events = await Events.start({
    listen: async (_channel, onPayload) => {
      deliver = onPayload;
      return async () => {};
    },
  });
  return { events, feed: (payload: string) => deliver(payload) };
}

/** Waits until the server counts `n` subscribers: a subscription is live once its stream has started. */
async function subscribers(n: number) {
  for (let i = 0; i < 100 && events.subscribers !== n; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  return events.subscribers;
}

describe('subscriptions', () => {
  it('positionRecorded sends each committed position its filter lets through, with its evidence, and nothing for a refused write', async () => {
    const live = await subscribe(app.url, `subscription { positionRecorded(filter: { actor: "Meloni" }) { stance quote actor { slug } article { title } } }`);
    expect(await subscribers(1)).toBe(1);
    const meloni = await idOf('actor', 'giorgia-meloni');
    const article = await idOf('article', 'meloni-proposes-nato-security-for-ukraine-without-membership');
    // Refused (the quote is not in the article): nothing is written, nothing is sent.
    const refused = await write(RECORD, {
      input: {
        actorId: meloni,
        topicId: await idOf('topic', 'ceasefire'),
        articleId: article,
        stance: 'SUPPORTS',
        statement: 'x',
        quote: 'words never written',
      },
    });
    expect(refused.recordPosition.userErrors).toEqual([{ field: ['quote'], code: 'INVALID' }]);
    const recorded = await write(RECORD, {
      input: {
        actorId: meloni,
        topicId: await idOf('topic', 'nato-membership'),
        articleId: article,
        stance: 'CONDITIONAL',
        statement: 'Meloni offers NATO-style guarantees instead of membership.',
        quote: 'without requiring the complexities and potential risks of full membership',
      },
    });
    expect(recorded.recordPosition.userErrors).toEqual([]);
    expect(await live.next()).toEqual({
      data: {
        positionRecorded: {
          stance: 'CONDITIONAL',
          quote: 'without requiring the complexities and potential risks of full membership',
          actor: { slug: 'giorgia-meloni' },
          article: { title: 'Meloni Proposes NATO Security for Ukraine Without Membership' },
        },
      },
    });
    live.close();
    expect(await subscribers(0)).toBe(0);
    await write(`mutation ($id: ID!) { deletePosition(input: { id: $id }) { deletedId } }`, { id: recorded.recordPosition.position.id });
  });

  it('articleAdded sends the articles an import creates, and only those about the filter', async () => {
    const all = await subscribe(app.url, `subscription { articleAdded { slug } }`);
    const aboutRussia = await subscribe(app.url, `subscription { articleAdded(filter: { actor: "Russia" }) { slug } }`);
    expect(await subscribers(2)).toBe(2);
    const digest = [
      'Test digest',
      'Ukraine Asks Allies for Air Defence',
      'Ukraine asked its allies for more air defence systems.',
      'Read More',
      'Russia Rejects Western Troops',
      'Russia said it would not accept Western troops in Ukraine.',
      'Read More',
    ].join('\n\n');
    const imported = await write(`mutation ($input: ImportDigestInput!) { importDigest(input: $input) { created { slug } userErrors { message } } }`, {
      input: { text: digest },
    });
    expect(imported.importDigest).toEqual({
      userErrors: [],
      created: [{ slug: 'ukraine-asks-allies-for-air-defence' }, { slug: 'russia-rejects-western-troops' }],
    });
    expect([await all.next(), await all.next()]).toEqual([
      { data: { articleAdded: { slug: 'ukraine-asks-allies-for-air-defence' } } },
      { data: { articleAdded: { slug: 'russia-rejects-western-troops' } } },
    ]);
    expect(await aboutRussia.next()).toEqual({ data: { articleAdded: { slug: 'russia-rejects-western-troops' } } });
    all.close();
    aboutRussia.close();
    expect(await subscribers(0)).toBe(0);
  });

  it('stanceChanged sends a change of the latest stance with the position before and the new one', async () => {
    const live = await subscribe(
      app.url,
      `subscription { stanceChanged(filter: { actor: "UK", topic: "troop-deployment" }) { at from to previous { quote } position { quote actor { slug } } } }`,
    );
    expect(await subscribers(1)).toBe(1);
    const uk = await idOf('actor', 'united-kingdom');
    const topicId = await idOf('topic', 'troop-deployment');
    for (const [key, publishedAt, stance, words] of [
      ['one', '2025-01-10T09:00:00Z', 'SUPPORTS', 'backs sending troops'],
      ['two', '2025-02-10T09:00:00Z', 'OPPOSES', 'rules out sending troops'],
    ] as const) {
      const { createArticle } = await write(CREATE, { input: { title: `Live test article ${key}`, summary: `The UK ${words}.`, publishedAt, actorIds: [uk] } });
      expect(createArticle.userErrors).toEqual([]);
      const { recordPosition } = await write(RECORD, {
        input: { actorId: uk, topicId, articleId: createArticle.article.id, stance, statement: `Test: ${stance}.`, quote: `The UK ${words}` },
      });
      expect(recordPosition.userErrors).toEqual([]);
    }
    // The first dated position changes nothing; the second turns SUPPORTS into OPPOSES.
    expect(await live.next()).toEqual({
      data: {
        stanceChanged: {
          at: '2025-02-10T09:00:00.000Z',
          from: 'SUPPORTS',
          to: 'OPPOSES',
          previous: { quote: 'The UK backs sending troops' },
          position: { quote: 'The UK rules out sending troops', actor: { slug: 'united-kingdom' } },
        },
      },
    });
    live.close();
    expect(await subscribers(0)).toBe(0);
  });

  it('sends each position with the state its own write left, though a later write changed it before delivery', async () => {
    // What the database announces, kept; then handed to a second instance by hand, after both writes.
    const payloads: string[] = [];
    const stop = await handle.listen(CHANNEL, (payload) => payloads.push(payload));
    const { events: manual, feed } = await manualEvents();
    const second = await serve({ db: handle.db, events: manual });
    try {
      const [position] = await handle.rows<{ id: number }>(sql`select id from positions order by id limit 1`);
      const id = Buffer.from(`Position:${position!.id}`).toString('base64');
      const live = await subscribe(second.url, `subscription { positionRecorded { id statement actor { slug } } }`);
      for (let i = 0; i < 100 && manual.subscribers !== 1; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      for (const statement of ['The first wording.', 'The second wording.'])
        expect(
          (
            await write(`mutation ($id: ID!, $s: String!) { updatePosition(input: { id: $id, statement: $s }) { userErrors { message } } }`, {
              id,
              s: statement,
            })
          ).updatePosition.userErrors,
        ).toEqual([]);
      for (let i = 0; i < 100 && payloads.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(payloads.map((p) => JSON.parse(p).row?.statement)).toEqual(['The first wording.', 'The second wording.']);
      for (const payload of payloads) feed(payload);
      const sent = [await live.next(), await live.next()] as { data: { positionRecorded: { statement: string } } }[];
      expect(sent.map((r) => r.data.positionRecorded.statement)).toEqual(['The first wording.', 'The second wording.']);
      live.close();
    } finally {
      await stop();
      await manual.close();
      await second.close();
    }
  });

  it('executes an event once for all the subscribers of one operation, and apart for another selection', async () => {
    let statements = 0;
    const counted = await createSeededDatabase({ logger: { logQuery: () => void statements++ } });
    const { events: manual, feed } = await manualEvents();
    const server = await serve({ db: counted.db, events: manual });
    try {
      const OPERATION = `subscription { positionRecorded { statement actor { slug } article { title } } }`;
      const same = await Promise.all(Array.from({ length: 20 }, () => subscribe(server.url, OPERATION)));
      const other = await subscribe(server.url, `subscription { positionRecorded { stance topic { slug } } }`);
      for (let i = 0; i < 100 && manual.subscribers !== 21; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      const [position] = await counted.rows<{ id: number; actor_id: number; topic_id: number; stance: string }>(
        sql`select id, actor_id, topic_id, stance from positions order by id limit 1`,
      );
      statements = 0;
      feed(JSON.stringify({ kind: 'position', id: position!.id, actor: position!.actor_id, topic: position!.topic_id }));
      const sent = await Promise.all(same.map((live) => live.next()));
      expect(new Set(sent.map((r) => JSON.stringify(r))).size).toBe(1);
      expect(sent[0]).toMatchObject({ data: { positionRecorded: { actor: { slug: expect.any(String) }, article: { title: expect.any(String) } } } });
      expect(await other.next()).toMatchObject({ data: { positionRecorded: { stance: position!.stance, topic: { slug: expect.any(String) } } } });
      // One read for the twenty subscribers of the first operation, one for the other.
      expect(statements).toBe(2);
      for (const live of [...same, other]) live.close();
    } finally {
      await manual.close();
      await server.close();
      await counted.close();
    }
  });

  it('ends the stream with BAD_USER_INPUT for an unknown name, and holds subscriptions to the argument rules', async () => {
    const unknown = await subscribe(app.url, `subscription { positionRecorded(filter: { topic: "no-such-topic" }) { id } }`);
    const first = await unknown.next();
    expect(first).toMatchObject({
      errors: [{ message: 'Argument "filter.topic" names no topic: there is no topic with slug "no-such-topic".', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    expect(await unknown.next()).toBe('complete');
    const long = await app.post(
      { query: `subscription ($a: String) { positionRecorded(filter: { actor: $a }) { id } }`, variables: { a: 'x'.repeat(2000) } },
      { headers: { accept: 'text/event-stream' } },
    );
    expect(await long.text()).toMatch(/Argument \\"filter.actor\\" must be at most 1000 characters \(got 2000\)/);
    expect(await subscribers(0)).toBe(0);
  });
});

describe.skipIf(databaseKind !== 'postgres')('two server instances on one PostgreSQL database', () => {
  it('deliver an event written through one to a subscriber of the other within a second, and end subscriptions on SIGTERM', async () => {
    const seeded = await createSeededDatabase();
    const [{ db }] = (await seeded.rows<{ db: string }>(sql`select current_database() as db`)) as [{ db: string }];
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${db}`;
    const env = (port: number) => ({ DATABASE_URL: url.toString(), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', API_TOKENS: WRITE_TOKEN });
    const [portA, portB] = [await freePort(), await freePort()];
    const [a, b] = await Promise.all([startServer(env(portA)), startServer(env(portB))]);
    try {
      const live = await subscribe(`http://127.0.0.1:${portA}/graphql`, `subscription { articleAdded { title } }`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const sent = Date.now();
      const response = await fetch(`http://127.0.0.1:${portB}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${WRITE_TOKEN}` },
        body: JSON.stringify({ query: 'mutation { createArticle(input: { title: "Written through B", summary: "Seen through A." }) { article { id } } }' }),
      });
      expect(response.status).toBe(200);
      expect(await live.next(1000)).toEqual({ data: { articleAdded: { title: 'Written through B' } } });
      expect(Date.now() - sent).toBeLessThan(1000);
      // SIGTERM ends the open subscription at once rather than waiting out the shutdown timeout.
      const stopping = Date.now();
      expect(await a.stop()).toBe(0);
      expect(await live.next(1000)).toBe('complete');
      expect(Date.now() - stopping).toBeLessThan(5000);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
      await seeded.close();
    }
  });
});
