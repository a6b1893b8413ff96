// npm run bench [-- --articles N --seconds S --rounds R --report-only --postgraphile DIR]
//
// Fills a database with synthetic coverage (npm run seed:synthetic), then drives the real server
// (`npm start`'s entry point, in its own process) over HTTP with autocannon, and in the same run a
// baseline: the same operations answered by one hand-written SQL statement each over plain
// node:http (bench/baseline.ts). It checks that both answer the same data, then runs them in turn
// (server, baseline, server, baseline, …) so that a noisy machine slows both alike, and prints per
// operation req/s, p50/p99, SQL statements and Node CPU per request, and the ratio server/baseline,
// the headline figure. Targets are printed with each figure; a miss fails the run unless
// --report-only is given (CI runs it small, to prove that it works, not how fast). With
// --postgraphile DIR (PostgreSQL only) PostGraphile 5 from DIR answers Q1, Q1@500 and Q2 on the same
// database, checked and timed in the same turns (bench/postgraphile.ts). Then the suggestion engine
// on the same data (bench/suggestions.ts).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { deepStrictEqual } from 'node:assert';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle } from '../src/db/client.js';
import { seedOnce } from '../src/seed/index.js';
import { SYNTHETIC_VERSION, writeSynthetic } from '../src/seed/synthetic.js';
import { createApp } from '../src/server.js';
import { freePort, rssMb, startServer, type ServerProcess } from '../test/helpers/server-process.js';
import { operations, readParameters, type Operation } from './operations.js';
import { benchSuggestions } from './suggestions.js';
import { deepCursorQuery, findPostGraphile, peerOperations, sameActorsByName, startPostGraphile, type PeerOperation } from './postgraphile.js';

const { values: flags } = parseArgs({
  options: {
    articles: { type: 'string' },
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    'report-only': { type: 'boolean', default: false },
    postgraphile: { type: 'string' },
  },
});
const serverUrl = process.env.DATABASE_URL || undefined;
if (flags.postgraphile !== undefined && !serverUrl)
  throw new Error('--postgraphile needs PostgreSQL: set DATABASE_URL (PostGraphile does not run on PGlite here)');
const peerInstall = flags.postgraphile === undefined ? undefined : findPostGraphile(flags.postgraphile);
const ARTICLES = Number(flags.articles ?? (serverUrl ? 100_000 : 5_000));
const SECONDS = Number(flags.seconds);
const ROUNDS = Number(flags.rounds);
const CONNECTIONS = Number(flags.connections);
for (const [name, value] of Object.entries({ articles: ARTICLES, seconds: SECONDS, rounds: ROUNDS, connections: CONNECTIONS }))
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of at least 1`);

const TARGETS = {
  /** server req/s over baseline req/s, per operation; Q4 is held to half the floor. */
  ratio: (name: string) => (name === 'Q4' ? 0.5 : 0.6),
  /** server req/s over PostGraphile's: no slower. */
  peerRatio: 1,
  p99Ms: 50,
  statements: 2,
  /** Q1 on the 10-article seed. */
  seedCpuMs: 2,
  restartMs: 1500,
  firstStartMs: 3000,
  rssMb: 300,
};

const log = (line: string) => process.stdout.write(`${line}\n`);
const where = serverUrl ? `PostgreSQL (${new URL(serverUrl).host})` : 'embedded PGlite';

// --- the database, filled once per size and kept for the next run -------------------------------

async function prepareDatabase(): Promise<{ env: Record<string, string>; baselineEnv: Record<string, string> }> {
  if (serverUrl) {
    const name = `stancegraph_bench_v${SYNTHETIC_VERSION}_${ARTICLES}`;
    const admin = await openDatabase({ url: serverUrl });
    const [exists] = await admin.rows(sql`select 1 from pg_database where datname = ${name}`);
    if (!exists) await admin.rows(sql.raw(`create database "${name}"`));
    await admin.close();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    await fill(() => openDatabase({ url: url.toString() }));
    return { env: { DATABASE_URL: url.toString() }, baselineEnv: { DATABASE_URL: url.toString() } };
  }
  // PGlite: one process per data directory, so the baseline reads a copy of it.
  const dir = join(tmpdir(), 'stancegraph-bench', `pglite-v${SYNTHETIC_VERSION}-${ARTICLES}`);
  mkdirSync(dir, { recursive: true });
  await fill(() => openDatabase({ dataDir: dir }));
  const copy = `${dir}-baseline`;
  rmSync(copy, { recursive: true, force: true });
  cpSync(dir, copy, { recursive: true });
  return { env: { DATABASE_URL: '', DATA_DIR: dir }, baselineEnv: { DATABASE_URL: '', DATA_DIR: copy } };
}

async function fill(open: () => Promise<DatabaseHandle>) {
  const handle = await open();
  try {
    await handle.migrate();
    // The seed, as the server's first start would load it: with PGlite the server starts on one copy
    // of the directory and the baseline reads another, which must hold the same rows.
    await seedOnce(handle.db);
    const [{ n }] = (await handle.rows<{ n: number }>(sql`select count(*)::int as n from articles where slug like 'synthetic-%'`)) as [{ n: number }];
    if (n === ARTICLES) return;
    if (n > 0) throw new Error(`the bench database holds ${n} synthetic articles, not ${ARTICLES}; drop it and run again`);
    const started = Date.now();
    await writeSynthetic(handle.db, {
      articles: ARTICLES,
      onProgress: (done, total) => {
        if (done === total || done % Math.max(500, Math.round(total / 10)) < 500)
          log(`  synthetic data: ${done}/${total} articles, ${((Date.now() - started) / 1000).toFixed(0)} s`);
      },
    });
  } finally {
    await handle.close();
  }
}

/** Refuses to measure an operation the server and `other` answer with different data, naming where they first differ. */
function sameData(operation: string, other: string, ours: unknown, theirs: unknown) {
  try {
    deepStrictEqual(ours, theirs);
  } catch {
    const [path, a, b] = firstDifference(ours, theirs);
    throw new Error(
      `${operation}: the server and ${other} answer different data, first at ${path}:\n  server: ${String(JSON.stringify(a)).slice(0, 600)}\n  ${other}: ${String(JSON.stringify(b)).slice(0, 600)}`,
    );
  }
}

/** Where two JSON values first differ: the path, and the value on each side there. */
function firstDifference(a: unknown, b: unknown, path = 'data'): [string, unknown, unknown] {
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (found[0] !== '') return found;
    }
    return ['', a, b];
  }
  return a === b ? ['', a, b] : [path, a, b];
}

// --- processes and measurements -------------------------------------------------------------------

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
/** CPU time a process has used so far, in ms (Linux). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

async function startBaseline(env: Record<string, string>, list: Operation[]): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/baseline.ts'], {
    env: { ...process.env, ...env, PORT: String(port), BASELINE_OPERATIONS: JSON.stringify(Object.fromEntries(list.map((o) => [o.name, o.baseline]))) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => String(chunk).includes('baseline ready') && resolve());
    child.once('exit', (code) => reject(new Error(`the baseline exited with ${code}`)));
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

const graphqlRequest = (operation: Pick<Operation, 'query' | 'variables'>) => ({
  method: 'POST' as const,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: operation.query, variables: operation.variables }),
});

async function fetchJson(url: string, init?: RequestInit): Promise<{ data?: unknown; errors?: unknown }> {
  const response = await fetch(url, init);
  const text = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text);
}

interface RunResult {
  rps: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: number;
  errors: number;
}

async function load(
  url: string,
  init: { method: 'GET' | 'POST'; headers?: Record<string, string>; body?: string },
  pid: number,
  seconds: number,
): Promise<RunResult> {
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({ url, ...init, connections: CONNECTIONS, duration: seconds });
  const cpu = cpuMs(pid) - cpuBefore;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMsPerRequest: result.requests.total ? cpu / result.requests.total : NaN,
    errors: result.errors + result.non2xx,
  };
}

/** Walks `pages` pages of a connection through the app and returns the end cursor, as a client would (null for none). */
async function cursorAfter(
  app: ReturnType<typeof createApp>,
  query: string,
  field: string,
  variables: Record<string, unknown>,
  pages: number,
): Promise<string | null> {
  let cursor: string | null = null;
  for (let page = 0; page < pages; page++) {
    const response: Response = await app.fetch('http://bench/graphql', graphqlRequest({ query, variables: { ...variables, cursor } }));
    const body = (await response.json()) as { data: Record<string, { pageInfo: { endCursor: string } }> };
    cursor = body.data[field]!.pageInfo.endCursor;
  }
  return cursor;
}

/** Time from spawning the server to its first answered request, and its memory then. */
async function timedStart(env: Record<string, string>): Promise<{ server: ServerProcess; ms: number; rss: number }> {
  const started = performance.now();
  const server = await startServer(env);
  const url = `http://127.0.0.1:${env.PORT}/graphql`;
  await fetchJson(url, graphqlRequest({ query: '{ articles(first: 1) { nodes { title } } }', variables: {} }));
  return { server, ms: performance.now() - started, rss: rssMb(server.child.pid!, 'VmRSS') };
}

// --- the run --------------------------------------------------------------------------------------

const misses: string[] = [];
function target(ok: boolean, what: string): string {
  if (!ok) misses.push(what);
  return ok ? 'ok' : 'MISS';
}

log(`Stancegraph benchmark: ${where}, ${ARTICLES} synthetic articles, ${CONNECTIONS} connections, ${ROUNDS} × ${SECONDS} s per operation and side`);
const database = await prepareDatabase();

// Parameters, cursors and statement counts, in this process, on the same data (with PGlite, on the
// baseline's copy: one process per data directory).
let statementCount = 0;
const logger = { logQuery: () => void statementCount++ };
const local = await openDatabase(serverUrl ? { url: database.env.DATABASE_URL, logger } : { dataDir: database.baselineEnv.DATA_DIR, logger });
const app = createApp({ db: local.db });
const parameters = await readParameters(local.db);
const cursors = {
  q5: await cursorAfter(
    app,
    `query ($actor: String!, $topic: String!, $after: DateTime!, $before: DateTime!, $cursor: String) { articles(filter: { actor: $actor, topic: $topic, publishedAfter: $after, publishedBefore: $before }, first: 20, after: $cursor) { pageInfo { endCursor } } }`,
    'articles',
    { actor: parameters.filterActor, topic: parameters.filterTopic, after: parameters.after, before: parameters.before },
    parameters.q5Page - 1,
  ),
  deep: await cursorAfter(
    app,
    `query ($cursor: String) { articles(first: 20, after: $cursor) { pageInfo { endCursor } } }`,
    'articles',
    {},
    parameters.deepPage - 1,
  ),
};
const list = operations(parameters, cursors);
const statements = new Map<string, number>();
for (const operation of list) {
  statementCount = 0;
  await (await app.fetch('http://bench/graphql', graphqlRequest(operation))).text();
  statements.set(operation.name, statementCount);
}
await local.close();

const port = await freePort();
const env = { ...database.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'error', NODE_ENV: 'production' };
const restart = await timedStart(env);
const server = restart.server;
const baseline = await startBaseline(database.baselineEnv, list);
const graphqlUrl = `http://127.0.0.1:${port}/graphql`;
let peer: Awaited<ReturnType<typeof startPostGraphile>> | undefined;

try {
  if (peerInstall) peer = await startPostGraphile(peerInstall, database.env.DATABASE_URL!, await freePort());
  let peerList = new Map<string, PeerOperation>();
  if (peer) {
    const cursorQuery = deepCursorQuery((parameters.deepPage - 1) * 20);
    const before = cursorQuery ? (await fetchJson(peer.url, graphqlRequest({ query: cursorQuery, variables: {} }))).data : null;
    peerList = peerOperations(parameters, (before as { articles: { edges: { cursor: string }[] } } | null)?.articles.edges[0]?.cursor ?? null);
    log(`  peer: ${peerInstall!.version}, for ${[...peerList.keys()].join(', ')}`);
    if (!peerList.has('Q1@500')) log('  (not for Q1@500: the row before that page is undated, which PostGraphile cannot hold in a cursor)');
  }
  // Same data from both, or no figures at all.
  for (const operation of list) {
    const ours = await fetchJson(graphqlUrl, graphqlRequest(operation));
    if (ours.errors) throw new Error(`${operation.name}: the server answered errors: ${JSON.stringify(ours.errors).slice(0, 500)}`);
    const floor = await fetchJson(`${baseline.url}/${encodeURIComponent(operation.name)}`);
    sameData(operation.name, 'the baseline', ours.data, floor.data);
    const peerOperation = peerList.get(operation.name);
    if (!peer || !peerOperation) continue;
    const theirs = await fetchJson(peer.url, graphqlRequest(peerOperation));
    if (theirs.errors) throw new Error(`${operation.name}: PostGraphile answered errors: ${JSON.stringify(theirs.errors).slice(0, 500)}`);
    sameData(operation.name, 'PostGraphile', sameActorsByName(ours.data), sameActorsByName(peerOperation.toServerShape(theirs.data)));
  }
  log(`  answers checked: server and baseline${peer ? ' (and PostGraphile where it answers)' : ''} return the same data for every operation`);

  const results = new Map<string, { server: RunResult[]; baseline: RunResult[]; peer: RunResult[] }>(
    list.map((o) => [o.name, { server: [], baseline: [], peer: [] }]),
  );
  // Each operation on each side in turn, first for a second to warm up, then ROUNDS times.
  for (const { seconds, rounds, measured } of [
    { seconds: 1, rounds: 1, measured: false },
    { seconds: SECONDS, rounds: ROUNDS, measured: true },
  ])
    for (let round = 0; round < rounds; round++)
      for (const operation of list) {
        const into = results.get(operation.name)!;
        const keep = (runs: RunResult[], run: RunResult) => measured && runs.push(run);
        keep(into.server, await load(graphqlUrl, graphqlRequest(operation), server.child.pid!, seconds));
        keep(into.baseline, await load(`${baseline.url}/${encodeURIComponent(operation.name)}`, { method: 'GET' }, baseline.child.pid!, seconds));
        const peerOperation = peerList.get(operation.name);
        if (peer && peerOperation) keep(into.peer, await load(peer.url, graphqlRequest(peerOperation), peer.child.pid!, seconds));
      }

  const mean = (runs: RunResult[], key: keyof RunResult) => runs.reduce((sum, r) => sum + r[key], 0) / runs.length;
  const worst = (runs: RunResult[], key: keyof RunResult) => Math.max(...runs.map((r) => r[key]));
  log('');
  log(
    '| operation | server req/s | baseline req/s | server/baseline | server p50 / p99 ms | baseline p50 / p99 ms | SQL statements | server CPU ms/req | baseline CPU ms/req |',
  );
  log('|---|---|---|---|---|---|---|---|---|');
  for (const operation of list) {
    const { server: ours, baseline: floor } = results.get(operation.name)!;
    const ratio = mean(ours, 'rps') / mean(floor, 'rps');
    const p99 = worst(ours, 'p99');
    const count = statements.get(operation.name)!;
    const errors = mean(ours, 'errors') + mean(floor, 'errors');
    log(
      `| ${operation.name}: ${operation.description} | ${mean(ours, 'rps').toFixed(0)} | ${mean(floor, 'rps').toFixed(0)} | ` +
        `**${ratio.toFixed(2)}** ${target(ratio >= TARGETS.ratio(operation.name), `${operation.name} ratio ${ratio.toFixed(2)} < ${TARGETS.ratio(operation.name)}`)} | ` +
        `${worst(ours, 'p50')} / ${p99} ${target(p99 < TARGETS.p99Ms, `${operation.name} p99 ${p99} ms ≥ ${TARGETS.p99Ms} ms`)} | ${worst(floor, 'p50')} / ${worst(floor, 'p99')} | ` +
        `${count} ${target(count <= TARGETS.statements, `${operation.name}: ${count} statements > ${TARGETS.statements}`)} | ` +
        `${mean(ours, 'cpuMsPerRequest').toFixed(2)} | ${mean(floor, 'cpuMsPerRequest').toFixed(2)} |` +
        (errors ? ` ${errors} errors` : ''),
    );
    if (errors) misses.push(`${operation.name}: ${errors} failed requests`);
  }
  if (peer) {
    log('');
    log(`| operation | server req/s | PostGraphile req/s | server/PostGraphile | PostGraphile p50 / p99 ms | PostGraphile CPU ms/req |`);
    log('|---|---|---|---|---|---|');
    for (const operation of list) {
      const { server: ours, peer: theirs } = results.get(operation.name)!;
      if (!theirs.length) continue;
      const ratio = mean(ours, 'rps') / mean(theirs, 'rps');
      log(
        `| ${operation.name} | ${mean(ours, 'rps').toFixed(0)} | ${mean(theirs, 'rps').toFixed(0)} | ` +
          `**${ratio.toFixed(2)}** ${target(ratio >= TARGETS.peerRatio, `${operation.name} server/PostGraphile ${ratio.toFixed(2)} < ${TARGETS.peerRatio}`)} | ` +
          `${worst(theirs, 'p50')} / ${worst(theirs, 'p99')} | ${mean(theirs, 'cpuMsPerRequest').toFixed(2)} |` +
          (mean(theirs, 'errors') ? ` ${mean(theirs, 'errors')} errors` : ''),
      );
      if (mean(theirs, 'errors')) misses.push(`${operation.name}: ${mean(theirs, 'errors')} failed PostGraphile requests`);
    }
  }
  const peak = rssMb(server.child.pid!, 'VmHWM');
  log('');
  log(
    `server: restart on the existing database answered its first request after ${restart.ms.toFixed(0)} ms, resident memory then ${restart.rss.toFixed(0)} MB, peak under load ${peak.toFixed(0)} MB`,
  );
} finally {
  await server.stop();
  baseline.child.kill('SIGTERM');
  peer?.child.kill('SIGTERM');
}

// The suggestion engine on the same data, once the server has let the database go.
await benchSuggestions(
  () => openDatabase(serverUrl ? { url: database.env.DATABASE_URL } : { dataDir: database.env.DATA_DIR }),
  database.env,
  ARTICLES,
  log,
  target,
);

// A fresh database from nothing, as a new user's first `npm start` meets it, then a restart, then
// Q1 on the seed's 10 articles: the server's own cost per request. With PGlite the database runs in
// the server's process, so its CPU is counted too, and the start-up targets are the embedded ones.
{
  const firstEnv: Record<string, string> = { PORT: String(await freePort()), HOST: '127.0.0.1', LOG_LEVEL: 'error', NODE_ENV: 'production' };
  let cleanUp: () => Promise<void>;
  if (serverUrl) {
    const admin = await openDatabase({ url: serverUrl });
    await admin.rows(sql.raw(`drop database if exists "stancegraph_bench_seed" with (force)`));
    await admin.rows(sql.raw(`create database "stancegraph_bench_seed"`));
    const url = new URL(serverUrl);
    url.pathname = '/stancegraph_bench_seed';
    firstEnv.DATABASE_URL = url.toString();
    cleanUp = async () => {
      await admin.rows(sql.raw(`drop database if exists "stancegraph_bench_seed" with (force)`));
      await admin.close();
    };
  } else {
    const dataDir = join(tmpdir(), 'stancegraph-bench', `first-start-${process.pid}`);
    rmSync(dataDir, { recursive: true, force: true });
    Object.assign(firstEnv, { DATABASE_URL: '', DATA_DIR: dataDir });
    cleanUp = async () => rmSync(dataDir, { recursive: true, force: true });
  }
  const first = await timedStart(firstEnv);
  await first.server.stop();
  const again = await timedStart(firstEnv);
  const q1 = list.find((o) => o.name === 'Q1')!;
  const seedUrl = `http://127.0.0.1:${firstEnv.PORT}/graphql`;
  await load(seedUrl, graphqlRequest(q1), again.server.child.pid!, 1);
  const seedRun = await load(seedUrl, graphqlRequest(q1), again.server.child.pid!, SECONDS);
  await again.server.stop();
  await cleanUp();
  const embedded = !serverUrl;
  const check = (ok: boolean, miss: string) => (embedded ? ` ${target(ok, miss)}` : '');
  log(
    `on the seed data: first start answered after ${first.ms.toFixed(0)} ms${check(first.ms <= TARGETS.firstStartMs, `first start ${first.ms.toFixed(0)} ms > ${TARGETS.firstStartMs}`)}, ` +
      `resident ${first.rss.toFixed(0)} MB${check(first.rss <= TARGETS.rssMb, `first-start memory ${first.rss.toFixed(0)} MB > ${TARGETS.rssMb}`)}; ` +
      `restart ${again.ms.toFixed(0)} ms${check(again.ms <= TARGETS.restartMs, `restart ${again.ms.toFixed(0)} ms > ${TARGETS.restartMs}`)}, ` +
      `resident ${again.rss.toFixed(0)} MB${check(again.rss <= TARGETS.rssMb, `restart memory ${again.rss.toFixed(0)} MB > ${TARGETS.rssMb}`)}; ` +
      `Q1 ${seedRun.rps.toFixed(0)} req/s at ${seedRun.cpuMsPerRequest.toFixed(2)} ms CPU per request` +
      (embedded
        ? ' (server and embedded database together)'
        : ` of the server ${target(seedRun.cpuMsPerRequest <= TARGETS.seedCpuMs, `seed Q1 CPU ${seedRun.cpuMsPerRequest.toFixed(2)} ms > ${TARGETS.seedCpuMs}`)}`),
  );
}

if (misses.length) log(`\nmissed targets${flags['report-only'] ? ' (--report-only: not a failure)' : ''}:\n  ${misses.join('\n  ')}`);
process.exit(misses.length && !flags['report-only'] ? 1 : 0);
