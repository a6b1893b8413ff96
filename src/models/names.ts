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

/** The stored columns of a topic's keyword: folded as aliases are, so that a phrase matches in text as a name does. */
export function keywordColumns(keyword: string): { keyword: string; normalized: string; caseSensitive: boolean } {
  return { keyword, normalized: aliasKey(keyword), caseSensitive: isCaseSensitiveAlias(keyword) };
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
  const lowered = loweredForMatching(haystack);
  const words = wordForms(haystack);
  const forms = formsOf(aliases, (a) => a.alias);
  const found = new Set<Id>();
  aliases.forEach(({ actorId }, i) => {
    if (!found.has(actorId) && mayMatchIn(words, forms[i]!) && matchesOf(haystack, forms[i]!, true, lowered).length > 0) found.add(actorId);
  });
  return found;
}

/**
 * The forms of a list of names, made once per list (an import matches the same aliases against every
 * article): kept by the list itself, so that each text costs no lookup of each name's form.
 */
const formLists = new WeakMap<readonly object[], AliasForm[]>();
function formsOf<T extends object>(names: readonly T[], name: (item: T) => string): AliasForm[] {
  let forms = formLists.get(names);
  if (!forms) formLists.set(names, (forms = names.map((item) => formOf(name(item)))));
  return forms;
}

/**
 * The words of a text, lower-cased, as matchAt reads an alias's words in it: from every place a word
 * may start (after a character that is not a letter or digit), its letters with a dot or apostrophe
 * between two of them skipped, cut where such a dot or apostrophe could end it ("Russia's": "russia",
 * "russias"; "U.K.": "u", "uk") or where the word ends. An alias can match only where every one of its
 * words is among them: the check that spares matching thousands of aliases, letter by letter, against
 * every article (an import of 1,190 articles among 1,000 actors spent 7 s there).
 */
function wordForms(text: string): Set<string> {
  const forms = new Set<string>();
  for (let i = 0; i < text.length;) {
    const [c, next] = charAt(text, i);
    if (!isWordCharacter(c) || isWordCharacter(charBefore(text, i))) {
      i = next;
      continue;
    }
    let word = c.toLowerCase();
    let j = next;
    for (;;) {
      if (j >= text.length) break;
      let [d, after] = charAt(text, j);
      if (DROPPED.has(d)) {
        forms.add(word);
        if (after >= text.length) break;
        [d, after] = charAt(text, after);
      }
      if (!isWordCharacter(d)) break;
      word += d.toLowerCase();
      j = after;
    }
    forms.add(word);
    i = next;
  }
  return forms;
}

/** Whether every word of an alias is among a text's words (wordForms): if not, it cannot match there. */
function mayMatchIn(forms: Set<string>, { keys }: AliasForm): boolean {
  if (keys.length === 0) return false;
  for (const key of keys) if (!forms.has(key)) return false;
  return true;
}

/** Where a name stands in a text: what it names, and its start and end in the text as given. */
export interface Mention<Id> {
  id: Id;
  start: number;
  end: number;
}

/**
 * Every place a text names one of `names` (an actor's aliases, a topic's phrases), by the rule of
 * findMentionedActors, with its offsets in the text as given (diacritics are stripped to match, and
 * mapped back). Where two overlap, the longer wins ("Volodymyr Zelenskyy" over "Zelenskyy"); in text order.
 */
export function findMentions<Id>(text: string, names: readonly { id: Id; name: string }[]): Mention<Id>[] {
  const { folded, origin } = foldedWithOrigin(text);
  const lowered = loweredForMatching(folded);
  const words = wordForms(folded);
  const forms = formsOf(names, (n) => n.name);
  const all: Mention<Id>[] = [];
  names.forEach(({ id }, i) => {
    if (mayMatchIn(words, forms[i]!))
      for (const [start, end] of matchesOf(folded, forms[i]!, false, lowered)) all.push({ id, start: origin[start]!, end: origin[end]! });
  });
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention<Id>[] = [];
  for (const mention of all) if (!kept.some((k) => mention.start < k.end && k.start < mention.end)) kept.push(mention);
  return kept;
}

/** A text with its diacritics stripped, and for each of its positions (and its end) the position in the text it came from. */
function foldedWithOrigin(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const stripped = char < '\u0080' ? char : stripDiacritics(char);
    for (let i = 0; i < stripped.length; i++) origin.push(index);
    folded += stripped;
    index += char.length;
  }
  origin.push(index);
  return { folded, origin };
}

// How an alias is matched in running text (diacritics already stripped): each of its folded words
// (see foldName), a dot or an apostrophe allowed between two letters ("U.K."), any run of characters
// that are not letters or digits between two words, and neither a letter nor a digit just before or
// after; case ignored unless the alias is a short all-caps one. Written as a scan, not a regular
// expression per alias: with thousands of actors, compiling (and V8 recompiling, after it drops an
// unused pattern's code) cost milliseconds an article, and the scan costs microseconds.

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const isWordCharacter = (c: string | undefined) => c !== undefined && WORD_CHARACTER.test(c);
const DROPPED = new Set(['’', "'", '`', '.']);

interface AliasForm {
  /** Its folded words, each as its characters (lower-cased unless case matters). */
  words: string[][];
  /** Its words lower-cased, as wordForms has a text's. */
  keys: string[];
  caseSensitive: boolean;
}

const forms = new Map<string, AliasForm>();

function formOf(alias: string): AliasForm {
  let form = forms.get(alias);
  if (!form) {
    const caseSensitive = isCaseSensitiveAlias(alias);
    const folded = foldName(alias, caseSensitive);
    const words = folded ? folded.split(' ') : [];
    // (Lower-cased a character at a time, as wordForms reads the text.)
    form = { words: words.map((word) => [...word]), keys: words.map((word) => [...word].map((c) => c.toLowerCase()).join('')), caseSensitive };
    if (forms.size >= 50_000) forms.clear();
    forms.set(alias, form);
  }
  return form;
}

/** The character at `i` (a whole code point) and where the next one starts. */
function charAt(text: string, i: number): [string, number] {
  const code = text.codePointAt(i)!;
  const char = String.fromCodePoint(code);
  return [char, i + char.length];
}

/** Where the alias matches the text from `start` on: the end of the match, or -1. */
function same(c: string, wanted: string, form: AliasForm): boolean {
  return c === wanted || (!form.caseSensitive && c.toLowerCase() === wanted);
}

function matchAt(text: string, start: number, form: AliasForm): number {
  let i = start;
  for (let w = 0; w < form.words.length; w++) {
    if (w > 0) {
      // At least one character that is not a letter or digit between two words.
      const from = i;
      while (i < text.length) {
        const [c, next] = charAt(text, i);
        if (isWordCharacter(c)) break;
        i = next;
      }
      if (i === from) return -1;
    }
    const letters = form.words[w]!;
    for (let k = 0; k < letters.length; k++) {
      if (i >= text.length) return -1;
      let [c, next] = charAt(text, i);
      // One dot or apostrophe may stand between two letters of a word.
      if (k > 0 && DROPPED.has(c) && next < text.length) {
        const [after, afterNext] = charAt(text, next);
        if (same(after, letters[k]!, form)) [c, next] = [after, afterNext];
      }
      if (!same(c, letters[k]!, form)) return -1;
      i = next;
    }
  }
  return i < text.length && isWordCharacter(charAt(text, i)[0]) ? -1 : i;
}

/** The character before offset `i` (a whole code point), if any. */
function charBefore(text: string, i: number): string | undefined {
  if (i <= 0) return undefined;
  const low = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1];
}

/** A text as matched without regard to case: lower-cased when that keeps every offset (nearly always), else undefined. */
export function loweredForMatching(text: string): string | undefined {
  const lowered = text.toLowerCase();
  return lowered.length === text.length ? lowered : undefined;
}

/**
 * Where an alias matches a text (diacritics stripped), as [start, end) offsets, left to right without
 * overlap; `first`: only the first. `lowered`: the text as loweredForMatching gives it, when the caller
 * matches many aliases in one text. Candidates are found with indexOf, and only they are checked.
 */
export function aliasMatches(text: string, alias: string, first = false, lowered = loweredForMatching(text)): [number, number][] {
  return matchesOf(text, formOf(alias), first, lowered);
}

/** aliasMatches of an alias's form. */
function matchesOf(text: string, form: AliasForm, first: boolean, lowered: string | undefined): [number, number][] {
  const found: [number, number][] = [];
  if (form.words.length === 0) return found;
  const haystack = form.caseSensitive || lowered === undefined ? text : lowered;
  const lead = form.words[0]![0]!;
  let after = 0;
  const caseless = haystack === text && !form.caseSensitive;
  for (
    let i = caseless ? nextCaseless(text, lead, 0) : haystack.indexOf(lead);
    i >= 0;
    i = caseless ? nextCaseless(text, lead, i + 1) : haystack.indexOf(lead, i + 1)
  ) {
    if (i < after || isWordCharacter(charBefore(haystack, i))) continue;
    const end = matchAt(haystack, i, form);
    if (end < 0) continue;
    found.push([i, end]);
    if (first) return found;
    after = end;
  }
  return found;
}

/** The next offset from `from` on where a character equal to `lead` without regard to case stands (for a text whose lower-casing moves offsets). */
function nextCaseless(text: string, lead: string, from: number): number {
  for (let i = from; i < text.length;) {
    const [c, next] = charAt(text, i);
    if (c === lead || c.toLowerCase() === lead) return i;
    i = next;
  }
  return -1;
}
