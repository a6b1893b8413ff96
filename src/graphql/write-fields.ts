import { createArticle, deleteArticle, updateArticle } from '../models/article.js';
import { addActorAlias, createActor, mergeActors, updateActor } from '../models/actor.js';
import { importDigest, type DigestReport } from '../models/digest.js';
import { deletePosition, recordPosition, updatePosition } from '../models/position.js';
import { createTopic } from '../models/topic.js';
import { Actor, ActorKind } from './actor.js';
import { Article } from './article.js';
import { builder } from './builder.js';
import { runMutation, userErrorsField } from './mutation.js';
import { Position, Stance } from './position.js';
import { Topic } from './topic.js';

// The mutations of the design: each takes one `input`, runs in one transaction (runMutation),
// and returns a payload with the record and `userErrors`. The rules live in src/models.

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type InputFields = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

/** The optional article fields that createArticle and updateArticle share. */
const articleFields = (t: InputFields) => ({
  body: t.string({ description: 'Full text, when there is one; null clears it.' }),
  url: t.string({ description: 'Where it was published (http or https); unique among articles; null clears it.' }),
  publishedAt: t.field({ type: 'DateTime', description: 'When it was published; at most a day in the future. Leave unset when unknown.' }),
  sourceName: t.string({ description: 'The publication it came from.' }),
  topicIds: t.idList({ description: 'Global IDs of the topics it is about (replaces the current list).' }),
  actorIds: t.idList({ description: 'Global IDs of the actors it mentions (replaces the current list).' }),
});

builder.relayMutationField(
  'createArticle',
  {
    description: 'Input of createArticle.',
    inputFields: (t) => ({
      title: t.string({ required: true, description: 'Headline as published.' }),
      summary: t.string({ required: true, description: 'Summary, verbatim.' }),
      slug: t.string({ description: 'URL-safe name; derived from the title when omitted.' }),
      ...articleFields(t),
    }),
  },
  {
    description: 'Adds an article, with its topics and the actors it mentions.',
    resolve: (_root, { input }, ctx) => runMutation(ctx, (tx) => createArticle(tx, input)),
  },
  {
    description: 'Result of createArticle.',
    outputFields: (t) => ({
      article: t.field({ type: Article, nullable: true, description: 'The new article; null when refused.', resolve: (p) => p.article ?? null }),
      userErrors: userErrorsField(t),
    }),
  },
);

builder.relayMutationField(
  'updateArticle',
  {
    description: 'Input of updateArticle. Fields left out keep their value.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'Global ID of the article.' }),
      expectedVersion: t.int({ description: 'The `version` you read; when the article has moved on, nothing is written (CONFLICT).' }),
      title: t.string({ description: 'New headline.' }),
      summary: t.string({ description: 'New summary; must still contain the quotes of the positions resting on the article.' }),
      slug: t.string({ description: 'New URL-safe name.' }),
      ...articleFields(t),
    }),
  },
  {
    description: 'Changes an article. Refuses changes that would leave a position’s quote or actor without evidence.',
    resolve: (_root, { input }, ctx) => runMutation(ctx, (tx) => updateArticle(tx, String(input.id), input.expectedVersion, input)),
  },
  {
    description: 'Result of updateArticle.',
    outputFields: (t) => ({
      article: t.field({ type: Article, nullable: true, description: 'The article as changed; null when refused.', resolve: (p) => p.article ?? null }),
      userErrors: userErrorsField(t),
    }),
  },
);

builder.relayMutationField(
  'deleteArticle',
  {
    description: 'Input of deleteArticle.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'Global ID of the article.' }),
      cascade: t.boolean({ description: 'Also delete the positions resting on it. Without it, such an article is not deleted (CONFLICT).' }),
    }),
  },
  {
    description: 'Deletes an article (with its topic tags and mentions).',
    resolve: (_root, { input }, ctx) => runMutation(ctx, (tx) => deleteArticle(tx, String(input.id), input.cascade ?? false)),
  },
  {
    description: 'Result of deleteArticle.',
    outputFields: (t) => ({
      deletedId: t.id({ nullable: true, description: 'Global ID of the deleted article; null when refused.', resolve: (p) => p.deletedId ?? null }),
      deletedPositions: t.int({ description: 'How many positions were deleted with it.', resolve: (p) => p.deletedPositions ?? 0 }),
      userErrors: userErrorsField(t),
    }),
  },
);

const actorPayload = (what: string) => ({
  description: `Result of ${what}.`,
  outputFields: (t: PothosSchemaTypes.ObjectFieldBuilder<Types, { actor?: unknown; userErrors: unknown[] }>) => ({
    actor: t.field({
      type: Actor,
      nullable: true,
      description: 'The actor; null when refused.',
      resolve: (p) => (p.actor ?? null) as never,
    }),
    userErrors: userErrorsField(t),
  }),
});

builder.relayMutationField(
  'createActor',
  {
    description: 'Input of createActor.',
    inputFields: (t) => ({
      name: t.string({ required: true, description: 'The name the actor is best known by; also becomes an alias.' }),
      kind: t.field({ type: ActorKind, required: true, description: 'Person, country, organisation or coalition.' }),
      slug: t.string({ description: 'URL-safe name; derived from the name when omitted.' }),
      description: t.string({ description: 'Who the actor is, in a sentence.' }),
      countryCode: t.string({ description: 'ISO 3166-1 alpha-2 code, e.g. "GB".' }),
      aliases: t.stringList({ description: 'Other names, spelled as the sources do ("Zelenskiy", "U.S.").' }),
    }),
  },
  { description: 'Adds an actor with its aliases.', resolve: (_root, { input }, ctx) => runMutation(ctx, (tx) => createActor(tx, input)) },
  actorPayload('createActor'),
);

builder.relayMutationField(
  'updateActor',
  {
    description: 'Input of updateActor. Fields left out keep their value.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'Global ID of the actor.' }),
      name: t.string({ description: 'New name; the old one stays an alias.' }),
      kind: t.field({ type: ActorKind, description: 'New kind.' }),
      slug: t.string({ description: 'New URL-safe name.' }),
      description: t.string({ description: 'New description; null clears it.' }),
      countryCode: t.string({ description: 'New country code; null clears it.' }),
    }),
  },
  {
    description: 'Changes an actor.',
    resolve: (_root, { input }, ctx) => runMutation(ctx, (tx) => updateActor(tx, { ...input, id: String(input.id) })),
  },
  actorPayload('updateActor'),
);

builder.relayMutationField(
  'addActorAlias',
  {
    description: 'Input of addActorAlias.',
    inputFields: (t) => ({
      actorId: t.id({ required: true, description: 'Global ID of the actor.' }),
      alias: t.string({ required: true, description: 'Another name of the actor, spelled as a source does.' }),
    }),
  },
  {
    description: 'Adds a name under which an actor is found (actorByName, filters, digest import).',
    resolve: (_root, { input }, ctx) => runMutation(ctx, (tx) => addActorAlias(tx, { ...input, actorId: String(input.actorId) })),
  },
  actorPayload('addActorAlias'),
);

builder.relayMutationField(
  'mergeActors',
  {
    description: 'Input of mergeActors.',
    inputFields: (t) => ({
      sourceId: t.id({ required: true, description: 'Global ID of the actor entered twice; it is deleted.' }),
      targetId: t.id({ required: true, description: 'Global ID of the actor that remains.' }),
    }),
  },
  {
    description:
      'Folds one actor into another: mentions, positions, affiliations and aliases move to the target, the source’s name ' +
      'becomes an alias, duplicates are dropped, and the source is deleted.',
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, (tx) => mergeActors(tx, { sourceId: String(input.sourceId), targetId: String(input.targetId) })),
  },
  actorPayload('mergeActors'),
);

builder.relayMutationField(
  'createTopic',
  {
    description: 'Input of createTopic.',
    inputFields: (t) => ({
      name: t.string({ required: true, description: 'Human-readable name.' }),
      slug: t.string({ description: 'URL-safe name; derived from the name when omitted.' }),
      description: t.string({ description: 'What the question is.' }),
      parentId: t.id({ description: 'Global ID of the broader topic; omit for a root.' }),
    }),
  },
  {
    description: 'Adds a topic, optionally under a broader one.',
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, (tx) => createTopic(tx, { ...input, parentId: input.parentId == null ? null : String(input.parentId) })),
  },
  {
    description: 'Result of createTopic.',
    outputFields: (t) => ({
      topic: t.field({ type: Topic, nullable: true, description: 'The new topic; null when refused.', resolve: (p) => p.topic ?? null }),
      userErrors: userErrorsField(t),
    }),
  },
);

const positionPayload = (what: string) => ({
  description: `Result of ${what}.`,
  outputFields: (t: PothosSchemaTypes.ObjectFieldBuilder<Types, { position?: unknown; userErrors: unknown[] }>) => ({
    position: t.field({
      type: Position,
      nullable: true,
      description: 'The position; null when refused.',
      resolve: (p) => (p.position ?? null) as never,
    }),
    userErrors: userErrorsField(t),
  }),
});

builder.relayMutationField(
  'recordPosition',
  {
    description: 'Input of recordPosition.',
    inputFields: (t) => ({
      actorId: t.id({ required: true, description: 'Global ID of the actor; the article must mention it.' }),
      topicId: t.id({ required: true, description: 'Global ID of the topic.' }),
      articleId: t.id({ required: true, description: 'Global ID of the article that reports the position: its evidence.' }),
      stance: t.field({ type: Stance, required: true, description: 'Supports, opposes, conditional or neutral.' }),
      statement: t.string({ required: true, description: 'The position in one sentence, in your words.' }),
      quote: t.string({ description: 'An exact excerpt of the article’s title, summary or body.' }),
      statedAt: t.field({ type: 'DateTime', description: 'When the actor took it; leave unset when the source gives no date.' }),
    }),
  },
  {
    description:
      'Records where an actor stands on a topic, on the evidence of an article. Refused when the quote is not in the ' +
      'article or the article does not mention the actor, and when the article already reports this actor on this topic.',
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, (tx) =>
        recordPosition(tx, { ...input, actorId: String(input.actorId), topicId: String(input.topicId), articleId: String(input.articleId) }),
      ),
  },
  positionPayload('recordPosition'),
);

builder.relayMutationField(
  'updatePosition',
  {
    description: 'Input of updatePosition. Fields left out keep their value.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'Global ID of the position.' }),
      expectedVersion: t.int({ description: 'The `version` you read; when the position has moved on, nothing is written (CONFLICT).' }),
      stance: t.field({ type: Stance, description: 'New stance.' }),
      statement: t.string({ description: 'New statement.' }),
      quote: t.string({ description: 'New quote, exact from the article; null clears it.' }),
      statedAt: t.field({ type: 'DateTime', description: 'New date.' }),
      topicId: t.id({ description: 'Global ID of another topic.' }),
    }),
  },
  {
    description: 'Changes a position.',
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, (tx) =>
        updatePosition(tx, { ...input, id: String(input.id), topicId: input.topicId == null ? null : String(input.topicId) }),
      ),
  },
  positionPayload('updatePosition'),
);

builder.relayMutationField(
  'deletePosition',
  {
    description: 'Input of deletePosition.',
    inputFields: (t) => ({ id: t.id({ required: true, description: 'Global ID of the position.' }) }),
  },
  { description: 'Deletes a position.', resolve: (_root, { input }, ctx) => runMutation(ctx, (tx) => deletePosition(tx, { id: String(input.id) })) },
  {
    description: 'Result of deletePosition.',
    outputFields: (t) => ({
      deletedId: t.id({ nullable: true, description: 'Global ID of the deleted position; null when refused.', resolve: (p) => p.deletedId ?? null }),
      userErrors: userErrorsField(t),
    }),
  },
);

const DigestArticleReport = builder.objectRef<DigestReport>('DigestArticleReport').implement({
  description: 'What importDigest did with one article of the digest.',
  fields: (t) => ({
    article: t.field({ type: Article, description: 'The article, new or already present.', resolve: (r) => r.article }),
    created: t.exposeBoolean('created', { description: 'true: created now; false: skipped, an article with its slug existed.' }),
    actors: t.field({
      type: [Actor],
      description: 'The known actors its title and summary name by alias (linked as mentions when created), by name.',
      resolve: (r) => r.actors,
    }),
    unmatchedNames: t.exposeStringList('unmatchedNames', {
      description: 'Capitalised names in its summary that match no actor: candidates for new actors or aliases.',
    }),
  }),
});

builder.relayMutationField(
  'importDigest',
  {
    description: 'Input of importDigest.',
    inputFields: (t) => ({
      text: t.string({
        required: true,
        description: 'The digest: a heading line, then blocks of a title and a summary, each ending in "Read More" or "… Continue reading".',
      }),
      sourceName: t.string({ description: 'Source of every article (a "Source: …" line in a block takes precedence).' }),
      publishedAt: t.field({ type: 'DateTime', description: 'Publication date of every article; leave unset when unknown.' }),
    }),
  },
  {
    description:
      'Creates the articles of a digest and links the actors they name. Articles whose slug exists are skipped, so ' +
      'importing the same digest twice creates nothing. No positions are created.',
    resolve: (_root, { input }, ctx) => runMutation(ctx, (tx) => importDigest(tx, input)),
  },
  {
    description: 'Result of importDigest.',
    outputFields: (t) => ({
      created: t.field({
        type: [Article],
        description: 'The articles created.',
        resolve: (p) => (p.reports ?? []).filter((r) => r.created).map((r) => r.article),
      }),
      skipped: t.field({
        type: [Article],
        description: 'The articles skipped because they were present already.',
        resolve: (p) => (p.reports ?? []).filter((r) => !r.created).map((r) => r.article),
      }),
      unmatchedNames: t.stringList({
        description: 'Every capitalised name of the digest that matches no actor, alphabetically.',
        resolve: (p) => [...new Set((p.reports ?? []).flatMap((r) => r.unmatchedNames))].sort((a, b) => a.localeCompare(b)),
      }),
      articles: t.field({ type: [DigestArticleReport], description: 'Per article, in digest order: what was done.', resolve: (p) => p.reports ?? [] }),
      userErrors: userErrorsField(t),
    }),
  },
);
