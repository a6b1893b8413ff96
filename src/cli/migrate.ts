import { describeDatabase, readConfig } from '../config.js';
import { withDatabase } from '../db/client.js';
import { runCli } from './run.js';

// npm run db:migrate: applies pending migrations (withDatabase does) and says where.
runCli('db:migrate', async () => {
  const config = readConfig();
  await withDatabase(config, async () => console.log(`migrations applied to ${describeDatabase(config)}`));
});
