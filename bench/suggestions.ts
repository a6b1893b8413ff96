// The suggestion engine's part of `npm run bench`: its time per article on the bench database's
// articles (median and p99, articles a second on one core), what it adds to an import (the seed
// digest into a database holding the seed's actors and topics), and `npm run suggest` over the whole
// bench database, as a user runs it, with its memory along the way. The target: 100,000 articles in
// under 5 minutes (projected from the database's size when it is smaller), memory flat.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc, inArray, sql } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle } from '../src/db/client.js';
import { articles, mentions } from '../src/db/tables.js';
import { importDigest } from '../src/models/digest.js';
import { EXTRACTOR, loadKnown, suggestForWritten } from '../src/models/suggestions/store.js';
import { applySeed } from '../src/seed/apply.js';
import { readSeedData } from '../src/seed/files.js';
import { fromRoot } from '../src/paths.js';

const SAMPLE = 2_000;
const TARGET_SECONDS_PER_100K = 300;
const PROJECT_FROM = 10_000;

export async function benchSuggestions(
  open: () => Promise<DatabaseHandle>,
  env: Record<string, string>,
  articleCount: number,
  log: (line: string) => void,
  target: (ok: boolean, what: string) => string,
): Promise<void> {
  log('');
  log(`suggestions (engine ${EXTRACTOR.id} ${EXTRACTOR.version}):`);

  // The engine alone, article by article, on the actors each mentions (as npm run suggest gives them).
  const handle = await open();
  const known = await handle.db.transaction((tx) => loadKnown(tx));
  const rows = await handle.db
    .select({ id: articles.id, title: articles.title, summary: articles.summary, body: articles.body })
    .from(articles)
    .orderBy(asc(articles.id))
    .limit(SAMPLE);
  const mentioned = await handle.db
    .select({ articleId: mentions.articleId, actorId: mentions.actorId })
    .from(mentions)
    .where(
      inArray(
        mentions.articleId,
        rows.map((r) => r.id),
      ),
    );
  const byId = new Map(known.actors.map((a) => [a.id, a]));
  const times: number[] = [];
  let made = 0;
  for (const pass of [0, 1])
    for (const row of rows) {
      const actors = mentioned.filter((m) => m.articleId === row.id).flatMap((m) => [m.actorId, ...(byId.get(m.actorId)?.memberOf ?? [])]);
      const started = performance.now();
      const found = EXTRACTOR.extract(row, { actors: [...new Set(actors)].flatMap((id) => byId.get(id) ?? []), topics: known.topics });
      if (pass === 1) times.push(performance.now() - started);
      if (pass === 1) made += found.length;
    }
  await handle.close();
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const total = times.reduce((a, b) => a + b, 0);
  log(
    `  engine, ${rows.length} articles: median ${at(0.5).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms an article, ` +
      `${((rows.length / total) * 1000).toFixed(0)} articles/s on one core, ${made} suggestions`,
  );

  // What suggestions add to an import: the seed digest into a database with the seed's actors and topics.
  const dir = mkdtempSync(join(tmpdir(), 'stancegraph-bench-import-'));
  const fresh = await openDatabase({ dataDir: dir });
  try {
    await fresh.migrate();
    await applySeed(fresh.db, { ...readSeedData(), articles: [], positions: [] });
    const digest = readFileSync(fromRoot('seeds/security-guarantees-digest.txt'), 'utf8');
    const started = performance.now();
    const report = await fresh.db.transaction((tx) => importDigest(tx, { text: digest }));
    const importMs = performance.now() - started;
    const created = await fresh.db
      .select({ id: articles.id, slug: articles.slug, title: articles.title, summary: articles.summary, body: articles.body })
      .from(articles);
    // The suggestion step again, on the same articles, in a transaction rolled back.
    const again = performance.now();
    await fresh.db
      .transaction(async (tx) => {
        await tx.execute(sql`delete from position_suggestions`);
        await suggestForWritten(tx, created);
        throw new Error('rollback');
      })
      .catch(() => undefined);
    const suggestMs = performance.now() - again;
    log(
      `  import of the seed digest (${created.length} articles, embedded PGlite): ${importMs.toFixed(0)} ms, of which suggesting ${suggestMs.toFixed(0)} ms ` +
        `(${((100 * suggestMs) / importMs).toFixed(0)} %), ${report.suggestions.made} suggestions`,
    );
  } finally {
    await fresh.close();
    rmSync(dir, { recursive: true, force: true });
  }

  // npm run suggest over the whole database, from the first article.
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/suggest.ts', '--restart'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`npm run suggest failed: ${run.stderr.slice(0, 500)}`);
  const memory = [...run.stdout.matchAll(/, (\d+) MB\)/g)].map((m) => Number(m[1]));
  const settled = memory.slice(Math.floor(memory.length / 5));
  const growth = settled.length ? Math.max(...settled) - Math.min(...settled) : 0;
  // Projected only from a database large enough that starting the command (about 2 s) is not most of it.
  const projected = (seconds * 100_000) / articleCount;
  const projection =
    articleCount >= PROJECT_FROM
      ? `100,000 articles in ${projected.toFixed(0)} s ${target(projected < TARGET_SECONDS_PER_100K, `npm run suggest: 100,000 articles in ${projected.toFixed(0)} s ≥ ${TARGET_SECONDS_PER_100K} s`)}`
      : `too few articles to project to 100,000 (from ${PROJECT_FROM})`;
  log(
    `  npm run suggest over ${articleCount} articles: ${seconds.toFixed(0)} s (${(articleCount / seconds).toFixed(0)} articles/s; ${projection}), ` +
      `resident ${Math.min(...memory)}–${Math.max(...memory)} MB, ${growth} MB growth after the first fifth ${target(growth < 100, `npm run suggest memory grew ${growth} MB`)}`,
  );
}
