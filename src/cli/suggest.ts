import { parseArgs } from 'node:util';
import { count, sql } from 'drizzle-orm';
import { describeDatabase, readConfig } from '../config.js';
import { withDatabase } from '../db/client.js';
import { articles } from '../db/tables.js';
import { EXTRACTOR, loadKnown, resetSuggestProgress, suggestNextBatch, suggestProgress } from '../models/suggestions/store.js';
import { runCli } from './run.js';

// npm run suggest: runs the suggestion engine over every article of the database (what every import
// does for the articles it adds), a transaction per batch, printing progress. It is resumable: each
// batch records how far it got with this version of the engine, so that an interrupted run goes on
// where it stopped, and a second run only reads articles added since (`--restart`: from the first
// article again). What a curator decided on is never suggested again; a recorded position neither.

const USAGE = 'usage: npm run suggest [-- --batch N] [-- --restart]   (N articles per transaction, 1–5000, default 500)';

runCli('suggest', async () => {
  const { values } = parseArgs({ options: { batch: { type: 'string' }, restart: { type: 'boolean' } } });
  const batch = values.batch === undefined ? 500 : Number(values.batch);
  if (!Number.isInteger(batch) || batch < 1 || batch > 5000) throw new Error(`--batch must be a whole number from 1 to 5000 (got "${values.batch}")\n${USAGE}`);
  const config = readConfig();
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  const totals = await withDatabase(config, async ({ db }) => {
    const { known, total, done } = await db.transaction(async (tx) => {
      if (values.restart) await resetSuggestProgress(tx);
      const after = await suggestProgress(tx);
      const [all] = await tx.select({ n: count() }).from(articles);
      const [before] = await tx
        .select({ n: count() })
        .from(articles)
        .where(sql`${articles.id} <= ${after}`);
      return { known: await loadKnown(tx), total: all!.n, done: before!.n };
    });
    if (done > 0)
      console.log(`going on after ${done} of ${total} articles read by ${EXTRACTOR.id} ${EXTRACTOR.version} before (--restart to read them all again)`);
    let read = done;
    let made = 0;
    let failed = 0;
    for (;;) {
      const report = await db.transaction((tx) => suggestNextBatch(tx, batch, known));
      if (report.articles === 0) break;
      read += report.articles;
      made += report.made;
      failed += report.failed.length;
      for (const failure of report.failed) console.error(`  the engine failed on ${failure.slug}: ${failure.message}`);
      const rss = Math.round(process.memoryUsage().rss / 2 ** 20);
      console.log(
        `articles ${read}/${total}: ${made} suggestion(s) made after ${seconds()} s (${Math.round((read - done) / Number(seconds()))} articles/s, ${rss} MB)`,
      );
    }
    return { read: read - done, made, failed };
  });
  console.log(
    `suggested for ${describeDatabase(config)}: ${totals.read} article(s) read, ${totals.made} suggestion(s) made${totals.failed ? `, ${totals.failed} article(s) failed` : ''} in ${seconds()} s`,
  );
});
