import { parseArgs } from 'node:util';
import { describeDatabase, readConfig } from '../config.js';
import { withDatabase } from '../db/client.js';
import { writeSynthetic } from '../seed/synthetic.js';
import { runCli } from './run.js';

// npm run seed:synthetic -- --articles N: invented coverage of N articles, the same for the same N.
runCli('seed:synthetic', async () => {
  const { values } = parseArgs({ options: { articles: { type: 'string' } } });
  const articles = Number(values.articles);
  if (values.articles === undefined || !/^\d+$/.test(values.articles) || articles < 1 || articles > 10_000_000)
    throw new Error(`usage: npm run seed:synthetic -- --articles N (a whole number from 1 to 10000000; got ${JSON.stringify(values.articles ?? null)})`);
  const config = readConfig();
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  const counts = await withDatabase(config, (handle) =>
    writeSynthetic(handle.db, {
      articles,
      onProgress: (done, total) => {
        if (done === total || done % Math.max(500, Math.round(total / 20)) < 500)
          process.stderr.write(`articles ${done}/${total} (${Math.round((done / total) * 100)}%) after ${seconds()} s\n`);
      },
    }),
  );
  const summary = Object.entries(counts)
    .map(([table, n]) => `${n} ${table}`)
    .join(', ');
  console.log(`synthetic data loaded into ${describeDatabase(config)} in ${seconds()} s: ${summary}`);
});
