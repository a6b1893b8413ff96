import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { aliasFilter, foldName } from '../db/aliases.js';
import { actorKind, actors, positions, stance } from '../db/tables.js';
import { builder } from './builder.js';
import { badInput } from './errors.js';
import { allOf, likeEscape, perArgs, topicIdsBySlug } from './lookups.js';
import { paging } from './pagination.js';
import { latestFirst, Position, Stance, topicCondition } from './position.js';

export const ActorKind = builder.enumType('ActorKind', {
  description: 'What kind of actor takes a position.',
  values: {
    PERSON: { description: 'A person: a head of state, minister, official, commentator.' },
    COUNTRY: { description: 'A state, or its government acting as one.' },
    ORGANIZATION: { description: 'A standing international organisation such as NATO or the EU.' },
    COALITION: { description: 'An informal grouping of states, such as the Coalition of the Willing.' },
  } satisfies Record<(typeof actorKind.enumValues)[number], unknown>,
});

export const Actor = builder.drizzleNode('actors', {
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
      description:
        'The positions the actor has taken, in the order they were recorded. An unknown topic slug gives an empty list.',
      args: {
        topic: t.arg.string({ description: 'Only positions on the topic of this slug.' }),
        includeSubtopics: t.arg.boolean({ description: 'With `topic`: also positions on topics below it. Default false.' }),
        stance: t.arg({ type: Stance, description: 'Only positions with this stance.' }),
      },
      ...paging,
      totalCount: true,
      query: (args) => ({
        where: {
          ...(args.stance ? { stance: args.stance } : {}),
          ...(args.topic != null ? { RAW: topicCondition(args.topic, args.includeSubtopics ?? false) } : {}),
        },
        orderBy: { id: 'asc' },
      }),
    }),
    stanceOn: t.field({
      type: Position,
      nullable: true,
      description:
        "The actor's current position on a topic: the latest one (by `statedAt`; undated positions count as older, " +
        'then the most recently recorded). Null when the actor has said nothing on it.',
      args: { topic: t.arg.string({ required: true, description: 'The topic slug.' }) },
      select: (args, _ctx, nestedSelection) => ({
        with: {
          positions: nestedSelection({
            where: { RAW: topicCondition(args.topic, false) },
            orderBy: latestFirst,
            limit: 1,
          }),
        },
      }),
      resolve: (actor) => actor.positions[0] ?? null,
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

const ActorFilter = builder.inputType('ActorFilter', {
  description: 'Narrows a list of actors; every condition given must hold.',
  fields: (t) => ({
    kind: t.field({ type: ActorKind, description: 'Only actors of this kind.' }),
    search: t.string({
      description: 'Only actors with a name or alias containing this text (case and diacritics ignored; US/UK/EU only in capitals).',
    }),
    topic: t.string({ description: 'Only actors that took a position on the topic of this slug.' }),
    includeSubtopics: t.boolean({ description: 'With `topic`: also positions on topics below it. Default false.' }),
  }),
});

/** The ActorFilter as one SQL condition on the table (or the alias the relational query gives it). */
const actorCondition = perArgs(async (db: Database, { filter }: { filter?: typeof ActorFilter.$inferInput | null }) => {
  const parts: ((a: typeof actors) => SQL)[] = [];
  if (filter?.includeSubtopics != null && filter.topic == null)
    throw badInput('filter.includeSubtopics', 'needs `filter.topic`.');
  if (filter?.kind) {
    const kind = filter.kind;
    parts.push((a) => sql`${a.kind} = ${kind}`);
  }
  if (filter?.search != null) {
    if (filter.search.trim() === '') throw badInput('filter.search', 'must not be empty.');
    const like = (key: string) => `%${likeEscape(key)}%`;
    const insensitive = like(foldName(filter.search, false));
    const sensitive = like(foldName(filter.search, true));
    parts.push(
      (a) => sql`exists (select 1 from actor_aliases al where al.actor_id = ${a.id}
        and ((not al.case_sensitive and al.normalized like ${insensitive}) or (al.case_sensitive and al.normalized like ${sensitive})))`,
    );
  }
  if (filter?.topic != null) {
    const ids = await topicIdsBySlug(db, 'filter.topic', filter.topic, filter.includeSubtopics ?? false);
    parts.push((a) => sql`exists (select 1 from ${positions} p where p.actor_id = ${a.id} and p.topic_id in ${ids})`);
  }
  return allOf(parts);
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
    description: 'Actors, filtered as asked (by default all of them), in name order.',
    args: { filter: t.arg({ type: ActorFilter, description: 'Which actors; all when omitted.' }) },
    ...paging,
    totalCount: async (_root, args, ctx) => ctx.db.$count(actors, (await actorCondition(ctx.db, args))?.(actors)),
    resolve: async (query, _root, args, ctx) => {
      const condition = await actorCondition(ctx.db, args);
      return ctx.db.query.actors.findMany(
        query({ where: condition ? { RAW: condition } : undefined, orderBy: { name: 'asc', id: 'asc' } }),
      );
    },
  }),
}));
