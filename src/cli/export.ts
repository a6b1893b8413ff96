import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { describeDatabase, readConfig } from '../config.js';
import { withDatabase } from '../db/client.js';
import { exportAll } from '../transfer/export.js';
import { runCli } from './run.js';

// npm run export [-- FILE]: every record of the configured database as NDJSON (src/transfer/format.ts),
// into FILE or, without one, to standard output; progress goes to standard error. Restore it with
// `npm run import -- FILE`.

runCli('export', async () => {
  const args = process.argv.slice(2);
  if (args.length > 1 || args[0]?.startsWith('-')) throw new Error('usage: npm run export [-- FILE]   (standard output without FILE)');
  const path = args[0];
  const out: Writable = path ? createWriteStream(path, { flags: 'wx' }) : process.stdout;
  if (path)
    await Promise.race([once(out, 'open'), once(out, 'error').then(([error]) => Promise.reject(error as Error))]).catch((error: NodeJS.ErrnoException) => {
      throw new Error(
        `cannot write ${path}: ${error.code === 'EEXIST' ? 'the file exists (an export never overwrites one)' : error.code === 'ENOENT' ? 'no such directory' : error.message}`,
      );
    });
  const config = readConfig();
  const started = performance.now();
  let lastReport = 0;
  const counts = await withDatabase(config, (handle) =>
    exportAll(
      handle.db,
      async (line) => {
        // Wait while the file or pipe is full: memory stays the same whatever the database holds.
        if (!out.write(`${line}\n`)) await once(out, 'drain');
      },
      (type, written) => {
        if (performance.now() - lastReport < 1000) return;
        lastReport = performance.now();
        console.error(`export: ${written} ${type} records after ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    ),
  );
  if (path) {
    out.end();
    await once(out, 'finish');
  }
  const summary = Object.entries(counts)
    .map(([type, n]) => `${n} ${type}s`)
    .join(', ');
  console.error(`exported ${describeDatabase(config)}${path ? ` to ${path}` : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${summary}`);
});
