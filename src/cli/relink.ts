import { parseArgs } from 'node:util';
import { describeDatabase, readConfig } from '../config.js';
import { withDatabase } from '../db/client.js';
import { allActorIds, linkByName } from '../models/mentions.js';
import { runCli } from './run.js';

// npm run relink: links every article to every actor its text names by an alias (what the
// relinkMentions mutation does), for a whole database: a transaction per batch of actors, so that a
// large database shows progress and an interruption keeps what was done (running it again goes on).

const USAGE = 'usage: npm run relink [-- --batch N]   (N actors per transaction, 1–1000, default 50)';

runCli('relink', async () => {
  const { values } = parseArgs({ options: { batch: { type: 'string' } } });
  const batch = values.batch === undefined ? 50 : Number(values.batch);
  if (!Number.isInteger(batch) || batch < 1 || batch > 1000) throw new Error(`--batch must be a whole number from 1 to 1000 (got "${values.batch}")\n${USAGE}`);
  const config = readConfig();
  const started = performance.now();
  const added = await withDatabase(config, async (handle) => {
    const ids = await handle.db.transaction((tx) => allActorIds(tx));
    let total = 0;
    for (let i = 0; i < ids.length; i += batch) {
      const part = ids.slice(i, i + batch);
      total += (await handle.db.transaction((tx) => linkByName(tx, part))).length;
      console.log(
        `actors ${Math.min(i + batch, ids.length)}/${ids.length}: ${total} mention(s) added after ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    return total;
  });
  console.log(`relinked ${describeDatabase(config)}: ${added} mention(s) added`);
});
