import { getTableColumns } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { positions } from '../db/tables.js';
import type { ArticleEvent, PositionEvent, SuggestionEvent } from '../events.js';
import { articleSubjects } from '../models/article.js';
import { actorAndTopics } from '../models/position.js';
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
const resolveFilter = (ctx: Context, filter: Filter) => actorAndTopics(ctx.db, ['filter'], filter);

function eventsOf(ctx: Context) {
  if (!ctx.events) throw new GraphQLError('This server does not send live updates.', { extensions: { code: 'SUBSCRIPTIONS_UNAVAILABLE' } });
  return ctx.events;
}

type Named = { actorId?: number; topicIds?: number[] };

/** Whether something about these actors and topics is what a filter named. */
const matches = (subjects: { actorIds: number[]; topicIds: number[] }, { actorId, topicIds }: Named) =>
  (actorId === undefined || subjects.actorIds.includes(actorId)) && (topicIds === undefined || topicIds.some((id) => subjects.topicIds.includes(id)));
const positionSubjects = (event: PositionEvent) => ({ actorIds: [event.actor], topicIds: [event.topic] });

/**
 * What an event needs loaded, loaded once however many subscriptions ask: every listener receives the
 * same event object.
 */
function perEvent<E extends object, T>(load: (db: Context['db'], event: E) => Promise<T>) {
  const loaded = new WeakMap<E, Promise<T>>();
  return (db: Context['db'], event: E): Promise<T> => {
    let result = loaded.get(event);
    if (!result) loaded.set(event, (result = load(db, event)));
    return result;
  };
}
const subjectsOf = perEvent((db, event: ArticleEvent) => articleSubjects(db, event.id));
const changeBy = perEvent((db, event: PositionEvent) => stanceChangeBy(db, event.id));

/**
 * A position as its event's write left it: its own columns (those the query read) from the event,
 * not as read now, when a later write changed them meanwhile; what it refers to (actor, topic,
 * article) is read as it is now. An event without its row (too long to notify) is sent as read.
 */
function asWritten<R extends object>(row: R, event: PositionEvent): R {
  if (!event.row) return row;
  const written: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(positions))) {
    if (!(column.name in event.row) || !(key in row)) continue;
    const value = event.row[column.name];
    written[key] = value !== null && column.dataType === 'object date' ? new Date(value as string) : value;
  }
  return { ...row, ...written };
}

builder.subscriptionFields((t) => ({
  positionRecorded: t.drizzleField({
    type: 'positions',
    description:
      'Every position recorded or changed from now on (its stance, statement, quote, date or topic) that the filter lets through, with its evidence.',
    args: { filter: t.arg({ type: LiveFilter, description: 'Which positions; all when omitted.' }) },
    subscribe: async (_root, args, ctx) => {
      const filter = await resolveFilter(ctx, args.filter);
      return eventsOf(ctx).stream('position', (event) => (matches(positionSubjects(event), filter) ? event : undefined));
    },
    resolve: async (query, event, _args, ctx) => {
      const e = event as unknown as PositionEvent;
      const row = await ctx.db.query.positions.findFirst(query({ where: { id: e.id } }));
      if (!row) throw new GraphQLError('The position was deleted before it could be sent.', { extensions: { code: 'NOT_FOUND' } });
      return asWritten(row, e);
    },
  }),

  articleAdded: t.drizzleField({
    type: 'articles',
    description:
      'Every article added from now on (by createArticle, importDigest, importFeed or `npm run import`) that mentions the actor and carries the topic of the filter.',
    args: { filter: t.arg({ type: LiveFilter, description: 'Which articles; all when omitted.' }) },
    subscribe: async (_root, args, ctx) => {
      const filter = await resolveFilter(ctx, args.filter);
      const everything = filter.actorId === undefined && filter.topicIds === undefined;
      return eventsOf(ctx).stream('article', async (event) => (everything || matches(await subjectsOf(ctx.db, event), filter) ? event : undefined));
    },
    resolve: async (query, event, _args, ctx) => {
      const row = await ctx.db.query.articles.findFirst(query({ where: { id: (event as unknown as ArticleEvent).id } }));
      if (!row) throw new GraphQLError('The article was deleted before it could be sent.', { extensions: { code: 'NOT_FOUND' } });
      return row;
    },
  }),

  suggestionAdded: t.drizzleField({
    type: 'positionSuggestions',
    description:
      'Every position the suggestion engine suggests from now on (on import, on an article whose text changed, on suggestPositions or ' +
      '`npm run suggest`) whose actor and topic the filter lets through: what a review queue shows as it arrives.',
    args: { filter: t.arg({ type: LiveFilter, description: 'Which suggestions; all when omitted.' }) },
    subscribe: async (_root, args, ctx) => {
      const filter = await resolveFilter(ctx, args.filter);
      return eventsOf(ctx).stream('suggestion', (event) => (matches({ actorIds: [event.actor], topicIds: [event.topic] }, filter) ? event : undefined));
    },
    resolve: async (query, event, _args, ctx) => {
      const row = await ctx.db.query.positionSuggestions.findFirst(query({ where: { id: (event as unknown as SuggestionEvent).id } }));
      if (!row) throw new GraphQLError('The suggestion was deleted before it could be sent.', { extensions: { code: 'NOT_FOUND' } });
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
      return eventsOf(ctx).stream('position', (event) => (matches(positionSubjects(event), filter) ? changeBy(ctx.db, event) : undefined));
    },
    resolve: async (change, _args, ctx, info) => {
      const [loaded] = await withPositions(t, ctx, info, [change as never], [[]]);
      if (!loaded) throw new GraphQLError('The position was deleted before it could be sent.', { extensions: { code: 'NOT_FOUND' } });
      return loaded;
    },
  }),
}));
