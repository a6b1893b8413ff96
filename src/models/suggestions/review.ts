import { eq, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/client.js';
import { positionSuggestions } from '../../db/tables.js';
import { domainErrorOf, UserInputError, type UserError } from '../errors.js';
import { resolveNames, actorRef, topicRef } from '../lookups.js';
import { recordPosition, type PositionRow } from '../position.js';
import type { Stance } from '../topic.js';
import { Checker, LIMITS } from '../validate.js';
import { draftStatement } from './statement.js';
import { loadKnown, type SuggestionRow } from './store.js';

// A person's decision on a suggestion: accepting makes it a position (corrected first, if the curator
// says so) under the evidence rules of every position, rejecting keeps it, with the reason, so that it
// never comes back. Each records who decided (the name of the write token) and when; a suggestion is
// decided once.

/** Another record named by id, or by slug or name (an actor by any alias), as the curator gave it. */
export type Named = { id: number } | { name: string };

export interface AcceptInput {
  id: number;
  stance?: Stance | null;
  topic?: Named | null;
  actor?: Named | null;
  quote?: string | null;
  statement?: string | null;
  expectedVersion?: number | null;
}

/** The suggestion, locked for this transaction, when it is still to be decided; refused otherwise, saying who decided it and when. */
async function pending(tx: Transaction, id: number, expectedVersion: number | null | undefined): Promise<SuggestionRow> {
  const [row] = await tx.select().from(positionSuggestions).where(eq(positionSuggestions.id, id)).for('update');
  if (!row) throw UserInputError.of(['id'], 'NOT_FOUND', 'names no suggestion.');
  if (row.status !== 'PENDING')
    throw UserInputError.of(
      ['id'],
      'CONFLICT',
      `was ${row.status === 'ACCEPTED' ? 'accepted' : 'rejected'} already, by ${row.reviewedBy ?? 'an unnamed token'} at ${row.reviewedAt!.toISOString()}.`,
    );
  if (expectedVersion != null && expectedVersion !== row.version)
    throw UserInputError.of(
      ['expectedVersion'],
      'CONFLICT',
      `the suggestion is at version ${row.version}, not ${expectedVersion}: it changed since you read it.`,
    );
  return row;
}

/** Decisions are recorded under a name: a token without one may write, but not decide on suggestions. */
function reviewer(by: string | null): string {
  if (by === null)
    throw UserInputError.of(
      [],
      'INVALID',
      'deciding on a suggestion records who decided: use a named write token (API_TOKENS entries as name:TOKEN); this one has no name.',
    );
  return by;
}

/** The ids of the actor and topic a correction names by slug or name, looked up in one statement. */
async function idsOf(tx: Transaction, input: Pick<AcceptInput, 'actor' | 'topic'>): Promise<{ actorId?: number; topicId?: number }> {
  const refs = [
    ...(input.actor && 'name' in input.actor ? [actorRef(['actor'], input.actor.name)] : []),
    ...(input.topic && 'name' in input.topic ? [topicRef(['topic'], input.topic.name)] : []),
  ];
  const values = await resolveNames(tx, refs);
  let next = 0;
  const actorId = input.actor ? ('id' in input.actor ? input.actor.id : (values[next++] as number)) : undefined;
  const topicId = input.topic ? ('id' in input.topic ? input.topic.id : (values[next++] as number[])[0]) : undefined;
  return { actorId, topicId };
}

/** The statement drafted for another actor, topic or stance (an id that names nothing leaves the old one: recordPosition refuses it). */
async function redraft(tx: Transaction, actorId: number, topicId: number, stance: Stance): Promise<string | undefined> {
  const known = await loadKnown(tx, [actorId]);
  if (!known.actors.some((a) => a.id === actorId) || !known.topics.some((t) => t.id === topicId)) return undefined;
  return draftStatement(known, actorId, topicId, stance);
}

/** Where recordPosition's problems stand in acceptSuggestion's input. */
const FIELDS: Record<string, string> = { actorId: 'actor', topicId: 'topic', articleId: 'id' };

/**
 * Accepts a suggestion: it becomes a position (with the corrections given) recorded by the reviewer,
 * its article tagged with the topic, and the suggestion records the decision and the position.
 */
export async function acceptSuggestion(tx: Transaction, input: AcceptInput, by: string | null): Promise<{ suggestion: SuggestionRow; position: PositionRow }> {
  const name = reviewer(by);
  const suggestion = await pending(tx, input.id, input.expectedVersion);
  const ids = await idsOf(tx, input);
  const actorId = ids.actorId ?? suggestion.actorId;
  const topicId = ids.topicId ?? suggestion.topicId;
  const stance = input.stance ?? suggestion.stance;
  // Decided first, so that the position's recording drops only the other suggestions it makes moot.
  await tx
    .update(positionSuggestions)
    .set({ status: 'ACCEPTED', reviewedBy: name, reviewedAt: sql`now()` })
    .where(eq(positionSuggestions.id, suggestion.id));
  // A correction of who, what or which side without a statement of the curator's own: the draft says it anew.
  const corrected = actorId !== suggestion.actorId || topicId !== suggestion.topicId || stance !== suggestion.stance;
  const statement = input.statement ?? (corrected ? await redraft(tx, actorId, topicId, stance) : undefined) ?? suggestion.statement;
  let position: PositionRow;
  try {
    ({ position } = await recordPosition(tx, {
      actorId,
      topicId,
      articleId: suggestion.articleId,
      stance,
      statement,
      quote: input.quote ?? suggestion.quote,
      recordedBy: name,
    }));
  } catch (error) {
    const refused = domainErrorOf(error);
    if (!refused) throw error;
    throw new UserInputError(refused.errors.map((e): UserError => ({ ...e, field: e.field.map((f, i) => (i === 0 ? (FIELDS[f] ?? f) : f)) })));
  }
  const [decided] = await tx
    .update(positionSuggestions)
    .set({
      positionId: position.id,
      version: sql`${positionSuggestions.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(positionSuggestions.id, suggestion.id))
    .returning();
  return { suggestion: decided!, position };
}

/** Rejects a suggestion, with the reason: it stays, so that the engine never makes it again. */
export async function rejectSuggestion(
  tx: Transaction,
  input: { id: number; reason: string; expectedVersion?: number | null },
  by: string | null,
): Promise<{ suggestion: SuggestionRow }> {
  const name = reviewer(by);
  const check = new Checker();
  const reason = check.text(['reason'], input.reason, LIMITS.reason);
  check.throwIfAny();
  const suggestion = await pending(tx, input.id, input.expectedVersion);
  const [decided] = await tx
    .update(positionSuggestions)
    .set({ status: 'REJECTED', reviewedBy: name, reviewedAt: sql`now()`, reason, version: sql`${positionSuggestions.version} + 1`, updatedAt: sql`now()` })
    .where(eq(positionSuggestions.id, suggestion.id))
    .returning();
  return { suggestion: decided! };
}
