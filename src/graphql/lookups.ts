import { sql, type SQL } from 'drizzle-orm';
import { executeRows, type Database } from '../db/client.js';
import { aliasMatches, foldName } from '../db/aliases.js';
import { actorAliases, actors, topicClosure, topics } from '../db/tables.js';
import { badInput } from './errors.js';

// Arguments that name records (a topic slug, an actor name) are resolved to ids before the main
// query: one small statement each, and an unknown name becomes a clear error instead of an empty page.

/** The id of the topic with this slug and, with `includeSubtopics`, of every topic below it. */
export async function topicIdsBySlug(db: Database, argument: string, slug: string, includeSubtopics: boolean): Promise<number[]> {
  const rows = await db
    .select({ id: topicClosure.descendantId })
    .from(topicClosure)
    .innerJoin(topics, sql`${topics.id} = ${topicClosure.ancestorId}`)
    .where(sql`${topics.slug} = ${slug} and ${includeSubtopics ? sql`true` : sql`${topicClosure.depth} = 0`}`);
  if (rows.length === 0) throw unknownTopic(argument, slug);
  return rows.map((r) => r.id);
}

const unknownActor = (argument: string, name: string) =>
  badInput(argument, `names no actor: no actor has the slug, name or alias "${name}".`);
const unknownTopic = (argument: string, slug: string) =>
  badInput(argument, `names no topic: there is no topic with slug "${slug}".`);

/** The id of the actor known by this slug, name or alias (case- and diacritics-insensitive). */
export async function actorIdByName(db: Database, argument: string, name: string): Promise<number> {
  const [id] = await resolveActorNames(db, [name]);
  if (id === undefined) throw unknownActor(argument, name);
  return id;
}

/** The ids of the actors known by these slugs, names or aliases, in the order given; one statement. */
export async function actorIdsByNames(db: Database, argument: string, names: readonly string[]): Promise<number[]> {
  const ids = await resolveActorNames(db, names);
  return ids.map((id, index) => {
    if (id === undefined) throw unknownActor(`${argument}[${index}]`, names[index]!);
    return id;
  });
}

/** Each name's actor: by slug first, else by any alias (lowest id if two share one). */
async function resolveActorNames(db: Database, names: readonly string[]): Promise<(number | undefined)[]> {
  if (names.length === 0) return [];
  const keys = names.flatMap((name) => [foldName(name, false), foldName(name, true)]);
  const rows = await db
    .select({ id: actors.id, slug: actors.slug, normalized: actorAliases.normalized, caseSensitive: actorAliases.caseSensitive })
    .from(actors)
    .leftJoin(actorAliases, sql`${actorAliases.actorId} = ${actors.id}`)
    .where(sql`${actors.slug} in ${names} or ${actorAliases.normalized} in ${keys}`)
    .orderBy(actors.id);
  return names.map((name) => (rows.find((r) => r.slug === name) ?? rows.find((r) => aliasMatches(r, name)))?.id);
}

/** The longest search string taken, here and by `search(query)`. */
export const MAX_SEARCH_LENGTH = 500;

/**
 * Checks a full-text search string (websearch syntax: "quoted phrases", OR, -exclusion) and
 * returns it trimmed; empty strings and strings with no searchable word (only operators or
 * stop words such as "the") are refused.
 */
export async function checkedSearchText(db: Database, argument: string, text: string): Promise<string> {
  const trimmed = text.trim();
  if (trimmed === '') throw badInput(argument, 'must not be empty.');
  if (trimmed.length > MAX_SEARCH_LENGTH)
    throw badInput(argument, `must be at most ${MAX_SEARCH_LENGTH} characters (got ${trimmed.length}).`);
  const [row] = await executeRows<{ words: number }>(db, sql`select numnode(websearch_to_tsquery('english', ${trimmed}))::int as words`);
  if (!row || Number(row.words) === 0)
    throw badInput(argument, `has no word to search for ("${trimmed}" holds only operators or common words).`);
  return trimmed;
}

/** A condition on a table, given the table or the alias a relational query gives it. */
export type Condition<T> = (table: T) => SQL;

/** All the conditions together; undefined when there are none. */
export function allOf<T>(conditions: Condition<T>[]): Condition<T> | undefined {
  if (conditions.length === 0) return undefined;
  return (table) => sql.join(conditions.map((c) => c(table)), sql` and `);
}

/**
 * Memoises a lookup on the field's argument object: a connection's page and its totalCount
 * resolve the same arguments, and should look names up once per request, not twice.
 */
export function perArgs<A extends object, R>(build: (db: Database, args: A) => Promise<R>) {
  const cache = new WeakMap<A, Promise<R>>();
  return (db: Database, args: A): Promise<R> => {
    let result = cache.get(args);
    if (!result) cache.set(args, (result = build(db, args)));
    return result;
  };
}

/** The ids of the topics with these slugs, in the order given; one statement. */
export async function topicIdsBySlugs(db: Database, argument: string, slugs: readonly string[]): Promise<number[]> {
  if (slugs.length === 0) return [];
  const rows = await db.select({ id: topics.id, slug: topics.slug }).from(topics).where(sql`${topics.slug} in ${slugs}`);
  return slugs.map((slug, index) => {
    const match = rows.find((r) => r.slug === slug);
    if (!match) throw unknownTopic(`${argument}[${index}]`, slug);
    return match.id;
  });
}

/** Text for a LIKE pattern, its wildcards taken literally. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
