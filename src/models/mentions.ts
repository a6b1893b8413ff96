import { and, inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database, type Transaction } from '../db/client.js';
import { actorAliases, actors, articles, mentionExclusions, mentions } from '../db/tables.js';
import { checkAllExist } from './references.js';
import { Checker } from './validate.js';
import { findMentionedActors, foldName, isCaseSensitiveAlias, stripDiacritics } from './names.js';

// Linking by name: an article mentions every actor its text (title, summary, body) names by an alias,
// as findMentionedActors reads it. When an actor gains a name (created, renamed, a new alias, a merge)
// the articles naming it are linked in the same transaction; relinkMentions does it for every actor.
// Linking only adds: a mention given by hand to an article that does not name the actor stays, and a
// mention removed by hand (mention_exclusions) is never put back.
//
// Candidates come from the full-text index (articles_search_idx), so the work follows the articles
// that name the actor, not the size of the table; each candidate is then checked with the alias's
// exact pattern. The index sees an alias as its words, with and without accents and dots.

/** Articles read per batch when linking: bounds the text held in memory at once. */
const BATCH = 500;

/** The full-text query of every article that may name `alias` (a superset of those that do). */
function searchFor(alias: string): SQL | undefined {
  const key = foldName(alias, true);
  const variants = new Set([alias, stripDiacritics(alias), key]);
  // "UK" is written "U.K." too, which the text search reads as one word.
  if (isCaseSensitiveAlias(alias) && !key.includes(' ')) variants.add(`${[...key].join('.')}.`);
  const words = [...variants].filter((v) => /[\p{L}\p{N}]/u.test(v));
  return words.length
    ? sql.join(
        words.map((v) => sql`phraseto_tsquery('english', ${v})`),
        sql` || `,
      )
    : undefined;
}

export interface LinkedMention {
  articleId: number;
  actorId: number;
}

/**
 * Links these actors to every article whose text names one of their aliases (all of their aliases, or
 * only `aliases` when given) and that does not mention them yet nor had the mention removed by hand.
 * Returns the mentions added.
 */
export async function linkByName(tx: Transaction, actorIds: readonly number[], aliases?: readonly string[]): Promise<LinkedMention[]> {
  if (actorIds.length === 0) return [];
  const names = await tx
    .select({ actorId: actorAliases.actorId, alias: actorAliases.alias })
    .from(actorAliases)
    .where(and(inArray(actorAliases.actorId, [...actorIds]), aliases ? inArray(actorAliases.alias, [...aliases]) : undefined));
  const added: LinkedMention[] = [];
  for (const actorId of actorIds) {
    const own = names.filter((n) => n.actorId === actorId);
    const queries = own.flatMap((n) => searchFor(n.alias) ?? []);
    if (queries.length === 0) continue;
    let after = 0;
    for (;;) {
      const candidates = await queryRows<{ id: number; text: string }>(
        tx,
        sql`select a.id, concat_ws(E'\n', a.title, a.summary, a.body) as text from ${articles} a
          where a.search @@ (${sql.join(queries, sql` || `)}) and a.id > ${after}
            and not exists (select 1 from ${mentions} m where m.article_id = a.id and m.actor_id = ${actorId})
            and not exists (select 1 from ${mentionExclusions} x where x.article_id = a.id and x.actor_id = ${actorId})
          order by a.id limit ${BATCH}`,
      );
      const named = candidates.filter((c) => findMentionedActors(c.text, own).size > 0).map((c) => ({ articleId: c.id, actorId }));
      if (named.length) added.push(...(await tx.insert(mentions).values(named).onConflictDoNothing().returning()));
      if (candidates.length < BATCH) break;
      after = candidates.at(-1)!.id;
    }
  }
  return added;
}

/** Every actor's id, in order: what relinking a whole database goes through. */
export async function allActorIds(tx: Transaction): Promise<number[]> {
  return (await queryRows<{ id: number }>(tx, sql`select id from actors order by id`)).map((r) => r.id);
}

/** relinkMentions: links the actors given (each must exist), or every actor. */
export async function relinkMentions(tx: Transaction, actorIds: readonly number[] | null | undefined): Promise<{ linked: LinkedMention[] }> {
  const check = new Checker();
  const ids = await checkAllExist(tx, check, 'actorIds', 'actor', actorIds);
  check.throwIfAny();
  return { linked: await linkByName(tx, ids ?? (await allActorIds(tx))) };
}

/** The first `limit` of these mentions, by article then actor, with their article and actor rows: two statements. */
export async function linkedRows(db: Database, linked: readonly LinkedMention[], limit: number) {
  const shown = [...linked].sort((a, b) => a.articleId - b.articleId || a.actorId - b.actorId).slice(0, limit);
  if (shown.length === 0) return [];
  const [articleRows, actorRows] = await Promise.all([
    db
      .select()
      .from(articles)
      .where(inArray(articles.id, [...new Set(shown.map((m) => m.articleId))])),
    db
      .select()
      .from(actors)
      .where(inArray(actors.id, [...new Set(shown.map((m) => m.actorId))])),
  ]);
  return shown.map((m) => ({ article: articleRows.find((a) => a.id === m.articleId)!, actor: actorRows.find((a) => a.id === m.actorId)! }));
}
