import { inArray, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { postgresError, type Database, type Transaction } from '../db/client.js';
import { actorAliases, appState, actors, affiliations, articles, articleTopics, mentions, positions, topicKeywords, topics } from '../db/tables.js';
import { domainErrorOf } from '../models/errors.js';
import { aliasRow, keywordColumns } from '../models/names.js';
import { suggestForWritten } from '../models/suggestions/store.js';
import { SeedError, type SeedData } from './files.js';

/** How many rows of each table one run of the seed inserted; all zero when it was already loaded. */
export type SeedCounts = Record<
  'topics' | 'keywords' | 'actors' | 'aliases' | 'affiliations' | 'articles' | 'articleTopics' | 'mentions' | 'positions' | 'suggestions',
  number
>;

/**
 * Writes the seed data in one transaction. Records that already exist (by slug, alias, or an
 * article-actor-topic triple for positions) are left as they are, so running it again changes nothing.
 */
export async function applySeed(db: Database, data: SeedData, options: { record?: boolean } = {}): Promise<SeedCounts> {
  try {
    return await writeSeed(db, data, options.record ?? false);
  } catch (error) {
    throw new SeedError([`the database refused the seed data: ${databaseErrorText(error)}`]);
  }
}

/**
 * What the database refused, in the words a mutation would get (the models' reading of the
 * constraint), with the database's own detail naming the row; never the statement itself.
 */
function databaseErrorText(error: unknown): string {
  const { message, detail } = postgresError(error);
  const domain = domainErrorOf(error);
  const meaning = domain ? domain.errors.map((e) => `${e.field.join('.')}: ${e.message}`).join('; ') : (message ?? String(error));
  return [meaning, detail].filter(Boolean).join(' — ');
}

async function writeSeed(db: Database, data: SeedData, record: boolean): Promise<SeedCounts> {
  return db.transaction(async (tx) => {
    // `record`: remember that the seed data set was loaded (a concurrent first start records it too).
    if (record) await tx.insert(appState).values({ key: 'seed', value: 'applied' }).onConflictDoNothing();
    const counts: SeedCounts = {
      topics: 0,
      keywords: 0,
      actors: 0,
      aliases: 0,
      affiliations: 0,
      articles: 0,
      articleTopics: 0,
      mentions: 0,
      positions: 0,
      suggestions: 0,
    };

    // Parents come first, so one insert per tree level resolves every parent id.
    const topicIds = new Map<string, number>();
    const parents = new Map(data.topics.map((t) => [t.slug, t.parent]));
    const depth = (slug: string): number => {
      const parent = parents.get(slug);
      return parent ? 1 + depth(parent) : 0;
    };
    const levels = groupBy(data.topics, (t) => depth(t.slug));
    for (const level of levels) {
      const inserted = await tx
        .insert(topics)
        .values(
          level.map((t) => ({
            slug: t.slug,
            name: t.name,
            description: t.description,
            parentId: t.parent ? topicIds.get(t.parent) : null,
          })),
        )
        .onConflictDoNothing({ target: topics.slug })
        .returning({ id: topics.id });
      counts.topics += inserted.length;
      await idsBySlug(
        tx,
        topics,
        level.map((t) => t.slug),
        topicIds,
      );
    }

    counts.keywords = await insertMany(
      tx,
      topicKeywords,
      data.topics.flatMap((t) => t.keywords.map((keyword) => ({ topicId: topicIds.get(t.slug)!, ...keywordColumns(keyword) }))),
      topicKeywords.normalized,
    );

    counts.actors = await insertMany(
      tx,
      actors,
      data.actors.map(({ aliases: _aliases, ...actor }) => actor),
      actors.slug,
    );
    const actorIds = await idsBySlug(
      tx,
      actors,
      data.actors.map((a) => a.slug),
    );

    counts.aliases = await insertMany(
      tx,
      actorAliases,
      data.actors.flatMap((actor) => [actor.name, ...actor.aliases].map((alias) => aliasRow(actorIds.get(actor.slug)!, alias))),
      actorAliases.normalized,
    );

    counts.affiliations = await insertMany(
      tx,
      affiliations,
      data.affiliations.map((a) => ({
        actorId: actorIds.get(a.member)!,
        organizationId: actorIds.get(a.organization)!,
        role: a.role,
        startedOn: a.startedOn,
        endedOn: a.endedOn,
      })),
    );

    counts.articles = await insertMany(
      tx,
      articles,
      data.articles.map(({ topics: _topics, actors: _actors, publishedAt, ...article }) => ({
        ...article,
        publishedAt: publishedAt === undefined ? undefined : new Date(publishedAt),
      })),
      articles.slug,
    );
    const articleIds = await idsBySlug(
      tx,
      articles,
      data.articles.map((a) => a.slug),
    );

    counts.articleTopics = await insertMany(
      tx,
      articleTopics,
      data.articles.flatMap((a) => a.topics.map((t) => ({ articleId: articleIds.get(a.slug)!, topicId: topicIds.get(t)! }))),
    );
    counts.mentions = await insertMany(
      tx,
      mentions,
      data.articles.flatMap((a) => a.actors.map((actor) => ({ articleId: articleIds.get(a.slug)!, actorId: actorIds.get(actor)! }))),
    );
    counts.positions = await insertMany(
      tx,
      positions,
      data.positions.map((p) => ({
        actorId: actorIds.get(p.actor)!,
        topicId: topicIds.get(p.topic)!,
        articleId: articleIds.get(p.article)!,
        stance: p.stance,
        statement: p.statement,
        quote: p.quote,
        statedAt: p.statedAt === undefined ? undefined : new Date(p.statedAt),
      })),
    );
    // The engine reads the seed's articles too, after the positions recorded by hand (which it does not
    // suggest again), so that a first start has a review queue to show; a second run adds nothing.
    const seeded = await tx
      .select()
      .from(articles)
      .where(
        inArray(
          articles.slug,
          data.articles.map((a) => a.slug),
        ),
      );
    counts.suggestions = (await suggestForWritten(tx, seeded)).made;
    return counts;
  });
}

type SluggedTable = typeof topics | typeof actors | typeof articles;

/** Inserts rows, skipping those that clash with an existing row; returns how many were new. */
async function insertMany(tx: Transaction, table: Parameters<Transaction['insert']>[0], rows: Record<string, unknown>[], target?: PgColumn): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await tx
    .insert(table)
    .values(rows as never)
    .onConflictDoNothing(target ? { target } : undefined)
    .returning({ one: sql<number>`1` });
  return inserted.length;
}

async function idsBySlug(tx: Transaction, table: SluggedTable, slugs: string[], into = new Map<string, number>()): Promise<Map<string, number>> {
  const rows = await tx.select({ id: table.id, slug: table.slug }).from(table).where(inArray(table.slug, slugs));
  for (const row of rows) into.set(row.slug, row.id);
  return into;
}

function groupBy<T>(items: T[], key: (item: T) => number): T[][] {
  const groups: T[][] = [];
  for (const item of items) (groups[key(item)] ??= []).push(item);
  return groups.filter(Boolean);
}
