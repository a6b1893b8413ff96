import { articleField, suggestionStatus } from '../db/tables.js';
import { LIMITS } from '../models/validate.js';
import { acceptSuggestion, rejectSuggestion, type Named } from '../models/suggestions/review.js';
import { SUGGESTION_ORDERS, suggestionsQuery } from '../models/suggestions/queue.js';
import { suggestAgain, type SuggestionRow } from '../models/suggestions/store.js';
import { column, listField, relation, rowSelect } from '../sqlread/declare.js';
import { MAX_ITEMS, maxLength } from './arguments.js';
import { builder } from './builder.js';
import { withEngineFailuresLogged } from './engine-log.js';
import { parseGlobalId, type NodeType } from './input.js';
import { mutationField, type PayloadFields } from './payload.js';
import { Position, Stance } from './position.js';

// Suggested positions (src/models/suggestions): what the engine read in an article, waiting for a
// curator's decision. A suggestion is never a position until a person accepts it; accepting records a
// position under the evidence rules of every position, rejecting keeps the suggestion, with its reason,
// so that the engine never makes it again.

export const SuggestionStatus = builder.enumType('SuggestionStatus', {
  description: 'Where a suggestion stands in review.',
  values: {
    PENDING: { description: 'Waiting for a curator’s decision.' },
    ACCEPTED: { description: 'A curator accepted it (perhaps corrected): `position` is what it became.' },
    REJECTED: { description: 'A curator rejected it, with a `reason`; the engine will not suggest it again for this article.' },
  } satisfies Record<(typeof suggestionStatus.enumValues)[number], unknown>,
});

const ArticleField = builder.enumType('ArticleField', {
  description: 'Which text of an article a passage is in.',
  values: {
    TITLE: { value: 'title', description: 'The headline.' },
    SUMMARY: { value: 'summary', description: 'The summary.' },
    BODY: { value: 'body', description: 'The full text.' },
  } satisfies Record<Uppercase<(typeof articleField.enumValues)[number]>, unknown>,
});

const SuggestionOrder = builder.enumType('SuggestionOrder', {
  description: 'How a list of suggestions is ordered.',
  values: {
    NEWEST: { description: 'The most recently made first.' },
    CONFIDENCE: { description: 'The most trusted first (by `confidence`), then the most recent.' },
  } satisfies Record<(typeof SUGGESTION_ORDERS)[number], unknown>,
});

export const PositionSuggestion = builder.drizzleNode('positionSuggestions', {
  name: 'PositionSuggestion',
  select: rowSelect('positionSuggestions'),
  description:
    'A position the suggestion engine read in an article: who, on what, which side, and the exact passage that shows it. ' +
    'It is not a position until a curator accepts it (acceptSuggestion), or it is rejected with a reason (rejectSuggestion).',
  id: { column: (suggestion) => suggestion.id },
  fields: (t) => ({
    stance: column(t, 'stance', { type: Stance, description: 'The side the engine read: supports, opposes, conditional or neutral.' }),
    quote: column(t, 'quote', {
      type: 'String',
      lazy: true,
      description: 'The passage of the article that shows it, exactly as the article writes it: accepting it as it is passes the evidence rule.',
    }),
    quoteField: column(t, 'quoteField', { type: ArticleField, description: 'Which text of the article the passage is in.' }),
    quoteStart: column(t, 'quoteStart', {
      type: 'Int',
      description: 'Where the passage starts in that text, as a JavaScript string offset (UTF-16 code units): for highlighting it in its paragraph.',
    }),
    quoteEnd: column(t, 'quoteEnd', { type: 'Int', description: 'Where the passage ends in that text (exclusive), as `quoteStart`.' }),
    statement: column(t, 'statement', {
      type: 'String',
      description:
        'The position in one plain sentence, drafted by the engine from the speaker, the cue and the topic: a draft for the curator to keep or rewrite.',
    }),
    confidence: column(t, 'confidence', { type: 'Float', description: 'From 0 to 1: how far the rule that found it is to be trusted.' }),
    extractor: column(t, 'extractor', { type: 'String', description: 'The engine that made it ("rules").' }),
    extractorVersion: column(t, 'extractorVersion', { type: 'String', description: 'The version of that engine.' }),
    status: column(t, 'status', { type: SuggestionStatus, description: 'Pending, accepted or rejected.' }),
    reviewedBy: column(t, 'reviewedBy', {
      type: 'String',
      nullable: true,
      description: 'The name of the write token that decided on it (API_TOKENS `name:token`); null while pending.',
    }),
    reviewedAt: column(t, 'reviewedAt', { type: 'DateTime', nullable: true, description: 'When it was decided on; null while pending.' }),
    reason: column(t, 'reason', { type: 'String', nullable: true, lazy: true, description: 'Why it was rejected; null otherwise.' }),
    version: column(t, 'version', {
      type: 'Int',
      description: 'Bumped by every change; pass it as `expectedVersion` to acceptSuggestion or rejectSuggestion to refuse a stale decision.',
    }),
    createdAt: column(t, 'createdAt', { type: 'DateTime', description: 'When the engine made it.' }),
    article: relation(t, 'article', { description: 'The article it was read in: its evidence.' }),
    actor: relation(t, 'actor', { description: 'Who takes the position, as the engine read it.' }),
    topic: relation(t, 'topic', { description: 'What the position is about, as the engine read it.' }),
    position: relation(t, 'position', {
      nullable: true,
      description: 'The position it became when accepted; null otherwise (or if that position was deleted since).',
    }),
  }),
});

const SuggestionFilter = builder.inputType('SuggestionFilter', {
  description: 'Narrows a list of suggestions; every condition given must hold.',
  fields: (t) => ({
    article: t.string({ description: 'Only suggestions read in the article of this slug (an unknown slug is an error).' }),
    actor: t.string({ description: 'Only suggestions of this actor, given by slug, name or any alias (an unknown name is an error).' }),
    topic: t.string({ description: 'Only suggestions on the topic of this slug (an unknown slug is an error).' }),
    status: t.field({
      type: [SuggestionStatus],
      description: 'Only suggestions in one of these states, e.g. [PENDING] for the review queue; all when omitted.',
    }),
    minConfidence: t.float({ description: 'Only suggestions at least this trusted, from 0 to 1.' }),
  }),
});

builder.queryFields((t) => ({
  positionSuggestions: listField(t, 'positionSuggestions', {
    type: PositionSuggestion,
    description:
      'Suggested positions, filtered and ordered as asked (by default all of them, newest first): `filter: { status: [PENDING] }` is the review queue.',
    args: {
      filter: t.arg({ type: SuggestionFilter, description: 'Which suggestions; all when omitted.' }),
      orderBy: t.arg({ type: SuggestionOrder, defaultValue: 'NEWEST', description: 'Order of the list.' }),
    },
    query: (args) => suggestionsQuery(args.filter, args.orderBy ?? 'NEWEST'),
  }),
}));

/**
 * A record an input names by global ID, or by slug or name: a curator may give either. An ID of
 * another type is refused by the ID rules.
 */
function named(
  value: string | number | null | undefined,
  typename: NodeType,
  ids: { one(field: string, id: string | number, typename: NodeType): number },
  field: string,
): Named | undefined {
  if (value == null) return undefined;
  const parsed = parseGlobalId(String(value));
  return parsed ? { id: ids.one(field, value, typename) } : { name: String(value) };
}

const suggestionPayload = (t: PayloadFields<{ suggestion: SuggestionRow }>) => ({
  suggestion: t.field({
    type: PositionSuggestion,
    nullable: true,
    description: 'The suggestion, with the decision; null when refused.',
    resolve: (p) => p.suggestion ?? null,
  }),
});

mutationField('acceptSuggestion', {
  description:
    'Accepts a suggestion: it becomes a position, corrected first by any field given, under the rules of recordPosition (the quote must be in ' +
    'the article, the article must mention the actor, one position per actor, topic and article), and its article is tagged with the topic. ' +
    'Records who accepted it (the name of the write token: a token without a name is refused) and when. A suggestion already decided on is ' +
    'refused (CONFLICT), naming who decided and when.',
  inputDescription: 'Input of acceptSuggestion. Fields left out are taken from the suggestion as it is.',
  input: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the suggestion.' }),
    expectedVersion: t.int({ description: 'The `version` of the suggestion you read; when it has moved on, nothing is written (CONFLICT).' }),
    stance: t.field({ type: Stance, description: 'Another stance.' }),
    topic: t.id({ description: 'Another topic: its global ID or slug.' }),
    actor: t.id({ description: 'Another actor (one the article mentions): its global ID, slug, name or alias.' }),
    quote: t.string({
      description:
        'Another passage of the same article, matched as in recordPosition (typographic and straight quotation marks alike, runs of whitespace as one).',
      ...maxLength(LIMITS.quote),
    }),
    statement: t.string({ description: 'The position in one sentence, in your words, instead of the drafted one.' }),
  }),
  write: (tx, input, ids, by) =>
    acceptSuggestion(
      tx,
      {
        ...input,
        id: ids.one('id', input.id, 'PositionSuggestion'),
        topic: named(input.topic, 'Topic', ids, 'topic'),
        actor: named(input.actor, 'Actor', ids, 'actor'),
      },
      by,
    ),
  payload: (t) => ({
    ...suggestionPayload(t),
    position: t.field({ type: Position, nullable: true, description: 'The position it became; null when refused.', resolve: (p) => p.position ?? null }),
  }),
});

mutationField('rejectSuggestion', {
  description:
    'Rejects a suggestion, with the reason: it stays, so that the engine never suggests the same actor, topic and stance for this article again. ' +
    'Records who rejected it (the name of the write token: a token without a name is refused) and when.',
  input: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the suggestion.' }),
    reason: t.string({ required: true, description: `Why: what the engine got wrong. At most ${LIMITS.reason} characters.`, ...maxLength(LIMITS.reason) }),
    expectedVersion: t.int({ description: 'The `version` of the suggestion you read; when it has moved on, nothing is written (CONFLICT).' }),
  }),
  write: (tx, input, ids, by) => rejectSuggestion(tx, { ...input, id: ids.one('id', input.id, 'PositionSuggestion') }, by),
  payload: suggestionPayload,
});

mutationField('suggestPositions', {
  description:
    'Runs the suggestion engine again over these articles (as every import does for a new one): what it finds that is not suggested or ' +
    'recorded already is added as pending; what a curator decided on stays. For the whole database, `npm run suggest` works in batches.',
  input: (t) => ({
    articleIds: t.idList({ required: true, description: `Global IDs of the articles; at most ${MAX_ITEMS} (\`npm run suggest\` reads them all).` }),
  }),
  write: async (tx, input, ids) => {
    const wanted = ids.list('articleIds', input.articleIds, 'Article') ?? [];
    const report = await suggestAgain(tx, wanted);
    withEngineFailuresLogged({ suggestions: report });
    wanted.forEach((id, i) => {
      if (report.missing.includes(id)) ids.problems.push({ field: ['articleIds', String(i)], code: 'NOT_FOUND', message: 'names no article.' });
    });
    return report;
  },
  payload: (t) => ({
    made: t.int({ nullable: true, description: 'How many suggestions were added; null when refused.', resolve: (p) => p.made ?? null }),
    failed: t.stringList({
      nullable: true,
      description: 'The slugs of the articles the engine failed on (nothing was suggested for them; the failure is logged); null when refused.',
      resolve: (p) => p.failed?.map((f) => f.slug) ?? null,
    }),
  }),
});
