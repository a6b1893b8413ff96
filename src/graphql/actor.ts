import { sql } from 'drizzle-orm';
import { actorKind } from '../db/tables.js';
import { actorsQuery, addActorAlias, createActor, deleteActor, mergeActors, removeActorAlias, updateActor, type ActorChange, type ActorRow } from '../models/actor.js';
import { linkedPayload } from './mentions.js';
import { deleteAffiliation, recordAffiliation, updateAffiliation, type AffiliationRow } from '../models/affiliation.js';
import { actorIdSql } from '../models/names.js';
import type { IdDecoder } from './input.js';
import { checkNames } from '../models/lookups.js';
import { latestFirst, positionFilter } from '../models/position.js';
import { LIMITS } from '../models/validate.js';
import { maxLength } from './arguments.js';
import { builder, perRequest, type Context } from './builder.js';
import { listField } from './lists.js';
import { BY_ID, rowBySlug, sqlReads } from './sql-reads.js';
import { paging } from './pagination.js';
import { deletedIdField, mutationField, type InputFields, type PayloadFields } from './payload.js';
import { Position, Stance } from './position.js';

export const ActorKind = builder.enumType('ActorKind', {
  description: 'What kind of actor takes a position.',
  values: {
    PERSON: { description: 'A person: a head of state, minister, official, commentator.' },
    COUNTRY: { description: 'A state, or its government acting as one.' },
    ORGANIZATION: { description: 'A standing international organisation such as NATO or the EU.' },
    COALITION: { description: 'An informal grouping of states, such as the Coalition of the Willing.' },
  } satisfies Record<(typeof actorKind.enumValues)[number], unknown>,
});

/** An actor's aliases, alphabetically. */
const BY_ALIAS = { alias: 'asc' } as const;

type PositionArgs = { topic?: string | null; includeSubtopics?: boolean | null; stance?: (typeof Stance.$inferType) | null };

/** The positions an actor's fields ask for, as a condition whose names are checked once per request. */
const positionsOn = (ctx: Context, args: PositionArgs) =>
  perRequest(ctx, `actor-positions:${JSON.stringify(args)}`, async () => {
    const filter = positionFilter([], args);
    await checkNames(ctx.db, filter.names);
    return filter.where;
  });

export const Actor = builder.drizzleNode('actors', {
  name: 'Actor',
  // Small columns load with every row and resolve as plain fields: a field with a `select` of its own pays
  // plugin-drizzle's per-row mapping work. Large columns (texts) load only when a query asks for them.
  select: { columns: { id: true, slug: true, name: true, kind: true, countryCode: true } },
  description: 'Someone who takes positions: a person, a country, an organisation or a coalition.',
  id: { column: (actor) => actor.id },
  extensions: sqlReads({
    table: 'actors',
    columns: { slug: true, name: true, kind: true, description: true, countryCode: true },
    relations: {
      aliases: { relation: 'aliases', orderBy: BY_ALIAS, value: 'alias' },
      affiliations: { relation: 'affiliations', orderBy: BY_ID },
      members: { relation: 'members', orderBy: BY_ID },
      articles: { relation: 'articles', orderBy: BY_ID },
      positions: { relation: 'positions', orderBy: BY_ID, where: (args) => positionFilter([], args as PositionArgs) as never },
    },
  }),
  fields: (t) => ({
    slug: t.string({ description: 'Stable, URL-safe name, unique among actors.', resolve: (a) => a.slug }),
    name: t.string({ description: 'The name the actor is best known by.', resolve: (a) => a.name }),
    kind: t.field({ type: ActorKind, description: 'Person, country, organisation or coalition.', resolve: (a) => a.kind }),
    description: t.exposeString('description', { nullable: true, description: 'Who the actor is, in a sentence.' }),
    countryCode: t.string({
      nullable: true,
      description: 'ISO 3166-1 alpha-2 code of the country the actor is, or belongs to.',
      resolve: (a) => a.countryCode,
    }),
    aliases: t.stringList({
      description: 'Every name the actor is known by in the sources, its own name included, alphabetically.',
      select: { with: { aliases: { columns: { alias: true }, orderBy: BY_ALIAS } } },
      resolve: (actor) => actor.aliases.map((a) => a.alias),
    }),
    affiliations: t.relation('affiliations', {
      description: 'What the actor belongs to: the offices a person holds, the coalitions a country is in.',
      query: { orderBy: BY_ID },
    }),
    members: t.relation('members', {
      description: 'Who belongs to this actor: the office holders of a country, the members of a coalition.',
      query: { orderBy: BY_ID },
    }),
    articles: t.relatedConnection('articles', {
      description: 'The articles that mention the actor, in the order they were added.',
      ...paging,
      totalCount: true,
      query: { orderBy: BY_ID },
    }),
    positions: t.relatedConnection('positions', {
      description: 'The positions the actor has taken, in the order they were recorded. An unknown topic slug is an error.',
      args: {
        topic: t.arg.string({ description: 'Only positions on the topic of this slug.' }),
        includeSubtopics: t.arg.boolean({ description: 'With `topic`: also positions on topics below it. Default false.' }),
        stance: t.arg({ type: Stance, description: 'Only positions with this stance.' }),
      },
      ...paging,
      totalCount: true,
      query: async (args, ctx) => {
        const condition = await positionsOn(ctx, { topic: args.topic, includeSubtopics: args.includeSubtopics, stance: args.stance });
        return { where: condition ? { RAW: condition } : undefined, orderBy: BY_ID };
      },
    }),
    stanceOn: t.field({
      type: Position,
      nullable: true,
      description:
        "The actor's current position on a topic: the latest one (by `statedAt`; undated positions count as older, " +
        'then the most recently recorded). Null when the actor has said nothing on it; an unknown topic slug is an error.',
      args: { topic: t.arg.string({ required: true, description: 'The topic slug.' }) },
      select: async (args, ctx, nestedSelection) => {
        const condition = await positionsOn(ctx, { topic: args.topic });
        return { with: { positions: await nestedSelection({ where: { RAW: condition! }, orderBy: latestFirst, limit: 1 }) } };
      },
      resolve: (actor) => actor.positions[0] ?? null,
    }),
  }),
});

const Affiliation = builder.drizzleObject('affiliations', {
  name: 'Affiliation',
  select: { columns: { id: true, role: true, startedOn: true, endedOn: true } },
  extensions: sqlReads({
    table: 'affiliations',
    columns: { role: true, startedOn: true, endedOn: true },
    relations: { member: { relation: 'member' }, organization: { relation: 'organization' } },
  }),
  description: 'A tie between two actors: a person holding an office in a country, a country in a coalition.',
  fields: (t) => ({
    role: t.string({ description: 'The office or standing: "President", "Foreign Minister", "member".', resolve: (a) => a.role }),
    startedOn: t.field({ type: 'Date', nullable: true, description: 'Since when; null if unknown.', resolve: (a) => a.startedOn }),
    endedOn: t.field({ type: 'Date', nullable: true, description: 'Until when; null if it still holds or is unknown.', resolve: (a) => a.endedOn }),
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
    topic: t.string({ description: 'Only actors that took a position on the topic of this slug (an unknown slug is an error).' }),
    includeSubtopics: t.boolean({ description: 'With `topic`: also positions on topics below it. Default false.' }),
    hasPositions: t.boolean({ description: 'true: only actors with at least one position; false: only actors with none.' }),
  }),
});

builder.queryFields((t) => ({
  actor: t.drizzleField({
    type: 'actors',
    nullable: true,
    description: 'One actor by slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The actor slug, e.g. "volodymyr-zelenskyy".' }) },
    extensions: rowBySlug,
    resolve: (query, _root, args, ctx) => ctx.db.query.actors.findFirst(query({ where: { slug: args.slug } })),
  }),
  actorByName: t.drizzleField({
    type: 'actors',
    nullable: true,
    description:
      'The actor known by a slug, name or alias, as every argument that names an actor resolves it: case and diacritics ' +
      'ignored ("zelenskiy" finds Volodymyr Zelenskyy), short all-caps aliases such as US only in capitals. ' +
      'Null when no actor has that name.',
    args: { name: t.arg.string({ required: true, description: 'A slug, name or alias, e.g. "Zelensky" or "U.S.".' }) },
    // The name resolves inside the statement that loads the actor: one statement, the one rule of actorIdSql.
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.actors.findFirst(query({ where: { RAW: (a) => sql`${a.id} = ${actorIdSql(args.name)}` } })),
  }),
  actors: listField(t, 'actors', {
    type: Actor,
    description: 'Actors, filtered as asked (by default all of them), in name order.',
    args: { filter: t.arg({ type: ActorFilter, description: 'Which actors; all when omitted.' }) },
    list: (args) => actorsQuery(args.filter),
  }),
}));

const actorPayload = (t: PayloadFields<{ actor: ActorRow }>) => ({
  actor: t.field({ type: Actor, nullable: true, description: 'The actor; null when refused.', resolve: (p) => p.actor ?? null }),
});

/** The payload of a mutation that gives an actor a name: the actor, and the articles now linked to it by that name. */
const namedActorPayload = (t: PayloadFields<ActorChange>) => ({
  ...actorPayload(t as never),
  ...linkedPayload(t),
});

mutationField('createActor', {
  description: 'Adds an actor with its aliases.',
  input: (t) => ({
    name: t.string({ required: true, description: 'The name the actor is best known by; also becomes an alias.' }),
    kind: t.field({ type: ActorKind, required: true, description: 'Person, country, organisation or coalition.' }),
    slug: t.string({ description: 'URL-safe name; derived from the name when omitted.' }),
    description: t.string({ description: 'Who the actor is, in a sentence.', ...maxLength(LIMITS.description) }),
    countryCode: t.string({ description: 'ISO 3166-1 alpha-2 code, e.g. "GB".' }),
    aliases: t.stringList({ description: 'Other names, spelled as the sources do ("Zelenskiy", "U.S."); those written alike but for case, accents or punctuation are kept once.' }),
  }),
  write: (tx, input) => createActor(tx, input),
  payload: namedActorPayload,
});

mutationField('updateActor', {
  description: 'Changes an actor.',
  inputDescription: 'Input of updateActor. Fields left out keep their value.',
  input: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the actor.' }),
    name: t.string({ description: 'New name; the old one stays an alias.' }),
    kind: t.field({ type: ActorKind, description: 'New kind.' }),
    slug: t.string({ description: 'New URL-safe name.' }),
    description: t.string({ description: 'New description; null clears it.', ...maxLength(LIMITS.description) }),
    countryCode: t.string({ description: 'New country code; null clears it.' }),
  }),
  write: (tx, input, ids) => updateActor(tx, { ...input, id: ids.one('id', input.id, 'Actor') }),
  payload: namedActorPayload,
});

mutationField('addActorAlias', {
  description:
    'Adds a name under which an actor is found (actorByName, filters, digest import). Aliases are unique by their folded form (case, accents, dots and apostrophes ignored, as lookups read them): ' +
    '"von der Leyen" is refused (ALREADY_EXISTS) when "Von der Leyen" is an alias already, and "U.S." when "US" is.',
  input: (t) => ({
    actorId: t.id({ required: true, description: 'Global ID of the actor.' }),
    alias: t.string({ required: true, description: 'Another name of the actor, spelled as a source does.' }),
  }),
  write: (tx, input, ids) => addActorAlias(tx, { ...input, actorId: ids.one('actorId', input.actorId, 'Actor') }),
  payload: namedActorPayload,
});

mutationField('removeActorAlias', {
  description: 'Removes a name under which an actor was found. Its own name cannot be removed (rename the actor instead), so an actor always keeps one.',
  input: (t) => ({
    actorId: t.id({ required: true, description: 'Global ID of the actor.' }),
    alias: t.string({ required: true, description: 'The alias to remove, as listed in `Actor.aliases` (case, accents, dots and apostrophes aside).' }),
  }),
  write: (tx, input, ids) => removeActorAlias(tx, { ...input, actorId: ids.one('actorId', input.actorId, 'Actor') }),
  payload: actorPayload,
});

mutationField('deleteActor', {
  description:
    'Deletes an actor with its aliases, mentions and affiliations. Refused (CONFLICT) while positions rest on it: they are evidence; ' +
    'merge it into another actor (mergeActors) to keep them.',
  input: (t) => ({ id: t.id({ required: true, description: 'Global ID of the actor.' }) }),
  write: async (tx, input, ids) => {
    await deleteActor(tx, { id: ids.one('id', input.id, 'Actor') });
    return { deletedId: String(input.id) };
  },
  payload: (t) => ({
    ...deletedIdField(t, 'actor'),
  }),
});

mutationField('mergeActors', {
  description:
    'Folds one actor into another: mentions, positions, affiliations and aliases move to the target, the source’s name ' +
    'becomes an alias, duplicates are dropped, and the source is deleted.',
  input: (t) => ({
    sourceId: t.id({ required: true, description: 'Global ID of the actor entered twice; it is deleted.' }),
    targetId: t.id({ required: true, description: 'Global ID of the actor that remains.' }),
  }),
  write: (tx, input, ids) => mergeActors(tx, { sourceId: ids.one('sourceId', input.sourceId, 'Actor'), targetId: ids.one('targetId', input.targetId, 'Actor') }),
  payload: namedActorPayload,
});

/** An affiliation is named by its member, organisation and role. */
const affiliationKey = (t: InputFields) => ({
  actorId: t.id({ required: true, description: 'Global ID of the member: a person, a country.' }),
  organizationId: t.id({ required: true, description: 'Global ID of the organisation, country or coalition it belongs to.' }),
  role: t.string({ required: true, description: 'The office or standing: "President", "Foreign Minister", "member".' }),
});
/** The key's global IDs decoded. */
const decodedKey = <T extends { actorId: string | number; organizationId: string | number }>(input: T, ids: IdDecoder) => ({
  ...input,
  actorId: ids.one('actorId', input.actorId, 'Actor'),
  organizationId: ids.one('organizationId', input.organizationId, 'Actor'),
});
const affiliationDates = (t: InputFields) => ({
  startedOn: t.field({ type: 'Date', description: 'Since when, if known (never guessed).' }),
  endedOn: t.field({ type: 'Date', description: 'Until when, if it has ended and the date is known.' }),
});
const affiliationPayload = (t: PayloadFields<{ affiliation: AffiliationRow }>) => ({
  affiliation: t.field({ type: Affiliation, nullable: true, description: 'The affiliation; null when refused.', resolve: (p) => p.affiliation ?? null }),
});

mutationField('recordAffiliation', {
  description: 'Records that an actor belongs to another: a person holding an office in a country, a country in a coalition.',
  input: (t) => ({ ...affiliationKey(t), ...affiliationDates(t) }),
  write: (tx, input, ids) => recordAffiliation(tx, decodedKey(input, ids)),
  payload: affiliationPayload,
});

mutationField('updateAffiliation', {
  description: 'Changes the dates of an affiliation, named by its member, organisation and role: set `endedOn` when it ends.',
  inputDescription: 'Input of updateAffiliation. Dates left out keep their value; null clears one.',
  input: (t) => ({ ...affiliationKey(t), ...affiliationDates(t) }),
  write: (tx, input, ids) => updateAffiliation(tx, decodedKey(input, ids)),
  payload: affiliationPayload,
});

mutationField('deleteAffiliation', {
  description: 'Deletes an affiliation recorded in error (one that ended keeps its place in history: set its `endedOn` instead).',
  input: (t) => affiliationKey(t),
  write: async (tx, input, ids) => {
    await deleteAffiliation(tx, decodedKey(input, ids));
    return { deleted: true };
  },
  payload: (t) => ({ deleted: t.boolean({ description: 'true when it was deleted; false when refused.', resolve: (p) => p.deleted ?? false }) }),
});
