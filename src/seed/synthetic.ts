import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { actorAliases, actors, affiliations, articles, articleTopics, mentions, positions, topics } from '../db/tables.js';
import { aliasRow } from '../models/names.js';

// Synthetic coverage for load tests and benchmarks: the shape of real data at any size, the same
// data for the same size. Nothing here pretends to be true: every name is invented, every slug
// starts with "synthetic-", and the generator refuses a database that holds synthetic data already.

/**
 * Bumped whenever the generator writes other data for the same size, or the same data must be written
 * anew (3: articles' search vectors stored in the row, which rows written before keep out of it), so
 * that caches of its output (the benchmark's databases) are not reused.
 */
export const SYNTHETIC_VERSION = 3;

/** A small, fast seeded PRNG (mulberry32): the same seed gives the same sequence on every machine. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, int, pick };
}
type Random = ReturnType<typeof random>;

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ra',
  'ven',
  'dor',
  'sa',
  'tel',
  'bru',
  'ni',
  'ost',
  'ar',
  'vel',
  'mo',
  'ri',
  'tan',
  'gel',
  'sha',
  'pol',
  'zu',
  'kin',
  'der',
  'ma',
  'ro',
  'lis',
  'fen',
  'ta',
  'vor',
  'el',
  'gra',
];
const WORDS = (
  'government minister talks security guarantee troops border ceasefire sanctions agreement summit alliance defence ' +
  'negotiation support opposition proposal plan treaty withdrawal deployment aid funding vote parliament coalition ' +
  'statement officials reporters conference capital region frontline reconstruction energy grain exports pressure ' +
  'diplomats envoy proposal framework commitment membership veto council delegation spokesman assurances timeline'
).split(' ');
const STANCE_VERBS = {
  SUPPORTS: ['backed', 'welcomed', 'endorsed', 'called for'],
  OPPOSES: ['rejected', 'opposed', 'condemned', 'ruled out'],
  CONDITIONAL: ['would accept, on conditions,', 'could support, if guarantees hold,', 'signalled openness to'],
  NEUTRAL: ['declined to take a side on', 'said it was too early to judge', 'stayed neutral on'],
} as const;
const STANCES = Object.keys(STANCE_VERBS) as (keyof typeof STANCE_VERBS)[];
const KINDS = ['PERSON', 'PERSON', 'PERSON', 'COUNTRY', 'ORGANIZATION', 'COALITION'] as const;
const ROLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Envoy', 'Spokesperson'];

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/** An invented word of 2–3 syllables, never one used before. */
function inventWord(rng: Random, used: Set<string>): string {
  for (;;) {
    const word = capital(Array.from({ length: rng.int(2, 3) }, () => rng.pick(SYLLABLES)).join(''));
    if (!used.has(word.toLowerCase())) {
      used.add(word.toLowerCase());
      return word;
    }
  }
}

/**
 * A vocabulary as in real text: the policy words above and 3,000 invented ones, drawn with Zipf's
 * law (the k-th most common word k^1.1 times rarer than the first), so that a search term matches a
 * share of the articles that depends on the word, not every article.
 */
function vocabulary(rng: Random) {
  const used = new Set<string>(WORDS);
  const words = [...WORDS];
  while (words.length < 3000) words.splice(rng.int(0, words.length), 0, inventWord(rng, used).toLowerCase());
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= words.length; rank++) cumulative.push((total += 1 / rank ** 1.1));
  return () => {
    const target = rng.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return words[low]!;
  };
}

function sentence(word: () => string, words: number): string {
  return `${capital(Array.from({ length: words }, word).join(' '))}.`;
}

interface SyntheticTopic {
  slug: string;
  name: string;
  description: string;
  parent?: string;
  depth: number;
}
interface SyntheticActor {
  slug: string;
  name: string;
  kind: (typeof KINDS)[number];
  aliases: string[];
}

/** ~50 topics in a tree: 6 roots with 7 children each, and a few grandchildren. */
function makeTopics(rng: Random, word: () => string): SyntheticTopic[] {
  const used = new Set<string>();
  const list: SyntheticTopic[] = [];
  for (let r = 0; r < 6; r++) {
    const root = inventWord(rng, used);
    const rootSlug = `synthetic-${root.toLowerCase()}`;
    list.push({ slug: rootSlug, name: `${root} question`, description: sentence(word, 10), depth: 0 });
    for (let c = 0; c < 7; c++) {
      const child = inventWord(rng, used);
      const childSlug = `${rootSlug}-${child.toLowerCase()}`;
      list.push({ slug: childSlug, name: `${child} ${rng.pick(WORDS)}`, description: sentence(word, 8), parent: rootSlug, depth: 1 });
      if (c === 0) {
        const leaf = inventWord(rng, used);
        list.push({
          slug: `${childSlug}-${leaf.toLowerCase()}`,
          name: `${leaf} ${rng.pick(WORDS)}`,
          description: sentence(word, 8),
          parent: childSlug,
          depth: 2,
        });
      }
    }
  }
  return list;
}

function makeActors(rng: Random, count: number): SyntheticActor[] {
  const used = new Set<string>();
  return Array.from({ length: count }, (_, i) => {
    const kind = KINDS[i % KINDS.length]!;
    const a = inventWord(rng, used);
    const b = inventWord(rng, used);
    const number = String(i + 1).padStart(5, '0');
    const slug = `synthetic-${kind.toLowerCase()}-${number}`;
    switch (kind) {
      case 'PERSON':
        return { slug, name: `${a} ${b}`, kind, aliases: [b, `${a[0]}. ${b}`].slice(0, rng.int(1, 2)) };
      case 'COUNTRY':
        return { slug, name: `Republic of ${a}`, kind, aliases: [a, `${a}ian`, `${b} City`].slice(0, rng.int(1, 3)) };
      case 'ORGANIZATION':
        return { slug, name: `${a} ${b} Council`, kind, aliases: [`the ${a} Council`, `${a}-${b}`].slice(0, rng.int(1, 2)) };
      default:
        return { slug, name: `${a} ${b} Group`, kind, aliases: [`the ${a} Group`, `${a}-${b} bloc`].slice(0, rng.int(1, 2)) };
    }
  });
}

export interface SyntheticOptions {
  articles: number;
  /** Articles per insert statement. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SyntheticCounts {
  topics: number;
  actors: number;
  aliases: number;
  affiliations: number;
  articles: number;
  mentions: number;
  positions: number;
}

const START = Date.UTC(2019, 0, 1);
const SPAN = Date.UTC(2025, 11, 31) - START;

/**
 * Fills the database with `articles` synthetic articles, ~articles/20 actors with 1–3 aliases and
 * affiliations, ~50 topics in a tree, 2–6 mentions and 0–8 positions per article whose quotes
 * occur in their article, and dates over seven years (3% undated). Inserts in batches; each batch
 * is its own transaction, so a large load shows progress and a failure keeps what was written.
 */
export async function writeSynthetic(db: Database, options: SyntheticOptions): Promise<SyntheticCounts> {
  const total = options.articles;
  if (!Number.isInteger(total) || total < 1) throw new Error(`--articles must be a whole number of at least 1 (got ${total})`);
  const [existing] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(sql`${articles.slug} like 'synthetic-%'`)
    .limit(1);
  if (existing) throw new Error('the database holds synthetic articles already; load them into a fresh database');

  const rng = random(20_251_130);
  const word = vocabulary(rng);
  const topicList = makeTopics(rng, word);
  const actorList = makeActors(rng, Math.max(10, Math.round(total / 20)));
  const counts: SyntheticCounts = { topics: 0, actors: 0, aliases: 0, affiliations: 0, articles: 0, mentions: 0, positions: 0 };

  // Topics level by level, so that parents exist; then actors, their aliases and affiliations.
  const topicIds = new Map<string, number>();
  for (const depth of [0, 1, 2]) {
    const level = topicList.filter((t) => t.depth === depth);
    const rows = await db
      .insert(topics)
      .values(level.map((t) => ({ slug: t.slug, name: t.name, description: t.description, parentId: t.parent ? topicIds.get(t.parent)! : null })))
      .returning({ id: topics.id, slug: topics.slug });
    for (const r of rows) topicIds.set(r.slug, r.id);
  }
  counts.topics = topicIds.size;
  const leafTopics = [...topicIds.values()];

  const actorIds: number[] = [];
  for (let i = 0; i < actorList.length; i += 1000) {
    const chunk = actorList.slice(i, i + 1000);
    const rows = await db
      .insert(actors)
      .values(chunk.map((a) => ({ slug: a.slug, name: a.name, kind: a.kind })))
      .returning({ id: actors.id, slug: actors.slug });
    const bySlug = new Map(rows.map((r) => [r.slug, r.id]));
    const ids = chunk.map((a) => bySlug.get(a.slug)!);
    actorIds.push(...ids);
    const aliasRows = chunk.flatMap((a, k) => [a.name, ...a.aliases].map((alias) => aliasRow(ids[k]!, alias)));
    counts.aliases += (await db.insert(actorAliases).values(aliasRows).onConflictDoNothing().returning({ id: actorAliases.id })).length;
  }
  counts.actors = actorIds.length;
  // Every person holds an office in a country or organisation; some countries belong to organisations.
  const bodies = actorIds.filter((_, i) => actorList[i]!.kind !== 'PERSON');
  const affiliationRows = actorIds.flatMap((actorId, i) => {
    const organizationId = rng.pick(bodies);
    const joins = actorList[i]!.kind === 'PERSON' || rng.next() < 0.3;
    return joins && organizationId !== actorId ? [{ actorId, organizationId, role: actorList[i]!.kind === 'PERSON' ? rng.pick(ROLES) : 'member' }] : [];
  });
  for (let i = 0; i < affiliationRows.length; i += 1000)
    counts.affiliations += (
      await db
        .insert(affiliations)
        .values(affiliationRows.slice(i, i + 1000))
        .onConflictDoNothing()
        .returning({ id: affiliations.id })
    ).length;

  // Articles, in batches: their text names the actors they mention, and each position quotes a
  // sentence of it. A few actors appear far more often than others, as in real coverage.
  const batchSize = options.batchSize ?? 500;
  const busy = (n: number) => Math.floor(actorIds.length * rng.next() ** 2.5) % n;
  for (let start = 0; start < total; start += batchSize) {
    const batch = Array.from({ length: Math.min(batchSize, total - start) }, (_, k) => {
      const index = start + k;
      const mentioned = [...new Set(Array.from({ length: rng.int(2, 6) }, () => busy(actorIds.length)))];
      const tagged = [...new Set(Array.from({ length: rng.int(1, 3) }, () => rng.pick(leafTopics)))];
      const stanceSentences = Array.from({ length: rng.int(0, 8) }, () => {
        const actor = rng.pick(mentioned);
        const stance = rng.pick(STANCES);
        const topic = rng.pick(tagged);
        const quote = `${actorList[actor]!.name} ${rng.pick(STANCE_VERBS[stance])} the ${rng.pick(WORDS)} ${rng.pick(WORDS)} plan`;
        return { actor, stance, topic, quote };
      });
      const filler = Array.from({ length: rng.int(4, 28) }, () => sentence(word, rng.int(8, 16)));
      const named = mentioned.map((a) => `${rng.pick([actorList[a]!.name, ...actorList[a]!.aliases])} ${rng.pick(WORDS)}s.`);
      const body = [...filler.slice(0, filler.length / 2), ...stanceSentences.map((s) => `${s.quote}.`), ...filler.slice(filler.length / 2)].join(' ');
      const title = `${capital(rng.pick(WORDS))} ${rng.pick(WORDS)}: ${actorList[mentioned[0]!]!.name} and the ${rng.pick(WORDS)}`;
      const undated = rng.next() < 0.03;
      return {
        row: {
          slug: `synthetic-${String(index + 1).padStart(7, '0')}`,
          title,
          summary: `${named.join(' ')} ${sentence(word, rng.int(12, 30))}`,
          body,
          publishedAt: undated ? null : new Date(START + Math.floor((rng.next() * SPAN) / 1000) * 1000),
          sourceName: 'Synthetic Wire',
        },
        mentioned,
        tagged,
        stanceSentences,
      };
    });
    await db.transaction(async (tx) => {
      const rows = await tx
        .insert(articles)
        .values(batch.map((b) => b.row))
        .returning({ id: articles.id, slug: articles.slug });
      const ids = new Map(rows.map((r) => [r.slug, r.id]));
      const articleId = (k: number) => ids.get(batch[k]!.row.slug)!;
      const mentionRows = batch.flatMap((b, k) => b.mentioned.map((a) => ({ articleId: articleId(k), actorId: actorIds[a]! })));
      const topicRows = batch.flatMap((b, k) => b.tagged.map((topicId) => ({ articleId: articleId(k), topicId })));
      const seen = new Set<string>();
      const positionRows = batch.flatMap((b, k) =>
        b.stanceSentences.flatMap((s) => {
          const key = `${k}:${s.actor}:${s.topic}`;
          if (seen.has(key)) return [];
          seen.add(key);
          const row = b.row;
          return [
            {
              actorId: actorIds[s.actor]!,
              topicId: s.topic,
              articleId: articleId(k),
              stance: s.stance,
              statement: `Synthetic: ${s.stance.toLowerCase()} position.`,
              quote: s.quote,
              statedAt: row.publishedAt,
            },
          ];
        }),
      );
      await tx.insert(mentions).values(mentionRows);
      await tx.insert(articleTopics).values(topicRows);
      if (positionRows.length) await tx.insert(positions).values(positionRows);
      counts.mentions += mentionRows.length;
      counts.positions += positionRows.length;
    });
    counts.articles += batch.length;
    options.onProgress?.(counts.articles, total);
  }
  // As after any bulk load: statistics for the planner, and the visibility map that lets it read a
  // page's ids from an index alone (what autovacuum would do some time later).
  await db.execute(sql`vacuum analyze`);
  return counts;
}
