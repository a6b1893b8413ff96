import type { FieldMap, InputFieldMap, InputShapeFromFields } from '@pothos/core';
import { requireWriteAccess } from '../http/auth.js';
import type { Database, Transaction } from '../db/client.js';
import { domainErrorOf, USER_ERROR_CODES, UserInputError, type UserError } from '../models/errors.js';
import { writeAs } from '../models/revision.js';
import { builder, type Context } from './builder.js';
import { IdDecoder } from './input.js';

// Every mutation has one shape: one `input`, one transaction, and a payload of its results and
// `userErrors`. `mutationField` builds all of it; the domain files say only what differs.

builder.mutationType({
  description:
    'Writes. Every mutation needs `Authorization: Bearer <token>` with write scope, runs in one transaction, and writes nothing when it reports userErrors.',
});

const UserErrorCode = builder.enumType('UserErrorCode', {
  description: 'Why a mutation refused its input.',
  values: {
    INVALID: { description: 'A value is malformed, out of range, or breaks a rule of the model.' },
    NOT_FOUND: { description: 'An ID names nothing (of the expected type).' },
    ALREADY_EXISTS: { description: 'A record with this slug, URL, alias or key exists already.' },
    CONFLICT: { description: 'The record changed since it was read (stale version), or other records depend on it.' },
  } satisfies Record<(typeof USER_ERROR_CODES)[number], unknown>,
});

const UserErrorType = builder.objectRef<UserError>('UserError').implement({
  description: 'A problem with a mutation’s input. Nothing was written.',
  fields: (t) => ({
    field: t.exposeStringList('field', { description: 'Path into the input object, e.g. ["topicIds", "2"]; empty for the input as a whole.' }),
    code: t.field({ type: UserErrorCode, description: 'Machine-readable reason.', resolve: (e) => e.code }),
    message: t.exposeString('message', { description: 'What was wrong, in words.' }),
  }),
});

/** What a mutation resolves to: its results when it succeeded, and the reasons when it did not. */
export type Payload<T> = Partial<T> & { userErrors: UserError[] };

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
/** What a mutation's `input` fields are built with. */
export type InputFields = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;
/** What a mutation's payload fields are built with, for a mutation whose write returns T. */
export type PayloadFields<T> = PothosSchemaTypes.ObjectFieldBuilder<Types, Payload<T>>;

/**
 * Adds a mutation `name(input: <Name>Input!): <Name>Payload!`. `write` gets the input with its
 * global IDs still encoded and an {@link IdDecoder} to decode them with; it runs in one
 * transaction, after the write-access check. When the input is refused (a bad ID, a model's
 * UserInputError, a constraint the database enforces) the transaction rolls back and the payload
 * carries every problem as `userErrors`; `payload`'s fields then see only `userErrors`.
 */
export function mutationField<Fields extends InputFieldMap, Result extends object, Prepared = undefined>(
  name: string,
  options: {
    description: string;
    /** Of the input type; "Input of <name>." when omitted. */
    inputDescription?: string;
    input: (t: InputFields) => Fields;
    /**
     * Work on the input before the transaction opens (an import reading its articles' names), so that
     * the transaction only writes: its result is `write`'s `prepared`. A refusal it throws is reported as write's.
     */
    prepare?: (input: InputShapeFromFields<Fields>, db: Database) => Promise<Prepared>;
    /** `by`: the name of the write token (API_TOKENS `name:token`), null for an unnamed one: what the write records. */
    write: (tx: Transaction, input: InputShapeFromFields<Fields>, ids: IdDecoder, by: string | null, prepared: Prepared) => Promise<Result>;
    payload: (t: PayloadFields<Result>) => FieldMap;
  },
): void {
  const typeName = name[0]!.toUpperCase() + name.slice(1);
  builder.relayMutationField(
    name,
    { name: `${typeName}Input`, description: options.inputDescription ?? `Input of ${name}.`, inputFields: options.input },
    {
      description: options.description,
      // Pothos cannot follow the input's shape through this generic helper; `write` is typed by it.
      resolve: (_root, args, ctx) => {
        const input = (args as unknown as { input: InputShapeFromFields<Fields> }).input;
        return runMutation(
          ctx,
          (tx, ids, prepared) => options.write(tx, input, ids, ctx.writer.name, prepared as Prepared),
          options.prepare && (() => options.prepare!(input, ctx.db)),
        ) as never;
      },
    },
    {
      name: `${typeName}Payload`,
      description: `Result of ${name}.`,
      outputFields: (t) => ({
        ...options.payload(t as never),
        userErrors: t.field({
          type: [UserErrorType],
          description: 'Why the input was refused; empty when the mutation succeeded. Nothing is written when it is not empty.',
          resolve: (payload) => (payload as Payload<Result>).userErrors,
        }),
      }),
    },
  );
}

async function runMutation<T extends object>(
  ctx: Context,
  write: (tx: Transaction, ids: IdDecoder, prepared: unknown) => Promise<T>,
  prepare?: () => Promise<unknown>,
): Promise<Payload<T>> {
  requireWriteAccess(ctx.writer.access);
  const ids = new IdDecoder();
  try {
    const prepared = await prepare?.();
    const result = await ctx.db.transaction(async (tx) => {
      // Who writes, for the revisions the write leaves (migration revisions): a named token's name.
      if (ctx.writer.name) await writeAs(tx, ctx.writer.name);
      const written = await write(tx, ids, prepared);
      // A bad ID decodes to an id no row has, so the model refuses it as well; if it did not, roll back here.
      if (ids.problems.length) throw new UserInputError(ids.problems);
      return written;
    });
    return { ...result, userErrors: [] };
  } catch (error) {
    const refused = domainErrorOf(error)?.errors;
    if (!refused) throw error;
    // The ID problems first; a model's problem on a field whose ID was bad says the same again.
    const reported = new Set(ids.problems.map((p) => p.field.join('.')));
    return { userErrors: [...ids.problems, ...refused.filter((p) => !reported.has(p.field.join('.')))] } as Payload<T>;
  }
}

/** The payload field of a delete: the global ID of what was deleted (its write returns `{ deletedId }`). */
export const deletedIdField = (t: PayloadFields<{ deletedId: string }>, what: string) => ({
  deletedId: t.id({ nullable: true, description: `Global ID of the deleted ${what}; null when refused.`, resolve: (p) => p.deletedId ?? null }),
});
