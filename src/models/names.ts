import { sql, type SQL } from 'drizzle-orm';
import { actorAliases, actors } from '../db/tables.js';

/**
 * How actor names are compared and resolved. One place, so that the stored column
 * `actor_aliases.normalized`, every argument that names an actor (filters, actorByName, the
 * stance matrix), the actor search, mention matching in imported texts and the seed all fold and
 * match names the same way.
 */

/** Short all-caps aliases (US, UK, EU, U.S.) are matched case-sensitively: "us" is not the United States. */
export function isCaseSensitiveAlias(alias: string): boolean {
  const letters = stripDiacritics(alias).replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 3 && letters === letters.toUpperCase();
}

/** The stored columns of an alias: as written, its lookup key, and whether case matters. */
export function aliasColumns(alias: string): { alias: string; normalized: string; caseSensitive: boolean } {
  return { alias, normalized: aliasKey(alias), caseSensitive: isCaseSensitiveAlias(alias) };
}

/** The key an alias is unique by and looked up by: its folded form (what `actor_aliases.normalized` holds). */
export function aliasKey(alias: string): string {
  return foldName(alias, isCaseSensitiveAlias(alias));
}

/**
 * The lookup key of a name: diacritics removed, apostrophes and dots dropped ("U.S." → "US",
 * "Putin’s" → "Putins"), other punctuation turned into spaces, spaces collapsed, and lower case
 * unless the key is for a case-sensitive alias.
 */
export function foldName(name: string, caseSensitive = false): string {
  const folded = stripDiacritics(name)
    .replace(/[’'`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return caseSensitive ? folded : folded.toLowerCase();
}

export function stripDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** The stored columns of an alias of an actor. */
export function aliasRow(actorId: number, alias: string) {
  return { actorId, ...aliasColumns(alias) };
}

/**
 * The actor a name resolves to, as a scalar subquery (null when none): the actor with that slug,
 * else the one with that name or alias, folded as above (the lowest id if two share one). Being
 * SQL, it can share a statement with other lookups or with the query that needs the id.
 */
export function actorIdSql(name: string): SQL<number | null> {
  return actorNamed(sql`${name}`, sql`${foldName(name, false)}`, sql`${foldName(name, true)}`);
}

/** actorIdSql's rule over SQL values: the name, and its keys folded for aliases without and with case. */
const actorNamed = (name: SQL, lower: SQL, exact: SQL) =>
  sql<number | null>`(select id from (
      select a.id, 0 as preference from ${actors} a where a.slug = ${name}
      union all
      select al.actor_id, 1 from ${actorAliases} al
        where (not al.case_sensitive and al.normalized = ${lower}) or (al.case_sensitive and al.normalized = ${exact})
    ) named order by preference, id limit 1)`;

/**
 * The actors of a list of names, as rows `(id, ord)` in the list's order (id null for a name that
 * names none), by actorIdSql's rule: one sub-select over the list, which PostgreSQL plans once
 * whatever its length (a sub-select per name planned twenty for a matrix of twenty rows).
 */
export function actorIdsSql(names: readonly string[]): SQL {
  return sql`select ${actorNamed(sql`x.name`, sql`x.lower`, sql`x.exact`)} as id, x.ord
    from unnest(${textArray(names)}, ${textArray(names.map((n) => foldName(n, false)))}, ${textArray(names.map((n) => foldName(n, true)))})
      with ordinality as x(name, lower, exact, ord)`;
}

/** `array[…]::text[]` of these values, each a parameter. */
export const textArray = (values: readonly string[]) =>
  values.length
    ? sql`array[${sql.join(
        values.map((value) => sql`${value}`),
        sql`, `,
      )}]::text[]`
    : sql`array[]::text[]`;

/**
 * Actors with a name or alias containing `text`, folded as above (so "zelensk" finds Zelenskyy,
 * and "us" finds no US): a condition on the actors table or the alias a query gives it.
 */
export function nameContains(text: string): (actor: typeof actors) => SQL {
  const like = (key: string) => `%${likeEscape(key)}%`;
  const insensitive = like(foldName(text, false));
  const sensitive = like(foldName(text, true));
  return (a) => sql`exists (select 1 from ${actorAliases} al where al.actor_id = ${a.id}
    and ((not al.case_sensitive and al.normalized like ${insensitive}) or (al.case_sensitive and al.normalized like ${sensitive})))`;
}

/** Text for a LIKE pattern, its wildcards taken literally. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export interface AliasPattern<Id> {
  actorId: Id;
  alias: string;
}

/**
 * The actors a text names, by any of their aliases, as the alias's folded form reads it: on word
 * boundaries ("Russian" does not match "Russians"), ignoring diacritics, dots and apostrophes within
 * the name ("UK" matches "U.K."), whatever separates its words, and ignoring case except for short
 * all-caps aliases. So an alias matches in a text exactly where a lookup of that passage would find it.
 */
export function findMentionedActors<Id>(text: string, aliases: readonly AliasPattern<Id>[]): Set<Id> {
  const haystack = stripDiacritics(text);
  const found = new Set<Id>();
  for (const { actorId, alias } of aliases) {
    if (found.has(actorId)) continue;
    if (aliasPattern(alias).test(haystack)) found.add(actorId);
  }
  return found;
}

const DROPPED = `[’'\`.]?`;

const patterns = new Map<string, RegExp>();

/** The pattern of an alias in running text, built from its folded form (see foldName); kept for reuse. */
export function aliasPattern(alias: string): RegExp {
  let pattern = patterns.get(alias);
  if (!pattern) {
    if (patterns.size >= 50_000) patterns.clear();
    pattern = compileAlias(alias);
    patterns.set(alias, pattern);
  }
  return pattern;
}

function compileAlias(alias: string): RegExp {
  const caseSensitive = isCaseSensitiveAlias(alias);
  const words = foldName(alias, caseSensitive).split(' ');
  const body = words.map((word) => [...word].map(escapeRegExp).join(DROPPED)).join('[^\\p{L}\\p{N}]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
