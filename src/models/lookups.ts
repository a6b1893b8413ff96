import { sql } from 'drizzle-orm';
import { jsonValue, queryRows, type Database, type Transaction } from '../db/client.js';
import { topicClosure, topics } from '../db/tables.js';
import { UserInputError, type UserError } from './errors.js';
import { actorIdSql } from './names.js';
import { noWords, searchWords } from './search.js';

// Arguments that name records (an actor by slug, name or alias; a topic by slug) are resolved to
// ids together, in one statement, before the query that uses them, and search texts are checked
// for a word to search for in the same statement. An argument that names nothing is refused,
// naming where it was: the one rule for unknown names, wherever they appear.

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
  return sql`(select json_agg(c.descendant_id order by c.depth, c.descendant_id) from ${topicClosure} c join ${topics} t on t.id = c.ancestor_id
    where t.slug = ${slug} ${includeSubtopics ? sql`` : sql`and c.depth = 0`})`;
}

/**
 * The ids of these actors and topics (for a topic, its own id first, then those below it when
 * asked), in the order given; one statement for all of them. Unknown names are all refused at once.
 */
export async function lookUp(
  db: Database | Transaction,
  names: { actors?: readonly ActorName[]; topics?: readonly TopicSlug[]; searches?: readonly { field: string[]; text: string }[] },
): Promise<{ actors: number[]; topics: number[][] }> {
  const actors = names.actors ?? [];
  const topicSlugs = names.topics ?? [];
  const searches = names.searches ?? [];
  if (actors.length + topicSlugs.length + searches.length === 0) return { actors: [], topics: [] };
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
