import { positions, stance } from '../db/tables.js';
import { builder } from './builder.js';
import { paging } from './pagination.js';

export const Stance = builder.enumType('Stance', {
  description: 'Where an actor stands on a topic.',
  values: {
    SUPPORTS: { description: 'For it.' },
    OPPOSES: { description: 'Against it.' },
    CONDITIONAL: { description: 'For it only under conditions the statement names.' },
    NEUTRAL: { description: 'Takes no side, or declines to.' },
  } satisfies Record<(typeof stance.enumValues)[number], unknown>,
});

builder.drizzleNode('positions', {
  name: 'Position',
  description: 'A stance an actor takes on a topic, traced to the article that reports it.',
  id: { column: (position) => position.id },
  fields: (t) => ({
    stance: t.expose('stance', { type: Stance, description: 'Supports, opposes, conditional or neutral.' }),
    statement: t.exposeString('statement', { description: 'The position in one sentence, in the system’s words.' }),
    quote: t.exposeString('quote', {
      nullable: true,
      description: 'An exact excerpt of the article that shows the position.',
    }),
    statedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the actor took the position; null when the source gives no date (never guessed).',
      resolve: (position) => position.statedAt,
    }),
    actor: t.relation('actor', { description: 'Who takes the position.' }),
    topic: t.relation('topic', { description: 'What the position is about.' }),
    article: t.relation('article', { description: 'The article that reports the position: its evidence.' }),
  }),
});

builder.queryFields((t) => ({
  positions: t.drizzleConnection({
    type: 'positions',
    description: 'Every position, in the order they were recorded.',
    ...paging,
    totalCount: (_root, _args, ctx) => ctx.db.$count(positions),
    resolve: (query, _root, _args, ctx) => ctx.db.query.positions.findMany(query({ orderBy: { id: 'asc' } })),
  }),
}));
