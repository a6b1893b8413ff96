import { defineRelations } from 'drizzle-orm';
import * as tables from './tables.js';

export const relations = defineRelations(tables, (r) => ({
  actors: {
    aliases: r.many.actorAliases({ from: r.actors.id, to: r.actorAliases.actorId }),
    /** What this actor belongs to: the offices a person holds, the coalitions a country is in. */
    affiliations: r.many.affiliations({ from: r.actors.id, to: r.affiliations.actorId, alias: 'member' }),
    /** Who belongs to this actor: office holders of a country, members of a coalition. */
    members: r.many.affiliations({ from: r.actors.id, to: r.affiliations.organizationId, alias: 'organization' }),
    articles: r.many.articles({
      from: r.actors.id.through(r.mentions.actorId),
      to: r.articles.id.through(r.mentions.articleId),
    }),
    positions: r.many.positions({ from: r.actors.id, to: r.positions.actorId }),
  },
  actorAliases: {
    actor: r.one.actors({ from: r.actorAliases.actorId, to: r.actors.id, optional: false }),
  },
  affiliations: {
    member: r.one.actors({ from: r.affiliations.actorId, to: r.actors.id, optional: false, alias: 'member' }),
    organization: r.one.actors({
      from: r.affiliations.organizationId,
      to: r.actors.id,
      optional: false,
      alias: 'organization',
    }),
  },
  topicKeywords: {
    topic: r.one.topics({ from: r.topicKeywords.topicId, to: r.topics.id, optional: false }),
  },
  positionSuggestions: {
    article: r.one.articles({ from: r.positionSuggestions.articleId, to: r.articles.id, optional: false }),
    actor: r.one.actors({ from: r.positionSuggestions.actorId, to: r.actors.id, optional: false }),
    topic: r.one.topics({ from: r.positionSuggestions.topicId, to: r.topics.id, optional: false }),
    position: r.one.positions({ from: r.positionSuggestions.positionId, to: r.positions.id }),
  },
  topics: {
    keywords: r.many.topicKeywords({ from: r.topics.id, to: r.topicKeywords.topicId }),
    parent: r.one.topics({ from: r.topics.parentId, to: r.topics.id, alias: 'parent' }),
    children: r.many.topics({ from: r.topics.id, to: r.topics.parentId, alias: 'parent' }),
    articles: r.many.articles({
      from: r.topics.id.through(r.articleTopics.topicId),
      to: r.articles.id.through(r.articleTopics.articleId),
    }),
    positions: r.many.positions({ from: r.topics.id, to: r.positions.topicId }),
    /** Positions on this topic or any topic below it. */
    subtreePositions: r.many.positions({
      from: r.topics.id.through(r.topicClosure.ancestorId),
      to: r.positions.topicId.through(r.topicClosure.descendantId),
    }),
  },
  articles: {
    actors: r.many.actors({
      from: r.articles.id.through(r.mentions.articleId),
      to: r.actors.id.through(r.mentions.actorId),
    }),
    topics: r.many.topics({
      from: r.articles.id.through(r.articleTopics.articleId),
      to: r.topics.id.through(r.articleTopics.topicId),
    }),
    positions: r.many.positions({ from: r.articles.id, to: r.positions.articleId }),
    positionSuggestions: r.many.positionSuggestions({ from: r.articles.id, to: r.positionSuggestions.articleId }),
  },
  positions: {
    actor: r.one.actors({ from: r.positions.actorId, to: r.actors.id, optional: false }),
    topic: r.one.topics({ from: r.positions.topicId, to: r.topics.id, optional: false }),
    article: r.one.articles({ from: r.positions.articleId, to: r.articles.id, optional: false }),
  },
}));

export type Relations = typeof relations;
