import { GraphQLError } from 'graphql';
import type { ArticleEvent, PositionEvent } from '../events.js';
import { articleIsAbout } from '../models/article.js';
import { UserInputError } from '../models/errors.js';
import { lookUp } from '../models/lookups.js';
import { stanceChangeBy } from '../models/stance-history.js';
import { builder, type Context } from './builder.js';
import { actorTopicFields } from './position.js';
import { StanceChange, withPositions } from './stance-history.js';

// Live updates over Server-Sent Events (GraphQL Yoga's transport: POST or GET the subscription with
// `Accept: text/event-stream`). Events come from the database after each commit (src/events.ts), on
// every server instance; a filter's names are resolved when the subscription starts, and an unknown
// one ends the stream with the same BAD_USER_INPUT error a query gets.

builder.subscriptionType({
  description:
    'Live updates, over Server-Sent Events: send the subscription with `Accept: text/event-stream`. Each event is sent after the ' +
    'transaction that caused it commits (a refused or rolled-back write sends nothing), whichever server instance it went through.',
});

const LiveFilter = builder.inputType('LiveFilter', {
  description: 'Which events a subscription receives; every condition given must hold.',
  fields: (t) => actorTopicFields(t, 'events', 'ends the stream with an error'),
});

type Filter = { actor?: string | null; topic?: string | null; includeSubtopics?: boolean | null } | null | undefined;

/** The actor id and topic ids a filter names; unknown names are refused here, before the stream starts. */
async function resolveFilter(ctx: Context, filter: Filter): Promise<{ actorId?: number; topicIds?: number[] }> {
  if (filter?.includeSubtopics != null && filter.topic == null) throw UserInputError.of(['filter', 'includeSubtopics'], 'INVALID', 'needs `filter.topic`.');
  const { actors, topics } = await lookUp(ctx.db, {
    actors: filter?.actor != null ? [{ field: ['filter', 'actor'], name: filter.actor }] : [],
    topics: filter?.topic != null ? [{ field: ['filter', 'topic'], slug: filter.topic, includeSubtopics: filter.includeSubtopics ?? false }] : [],
  });
  return { actorId: actors[0], topicIds: topics[0] };
}

function eventsOf(ctx: Context) {
  if (!ctx.events) throw new GraphQLError('This server does not send live updates.', { extensions: { code: 'SUBSCRIPTIONS_UNAVAILABLE' } });
  return ctx.events;
}

/** Whether a position event is about the actor and topics a filter named. */
const about = (event: PositionEvent, { actorId, topicIds }: { actorId?: number; topicIds?: number[] }) =>
  (actorId === undefined || event.actor === actorId) && (topicIds === undefined || topicIds.includes(event.topic));

builder.subscriptionFields((t) => ({
  positionRecorded: t.drizzleField({
    type: 'positions',
    description: 'Every position recorded or changed from now on (its stance, statement, quote, date or topic) that the filter lets through, with its evidence.',
    args: { filter: t.arg({ type: LiveFilter, description: 'Which positions; all when omitted.' }) },
    subscribe: async (_root, args, ctx) => {
      const filter = await resolveFilter(ctx, args.filter);
      return eventsOf(ctx).stream('position', (event) => (about(event, filter) ? event : undefined));
    },
    resolve: async (query, event, _args, ctx) => {
      const row = await ctx.db.query.positions.findFirst(query({ where: { id: (event as unknown as PositionEvent).id } }));
      if (!row) throw new GraphQLError('The position was deleted before it could be sent.', { extensions: { code: 'NOT_FOUND' } });
      return row;
    },
  }),

  articleAdded: t.drizzleField({
    type: 'articles',
    description:
      'Every article added from now on (by createArticle, importDigest or `npm run import`) that mentions the actor and carries the topic of the filter.',
    args: { filter: t.arg({ type: LiveFilter, description: 'Which articles; all when omitted.' }) },
    subscribe: async (_root, args, ctx) => {
      const filter = await resolveFilter(ctx, args.filter);
      const everything = filter.actorId === undefined && filter.topicIds === undefined;
      return eventsOf(ctx).stream('article', async (event) => (everything || (await articleIsAbout(ctx.db, event.id, filter)) ? event : undefined));
    },
    resolve: async (query, event, _args, ctx) => {
      const row = await ctx.db.query.articles.findFirst(query({ where: { id: (event as unknown as ArticleEvent).id } }));
      if (!row) throw new GraphQLError('The article was deleted before it could be sent.', { extensions: { code: 'NOT_FOUND' } });
      return row;
    },
  }),

  stanceChanged: t.field({
    type: StanceChange,
    description:
      "Every change of an actor's latest stance on a topic from now on: a position recorded or changed that is now the latest dated one of " +
      'its actor on its topic, with a stance other than the one before it. Carries what a `stanceChanges` entry carries.',
    args: { filter: t.arg({ type: LiveFilter, description: 'Which changes; all when omitted.' }) },
    subscribe: async (_root, args, ctx) => {
      const filter = await resolveFilter(ctx, args.filter);
      return eventsOf(ctx).stream('position', (event) => (about(event, filter) ? stanceChangeBy(ctx.db, event.id) : undefined));
    },
    resolve: async (change, _args, ctx, info) => {
      const [loaded] = await withPositions(t, ctx, info, [change as never], [[]]);
      if (!loaded) throw new GraphQLError('The position was deleted before it could be sent.', { extensions: { code: 'NOT_FOUND' } });
      return loaded;
    },
  }),
}));
