import { ARTICLE_ORDERS, articleQuery, createArticle, deleteArticle, updateArticle } from '../models/article.js';
import { LIMITS } from '../models/validate.js';
import { maxLength } from './arguments.js';
import { bySlug } from '../models/conditions.js';
import { BY_ID, BY_NAME } from '../models/keyset.js';
import { column, listField, relation, rowField, rowSelect } from '../sqlread/declare.js';
import { builder } from './builder.js';
import { withEngineFailuresLogged } from './engine-log.js';
import { deletedIdField, mutationField, type InputFields } from './payload.js';

export const Article = builder.drizzleNode('articles', {
  name: 'Article',
  description: 'A news article (or its summary in a digest): the evidence positions rest on.',
  select: rowSelect('articles'),
  id: { column: (article) => article.id },
  fields: (t) => ({
    slug: column(t, 'slug', { type: 'String', description: 'Stable, URL-safe name, unique among articles.' }),
    title: column(t, 'title', { type: 'String', description: 'Headline as published.' }),
    summary: column(t, 'summary', { type: 'String', lazy: true, description: 'Summary as given by the source, verbatim.' }),
    body: column(t, 'body', { type: 'String', lazy: true, nullable: true, description: 'Full text, when the source provides it.' }),
    url: column(t, 'url', { type: 'String', nullable: true, description: 'Where the article was published; null when the source gives no link.' }),
    publishedAt: column(t, 'publishedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the article was published; null when the source gives no date (never guessed).',
    }),
    sourceName: column(t, 'sourceName', { type: 'String', nullable: true, description: 'The publication or digest it came from.' }),
    version: column(t, 'version', {
      type: 'Int',
      description: 'Bumped by every update; pass it as `expectedVersion` to updateArticle to refuse a lost update.',
    }),
    actors: relation(t, 'actors', { description: 'Every actor the article mentions, in name order.', orderBy: BY_NAME }),
    topics: relation(t, 'topics', { description: 'The topics the article is about, in name order.', orderBy: BY_NAME }),
    positions: relation(t, 'positions', { description: 'The positions this article is the evidence for, in the order they were recorded.', orderBy: BY_ID }),
    positionSuggestions: relation(t, 'positionSuggestions', {
      description: 'The positions the suggestion engine read in this article, pending, accepted and rejected, in the order they were made.',
      orderBy: BY_ID,
    }),
  }),
});

const ArticleFilter = builder.inputType('ArticleFilter', {
  description: 'Narrows a list of articles; every condition given must hold.',
  fields: (t) => ({
    topic: t.string({ description: 'Only articles tagged with the topic of this slug (an unknown slug is an error).' }),
    includeSubtopics: t.boolean({
      description: 'With `topic`: also articles tagged with any topic below it. Default false.',
    }),
    actor: t.string({
      description: 'Only articles that mention this actor, given by slug, name or any alias ("Zelenskiy", "U.S."); an unknown name is an error.',
    }),
    search: t.string({
      description:
        'Full-text search over title, summary and body, in web-search syntax: words, "quoted phrases", OR, -exclusion. ' +
        'Text with no searchable word (only operators or common words such as "the") is an error.',
    }),
    publishedAfter: t.field({ type: 'DateTime', description: 'Only articles published after this instant (undated ones are left out).' }),
    publishedBefore: t.field({ type: 'DateTime', description: 'Only articles published before this instant (undated ones are left out).' }),
  }),
});

const ArticleOrder = builder.enumType('ArticleOrder', {
  description: 'How a list of articles is ordered. Ties are broken by the order articles were added.',
  values: {
    NEWEST_FIRST: { description: 'Latest publication date first; undated articles last, most recently added first.' },
    OLDEST_FIRST: { description: 'Earliest publication date first; undated articles last.' },
    TITLE: { description: 'By title, A to Z.' },
    RELEVANCE: { description: 'Best full-text match first; only with `filter.search`.' },
  } satisfies Record<(typeof ARTICLE_ORDERS)[number], unknown>,
});

builder.queryFields((t) => ({
  article: rowField(t, 'articles', {
    description: 'One article by slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The article slug.' }) },
    where: (args) => bySlug(args.slug),
  }),
  articles: listField(t, 'articles', {
    type: Article,
    description: 'Articles, filtered and ordered as asked (by default all of them, newest first).',
    args: {
      filter: t.arg({ type: ArticleFilter, description: 'Which articles; all when omitted.' }),
      orderBy: t.arg({ type: ArticleOrder, defaultValue: 'NEWEST_FIRST', description: 'Order of the list.' }),
    },
    query: (args) => articleQuery(args.filter, args.orderBy ?? 'NEWEST_FIRST'),
  }),
}));

// The optional article fields that createArticle and updateArticle share.
const articleFields = (t: InputFields) => ({
  body: t.string({ description: 'Full text, when there is one; null clears it.', ...maxLength(LIMITS.body) }),
  url: t.string({ description: 'Where it was published (http or https); unique among articles; null clears it.', ...maxLength(LIMITS.url) }),
  publishedAt: t.field({ type: 'DateTime', description: 'When it was published; at most a day in the future. Leave unset when unknown.' }),
  sourceName: t.string({ description: 'The publication it came from.' }),
  topicIds: t.idList({ description: 'Global IDs of the topics it is about (replaces the current list).' }),
  actorIds: t.idList({ description: 'Global IDs of the actors it mentions (replaces the current list).' }),
});

mutationField('createArticle', {
  description: 'Adds an article, with its topics and the actors it mentions.',
  input: (t) => ({
    title: t.string({ required: true, description: 'Headline as published.' }),
    summary: t.string({ required: true, description: 'Summary, verbatim.', ...maxLength(LIMITS.summary) }),
    slug: t.string({ description: 'URL-safe name; derived from the title when omitted.' }),
    ...articleFields(t),
  }),
  write: async (tx, input, ids) =>
    withEngineFailuresLogged(
      await createArticle(tx, { ...input, topicIds: ids.list('topicIds', input.topicIds, 'Topic'), actorIds: ids.list('actorIds', input.actorIds, 'Actor') }),
    ),
  payload: (t) => ({
    article: t.field({ type: Article, nullable: true, description: 'The new article; null when refused.', resolve: (p) => p.article ?? null }),
  }),
});

mutationField('updateArticle', {
  description: 'Changes an article. Refuses changes that would leave a position’s quote or actor without evidence.',
  inputDescription: 'Input of updateArticle. Fields left out keep their value.',
  input: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the article.' }),
    expectedVersion: t.int({ description: 'The `version` you read; when the article has moved on, nothing is written (CONFLICT).' }),
    title: t.string({ description: 'New headline.' }),
    summary: t.string({ description: 'New summary; must still contain the quotes of the positions resting on the article.', ...maxLength(LIMITS.summary) }),
    slug: t.string({ description: 'New URL-safe name.' }),
    ...articleFields(t),
  }),
  write: async (tx, input, ids) =>
    withEngineFailuresLogged(
      await updateArticle(tx, {
        ...input,
        id: ids.one('id', input.id, 'Article'),
        topicIds: ids.list('topicIds', input.topicIds, 'Topic'),
        actorIds: ids.list('actorIds', input.actorIds, 'Actor'),
      }),
    ),
  payload: (t) => ({
    article: t.field({ type: Article, nullable: true, description: 'The article as changed; null when refused.', resolve: (p) => p.article ?? null }),
  }),
});

mutationField('deleteArticle', {
  description: 'Deletes an article (with its topic tags and mentions).',
  input: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the article.' }),
    cascade: t.boolean({ description: 'Also delete the positions resting on it. Without it, such an article is not deleted (CONFLICT).' }),
  }),
  write: async (tx, input, ids) => ({
    ...(await deleteArticle(tx, { id: ids.one('id', input.id, 'Article'), cascade: input.cascade })),
    deletedId: String(input.id),
  }),
  payload: (t) => ({
    ...deletedIdField(t, 'article'),
    deletedPositions: t.int({ description: 'How many positions were deleted with it.', resolve: (p) => p.deletedPositions ?? 0 }),
  }),
});
