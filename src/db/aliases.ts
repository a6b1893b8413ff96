/**
 * How actor names are compared. One place, so that the database column `actor_aliases.normalized`,
 * name lookups and mention matching in texts all fold names the same way.
 */

/** The same rule as {@link aliasFilter}, for alias rows already loaded. */
export function aliasMatches(alias: { normalized: string | null; caseSensitive: boolean | null }, name: string): boolean {
  return alias.normalized != null && alias.normalized === foldName(name, alias.caseSensitive ?? false);
}

/** Short all-caps aliases (US, UK, EU, U.S.) are matched case-sensitively: "us" is not the United States. */
export function isCaseSensitiveAlias(alias: string): boolean {
  const letters = stripDiacritics(alias).replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 3 && letters === letters.toUpperCase();
}

/** The stored columns of an alias: as written, its lookup key, and whether case matters. */
export function aliasColumns(alias: string): { alias: string; normalized: string; caseSensitive: boolean } {
  const caseSensitive = isCaseSensitiveAlias(alias);
  return { alias, normalized: foldName(alias, caseSensitive), caseSensitive };
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

/**
 * A relational-query filter on an actor's `aliases` that matches a name given by a user: any
 * alias folded the same way, and a case-sensitive alias only when the case agrees.
 */
export function aliasFilter(name: string) {
  return {
    OR: [
      { caseSensitive: false, normalized: foldName(name, false) },
      { caseSensitive: true, normalized: foldName(name, true) },
    ],
  };
}

function stripDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}

export interface AliasPattern<Id> {
  actorId: Id;
  alias: string;
}

/**
 * The actors a text names, by any of their aliases, on word boundaries ("Russian" does not match
 * "Russians"), ignoring diacritics, and ignoring case except for short all-caps aliases.
 */
export function findMentionedActors<Id>(text: string, aliases: readonly AliasPattern<Id>[]): Set<Id> {
  const haystack = stripDiacritics(text).replace(/[‘’]/g, "'");
  const found = new Set<Id>();
  for (const { actorId, alias } of aliases) {
    if (found.has(actorId)) continue;
    const needle = stripDiacritics(alias).replace(/[‘’]/g, "'");
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`,
      isCaseSensitiveAlias(alias) ? 'u' : 'iu',
    );
    if (pattern.test(haystack)) found.add(actorId);
  }
  return found;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
