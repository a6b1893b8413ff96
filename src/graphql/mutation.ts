import { requireWriteAccess } from '../auth.js';
import { postgresError } from '../db/client.js';
import type { Tx } from '../models/db.js';
import { USER_ERROR_CODES, UserInputError, type UserError } from '../models/errors.js';
import { builder, type Context } from './builder.js';

builder.mutationType({
  description: 'Writes. Every mutation needs `Authorization: Bearer <token>` with write scope, runs in one transaction, and writes nothing when it reports userErrors.',
});

export const UserErrorCode = builder.enumType('UserErrorCode', {
  description: 'Why a mutation refused its input.',
  values: {
    INVALID: { description: 'A value is malformed, out of range, or breaks a rule of the model.' },
    NOT_FOUND: { description: 'An ID names nothing (of the expected type).' },
    ALREADY_EXISTS: { description: 'A record with this slug, URL, alias or key exists already.' },
    CONFLICT: { description: 'The record changed since it was read (stale version), or other records depend on it.' },
  } satisfies Record<(typeof USER_ERROR_CODES)[number], unknown>,
});

export const UserErrorType = builder.objectRef<UserError>('UserError').implement({
  description: 'A problem with a mutation’s input. Nothing was written.',
  fields: (t) => ({
    field: t.exposeStringList('field', { description: 'Path into the input object, e.g. ["topicIds", "2"]; empty for the input as a whole.' }),
    code: t.field({ type: UserErrorCode, description: 'Machine-readable reason.', resolve: (e) => e.code }),
    message: t.exposeString('message', { description: 'What was wrong, in words.' }),
  }),
});

/** Unique constraints the database may report, and the input field each one is about. */
const UNIQUE_FIELDS: Record<string, { field: string[]; message: string }> = {
  actors_slug_unique: { field: ['slug'], message: 'An actor with this slug exists already.' },
  topics_slug_unique: { field: ['slug'], message: 'A topic with this slug exists already.' },
  articles_slug_unique: { field: ['slug'], message: 'An article with this slug exists already.' },
  articles_url_unique: { field: ['url'], message: 'An article with this URL exists already.' },
  actor_aliases_alias_unique: { field: ['alias'], message: 'This alias belongs to an actor already.' },
  positions_actor_topic_article_unique: {
    field: ['articleId'],
    message: 'This article already reports a position of this actor on this topic; update that one instead.',
  },
};

/**
 * Runs a mutation: checks write access, runs `write` in one transaction, and turns refused
 * input (UserInputError, or a unique key the database enforces) into `userErrors` after the
 * transaction has rolled back. Anything else is a real failure and propagates.
 */
export async function runMutation<T extends object>(
  ctx: Context,
  write: (tx: Tx) => Promise<T>,
): Promise<Payload<T>> {
  requireWriteAccess(ctx.writeAccess);
  const refused = (userErrors: UserError[]) => ({ userErrors }) as Payload<T>;
  try {
    const result = await ctx.db.transaction(write);
    return { ...result, userErrors: [] };
  } catch (error) {
    if (error instanceof UserInputError) return refused(error.errors);
    const { code, constraint } = postgresError(error);
    if (code === '23505' && constraint && UNIQUE_FIELDS[constraint])
      return refused([{ ...UNIQUE_FIELDS[constraint]!, code: 'ALREADY_EXISTS' }]);
    // Serialization failure or deadlock: another writer touched the same rows at the same time.
    if (code === '40001' || code === '40P01')
      return refused([{ field: [], code: 'CONFLICT', message: 'Another write touched the same records; try again.' }]);
    throw error;
  }
}

/** What a mutation resolves to: its results when it succeeded, and the reasons when it did not. */
export type Payload<T> = Partial<T> & { userErrors: UserError[] };

/** The `userErrors` field every payload has. */
// Typed loosely: Pothos's field builder types differ per payload, the field is the same on all.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const userErrorsField = (t: { field: (options: any) => any }) =>
  t.field({
    type: [UserErrorType],
    description: 'Why the input was refused; empty when the mutation succeeded. Nothing is written when it is not empty.',
    resolve: (payload: { userErrors: UserError[] }) => payload.userErrors,
  });
