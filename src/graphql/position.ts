import { stance } from '../db/tables.js';
import {
  dateSource,
  deletePosition,
  type DateSource as DateSourceValue,
  positionsQuery,
  recordPosition,
  updatePosition,
  type PositionRow,
} from '../models/position.js';
import { LIMITS } from '../models/validate.js';
import { column, computed, listField, relation, rowSelect } from '../sqlread/declare.js';
import { maxLength } from './arguments.js';
import { builder } from './builder.js';
import { deletedIdField, mutationField, type InputFields, type PayloadFields } from './payload.js';

export const Stance = builder.enumType('Stance', {
  description: 'Where an actor stands on a topic.',
  values: {
    SUPPORTS: { description: 'For it.' },
    OPPOSES: { description: 'Against it.' },
    CONDITIONAL: { description: 'For it only under conditions the statement names.' },
    NEUTRAL: { description: 'Takes no side, or declines to.' },
  } satisfies Record<(typeof stance.enumValues)[number], unknown>,
});

const DateSource = builder.enumType('DateSource', {
  description: 'Where the date of a position comes from.',
  values: {
    STATED: { description: 'Given when the position was recorded: when the source says the actor took it.' },
    ARTICLE_PUBLISHED: { description: 'No date was given: the publication date of the article that reports it.' },
  } satisfies Record<DateSourceValue, unknown>,
});

export const Position = builder.drizzleNode('positions', {
  name: 'Position',
  select: rowSelect('positions'),
  description: 'A stance an actor takes on a topic, traced to the article that reports it.',
  id: { column: (position) => position.id },
  fields: (t) => ({
    stance: column(t, 'stance', { type: Stance, description: 'Supports, opposes, conditional or neutral.' }),
    statement: column(t, 'statement', { type: 'String', description: 'The position in one sentence, in the system’s words.' }),
    quote: column(t, 'quote', {
      type: 'String',
      lazy: true,
      description: 'The passage of the article that shows the position, exactly as the article writes it: its evidence. Every position has one.',
    }),
    statedAt: column(t, 'datedAt', {
      type: 'DateTime',
      nullable: true,
      description:
        'When the actor took the position: the date given when it was recorded, else the publication date of its article ' +
        '(`statedAtSource` says which); null when neither is known (never guessed). Orders "latest" and stance histories.',
    }),
    statedAtSource: computed(t, 'statedAtSource', {
      type: DateSource,
      nullable: true,
      description: 'Where `statedAt` comes from; null when it is null.',
      sql: dateSource,
    }),
    version: column(t, 'version', {
      type: 'Int',
      description: 'Bumped by every update; pass it as `expectedVersion` to updatePosition to refuse a lost update.',
    }),
    recordedBy: column(t, 'recordedBy', {
      type: 'String',
      nullable: true,
      description:
        'The name of the write token that recorded it (API_TOKENS `name:token`), directly or by accepting a suggestion; null for an unnamed token and for the seed data.',
    }),
    actor: relation(t, 'actor', { description: 'Who takes the position.' }),
    topic: relation(t, 'topic', { description: 'What the position is about.' }),
    article: relation(t, 'article', { description: 'The article that reports the position: its evidence.' }),
  }),
});

/**
 * The actor and topic conditions of a filter of positions (lists, changes, live events), named and
 * resolved one way: `things` is what the filter lets through, `unknown` what an unknown name does.
 */
export const actorTopicFields = (t: InputFields, things: string, unknown = 'is an error') => ({
  actor: t.string({ description: `Only ${things} of this actor, given by slug, name or any alias (an unknown name ${unknown}).` }),
  topic: t.string({ description: `Only ${things} on the topic of this slug (an unknown slug ${unknown}).` }),
  includeSubtopics: t.boolean({ description: `With \`topic\`: also ${things} on topics below it. Default false.` }),
});

const PositionFilter = builder.inputType('PositionFilter', {
  description: 'Narrows a list of positions; every condition given must hold.',
  fields: (t) => ({
    ...actorTopicFields(t, 'positions'),
    stance: t.field({ type: Stance, description: 'Only positions with this stance.' }),
    statedAfter: t.field({ type: 'DateTime', description: 'Only positions whose `statedAt` is after this instant (undated ones are left out).' }),
    statedBefore: t.field({ type: 'DateTime', description: 'Only positions whose `statedAt` is before this instant (undated ones are left out).' }),
  }),
});

builder.queryFields((t) => ({
  positions: listField(t, 'positions', {
    type: Position,
    description: 'Positions, filtered as asked (by default all of them), in the order they were recorded.',
    args: { filter: t.arg({ type: PositionFilter, description: 'Which positions; all when omitted.' }) },
    query: (args) => positionsQuery(args.filter),
  }),
}));

const positionPayload = (t: PayloadFields<{ position: PositionRow }>) => ({
  position: t.field({ type: Position, nullable: true, description: 'The position; null when refused.', resolve: (p) => p.position ?? null }),
});

mutationField('recordPosition', {
  description:
    'Records where an actor stands on a topic, on the evidence of an article. Refused when the quote is not in the ' +
    'article or the article does not mention the actor, and when the article already reports this actor on this topic.',
  input: (t) => ({
    actorId: t.id({ required: true, description: 'Global ID of the actor; the article must mention it.' }),
    topicId: t.id({ required: true, description: 'Global ID of the topic.' }),
    articleId: t.id({ required: true, description: 'Global ID of the article that reports the position: its evidence.' }),
    stance: t.field({ type: Stance, required: true, description: 'Supports, opposes, conditional or neutral.' }),
    statement: t.string({ required: true, description: 'The position in one sentence, in your words.' }),
    quote: t.string({
      required: true,
      description:
        'A passage of the article’s title, summary or body that shows the position. Matched with typographic and straight quotation marks ' +
        'alike and any run of whitespace as one space; stored as the article writes it.',
      ...maxLength(LIMITS.quote),
    }),
    statedAt: t.field({
      type: 'DateTime',
      description:
        'When the actor took it, if the source says; leave unset otherwise: the position then takes the publication date of its article, if it has one.',
    }),
  }),
  write: (tx, input, ids, by) =>
    recordPosition(tx, {
      ...input,
      recordedBy: by,
      actorId: ids.one('actorId', input.actorId, 'Actor'),
      topicId: ids.one('topicId', input.topicId, 'Topic'),
      articleId: ids.one('articleId', input.articleId, 'Article'),
    }),
  payload: positionPayload,
});

mutationField('updatePosition', {
  description: 'Changes a position.',
  inputDescription: 'Input of updatePosition. Fields left out keep their value.',
  input: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the position.' }),
    expectedVersion: t.int({ description: 'The `version` you read; when the position has moved on, nothing is written (CONFLICT).' }),
    stance: t.field({ type: Stance, description: 'New stance.' }),
    statement: t.string({ description: 'New statement.' }),
    quote: t.string({ description: 'New quote from the same article, matched as in recordPosition; it cannot be cleared.', ...maxLength(LIMITS.quote) }),
    statedAt: t.field({ type: 'DateTime', description: 'New date; null removes it, and the position takes the publication date of its article again.' }),
    topicId: t.id({ description: 'Global ID of another topic.' }),
  }),
  write: (tx, input, ids) =>
    updatePosition(tx, { ...input, id: ids.one('id', input.id, 'Position'), topicId: ids.optional('topicId', input.topicId, 'Topic') }),
  payload: positionPayload,
});

mutationField('deletePosition', {
  description: 'Deletes (retracts) a position.',
  input: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the position.' }),
    expectedVersion: t.int({ description: 'The `version` of the position you read; when it has moved on, nothing is deleted (CONFLICT).' }),
  }),
  write: async (tx, input, ids) => {
    await deletePosition(tx, { id: ids.one('id', input.id, 'Position'), expectedVersion: input.expectedVersion });
    return { deletedId: String(input.id) };
  },
  payload: (t) => ({
    ...deletedIdField(t, 'position'),
  }),
});
