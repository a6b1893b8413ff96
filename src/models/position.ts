import { and, eq, sql } from 'drizzle-orm';
import { articles, mentions, positions, stance } from '../db/tables.js';
import type { Tx } from './db.js';
import { UserInputError } from './errors.js';
import { checkExists } from './references.js';
import { Checker, LIMITS } from './validate.js';

export type PositionRow = typeof positions.$inferSelect;
type Stance = (typeof stance.enumValues)[number];

interface PositionInput {
  actorId: string;
  topicId: string;
  articleId: string;
  stance: Stance;
  statement: string;
  quote?: string | null;
  statedAt?: Date | null;
}

/**
 * The evidence rules: the quote must occur in the article's text exactly, and the article must
 * mention the actor (link the actor to the article first). Both are refused, not warned about:
 * a position is only as good as the article behind it.
 */
async function checkEvidence(tx: Tx, check: Checker, actorId: number, articleId: number, quote: string | null | undefined) {
  const [article] = await tx
    .select({ title: articles.title, summary: articles.summary, body: articles.body })
    .from(articles)
    .where(eq(articles.id, articleId));
  if (!article) return check.add(['articleId'], 'NOT_FOUND', 'names no article.');
  if (quote && !`${article.title}\n${article.summary}\n${article.body ?? ''}`.includes(quote))
    check.add(['quote'], 'INVALID', 'does not occur in the article’s title, summary or body; quote it exactly.');
  const [mention] = await tx
    .select({ one: sql`1` })
    .from(mentions)
    .where(and(eq(mentions.articleId, articleId), eq(mentions.actorId, actorId)));
  if (!mention) check.add(['actorId'], 'INVALID', 'the article does not mention this actor; add the actor to the article first.');
}

export async function recordPosition(tx: Tx, input: PositionInput): Promise<{ position: PositionRow }> {
  const check = new Checker();
  const actorId = check.id(['actorId'], input.actorId, 'Actor');
  const topicId = check.id(['topicId'], input.topicId, 'Topic');
  const articleId = check.id(['articleId'], input.articleId, 'Article');
  const statement = check.text(['statement'], input.statement, LIMITS.statement);
  const quote = check.optionalText(['quote'], input.quote, LIMITS.quote);
  const statedAt = check.pastDate(['statedAt'], input.statedAt);
  await checkExists(tx, check, 'actorId', 'Actor', actorId, input.actorId);
  await checkExists(tx, check, 'topicId', 'Topic', topicId, input.topicId);
  if (actorId && articleId && !check.any) await checkEvidence(tx, check, actorId, articleId, quote);
  check.throwIfAny();
  const [position] = await tx
    .insert(positions)
    .values({ actorId, topicId, articleId, stance: input.stance, statement, quote, statedAt })
    .returning();
  return { position: position! };
}

export async function updatePosition(
  tx: Tx,
  input: {
    id: string;
    expectedVersion?: number | null;
    stance?: Stance | null;
    statement?: string | null;
    quote?: string | null;
    statedAt?: Date | null;
    topicId?: string | null;
  },
): Promise<{ position: PositionRow }> {
  const check = new Checker();
  const id = check.id(['id'], input.id, 'Position');
  const topicId = input.topicId == null ? undefined : check.id(['topicId'], input.topicId, 'Topic');
  const changes = {
    stance: input.stance ?? undefined,
    statement: input.statement == null ? undefined : check.text(['statement'], input.statement, LIMITS.statement),
    quote: check.optionalText(['quote'], input.quote, LIMITS.quote),
    statedAt: check.pastDate(['statedAt'], input.statedAt),
    topicId,
  };
  if (topicId) await checkExists(tx, check, 'topicId', 'Topic', topicId, input.topicId!);
  check.throwIfAny();
  const [current] = await tx.select().from(positions).where(eq(positions.id, id)).for('update');
  if (!current) throw UserInputError.of(['id'], 'NOT_FOUND', `names no position (got "${input.id}").`);
  if (input.expectedVersion != null && input.expectedVersion !== current.version)
    throw UserInputError.of(
      ['expectedVersion'],
      'CONFLICT',
      `the position is at version ${current.version}, not ${input.expectedVersion}: it changed since you read it.`,
    );
  if (changes.quote) await checkEvidence(tx, check, current.actorId, current.articleId, changes.quote);
  check.throwIfAny();
  const [position] = await tx
    .update(positions)
    .set({ ...changes, version: sql`${positions.version} + 1`, updatedAt: sql`now()` })
    .where(eq(positions.id, id))
    .returning();
  return { position: position! };
}

export async function deletePosition(tx: Tx, input: { id: string }): Promise<{ deletedId: string }> {
  const check = new Checker();
  const id = check.id(['id'], input.id, 'Position');
  check.throwIfAny();
  const deleted = await tx.delete(positions).where(eq(positions.id, id)).returning({ id: positions.id });
  if (!deleted.length) throw UserInputError.of(['id'], 'NOT_FOUND', `names no position (got "${input.id}").`);
  return { deletedId: input.id };
}
