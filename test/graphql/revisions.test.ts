import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createSeededDatabase } from '../helpers/database.js';
import { ALICE_TOKEN, graphqlClient, WRITE_TOKEN } from '../helpers/graphql.js';
import { seededSuite } from '../helpers/suite.js';

// Every write keeps what it replaced: who wrote it (the name of its token), when, and each changed
// field before and after, in the write's own transaction; a deleted position comes back with its history.

const suite = seededSuite();
const alice = () => graphqlClient(suite.handle.db, { token: ALICE_TOKEN });

const HISTORY = `query ($id: ID!) { node(id: $id) { ... on Position { stance revisions { totalCount nodes { action by at changes { field before after } } } } } }`;

/** The id and version of Meloni's position on the Article 5-style guarantee. */
async function melonisPosition() {
  const { actor } = await suite.gql.data(`{ actor(slug: "giorgia-meloni") { positions(first: 1) { nodes { id version stance } } } }`);
  return actor.positions.nodes[0] as { id: string; version: number; stance: string };
}

describe('revisions', () => {
  it('keep who changed a position, when, and each field before and after', async () => {
    const position = await melonisPosition();
    const other = position.stance === 'OPPOSES' ? 'SUPPORTS' : 'OPPOSES';
    const { updatePosition } = await alice().data(
      `mutation ($input: UpdatePositionInput!) { updatePosition(input: $input) { position { stance } userErrors { message } } }`,
      { input: { id: position.id, expectedVersion: position.version, stance: other, statement: 'Changed her mind, for the test.' } },
    );
    expect(updatePosition).toEqual({ position: { stance: other }, userErrors: [] });
    const { node } = await suite.gql.data(HISTORY, { id: position.id });
    expect(node.revisions.totalCount).toBe(2);
    const [updated, created] = node.revisions.nodes;
    expect(updated).toMatchObject({ action: 'UPDATED', by: 'alice' });
    expect(updated.changes).toEqual([
      { field: 'stance', before: JSON.stringify(position.stance), after: JSON.stringify(other) },
      { field: 'statement', before: expect.stringMatching(/^"/), after: '"Changed her mind, for the test."' },
    ]);
    expect(Date.parse(updated.at)).toBeGreaterThan(Date.now() - 60_000);
    // The seed created it: no one's name, every field as it was.
    expect(created).toMatchObject({ action: 'CREATED', by: null });
    expect(created.changes.map((c: { field: string }) => c.field)).toEqual(
      expect.arrayContaining(['actorId', 'articleId', 'quote', 'stance', 'statement', 'topicId']),
    );
    expect(created.changes.every((c: { before: string | null }) => c.before === null)).toBe(true);
  });

  it('cost a write by a named token one statement more, and an unnamed one none', async () => {
    let statements = 0;
    const handle = await createSeededDatabase({ logger: { logQuery: () => void statements++ } });
    try {
      const { actor } = await graphqlClient(handle.db).data(`{ actor(slug: "giorgia-meloni") { positions(first: 1) { nodes { id } } } }`);
      const update = `mutation ($input: UpdatePositionInput!) { updatePosition(input: $input) { position { id } } }`;
      const run = async (token: string, statement: string) => {
        statements = 0;
        await graphqlClient(handle.db, { token }).data(update, { input: { id: actor.positions.nodes[0].id, statement } });
        return statements;
      };
      const unnamed = await run(WRITE_TOKEN, 'Unnamed.');
      expect(await run(ALICE_TOKEN, 'Named.')).toBe(unnamed + 1);
      // The revisions are written all the same, by the trigger in the write's own statement.
      const { n } = (await handle.rows<{ n: number }>(sql`select count(*)::int as n from revisions where action = 'UPDATED'`))[0]!;
      expect(n).toBe(2);
    } finally {
      await handle.close();
    }
  });

  it('bring back a deleted position with its history, refuse one that exists or was never deleted', async () => {
    const position = await melonisPosition();
    const { deletePosition } = await alice().data(`mutation ($id: ID!) { deletePosition(input: { id: $id }) { deletedId userErrors { message } } }`, {
      id: position.id,
    });
    expect(deletePosition.userErrors).toEqual([]);
    expect((await suite.gql.data(HISTORY, { id: position.id })).node).toBeNull();
    const RESTORE = `mutation ($id: ID!) { restorePosition(input: { id: $id }) { position { id stance statement revisions { nodes { action by } } } userErrors { field code message } } }`;
    const { restorePosition } = await alice().data(RESTORE, { id: position.id });
    expect(restorePosition.userErrors).toEqual([]);
    expect(restorePosition.position.id).toBe(position.id);
    expect(restorePosition.position.revisions.nodes.map((r: { action: string }) => r.action)).toEqual(['RESTORED', 'DELETED', 'UPDATED', 'CREATED']);
    expect(restorePosition.position.revisions.nodes[0].by).toBe('alice');
    // It exists again: nothing to restore.
    const again = await suite.refused(RESTORE, { id: position.id });
    expect(again).toEqual([{ field: ['id'], code: 'CONFLICT', message: 'names a position that exists: only a deleted position can be restored.' }]);
    // An actor's ID is no position's; a position never deleted has nothing to restore.
    const never = await suite.refused(RESTORE, { id: Buffer.from('Position:999999').toString('base64') });
    expect(never[0]).toMatchObject({ field: ['id'], code: 'NOT_FOUND' });
  });

  it('record the other records too: an actor renamed, an article created by an import', async () => {
    const id = await suite.idOf('actor', 'tony-radakin');
    await alice().data(
      `mutation ($id: ID!) { updateActor(input: { id: $id, description: "Chief of the Defence Staff until 2025." }) { userErrors { message } } }`,
      { id },
    );
    const { node } = await suite.gql.data(
      `query ($id: ID!) { node(id: $id) { ... on Actor { revisions(first: 1) { nodes { action by changes { field after } } } } } }`,
      { id },
    );
    expect(node.revisions.nodes).toEqual([
      { action: 'UPDATED', by: 'alice', changes: [{ field: 'description', after: '"Chief of the Defence Staff until 2025."' }] },
    ]);
  });

  it('record an affiliation ended, under the affiliation', async () => {
    const [actorId, organizationId] = [await suite.idOf('actor', 'tony-radakin'), await suite.idOf('actor', 'united-kingdom')];
    const { updateAffiliation } = await alice().data(
      `mutation ($a: ID!, $o: ID!) { updateAffiliation(input: { actorId: $a, organizationId: $o, role: "Chief of the Defence Staff", endedOn: "2025-09-29" }) {
        affiliation { endedOn revisions { totalCount nodes { action by changes { field before after } } } } userErrors { message } } }`,
      { a: actorId, o: organizationId },
    );
    expect(updateAffiliation.userErrors).toEqual([]);
    expect(updateAffiliation.affiliation.revisions.totalCount).toBe(2);
    expect(updateAffiliation.affiliation.revisions.nodes[0]).toEqual({
      action: 'UPDATED',
      by: 'alice',
      changes: [{ field: 'endedOn', before: 'null', after: '"2025-09-29"' }],
    });
    expect(updateAffiliation.affiliation.revisions.nodes[1]).toMatchObject({ action: 'CREATED', by: null });
  });
});
