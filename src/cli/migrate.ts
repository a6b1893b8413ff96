import { describeDatabase, readConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { runCli } from './run.js';

runCli('db:migrate', async () => {
  const config = readConfig();
  const handle = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await handle.migrate();
    console.log(`migrations applied to ${describeDatabase(config)}`);
  } finally {
    await handle.close();
  }
});
