import { AsyncLocalStorage } from 'node:async_hooks';
import { sql, type SQL } from 'drizzle-orm';
import { jsonValue, queryRows, type Database, type Transaction } from '../db/client.js';
import { topicClosure, topics } from '../db/tables.js';
import { UserInputError, type UserError } from './errors.js';
import { actorIdSql } from './names.js';
import { noWords, searchWords } from './search.js';

// Arguments that name records (an actor by slug, name or alias; a topic by slug) are resolved to
// ids together, in one statement, before the query that uses them, and search texts are checked
// for a word to search for in the same statement. An argument that names nothing is refused,
// naming where it was: the one rule for unknown names, wherever they appear.
//
// A read compiled into one statement (graphql/sql-reads.ts) takes the names of a list's filter into
// that statement instead, as sub-selects (`lookingUpInStatement`): the statement then follows from
// the query alone and may be kept and run again, and whether every name named something is a column
// of its rows. Where it names nothing, the usual lookup runs and refuses it.

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

const unknownActor = (name: string) => `names no actor: no actor has the slug, name or alias "${name}".`;
const unknownTopic = (slug: string) => `names no topic: there is no topic with slug "${slug}".`;

/** The topic with this slug and, when asked, every topic below it, as a JSON array of ids (null when none). */
function topicIdsSql(slug: string, includeSubtopics: boolean) {
  return topicsNamed(slug, includeSubtopics, sql`json_agg(c.descendant_id order by c.depth, c.descendant_id)`);
}

/** A sub-select of `select` over the topic with this slug (`c.descendant_id`) and, when asked, every topic below it. */
const topicsNamed = (slug: string, includeSubtopics: boolean, select: SQL) =>
  sql`(select ${select} from ${topicClosure} c join ${topics} t on t.id = c.ancestor_id where t.slug = ${slug} ${includeSubtopics ? sql`` : sql`and c.depth = 0`})`;

/** A lookup taken into a statement: whether it found every name (an SQL condition), and the lookup itself. */
export interface LookupInStatement {
  found: SQL;
  check(): Promise<unknown>;
}

const inStatement = new AsyncLocalStorage<LookupInStatement[]>();

/**
 * Runs `compile` with the lookups that allow it (`lookUp`'s `inStatement`) taken into the statement
 * being compiled as sub-selects, rather than run first; returns its result and those lookups.
 */
export async function lookingUpInStatement<T>(compile: () => Promise<T>): Promise<[T, LookupInStatement[]]> {
  const lookups: LookupInStatement[] = [];
  return [await inStatement.run(lookups, compile), lookups];
}

type Names = { actors?: readonly ActorName[]; topics?: readonly TopicSlug[]; searches?: readonly { field: string[]; text: string }[] };

/**
 * The topic with this slug and, when asked, every topic below it, as what follows `in` in a statement
 * (`x in …`), and whether the slug names a topic. One topic is a value (`in ((select id …)::int4)`),
 * which the planner computes once and then reads an index with, rather than a set it must hash
 * (Q5: 12 → 7 ms at 100,000 articles).
 */
function topicIdsInSql(slug: string, includeSubtopics: boolean): { ids: SQL; found: SQL } {
  if (!includeSubtopics) {
    const id = sql`(select t.id from ${topics} t where t.slug = ${slug})`;
    return { ids: sql`(${id}::int4)`, found: sql`${id} is not null` };
  }
  const set = topicsNamed(slug, true, sql`c.descendant_id`);
  return { ids: set, found: sql`exists ${set}` };
}

/**
 * The ids of these actors and topics (for a topic, its own id first, then those below it when
 * asked), in the order given; one statement for all of them. Unknown names are all refused at once.
 * With `inStatement`, while a statement is compiled (`lookingUpInStatement`) and no search text is
 * to be checked, the ids are sub-selects of that statement instead (an actor's id; a topic's, or those
 * below it, to follow `in`).
 */
export async function lookUp(db: Database | Transaction, names: Names): Promise<{ actors: number[]; topics: number[][] }>;
export async function lookUp(db: Database | Transaction, names: Names, inStatement: true): Promise<{ actors: (number | SQL)[]; topics: (number[] | SQL)[] }>;
export async function lookUp(db: Database | Transaction, names: Names, taken = false): Promise<{ actors: (number | SQL)[]; topics: (number[] | SQL)[] }> {
  const actors = names.actors ?? [];
  const topicSlugs = names.topics ?? [];
  const searches = names.searches ?? [];
  if (actors.length + topicSlugs.length + searches.length === 0) return { actors: [], topics: [] };
  const statement = taken ? inStatement.getStore() : undefined;
  if (statement && searches.length === 0) {
    const topicIds = topicSlugs.map((t) => topicIdsInSql(t.slug, t.includeSubtopics ?? false));
    const actorIds = actors.map((a) => actorIdSql(a.name));
    statement.push({
      found: sql.join([...actorIds.map((id) => sql`${id} is not null`), ...topicIds.map((t) => t.found)], sql` and `),
      check: () => lookUp(db, names),
    });
    return { actors: actorIds, topics: topicIds.map((t) => t.ids) };
  }
  const parts = [
    ...actors.map((a) => actorIdSql(a.name)),
    ...topicSlugs.map((t) => topicIdsSql(t.slug, t.includeSubtopics ?? false)),
    ...searches.map((s) => searchWords(s.text)),
  ];
  const [row] = await queryRows<{ found: unknown[] | string }>(db, sql`select json_build_array(${sql.join(parts, sql`, `)}) as found`);
  const found = jsonValue(row!.found);
  const actorIds = found.slice(0, actors.length) as (number | null)[];
  const topicIds = found.slice(actors.length, actors.length + topicSlugs.length) as (number[] | null)[];
  const problems = unknownNames(actors, actorIds, topicSlugs, topicIds);
  searches.forEach((s, i) => {
    const problem = noWords(s.field, s.text, found[actors.length + topicSlugs.length + i] as number);
    if (problem) problems.push(problem);
  });
  if (problems.length) throw new UserInputError(problems);
  return { actors: actorIds as number[], topics: topicIds as number[][] };
}

/** NOT_FOUND for each name that resolved to null, by its place in the arguments. */
export function unknownNames(
  actors: readonly ActorName[],
  actorIds: readonly unknown[],
  topicSlugs: readonly Pick<TopicSlug, 'field' | 'slug'>[],
  topicIds: readonly unknown[],
): UserError[] {
  return [
    ...actors.flatMap((a, i) => (actorIds[i] == null ? [{ field: a.field, code: 'NOT_FOUND' as const, message: unknownActor(a.name) }] : [])),
    ...topicSlugs.flatMap((t, i) => (topicIds[i] == null ? [{ field: t.field, code: 'NOT_FOUND' as const, message: unknownTopic(t.slug) }] : [])),
  ];
}
