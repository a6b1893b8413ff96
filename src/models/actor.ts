import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Transaction } from '../db/client.js';
import { actorAliases, actorKind, actors, affiliations, mentions, positions } from '../db/tables.js';
import { UserInputError } from './errors.js';
import { aliasKey, aliasRow, nameContains } from './names.js';
import { allOf, type Condition, type RowFilter } from './conditions.js';
import { byId, type KeysetOrder, type ListQuery } from './keyset.js';
import { topicRef, type NameRef } from './lookups.js';
import { linkByName, type LinkedMention } from './mentions.js';
import { Checker, LIMITS } from './validate.js';
import { markRevisions } from './revision.js';

export type ActorRow = typeof actors.$inferSelect;
export type ActorKind = (typeof actorKind.enumValues)[number];

/** An actor written, and the mentions its names gained (articles whose text names it, linked now). */
export interface ActorChange {
  actor: ActorRow;
  linked: LinkedMention[];
}

export interface ActorFilter {
  kind?: ActorKind | null;
  search?: string | null;
  topic?: string | null;
  includeSubtopics?: boolean | null;
  hasPositions?: boolean | null;
}

/** The actors an ActorFilter asks for, in name order: a condition (none for all), its names, and the order. */
export function actorsQuery(filter: ActorFilter | null | undefined): ListQuery<typeof actors> {
  const order: KeysetOrder<typeof actors> = [{ expression: (a) => sql`${a.name}`, direction: 'asc', type: 'text' }, byId('asc')];
  return { ...actorFilter(filter), order };
}

function actorFilter(filter: ActorFilter | null | undefined): RowFilter<typeof actors> {
  const parts: Condition<typeof actors>[] = [];
  const names: NameRef[] = [];
  if (filter?.includeSubtopics != null && filter.topic == null) throw UserInputError.of(['filter', 'includeSubtopics'], 'INVALID', 'needs `filter.topic`.');
  if (filter?.kind) {
    const kind = filter.kind;
    parts.push((a) => sql`${a.kind} = ${kind}`);
  }
  if (filter?.search != null) {
    if (filter.search.trim() === '') throw UserInputError.of(['filter', 'search'], 'INVALID', 'must not be empty.');
    parts.push(nameContains(filter.search));
  }
  if (filter?.hasPositions != null) {
    const wanted = filter.hasPositions;
    parts.push((a) => sql`${wanted ? sql`` : sql`not`} exists (select 1 from ${positions} p where p.actor_id = ${a.id})`);
  }
  if (filter?.topic != null) {
    const topics = topicRef(['filter', 'topic'], filter.topic, filter.includeSubtopics ?? false);
    names.push(topics);
    parts.push((a) => sql`exists (select 1 from ${positions} p where p.actor_id = ${a.id} and p.topic_id in ${topics})`);
  }
  return { where: allOf(parts), names };
}

/**
 * The aliases of other actors (or of any actor, without `ownerId`) that these aliases would duplicate
 * by their folded form, the key lookups use.
 */
async function aliasesTaken(tx: Transaction, aliases: readonly string[], ownerId?: number) {
  if (aliases.length === 0) return [];
  return tx
    .select({ alias: actorAliases.alias, normalized: actorAliases.normalized, actorId: actorAliases.actorId, slug: actors.slug })
    .from(actorAliases)
    .innerJoin(actors, eq(actors.id, actorAliases.actorId))
    .where(and(inArray(actorAliases.normalized, aliases.map(aliasKey)), ownerId ? ne(actorAliases.actorId, ownerId) : sql`true`));
}

const alreadyAlias = (alias: string, taken: { alias: string; slug: string }) =>
  `"${alias}" is already an alias of ${taken.slug}${taken.alias === alias ? '' : ` (as "${taken.alias}")`}.`;

/** Refuses aliases already taken by another actor, each under its own field path. */
async function checkAliasesFree(tx: Transaction, check: Checker, aliases: { field: string[]; alias: string }[], ownerId?: number) {
  const taken = await aliasesTaken(
    tx,
    aliases.map((a) => a.alias),
    ownerId,
  );
  for (const { field, alias } of aliases) {
    const owner = taken.find((t) => t.normalized === aliasKey(alias));
    if (owner) check.add(field, 'ALREADY_EXISTS', alreadyAlias(alias, owner));
  }
}

/** Names and aliases with one row per folded form, the first spelling kept. */
function distinctAliases(aliases: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const alias of aliases) {
    const key = aliasKey(alias);
    if (!byKey.has(key)) byKey.set(key, alias);
  }
  return [...byKey.values()];
}

export async function createActor(
  tx: Transaction,
  input: { name: string; kind: ActorKind; slug?: string | null; description?: string | null; countryCode?: string | null; aliases?: readonly string[] | null },
): Promise<ActorChange> {
  const check = new Checker();
  const name = check.text(['name'], input.name, LIMITS.name);
  const values = {
    name,
    kind: input.kind,
    slug: check.slug(['slug'], input.slug, name),
    description: check.optionalText(['description'], input.description, LIMITS.description),
    countryCode: check.countryCode(['countryCode'], input.countryCode),
  };
  const aliases = (input.aliases ?? []).map((a, i) => ({ field: ['aliases', String(i)], alias: check.text(['aliases', String(i)], a, LIMITS.alias) }));
  await checkAliasesFree(tx, check, [{ field: ['name'], alias: name }, ...aliases]);
  check.throwIfAny();
  const all = distinctAliases([name, ...aliases.map((a) => a.alias)]);
  const [actor] = await tx.insert(actors).values(values).returning();
  await tx.insert(actorAliases).values(all.map((alias) => aliasRow(actor!.id, alias)));
  return { actor: actor!, linked: await linkByName(tx, [actor!.id]) };
}

export async function updateActor(
  tx: Transaction,
  input: { id: number; name?: string | null; kind?: ActorKind | null; slug?: string | null; description?: string | null; countryCode?: string | null },
): Promise<ActorChange> {
  const check = new Checker();
  const actorId = input.id;
  const changes = {
    name: input.name == null ? undefined : check.text(['name'], input.name, LIMITS.name),
    kind: input.kind ?? undefined,
    slug: input.slug == null ? undefined : check.slug(['slug'], input.slug, ''),
    description: check.optionalText(['description'], input.description, LIMITS.description),
    countryCode: check.countryCode(['countryCode'], input.countryCode),
  };
  if (changes.name) await checkAliasesFree(tx, check, [{ field: ['name'], alias: changes.name }], actorId);
  check.throwIfAny();
  const [actor] = await tx
    .update(actors)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(actors.id, actorId))
    .returning();
  if (!actor) throw UserInputError.of(['id'], 'NOT_FOUND', 'names no actor.');
  // The new name stays findable, and so does the old one: it was an alias already.
  if (changes.name) await tx.insert(actorAliases).values(aliasRow(actorId, changes.name)).onConflictDoNothing();
  return { actor, linked: changes.name ? await linkByName(tx, [actorId], [changes.name]) : [] };
}

export async function addActorAlias(tx: Transaction, input: { actorId: number; alias: string }): Promise<ActorChange> {
  const check = new Checker();
  const { actorId } = input;
  const alias = check.text(['alias'], input.alias, LIMITS.alias);
  check.throwIfAny();
  const [actor] = await tx.select().from(actors).where(eq(actors.id, actorId));
  if (!actor) throw UserInputError.of(['actorId'], 'NOT_FOUND', 'names no actor.');
  const [existing] = await aliasesTaken(tx, [alias]);
  if (existing)
    throw UserInputError.of(
      ['alias'],
      'ALREADY_EXISTS',
      existing.actorId === actorId ? alreadyAlias(alias, { ...existing, slug: 'this actor' }) : alreadyAlias(alias, existing),
    );
  await tx.insert(actorAliases).values(aliasRow(actorId, alias));
  return { actor, linked: await linkByName(tx, [actorId], [alias]) };
}

/**
 * Folds the source actor into the target: mentions, positions, affiliations and aliases move
 * over (the source's name becomes an alias), rows that would duplicate one of the target's are
 * dropped, the source is deleted, and articles naming the target by any of its names mention it.
 */
export async function mergeActors(tx: Transaction, input: { sourceId: number; targetId: number }): Promise<ActorChange> {
  const { sourceId, targetId } = input;
  if (sourceId === targetId) throw UserInputError.of(['targetId'], 'INVALID', 'cannot merge an actor into itself.');
  const check = new Checker();
  const rows = await tx
    .select()
    .from(actors)
    .where(inArray(actors.id, [sourceId, targetId]))
    .for('update');
  const source = rows.find((r) => r.id === sourceId);
  if (!source) check.add(['sourceId'], 'NOT_FOUND', 'names no actor.');
  if (!rows.some((r) => r.id === targetId)) check.add(['targetId'], 'NOT_FOUND', 'names no actor.');
  check.throwIfAny();
  // The positions moved and the actor removed are revisions of a merge.
  await markRevisions(tx, 'MERGED');

  // Mentions: one row per article, whoever had it.
  await tx.execute(sql`insert into ${mentions} (article_id, actor_id)
    select article_id, ${targetId} from ${mentions} where actor_id = ${sourceId} on conflict do nothing`);
  await tx.delete(mentions).where(eq(mentions.actorId, sourceId));

  // Positions: a source position on a topic and article the target already has is a duplicate.
  await tx.execute(sql`delete from ${positions} p using ${positions} t
    where p.actor_id = ${sourceId} and t.actor_id = ${targetId} and t.topic_id = p.topic_id and t.article_id = p.article_id`);
  await tx
    .update(positions)
    .set({ actorId: targetId, version: sql`${positions.version} + 1`, updatedAt: sql`now()` })
    .where(eq(positions.actorId, sourceId));

  // Affiliations in both directions; a tie between source and target themselves disappears.
  await tx.execute(sql`delete from ${affiliations} where (actor_id = ${sourceId} and organization_id = ${targetId})
    or (actor_id = ${targetId} and organization_id = ${sourceId})`);
  await tx.execute(sql`insert into ${affiliations} (actor_id, organization_id, role, started_on, ended_on)
    select case when actor_id = ${sourceId} then ${targetId} else actor_id end,
           case when organization_id = ${sourceId} then ${targetId} else organization_id end,
           role, started_on, ended_on
    from ${affiliations} where actor_id = ${sourceId} or organization_id = ${sourceId}
    on conflict do nothing`);
  await tx.execute(sql`delete from ${affiliations} where actor_id = ${sourceId} or organization_id = ${sourceId}`);

  // Aliases (the source's own name is one of them) move over; the source then goes.
  await tx.update(actorAliases).set({ actorId: targetId }).where(eq(actorAliases.actorId, sourceId));
  await tx.insert(actorAliases).values(aliasRow(targetId, source!.name)).onConflictDoNothing();
  await tx.delete(actors).where(eq(actors.id, sourceId));
  const [actor] = await tx
    .update(actors)
    .set({ updatedAt: sql`now()` })
    .where(eq(actors.id, targetId))
    .returning();
  // The target now goes by the source's names too: articles naming it by any of them mention it.
  return { actor: actor!, linked: await linkByName(tx, [targetId]) };
}

/**
 * Removes an alias of an actor. The actor's name is always one of its aliases (so an actor never loses
 * its last): to change it, rename the actor.
 */
export async function removeActorAlias(tx: Transaction, input: { actorId: number; alias: string }): Promise<{ actor: ActorRow }> {
  const check = new Checker();
  const alias = check.text(['alias'], input.alias, LIMITS.alias);
  check.throwIfAny();
  const [actor] = await tx.select().from(actors).where(eq(actors.id, input.actorId)).for('update');
  if (!actor) throw UserInputError.of(['actorId'], 'NOT_FOUND', 'names no actor.');
  const key = aliasKey(alias);
  if (key === aliasKey(actor.name))
    throw UserInputError.of(['alias'], 'INVALID', 'is the actor’s name, which is always one of its aliases; rename the actor (updateActor) instead.');
  const removed = await tx
    .delete(actorAliases)
    .where(and(eq(actorAliases.actorId, input.actorId), eq(actorAliases.normalized, key)))
    .returning({ id: actorAliases.id });
  if (!removed.length) throw UserInputError.of(['alias'], 'NOT_FOUND', `"${alias}" is not an alias of this actor.`);
  return { actor };
}

/**
 * Deletes an actor with its aliases, mentions and affiliations. Refused while positions rest on it:
 * they are evidence; merge the actor into another (mergeActors) to keep them.
 */
export async function deleteActor(tx: Transaction, input: { id: number }): Promise<void> {
  const [actor] = await tx.select({ id: actors.id }).from(actors).where(eq(actors.id, input.id)).for('update');
  if (!actor) throw UserInputError.of(['id'], 'NOT_FOUND', 'names no actor.');
  const held = await tx.$count(positions, eq(positions.actorId, input.id));
  if (held > 0)
    throw UserInputError.of(
      ['id'],
      'CONFLICT',
      `${held} position(s) rest on this actor; merge it into another actor (mergeActors) to keep them, or delete them first.`,
    );
  await tx.delete(actors).where(eq(actors.id, input.id));
}
