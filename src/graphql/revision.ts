import { revisionAction } from '../db/tables.js';
import { changesOf, restorePosition, revisionsQuery, type FieldChange, type RecordType } from '../models/revision.js';
import { listField } from '../sqlread/declare.js';
import { Actor } from './actor.js';
import { Affiliation } from './affiliation.js';
import { Article } from './article.js';
import { builder } from './builder.js';
import { mutationField } from './payload.js';
import { Position } from './position.js';
import { Topic } from './topic.js';

// Revisions (models/revision.ts): what each write to a position, actor, topic, article or affiliation replaced, who
// wrote it and when, newest first on the record itself; and a deleted position brought back.

const RevisionAction = builder.enumType('RevisionAction', {
  description: 'What a write did to its record.',
  values: {
    CREATED: { description: 'Created it: every field is in `changes`, with `before` null.' },
    UPDATED: { description: 'Changed the fields in `changes`.' },
    DELETED: { description: 'Deleted it: every field is in `changes`, with `after` null.' },
    RESTORED: { description: 'Brought it back after its deletion (restorePosition).' },
    MERGED: { description: 'Moved it to another actor, or removed the actor, in mergeActors.' },
  } satisfies Record<(typeof revisionAction.enumValues)[number], unknown>,
});

const FieldChangeRef = builder.objectRef<FieldChange>('FieldChange').implement({
  description: 'One field a write changed, with its value before and after as JSON text (`"SUPPORTS"`, `12`, `null`).',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The field, as the API names it (`stance`, `statement`, `actorId` for the actor’s database id).' }),
    before: t.string({
      nullable: true,
      description: 'Its value before the write, as JSON text; null when the write created the record.',
      resolve: (c) => json(c.before),
    }),
    after: t.string({
      nullable: true,
      description: 'Its value after the write, as JSON text; null when the write deleted the record.',
      resolve: (c) => json(c.after),
    }),
  }),
});
const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

// Read only by the resolvers (a list under each record: listField), so its fields are plain ones, not
// declarations of the compiled read (src/sqlread).
const Revision = builder.drizzleObject('revisions', {
  name: 'Revision',
  description: 'One write to a record: what it did, who wrote it and when, and each field it changed with the value before and after.',
  fields: (t) => ({
    action: t.expose('action', { type: RevisionAction, description: 'What the write did.' }),
    at: t.expose('at', { type: 'DateTime', description: 'When it was written (the time of its transaction).' }),
    by: t.exposeString('by', {
      nullable: true,
      description: 'The name of the write token that wrote it (API_TOKENS `name:token`); null for an unnamed token, the seed, an import from the command line.',
    }),
    changes: t.field({
      type: [FieldChangeRef],
      select: { columns: { changes: true, action: true } },
      description:
        'The fields it changed, by name; every field when it created or deleted the record. Ids, versions, timestamps and derived values are left out.',
      resolve: (revision) => changesOf(revision),
    }),
  }),
});

/** `revisions` on a type of record. */
function revisionsField(type: RecordType, what: string) {
  return (t: Parameters<Parameters<typeof builder.objectField>[2]>[0]) =>
    listField<'revisions', Record<string, never>, { id: number }>(t, 'revisions', {
      type: Revision,
      description: `Every write to this ${what}, newest first: what it did, who and when, and what it replaced.`,
      args: {},
      query: (_args, record) => revisionsQuery(type, record.id),
    });
}
builder.objectField(Position, 'revisions', revisionsField('POSITION', 'position'));
builder.objectField(Actor, 'revisions', revisionsField('ACTOR', 'actor'));
builder.objectField(Topic, 'revisions', revisionsField('TOPIC', 'topic'));
builder.objectField(Article, 'revisions', revisionsField('ARTICLE', 'article'));
builder.objectField(Affiliation, 'revisions', revisionsField('AFFILIATION', 'affiliation'));

mutationField('restorePosition', {
  description:
    'Brings back a deleted position, as it was when deleted (the same ID, actor, topic, article, stance, statement, quote, date and who recorded it), ' +
    'with its revisions and a RESTORED one on top. Refused when the position exists, when no revision records its deletion, or when its actor, ' +
    'topic or article was deleted since, or its quote is no longer in the article.',
  input: (t) => ({ id: t.id({ required: true, description: 'Global ID of the deleted position.' }) }),
  write: (tx, input, ids) => restorePosition(tx, { id: ids.one('id', input.id, 'Position') }),
  payload: (t) => ({
    position: t.field({ type: Position, nullable: true, description: 'The position, restored; null when refused.', resolve: (p) => p.position ?? null }),
  }),
});
