import { sql } from 'drizzle-orm';
import { jsonValue, queryRows, type Database } from '../db/client.js';
import { UserInputError, type UserError } from './errors.js';
import { beyond, orderBy, type KeysetOrder } from './keyset.js';
import { foldName, likeEscape } from './names.js';
import type { NameRef } from './lookups.js';

// One ranked list over three kinds of record:
//   actors   1.0 when the query is a name or alias, 0.9 when it contains one as whole words,
//            0.6 when a name or alias starts with it (three letters or more);
//   topics   0.5 plus half their full-text rank over name and description;
//   articles their full-text rank over title, summary and body, scaled into 0..0.5 (rank / (rank + 1) / 2).
// Ties are broken by kind (actor, topic, article) and then by id, so the order is total and a
// position (rank, kind, id) pages through it exactly once even while rows are added.
// Actors are matched by the query's wanted terms only: "troops -France" does not find France, and
// an actor one of whose names is excluded ("-Kremlin") is left out.

const SEARCH_KINDS = { Article: 1, Topic: 2, Actor: 3 } as const;
export type SearchKind = keyof typeof SEARCH_KINDS;

/** The longest search text taken, by `search(query)` and the article filter alike. */
const MAX_SEARCH_LENGTH = 500;

/** A hit's place in the ranking: what a cursor holds. */
export type SearchPosition = [rank: string, kind: number, id: number];

/** The ranking as a keyset order over the `hits` rows: best rank first, ties by kind, then id. */
export const SEARCH_ORDER: KeysetOrder<unknown> = [
  { expression: () => sql`h.rank`, direction: 'desc', type: 'numeric' },
  { expression: () => sql`h.kind`, direction: 'desc', type: 'int4' },
  { expression: () => sql`h.id`, direction: 'desc', type: 'int4' },
];

export interface SearchHit {
  kind: SearchKind;
  id: number;
  position: SearchPosition;
  /** For articles: the best passages of the summary, matches in <mark></mark>. */
  snippet: string | null;
}

/**
 * The one rule for every argument that searches (web-search syntax: "quoted phrases", OR,
 * -exclusion): the text trimmed, not empty, not over the length limit, and holding at least one
 * searchable word, which PostgreSQL decides (common words such as "the" and operators alone are
 * none). The first checks are here; the last is `searchWords` in whatever statement runs first,
 * then `noWords`.
 */
export function searchTextOf(field: string[], text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw UserInputError.of(field, 'INVALID', 'must not be empty.');
  if (trimmed.length > MAX_SEARCH_LENGTH) throw UserInputError.of(field, 'INVALID', `must be at most ${MAX_SEARCH_LENGTH} characters (got ${trimmed.length}).`);
  return trimmed;
}

/** How many searchable words a text holds, as SQL to select beside other things. */
export const searchWords = (text: string) => sql<number>`numnode(websearch_to_tsquery('english', ${text}))`;

/**
 * A search text (searchTextOf checked it already), which must hold a word to search for: PostgreSQL
 * decides, so it is checked by a statement before any that uses it (checkNames); in a statement, the text itself.
 */
export function searchRef(field: string[], text: string): NameRef {
  return {
    field,
    getSQL: () => sql`${text}`,
    lookup: searchWords(text),
    problem: (value) => noWords(field, text, value as number),
  };
}

/** The problem of a search text in which `searchWords` found no word, if it has none. */
export function noWords(field: string[], text: string, words: number | null | undefined): UserError | undefined {
  if (Number(words)) return undefined;
  return { field, code: 'INVALID', message: `has no word to search for ("${text}" holds only operators or common words).` };
}

/**
 * The terms of a web-search query, as PostgreSQL's websearch_to_tsquery reads them: quoted phrases
 * and words are wanted, those after a "-" excluded, and OR is an operator, not a term.
 */
export function searchTerms(text: string): { wanted: string[]; excluded: string[] } {
  const wanted: string[] = [];
  const excluded: string[] = [];
  for (const [, minus, phrase, word] of text.matchAll(/(-?)(?:"([^"]*)"?|([^\s"]+))/g)) {
    const term = (phrase ?? word ?? '').trim();
    // Punctuation alone is no term ("-", "&"), and OR between terms is an operator.
    if (!/[\p{L}\p{N}]/u.test(term) || (word === 'OR' && !minus)) continue;
    (minus ? excluded : wanted).push(term);
  }
  return { wanted, excluded };
}

/** The ranked hits of a search text as the CTEs `q` (the tsquery) and `hits` (kind, id, rank). */
export function searchHitsSql(text: string) {
  const { wanted, excluded } = searchTerms(text);
  const wantedText = wanted.join(' ');
  const lower = foldName(wantedText, false);
  const exact = foldName(wantedText, true);
  const excludedKeys = excluded.flatMap((term) => [foldName(term, false), foldName(term, true)]).filter(Boolean);
  // The wanted text folded as the alias is: exactly for case-sensitive aliases (US), else lower-cased.
  const asAlias = sql`(case when al.case_sensitive then ${exact} else ${lower} end)`;
  return sql`
    with q as (select websearch_to_tsquery('english', ${text}) as query),
    hits as (
      select ${SEARCH_KINDS.Article}::int as kind, a.id,
             round((ts_rank_cd(a.search, q.query) / (1 + ts_rank_cd(a.search, q.query)) / 2)::numeric, 6) as rank
        from articles a, q
        where numnode(q.query) > 0 and a.search @@ q.query
      union all
      select ${SEARCH_KINDS.Topic}::int, t.id,
             round((0.5 + 0.5 * ts_rank_cd(to_tsvector('english', t.name || ' ' || coalesce(t.description, '')), q.query, 32))::numeric, 6)
        from topics t, q
        where numnode(q.query) > 0 and to_tsvector('english', t.name || ' ' || coalesce(t.description, '')) @@ q.query
      union all
      select ${SEARCH_KINDS.Actor}::int, al.actor_id, max(case
               when al.normalized = ${asAlias} then 1.0
               when (' ' || ${asAlias} || ' ') like ('% ' || al.normalized || ' %') then 0.9
               else 0.6 end)::numeric(7, 6)
        from actor_aliases al
        where ${lower} <> ''
          and ((' ' || ${asAlias} || ' ') like ('% ' || al.normalized || ' %')
            or (not al.case_sensitive and length(${lower}) >= 3 and al.normalized like ${`${likeEscape(lower)}%`}))
          ${
            excludedKeys.length
              ? sql`and not exists (select 1 from actor_aliases ex where ex.actor_id = al.actor_id and ex.normalized in ${excludedKeys})`
              : sql``
          }
        group by al.actor_id
    )`;
}

/**
 * Up to two passages of a summary around its matches, matches in <mark></mark>; between passages a
 * character no text holds (the text rule refuses control characters), so that withCuts can tell them
 * apart and see where the text runs on.
 */
const FRAGMENT_DELIMITER = '\u001f';
const HEADLINE_OPTIONS = `StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter="${FRAGMENT_DELIMITER}"`;

/**
 * A headline of `text` (ts_headline's passages) as a snippet that marks a cut with "…" only where
 * words of the text were left out: before the first passage, between two, after the last. Passages
 * that run on into each other are joined by the text between them, and punctuation or spaces the
 * headline dropped at either end are put back as the text has them. When a passage is not found as
 * the text has it, the passages are joined by " … ", as they come.
 */
export function withCuts(text: string, headline: string): string {
  const passages = headline.split(FRAGMENT_DELIMITER);
  const cut = (gap: string) => /[\p{L}\p{N}]/u.test(gap);
  let snippet = '';
  let at = 0;
  for (const [i, passage] of passages.entries()) {
    const plain = passage.replaceAll('<mark>', '').replaceAll('</mark>', '');
    const start = text.indexOf(plain, at);
    if (start < 0) return passages.join(' … ');
    const gap = text.slice(at, start);
    snippet += (!cut(gap) ? gap : i === 0 ? '… ' : ' … ') + passage;
    at = start + plain.length;
  }
  const rest = text.slice(at);
  return snippet + (cut(rest) ? ' …' : rest);
}

/**
 * One page of hits of a search text, after or before a position, best first (or, `inverted`,
 * worst first: the page before a position), with the snippets of article hits; one statement,
 * which also checks that the text holds a word to search for.
 */
export async function searchPage(
  db: Database,
  field: string[],
  text: string,
  page: { after?: SearchPosition; before?: SearchPosition; limit: number; inverted: boolean },
): Promise<SearchHit[]> {
  const { after, before } = page;
  const rows = await queryRows<{ words: number; kind: number | null; id: number; rank: string; snippet: [string, string] | string | null }>(
    db,
    sql`${searchHitsSql(text)}
    select numnode(q.query) as words, h.* from q left join lateral (
      select h.kind, h.id, h.rank::text as rank,
             case when h.kind = ${SEARCH_KINDS.Article} then (
               select json_build_array(a.summary, ts_headline('english', a.summary, q.query, ${HEADLINE_OPTIONS}))
               from articles a where a.id = h.id) end as snippet
        from hits h
        where ${after ? beyond(SEARCH_ORDER, after, 'after')(null) : sql`true`}
          and ${before ? beyond(SEARCH_ORDER, before, 'before')(null) : sql`true`}
        order by ${sql.join(orderBy(SEARCH_ORDER, page.inverted)(null), sql`, `)}
        limit ${page.limit}) h on true`,
  );
  const problem = noWords(field, text, rows[0]?.words);
  if (problem) throw new UserInputError([problem]);
  const kindOf = (kind: number) => (Object.keys(SEARCH_KINDS) as SearchKind[]).find((k) => SEARCH_KINDS[k] === kind)!;
  return rows
    .filter((r) => r.kind !== null)
    .map((r) => ({
      kind: kindOf(Number(r.kind)),
      id: Number(r.id),
      position: [r.rank, Number(r.kind), Number(r.id)],
      snippet: r.snippet === null ? null : withCuts(...jsonValue(r.snippet)),
    }));
}

/** How many hits a search text has in all. */
export async function countHits(db: Database, text: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`${searchHitsSql(text)} select count(*)::int as n from hits`);
  return Number(row?.n ?? 0);
}
