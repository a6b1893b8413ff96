import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { jsonValue, queryRows, type Database, type Transaction } from '../db/client.js';
import { articles, topicClosure, topics } from '../db/tables.js';
import { UserInputError, type UserError } from './errors.js';
import { actorIdSql } from './names.js';

// Arguments that name records (an actor by slug, name or alias; a topic by slug) are values
// (`NameRef`): the sub-select that finds what a name names, which a condition embeds like any
// value, and the check that refuses a name that names nothing, naming where it was. Whoever runs a
// condition decides when the check runs: the resolvers check a field's names before they read it, in
// one statement with its search texts (`checkNames`, once per request for the same field and
// arguments); a read compiled into one statement (src/sqlread) embeds the names and reads whether
// they named something (`found`) off the statement's own rows.

export interface ActorName {
  field: string[];
  name: string;
}
export interface TopicSlug {
  field: string[];
  slug: string;
  /** Also every topic below it. */
  includeSubtopics?: boolean;
}
export interface SearchText {
  field: string[];
  text: string;
}

const unknownActor = (name: string) => `names no actor: no actor has the slug, name or alias "${name}".`;
const unknownTopic = (slug: string) => `names no topic: there is no topic with slug "${slug}".`;

/** A sub-select of `select` over the topic with this slug (`c.descendant_id`) and, when asked, every topic below it. */
const topicsNamed = (slug: string, includeSubtopics: boolean, select: SQL) =>
  sql`(select ${select} from ${topicClosure} c join ${topics} t on t.id = c.ancestor_id where t.slug = ${slug} ${includeSubtopics ? sql`` : sql`and c.depth = 0`})`;

/**
 * A name in the arguments, as a value of a statement: an actor's id (`= ${ref}`), or a topic's id and,
 * when asked, those below it (`in ${ref}`). `found` is true in a statement when the name names something;
 * `lookup` is what `checkNames` selects to check it, and `problem` reads that value.
 */
export interface NameRef extends SQLWrapper {
  readonly field: string[];
  /** True in a statement when the name names something; undefined when it must be checked before the statement is built (a search text). */
  readonly found?: SQL;
  readonly lookup: SQL;
  problem(value: unknown): UserError | undefined;
}

/** An actor by slug, name or alias, by actorIdSql's rule. */
export function actorRef(field: string[], name: string): NameRef {
  const id = actorIdSql(name);
  return {
    field,
    getSQL: () => id,
    found: sql`${id} is not null`,
    lookup: id,
    problem: (value) => (value == null ? { field, code: 'NOT_FOUND', message: unknownActor(name) } : undefined),
  };
}

/**
 * A topic by slug and, when asked, every topic below it, to follow `in`. One topic is a value
 * (`in ((select id …)::int4)`), which the planner computes once and then reads an index with,
 * rather than a set it must hash (Q5: 12 → 7 ms at 100,000 articles).
 */
export function topicRef(field: string[], slug: string, includeSubtopics = false): NameRef {
  const id = sql`(select t.id from ${topics} t where t.slug = ${slug})`;
  const set = topicsNamed(slug, true, sql`c.descendant_id`);
  return {
    field,
    getSQL: () => (includeSubtopics ? set : sql`(${id}::int4)`),
    found: includeSubtopics ? sql`exists ${set}` : sql`${id} is not null`,
    lookup: topicsNamed(slug, includeSubtopics, sql`json_agg(c.descendant_id order by c.depth, c.descendant_id)`),
    problem: (value) => (value == null ? { field, code: 'NOT_FOUND', message: unknownTopic(slug) } : undefined),
  };
}

/** An article by slug. */
export function articleRef(field: string[], slug: string): NameRef {
  const id = sql`(select a.id from ${articles} a where a.slug = ${slug})`;
  return {
    field,
    getSQL: () => id,
    found: sql`${id} is not null`,
    lookup: id,
    problem: (value) => (value == null ? { field, code: 'NOT_FOUND', message: `names no article: there is no article with slug "${slug}".` } : undefined),
  };
}

/** Refuses, all at once and each by its place, the names that name nothing and the search texts with no word; one statement for all. */
export async function checkNames(db: Database | Transaction, refs: readonly NameRef[]): Promise<void> {
  await resolveNames(db, refs);
}

/**
 * What each ref names, for code that needs it as a value (live filters, agreement): an actor's id, a
 * topic's ids (its own first, then those below it when asked), a text's number of words; refused as by checkNames.
 */
export async function resolveNames(db: Database | Transaction, refs: readonly NameRef[]): Promise<unknown[]> {
  if (refs.length === 0) return [];
  const [row] = await queryRows<{ found: unknown[] | string }>(
    db,
    sql`select json_build_array(${sql.join(
      refs.map((r) => r.lookup),
      sql`, `,
    )}) as found`,
  );
  const found = jsonValue(row!.found);
  const problems = refs.flatMap((ref, i) => ref.problem(found[i]) ?? []);
  if (problems.length) throw new UserInputError(problems);
  return found;
}

/**
 * The ids of these actors and topics (for a topic, its own id first, then those below it when
 * asked), in the order given, for code that needs them as values (live filters, agreement); one
 * statement for all of them, refusing unknown names all at once.
 */
export async function lookUp(
  db: Database | Transaction,
  names: { actors?: readonly ActorName[]; topics?: readonly TopicSlug[] },
): Promise<{ actors: number[]; topics: number[][] }> {
  const actors = (names.actors ?? []).map((a) => actorRef(a.field, a.name));
  const topicRefs = (names.topics ?? []).map((t) => topicRef(t.field, t.slug, t.includeSubtopics));
  const found = await resolveNames(db, [...actors, ...topicRefs]);
  return { actors: found.slice(0, actors.length) as number[], topics: found.slice(actors.length) as number[][] };
}

/** NOT_FOUND for each name that resolved to null, by its place in the arguments. */
export function unknownNames(
  actors: readonly ActorName[],
  actorIds: readonly unknown[],
  topicSlugs: readonly Pick<TopicSlug, 'field' | 'slug'>[],
  topicIds: readonly unknown[],
): UserError[] {
  return [
    ...actors.flatMap((a, i) => actorRef(a.field, a.name).problem(actorIds[i]) ?? []),
    ...topicSlugs.flatMap((t, i) => topicRef(t.field, t.slug).problem(topicIds[i]) ?? []),
  ];
}
