// npm run bench: load on the real server (`npm start`'s entry point, in its own process) over
// loopback, against the seeded embedded database (or DATABASE_URL), with targets that fail the run.
// Timings depend on the machine; the targets are set for the 2-core machines this project is built
// and tested on, where the load generator shares the cores with the server.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { freePort, startServer } from '../test/helpers/server-process.js';

const SCENARIOS = [
  {
    name: 'nested chain: articles → actors → positions → article',
    query: `{ articles(first: 10) { nodes { title actors { name positions(first: 5) { nodes { stance article { title } } } } } } }`,
    targets: { minRequestsPerSecond: 40, maxP99Ms: 300 },
  },
  {
    name: 'search with nested fields',
    query: `{ search(query: "security OR Russia", first: 20) { totalCount edges { rank snippet node { ... on Article { title } ... on Actor { name } ... on Topic { name } } } } }`,
    targets: { minRequestsPerSecond: 40, maxP99Ms: 300 },
  },
  {
    name: 'stance matrix, all actors and topics',
    query: `{ stanceMatrix { topics { slug } rows { actor { name } cells { stance position { quote } } } } }`,
    targets: { minRequestsPerSecond: 40, maxP99Ms: 300 },
  },
];
/** Peak resident memory of the server under load, started on an existing database. */
const MAX_RSS_MB = 800;
const CONNECTIONS = 4;

const port = await freePort();
const dataDir = mkdtempSync(join(tmpdir(), 'stancegraph-bench-'));
// The first start creates and seeds the database (with PGlite, initdb alone peaks near 1 GB of
// memory); the measured server is the second start, as a server runs day to day.
const env = { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'error' };
await (await startServer(env)).stop();
const server = await startServer(env);
const url = `http://127.0.0.1:${port}/graphql`;
console.log(`${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite'}, ${CONNECTIONS} connections, 10 s a scenario`);

let failed = false;
for (const scenario of SCENARIOS) {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: scenario.query }),
    connections: CONNECTIONS,
    duration: 10,
  });
  const rps = result.requests.average;
  const p99 = result.latency.p99;
  const ok =
    result.non2xx === 0 && result.errors === 0 && rps >= scenario.targets.minRequestsPerSecond && p99 <= scenario.targets.maxP99Ms;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${scenario.name}: ${rps.toFixed(0)} req/s (target ≥ ${scenario.targets.minRequestsPerSecond}), ` +
      `p99 ${p99} ms (target ≤ ${scenario.targets.maxP99Ms}), ${result.non2xx} non-2xx, ${result.errors} errors`,
  );
}
// Peak resident memory of the server process over the whole run (Linux: VmHWM).
const peak = Number(readFileSync(`/proc/${server.child.pid}/status`, 'utf8').match(/VmHWM:\s+(\d+) kB/)?.[1] ?? NaN) / 1024;
const memoryOk = peak <= MAX_RSS_MB;
failed ||= !memoryOk;
console.log(`${memoryOk ? 'ok  ' : 'FAIL'} server peak resident memory ${peak.toFixed(0)} MB (target ≤ ${MAX_RSS_MB} MB)`);

await server.stop();
rmSync(dataDir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
