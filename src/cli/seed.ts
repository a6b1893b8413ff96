import { resolve } from 'node:path';
import { describeDatabase, readConfig } from '../config.js';
import { withDatabase } from '../db/client.js';
import { applySeed, DEFAULT_SEED_DIR, readSeedData } from '../seed/index.js';
import { runCli } from './run.js';

// npm run seed [-- DIR]: loads the seed files of DIR (default: seeds/), applying migrations first.
runCli('seed', async () => {
  const config = readConfig();
  const dir = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_SEED_DIR;
  // Read and check the files before touching the database: a bad file writes nothing.
  const data = readSeedData(dir);
  const counts = await withDatabase(config, (handle) => applySeed(handle.db, data));
  const added = Object.entries(counts)
    .map(([table, n]) => `${n} ${table}`)
    .join(', ');
  console.log(`seed loaded into ${describeDatabase(config)}: added ${added}`);
});
