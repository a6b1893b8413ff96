import { aliasFilter } from '../db/aliases.js';
import { actorKind, actors } from '../db/tables.js';
import { builder } from './builder.js';
import { paging } from './pagination.js';

export const ActorKind = builder.enumType('ActorKind', {
  description: 'What kind of actor takes a position.',
  values: {
    PERSON: { description: 'A person: a head of state, minister, official, commentator.' },
    COUNTRY: { description: 'A state, or its government acting as one.' },
    ORGANIZATION: { description: 'A standing international organisation such as NATO or the EU.' },
    COALITION: { description: 'An informal grouping of states, such as the Coalition of the Willing.' },
  } satisfies Record<(typeof actorKind.enumValues)[number], unknown>,
});

builder.drizzleNode('actors', {
  name: 'Actor',
  description: 'Someone who takes positions: a person, a country, an organisation or a coalition.',
  id: { column: (actor) => actor.id },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, URL-safe name, unique among actors.' }),
    name: t.exposeString('name', { description: 'The name the actor is best known by.' }),
    kind: t.expose('kind', { type: ActorKind, description: 'Person, country, organisation or coalition.' }),
    description: t.exposeString('description', { nullable: true, description: 'Who the actor is, in a sentence.' }),
    countryCode: t.exposeString('countryCode', {
      nullable: true,
      description: 'ISO 3166-1 alpha-2 code of the country the actor is, or belongs to.',
    }),
    aliases: t.stringList({
      description: 'Every name the actor is known by in the sources, its own name included, alphabetically.',
      select: { with: { aliases: { columns: { alias: true }, orderBy: { alias: 'asc' } } } },
      resolve: (actor) => actor.aliases.map((a) => a.alias),
    }),
    affiliations: t.relation('affiliations', {
      description: 'What the actor belongs to: the offices a person holds, the coalitions a country is in.',
      query: { orderBy: { id: 'asc' } },
    }),
    members: t.relation('members', {
      description: 'Who belongs to this actor: the office holders of a country, the members of a coalition.',
      query: { orderBy: { id: 'asc' } },
    }),
    articles: t.relatedConnection('articles', {
      description: 'The articles that mention the actor, in the order they were added.',
      ...paging,
      totalCount: true,
      query: { orderBy: { id: 'asc' } },
    }),
    positions: t.relatedConnection('positions', {
      description: 'The positions the actor has taken, in the order they were recorded.',
      ...paging,
      totalCount: true,
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

builder.drizzleObject('affiliations', {
  name: 'Affiliation',
  description: 'A tie between two actors: a person holding an office in a country, a country in a coalition.',
  fields: (t) => ({
    role: t.exposeString('role', { description: 'The office or standing: "President", "Foreign Minister", "member".' }),
    startedOn: t.expose('startedOn', { type: 'Date', nullable: true, description: 'Since when; null if unknown.' }),
    endedOn: t.expose('endedOn', { type: 'Date', nullable: true, description: 'Until when; null if it still holds or is unknown.' }),
    member: t.relation('member', { description: 'The actor that belongs.' }),
    organization: t.relation('organization', { description: 'The actor it belongs to.' }),
  }),
});

builder.queryFields((t) => ({
  actor: t.drizzleField({
    type: 'actors',
    nullable: true,
    description: 'One actor by slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The actor slug, e.g. "volodymyr-zelenskyy".' }) },
    resolve: (query, _root, args, ctx) => ctx.db.query.actors.findFirst(query({ where: { slug: args.slug } })),
  }),
  actorByName: t.drizzleField({
    type: 'actors',
    nullable: true,
    description:
      'The actor known by a name or alias, ignoring case and diacritics ("zelenskiy" finds Volodymyr Zelenskyy); ' +
      'short all-caps aliases such as US match only in capitals. Null when no actor has that name.',
    args: { name: t.arg.string({ required: true, description: 'A name or alias, e.g. "Zelensky" or "U.S.".' }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.actors.findFirst(query({ where: { aliases: aliasFilter(args.name) }, orderBy: { id: 'asc' } })),
  }),
  actors: t.drizzleConnection({
    type: 'actors',
    description: 'Every actor, in name order.',
    ...paging,
    totalCount: (_root, _args, ctx) => ctx.db.$count(actors),
    resolve: (query, _root, _args, ctx) => ctx.db.query.actors.findMany(query({ orderBy: { name: 'asc', id: 'asc' } })),
  }),
}));
