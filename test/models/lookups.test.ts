import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/db/client.js';
import { UserInputError } from '../../src/models/errors.js';
import { actorRef, checkNames, lookUp, resolveNames, topicRef } from '../../src/models/lookups.js';
import { searchRef } from '../../src/models/search.js';
import { createSeededDatabase } from '../helpers/database.js';

// Names in arguments as values (NameRef): the same sub-select finds what a name names whether a
// statement embeds it or checkNames runs it first, and an unknown name is refused by its place.

let handle: DatabaseHandle;
let statements = 0;
beforeAll(async () => {
  handle = await createSeededDatabase({ logger: { logQuery: () => void statements++ } });
});
afterAll(() => handle?.close());

const idOf = async (table: 'actors' | 'topics', slug: string) =>
  (await handle.rows<{ id: number }>(sql`select id from ${sql.identifier(table)} where slug = ${slug}`))[0]!.id;

/** What a statement that embeds the ref as it is used reads (an actor's id as a value, topics after `in`), and whether it named something. */
async function embedded(ref: ReturnType<typeof actorRef>, as: 'value' | 'set') {
  const value = as === 'value' ? sql`${ref}` : sql`(select json_agg(t.id order by t.id) from topics t where t.id in ${ref})`;
  const [row] = await handle.rows<{ value: unknown; found: boolean }>(sql`select ${value} as value, ${ref.found!} as found`);
  return row!;
}

/** The problems checkNames refuses these refs with. */
async function refused(...refs: Parameters<typeof checkNames>[1][number][]) {
  const error = await checkNames(handle.db, refs).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserInputError);
  return (error as UserInputError).errors;
}

describe('an actor named in an argument', () => {
  it('is the same actor embedded in a statement and resolved first, by slug, name or alias, case and accents aside', async () => {
    const zelenskyy = await idOf('actors', 'volodymyr-zelenskyy');
    for (const name of ['volodymyr-zelenskyy', 'Zelenskiy', 'ZELENSKYY', 'Volodymyr Zelenskyy']) {
      expect(await embedded(actorRef(['actor'], name), 'value'), name).toEqual({ value: zelenskyy, found: true });
      expect(await resolveNames(handle.db, [actorRef(['actor'], name)])).toEqual([zelenskyy]);
    }
  });

  it('names nothing when written in lower case where only capitals name it ("us" is not the United States)', async () => {
    expect(await embedded(actorRef(['actor'], 'US'), 'value')).toEqual({ value: await idOf('actors', 'united-states'), found: true });
    expect(await embedded(actorRef(['actor'], 'us'), 'value')).toEqual({ value: null, found: false });
  });
});

describe('a topic named in an argument', () => {
  it('is its own id, or with includeSubtopics every topic below it too', async () => {
    const root = await idOf('topics', 'security-guarantees');
    const children = await handle.rows<{ id: number }>(sql`select id from topics where parent_id = ${root} order by id`);
    expect(await embedded(topicRef(['topic'], 'security-guarantees'), 'set')).toEqual({ value: [root], found: true });
    const subtree = await embedded(topicRef(['topic'], 'security-guarantees', true), 'set');
    expect(subtree.found).toBe(true);
    expect(subtree.value).toEqual([root, ...children.map((c) => c.id)].sort((a, b) => a - b));
    expect(await lookUp(handle.db, { topics: [{ field: ['t'], slug: 'security-guarantees', includeSubtopics: true }] })).toEqual({
      actors: [],
      topics: [[root, ...children.map((c) => c.id)]],
    });
  });
});

describe('checkNames', () => {
  it('refuses every name that names nothing at once, each by its place, in one statement', async () => {
    statements = 0;
    const problems = await refused(actorRef(['filter', 'actor'], 'Nobody At All'), topicRef(['filter', 'topic'], 'no-such-topic'), actorRef(['other'], 'UK'));
    expect(statements).toBe(1);
    expect(problems).toEqual([
      { field: ['filter', 'actor'], code: 'NOT_FOUND', message: 'names no actor: no actor has the slug, name or alias "Nobody At All".' },
      { field: ['filter', 'topic'], code: 'NOT_FOUND', message: 'names no topic: there is no topic with slug "no-such-topic".' },
    ]);
  });

  it('checks a search text, which no statement can embed unchecked, in the same statement', async () => {
    const search = searchRef(['filter', 'search'], 'the');
    expect(search.found).toBeUndefined();
    statements = 0;
    expect(await refused(search, topicRef(['topic'], 'ceasefire'))).toEqual([
      { field: ['filter', 'search'], code: 'INVALID', message: 'has no word to search for ("the" holds only operators or common words).' },
    ]);
    expect(statements).toBe(1);
    await expect(checkNames(handle.db, [searchRef(['q'], 'troops'), actorRef(['a'], 'France')])).resolves.toBeUndefined();
  });

  it('runs no statement when there is nothing to check', async () => {
    statements = 0;
    await checkNames(handle.db, []);
    expect(statements).toBe(0);
  });
});
