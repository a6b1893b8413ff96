import { createTopic, deleteTopic, updateTopic, stanceCounts, stanceSummary, topicsQuery, type Stance as StanceValue } from '../models/topic.js';
import { LIMITS } from '../models/validate.js';
import { maxLength } from './arguments.js';
import { bySlug } from '../models/conditions.js';
import { positionFilter } from '../models/position.js';
import { BY_ID, BY_NAME } from '../models/keyset.js';
import { column, connection, listField, relation, rowField, rowSelect, values } from '../sqlread/declare.js';
import { builder } from './builder.js';
import { addTopicKeyword, removeTopicKeyword } from '../models/topic-keywords.js';
import { deletedIdField, mutationField, type InputFields, type PayloadFields } from './payload.js';
import { Stance } from './position.js';

const StanceCount = builder.objectRef<{ stance: StanceValue; count: number }>('StanceCount').implement({
  description: 'How many positions take one stance.',
  fields: (t) => ({
    stance: t.expose('stance', { type: Stance, description: 'The stance.' }),
    count: t.exposeInt('count', { description: 'How many positions take it.' }),
  }),
});

/** A topic's keywords, alphabetically. */
const BY_KEYWORD = { keyword: 'asc' } as const;

export const Topic = builder.drizzleNode('topics', {
  name: 'Topic',
  select: rowSelect('topics'),
  description: 'A question actors take positions on. Topics form a tree: security-guarantees → troop-deployment.',
  id: { column: (topic) => topic.id },
  fields: (t) => ({
    slug: column(t, 'slug', { type: 'String', description: 'Stable, URL-safe name, unique among topics.' }),
    name: column(t, 'name', { type: 'String', description: 'Human-readable name.' }),
    description: column(t, 'description', { type: 'String', lazy: true, nullable: true, description: 'What the question is.' }),
    keywords: values(t, 'keywords', {
      description:
        'Phrases that signal the topic in text ("troops on the ground"), alphabetically: the suggestion engine and the tagging of imported articles look for them, and for the name.',
      relation: 'keywords',
      column: 'keyword',
      orderBy: BY_KEYWORD,
    }),
    parent: relation(t, 'parent', { nullable: true, description: 'The broader topic; null for a root.' }),
    children: relation(t, 'children', { description: 'The narrower topics directly under this one, in name order.', orderBy: BY_NAME }),
    articles: connection(t, 'articles', { description: 'The articles tagged with this topic itself, in the order they were added.', orderBy: BY_ID }),
    positions: connection(t, 'subtreePositions', {
      description: 'The positions taken on this topic or any topic below it, in the order they were recorded.',
      args: { stance: t.arg({ type: Stance, description: 'Only positions with this stance.' }) },
      orderBy: BY_ID,
      where: (args) => positionFilter([], { stance: args.stance }) as never,
    }),
    stanceSummary: t.field({
      type: [StanceCount],
      description: 'How many positions on this topic and the topics below it take each stance; every stance is listed, zero included.',
      select: { extras: { stanceCounts } },
      resolve: (topic) => stanceSummary(topic.stanceCounts),
    }),
  }),
});

const TopicFilter = builder.inputType('TopicFilter', {
  description: 'Narrows a list of topics.',
  fields: (t) => ({
    parent: t.string({ description: 'Only the topics directly under the topic of this slug (an unknown slug is an error).' }),
    rootsOnly: t.boolean({ description: 'true: only topics without a parent.' }),
  }),
});

builder.queryFields((t) => ({
  topic: rowField(t, 'topics', {
    description: 'One topic by slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The topic slug, e.g. "troop-deployment".' }) },
    where: (args) => bySlug(args.slug),
  }),
  topics: listField(t, 'topics', {
    type: Topic,
    description: 'Topics, filtered as asked (by default all of them), in the order they were added (parents before their children).',
    args: { filter: t.arg({ type: TopicFilter, description: 'Which topics; all when omitted.' }) },
    query: (args) => topicsQuery(args.filter),
  }),
}));

mutationField('createTopic', {
  description: 'Adds a topic, optionally under a broader one.',
  input: (t) => ({
    name: t.string({ required: true, description: 'Human-readable name.' }),
    slug: t.string({ description: 'URL-safe name; derived from the name when omitted.' }),
    description: t.string({ description: 'What the question is.', ...maxLength(LIMITS.description) }),
    parentId: t.id({ description: 'Global ID of the broader topic; omit for a root.' }),
  }),
  write: (tx, input, ids) => createTopic(tx, { ...input, parentId: ids.optional('parentId', input.parentId, 'Topic') }),
  payload: (t) => ({
    topic: t.field({ type: Topic, nullable: true, description: 'The new topic; null when refused.', resolve: (p) => p.topic ?? null }),
  }),
});

mutationField('updateTopic', {
  description: 'Renames, re-describes or moves a topic. A move under one of its own subtopics is refused: the tree has no cycles.',
  inputDescription: 'Input of updateTopic. Fields left out keep their value.',
  input: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the topic.' }),
    name: t.string({ description: 'New name.' }),
    slug: t.string({ description: 'New slug (links that used the old one stop working).' }),
    description: t.string({ description: 'New description; null clears it.', ...maxLength(LIMITS.description) }),
    parentId: t.id({ description: 'Global ID of the broader topic to move it under; null makes it a root.' }),
  }),
  write: (tx, input, ids) => updateTopic(tx, { ...input, id: ids.one('id', input.id, 'Topic'), parentId: ids.optional('parentId', input.parentId, 'Topic') }),
  payload: (t) => ({
    topic: t.field({ type: Topic, nullable: true, description: 'The topic as it is now; null when refused.', resolve: (p) => p.topic ?? null }),
  }),
});

mutationField('deleteTopic', {
  description:
    'Deletes a topic. Refused (CONFLICT) while topics sit below it, and while positions or articles use it unless `reassignTo` names ' +
    'the topic they move to.',
  input: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the topic.' }),
    reassignTo: t.id({ description: 'Global ID of the topic its positions and article tags move to.' }),
  }),
  write: async (tx, input, ids) => {
    await deleteTopic(tx, { id: ids.one('id', input.id, 'Topic'), reassignTo: ids.optional('reassignTo', input.reassignTo, 'Topic') });
    return { deletedId: String(input.id) };
  },
  payload: (t) => ({
    ...deletedIdField(t, 'topic'),
  }),
});

/** An input naming a topic and one of its keywords. */
const keywordInput = (t: InputFields) => ({
  topicId: t.id({ required: true, description: 'Global ID of the topic.' }),
  keyword: t.string({ required: true, description: 'A phrase, as texts write it ("troops on the ground"); matched ignoring case, accents and punctuation.' }),
});
const topicOfKeyword = (t: PayloadFields<{ topicId: number }>) => ({
  topic: t.drizzleField({
    type: 'topics',
    nullable: true,
    description: 'The topic, with its keywords; null when refused.',
    resolve: (query, p, _args, ctx) => (p.topicId ? ctx.db.query.topics.findFirst(query({ where: { id: p.topicId } })) : null) as never,
  }),
});

mutationField('addTopicKeyword', {
  description:
    'Adds a phrase that signals a topic in text: articles imported from now on are tagged with the topic when they hold it, and the suggestion ' +
    'engine reads it. Refused (ALREADY_EXISTS) when the phrase, folded as names are (case, accents, punctuation aside), is a keyword already.',
  input: keywordInput,
  write: (tx, input, ids) => addTopicKeyword(tx, { ...input, topicId: ids.one('topicId', input.topicId, 'Topic') }),
  payload: topicOfKeyword,
});

mutationField('removeTopicKeyword', {
  description: 'Removes a phrase from a topic’s keywords. Tags and suggestions made with it stay.',
  input: keywordInput,
  write: (tx, input, ids) => removeTopicKeyword(tx, { ...input, topicId: ids.one('topicId', input.topicId, 'Topic') }),
  payload: topicOfKeyword,
});
