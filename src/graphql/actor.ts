import { sql, type SQLWrapper } from 'drizzle-orm';
import { actorKind } from '../db/tables.js';
import type { ArticleRow } from '../models/article.js';
import { linkedRows, type LinkedMention } from '../models/mentions.js';
import {
  actorsQuery,
  addActorAlias,
  createActor,
  deleteActor,
  mergeActors,
  removeActorAlias,
  updateActor,
  type ActorChange,
  type ActorRow,
} from '../models/actor.js';
import { actorIdSql } from '../models/names.js';
import type { IdDecoder } from './input.js';
import { latestFirst, positionFilter, type PositionFilter } from '../models/position.js';
import { LIMITS } from '../models/validate.js';
import { maxLength } from './arguments.js';
import { bySlug } from '../models/conditions.js';
import { BY_ID } from '../models/keyset.js';
import { checkedFilter, column, connection, listField, relation, rowField, rowSelect, values } from '../sqlread/declare.js';
import { Article } from './article.js';
import { builder } from './builder.js';
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

/** The positions of an actor its fields ask for (Actor.positions and Actor.stanceOn, which share the check of its names). */
const actorPositions = (args: PositionFilter) => positionFilter([], args);

export const Actor = builder.drizzleNode('actors', {
  name: 'Actor',
  select: rowSelect('actors'),
  description: 'Someone who takes positions: a person, a country, an organisation or a coalition.',
  id: { column: (actor) => actor.id },
  fields: (t) => ({
    slug: column(t, 'slug', { type: 'String', description: 'Stable, URL-safe name, unique among actors.' }),
    name: column(t, 'name', { type: 'String', description: 'The name the actor is best known by.' }),
    kind: column(t, 'kind', { type: ActorKind, description: 'Person, country, organisation or coalition.' }),
    description: column(t, 'description', { type: 'String', lazy: true, nullable: true, description: 'Who the actor is, in a sentence.' }),
    countryCode: column(t, 'countryCode', {
      type: 'String',
      nullable: true,
      description: 'ISO 3166-1 alpha-2 code of the country the actor is, or belongs to.',
    }),
    aliases: values(t, 'aliases', {
      description: 'Every name the actor is known by in the sources, its own name included, alphabetically.',
      relation: 'aliases',
      column: 'alias',
      orderBy: BY_ALIAS,
    }),
    affiliations: relation(t, 'affiliations', {
      description: 'What the actor belongs to: the offices a person holds, the coalitions a country is in.',
      orderBy: BY_ID,
    }),
    members: relation(t, 'members', {
      description: 'Who belongs to this actor: the office holders of a country, the members of a coalition.',
      orderBy: BY_ID,
    }),
    articles: connection(t, 'articles', { description: 'The articles that mention the actor, in the order they were added.', orderBy: BY_ID }),
    positions: connection(t, 'positions', {
      description: 'The positions the actor has taken, in the order they were recorded. An unknown topic slug is an error.',
      args: {
        topic: t.arg.string({ description: 'Only positions on the topic of this slug.' }),
        includeSubtopics: t.arg.boolean({ description: 'With `topic`: also positions on topics below it. Default false.' }),
        stance: t.arg({ type: Stance, description: 'Only positions with this stance.' }),
      },
      orderBy: BY_ID,
      where: actorPositions as never,
    }),
    stanceOn: t.field({
      type: Position,
      nullable: true,
      description:
        "The actor's current position on a topic: the latest one (by `statedAt`; undated positions count as older, " +
        'then the most recently recorded). Null when the actor has said nothing on it; an unknown topic slug is an error.',
      args: { topic: t.arg.string({ required: true, description: 'The topic slug.' }) },
      select: async (args, ctx, nestedSelection) => {
        const { where } = await checkedFilter(ctx, actorPositions, { topic: args.topic });
        return { with: { positions: await nestedSelection({ where: { RAW: where! }, orderBy: latestFirst, limit: 1 }) } };
      },
      resolve: (actor) => actor.positions[0] ?? null,
    }),
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
  actor: rowField(t, 'actors', {
    description: 'One actor by slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The actor slug, e.g. "volodymyr-zelenskyy".' }) },
    where: (args) => bySlug(args.slug),
  }),
  actorByName: rowField(t, 'actors', {
    description:
      'The actor known by a slug, name or alias, as every argument that names an actor resolves it: case and diacritics ' +
      'ignored ("zelenskiy" finds Volodymyr Zelenskyy), short all-caps aliases such as US only in capitals. ' +
      'Null when no actor has that name.',
    args: { name: t.arg.string({ required: true, description: 'A slug, name or alias, e.g. "Zelensky" or "U.S.".' }) },
    // The name resolves inside the statement that loads the actor: one statement, the one rule of actorIdSql.
    where: (args) => (a: { id: SQLWrapper }) => sql`${a.id} = ${actorIdSql(args.name)}`,
  }),
  actors: listField(t, 'actors', {
    type: Actor,
    description: 'Actors, filtered as asked (by default all of them), in name order.',
    args: { filter: t.arg({ type: ActorFilter, description: 'Which actors; all when omitted.' }) },
    query: (args) => actorsQuery(args.filter),
  }),
}));

// Mentions linked by name (models/mentions.ts): what a mutation that gives an actor a name reports.

/** How many added mentions a payload lists; `mentionsAdded` counts them all. */
const LISTED = 100;

const MentionLink = builder.objectRef<{ article: ArticleRow; actor: ActorRow }>('MentionLink').implement({
  description: 'A mention added because the article’s text names the actor by one of its aliases.',
  fields: (t) => ({
    article: t.field({ type: Article, description: 'The article that names the actor.', resolve: (m) => m.article }),
    actor: t.field({ type: Actor, description: 'The actor it now mentions.', resolve: (m) => m.actor }),
  }),
});

/** `mentionsAdded` and `linked`, for the payload of any mutation that links by name. */
export const linkedPayload = (t: PayloadFields<{ linked: LinkedMention[] }>) => ({
  mentionsAdded: t.int({
    nullable: true,
    description: 'How many mentions were added because article texts name the actor(s) by a new name; null when refused.',
    resolve: (p) => p.linked?.length ?? null,
  }),
  linked: t.field({
    type: [MentionLink],
    nullable: true,
    description: `The mentions added, by article then actor: the first ${LISTED} (\`mentionsAdded\` counts all); null when refused.`,
    resolve: (p, _args, ctx) => (p.linked ? linkedRows(ctx.db, p.linked, LISTED) : null),
  }),
});

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
    aliases: t.stringList({
      description: 'Other names, spelled as the sources do ("Zelenskiy", "U.S."); those written alike but for case, accents or punctuation are kept once.',
    }),
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
  write: (tx, input, ids) =>
    mergeActors(tx, { sourceId: ids.one('sourceId', input.sourceId, 'Actor'), targetId: ids.one('targetId', input.targetId, 'Actor') }),
  payload: namedActorPayload,
});
