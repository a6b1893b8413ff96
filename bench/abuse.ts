// npm run test:abuse [-- --articles 20000 --seconds 15 --restores 20 --report-only --only heavy,import,outage,pglite,restore]
//
// The server as a hostile client meets it, every request inside the limits (issue 22), against the real
// server (`npm start`'s entry point, its own process, NODE_ENV=production) on synthetic data:
//   heavy    four clients loop the heaviest queries the limits let through (and some they refuse) on
//            PostgreSQL while a cheap reader measures its latency and /readyz is polled;
//   import   a digest at the size limit through the API while /healthz is polled;
//   live     500 subscribers over two instances while a position is written 10 times a second: every
//            write sent to every subscriber, in order, with its own state, p99 under 1 s;
//   outage   a PostgreSQL cluster of its own stopped under reads and writes, then started again
//            (skipped where pg_createcluster is not installed);
//   pglite   /healthz while the embedded database (in its worker thread) runs heavy reads, and
//            their deadline (REQUEST_TIMEOUT 2 s);
//   restore  the same export restored N times into PostgreSQL and into PGlite, the CPU kept busy.
// It prints each figure. It fails (exit 1) on a lost acknowledged write, a 5xx other than the documented
// 503s (SERVER_BUSY, REQUEST_TIMEOUT, TIMEOUT; DATABASE_UNAVAILABLE only during the outage), /readyz
// failing while the database is up, a restore that fails, and, unless --report-only, a target missed
// (the targets of issue 22, at 20,000 articles on a 2-core machine).
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle } from '../src/db/client.js';
import { seedOnce } from '../src/seed/index.js';
import { writeSynthetic } from '../src/seed/synthetic.js';
import { exportAll } from '../src/transfer/export.js';
import { fileLines, restore } from '../src/transfer/restore.js';
import { freePort, startServer, type ServerProcess } from '../test/helpers/server-process.js';
import { subscribe } from '../test/helpers/sse.js';

const { values: flags } = parseArgs({
  options: {
    articles: { type: 'string', default: '20000' },
    seconds: { type: 'string', default: '15' },
    restores: { type: 'string', default: '20' },
    'report-only': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const ALL_SCENARIOS = ['heavy', 'import', 'live', 'outage', 'pglite', 'restore'];
/** --only heavy,outage: those scenarios only. */
const SCENARIOS = new Set(flags.only ? flags.only.split(',') : ALL_SCENARIOS);
for (const name of SCENARIOS) if (!ALL_SCENARIOS.includes(name)) throw new Error(`--only takes ${ALL_SCENARIOS.join(', ')} (got ${name})`);
const ARTICLES = Number(flags.articles);
const SECONDS = Number(flags.seconds);
const RESTORES = Number(flags.restores);
for (const [name, value, most] of [
  ['articles', ARTICLES, 1_000_000],
  ['seconds', SECONDS, 600],
  ['restores', RESTORES, 100],
] as const)
  if (!Number.isInteger(value) || value < 1 || value > most) throw new Error(`--${name} must be a whole number from 1 to ${most}`);
const serverUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
if (!serverUrl)
  throw new Error('npm run test:abuse needs a PostgreSQL server: set DATABASE_URL (or TEST_DATABASE_URL), e.g. postgres://postgres@127.0.0.1:5432/postgres');

const TOKEN = `abuse-${randomBytes(12).toString('hex')}`;
const log = (line: string): void => void process.stdout.write(`${line}\n`);
const failures: string[] = [];
const missed: string[] = [];
/** A target of the issue: printed, and failed on unless --report-only. */
function target(what: string, met: boolean, figure: string): void {
  log(`  ${met ? 'met' : 'MISSED'}: ${what} (${figure})`);
  if (!met) missed.push(`${what} (${figure})`);
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN;
};
const ms = (n: number) => `${n.toFixed(0)} ms`;

interface Answer {
  status: number;
  code?: string;
  ms: number;
  data?: any;
}
/** Documented answers of a server that is short of something: 503 with one of these codes. */
const BUSY_CODES = new Set(['SERVER_BUSY', 'REQUEST_TIMEOUT', 'TIMEOUT']);

async function post(endpoint: string, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
    return { status: response.status, code: body.errors?.[0]?.extensions?.code, ms: performance.now() - started, data: body.data };
  } catch (error) {
    return { status: 0, code: `NO ANSWER (${(error as Error).message})`, ms: performance.now() - started };
  }
}

/** Polls a probe every `every` ms until stopped: each answer's status and time. */
function poll(url: string, every: number) {
  const answers: { at: number; status: number; ms: number }[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const started = performance.now();
      const status = await fetch(url, { signal: AbortSignal.timeout(10_000) }).then(
        (r) => r.status,
        () => 0,
      );
      answers.push({ at: Date.now(), status, ms: performance.now() - started });
      await sleep(every);
    }
  })();
  return {
    answers,
    stop: async () => {
      running = false;
      await done;
      return answers;
    },
  };
}

/** Whether an answer is a 5xx the documentation does not name (`outage`: DATABASE_UNAVAILABLE is then named). */
function undocumented(answer: Answer, outage = false): boolean {
  if (answer.status === 0) return true;
  if (answer.status < 500) return false;
  return !(answer.status === 503 && (BUSY_CODES.has(answer.code ?? '') || (outage && answer.code === 'DATABASE_UNAVAILABLE')));
}

/** A new, empty database on the PostgreSQL server: its URL, and what drops it. */
async function newPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `stancegraph_abuse_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = await openDatabase({ url: serverUrl });
  await admin.rows(sql.raw(`create database "${name}"`));
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.rows(sql.raw(`drop database if exists "${name}" with (force)`)).catch(() => {});
      await admin.close();
    },
  };
}

/** Migrates the database, loads the seed and `articles` synthetic ones, and closes it. */
async function fill(handle: DatabaseHandle, articles: number): Promise<void> {
  try {
    await handle.migrate();
    await seedOnce(handle.db);
    await writeSynthetic(handle.db, { articles });
  } finally {
    await handle.close();
  }
}

/** A database of its own on the PostgreSQL server, with the seed and `articles` synthetic ones. */
async function syntheticDatabase(articles: number): Promise<{ url: string; drop: () => Promise<void> }> {
  const database = await newPostgres();
  const started = Date.now();
  await fill(await openDatabase({ url: database.url }), articles);
  log(`database: ${articles} synthetic articles and the seed on PostgreSQL in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return database;
}

const WORDS =
  'troops ceasefire guarantees Russia Ukraine NATO peace talks security Europe France Britain Germany Italy Poland army force deployment border veto minerals deal summit leaders minister president war front line negotiations agreement membership alliance support defence aid weapons sanctions Moscow Kyiv Washington London Paris Berlin Rome'.split(
    ' ',
  );
/** The heavy queries of issue 22, and the heaviest the limits let through (bench/costs.ts measures their cost). */
const HEAVY: [string, string][] = [
  [
    '10 aliases of a 42-word OR search',
    `{ ${Array.from({ length: 10 }, (_, i) => `s${i}: search(query: "${WORDS.join(' OR ')}", first: 5) { nodes { __typename } }`).join(' ')} }`,
  ],
  ['stanceMatrix, no arguments', `{ stanceMatrix { truncated rows { actor { name } cells { stance position { quote article { title } } } } } }`],
  [
    '6 aliases of stanceMatrix',
    `{ ${Array.from({ length: 6 }, (_, i) => `m${i}: stanceMatrix { rows { actor { name } cells { stance position { quote } } } }`).join(' ')} }`,
  ],
  ['actors(100) × alignedActors(100)', `{ actors(first: 100) { nodes { alignedActors(first: 100) { score actor { name } } } } }`],
  ['alignedActors of 4 actors', `{ actors(first: 4, filter: { hasPositions: true }) { nodes { alignedActors(first: 10) { score actor { name } } } } }`],
  ['a search for one common word', `{ search(query: "troops", first: 5) { totalCount nodes { __typename } } }`],
  ['a search for two words OR', `{ search(query: "troops OR ceasefire", first: 5) { nodes { __typename } } }`],
];
const CHEAP = `{ topics(first: 5) { nodes { name } } }`;

async function heavyReads(url: string): Promise<void> {
  log(`heavy: four clients loop the heavy queries for ${SECONDS} s; a cheap reader and /readyz meanwhile`);
  const port = await freePort();
  const server = await startServer({ DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'warn', API_TOKENS: TOKEN });
  const endpoint = `http://127.0.0.1:${port}/graphql`;
  try {
    // Each alone first: refused within 500 ms, or answered within 1 s.
    for (const [name, query] of HEAVY) {
      await post(endpoint, query); // the plan cache and the statistics warm
      const answer = await post(endpoint, query);
      const refused = answer.code === 'QUERY_TOO_COMPLEX';
      if (undocumented(answer)) failures.push(`heavy: "${name}" alone answered HTTP ${answer.status} ${answer.code ?? ''}`);
      target(
        `"${name}" alone ${refused ? 'refused within 500 ms' : 'answered within 1 s'}`,
        refused ? answer.ms < 500 : answer.ms < 1000 && answer.status === 200,
        `${refused ? 'refused' : `HTTP ${answer.status}${answer.code ? ` ${answer.code}` : ''}`} in ${ms(answer.ms)}`,
      );
    }
    const readyz = poll(`http://127.0.0.1:${port}/readyz`, 100);
    const end = Date.now() + SECONDS * 1000;
    const outcomes = new Map<string, number>();
    const cheap: number[] = [];
    await Promise.all([
      ...Array.from({ length: 4 }, async (_, client) => {
        for (let n = client; Date.now() < end; n++) {
          const [name, query] = HEAVY[n % HEAVY.length]!;
          const answer = await post(endpoint, query);
          const outcome = answer.status === 200 ? (answer.code ?? 'answered') : `${answer.status} ${answer.code}`;
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          if (undocumented(answer)) failures.push(`heavy: "${name}" answered HTTP ${answer.status} ${answer.code ?? ''} under load`);
        }
      }),
      (async () => {
        while (Date.now() < end) {
          const answer = await post(endpoint, CHEAP);
          cheap.push(answer.ms);
          if (answer.status !== 200 || answer.code) failures.push(`heavy: the cheap reader got HTTP ${answer.status} ${answer.code ?? ''}`);
        }
      })(),
    ]);
    const probes = await readyz.stop();
    const notReady = probes.filter((p) => p.status !== 200).length;
    log(`  heavy answers: ${[...outcomes].map(([outcome, n]) => `${n} ${outcome}`).join(', ')}`);
    log(`  cheap reader: ${cheap.length} requests, p50 ${ms(quantile(cheap, 0.5))}, p99 ${ms(quantile(cheap, 0.99))}, max ${ms(Math.max(...cheap))}`);
    if (notReady) failures.push(`heavy: /readyz answered other than 200 ${notReady} times of ${probes.length} while the database was up`);
    log(`  /readyz: ${probes.length - notReady} of ${probes.length} answered 200, slowest ${ms(Math.max(...probes.map((p) => p.ms)))}`);
    target("a cheap reader's p99 under 300 ms while four clients loop the heavy queries", quantile(cheap, 0.99) < 300, `p99 ${ms(quantile(cheap, 0.99))}`);
  } finally {
    await server.stop();
  }
}

/** A digest of invented articles (no real event, names of the seed), `size` characters or just under. */
function digestOf(size: number): string {
  const actors = ['Keir Starmer', 'Emmanuel Macron', 'Friedrich Merz', 'Giorgia Meloni', 'Russia', 'China', 'the United States', 'Mark Rutte'];
  const topics = ['a ceasefire line', 'security guarantees', 'troop deployment', 'the minerals deal', 'NATO membership', 'air defence'];
  let text = 'Abuse test digest (invented articles)\n\n';
  for (let i = 0; ; i++) {
    const a = actors[i % actors.length]!;
    const b = actors[(i * 3 + 1) % actors.length]!;
    const t = topics[i % topics.length]!;
    const block =
      `Invented report ${i}: ${a} and ${b} on ${t}\n` +
      `${a} met ${b} to discuss ${t} in an invented meeting numbered ${i}. Officials said the talks on ${t} would continue, ` +
      `and ${b} asked for more detail about ${t}. Neither side announced a decision after the meeting, and advisers were told ` +
      `to prepare a paper on ${t} before the next round; ${a} said the work would take several weeks.\nRead More\n\n`;
    if (text.length + block.length > size) return text;
    text += block;
  }
}

async function sizeLimitImport(url: string): Promise<void> {
  const digest = digestOf(950_000);
  log(`import: a ${digest.length.toLocaleString('en')}-character digest through importDigest while /healthz is polled every 50 ms`);
  const port = await freePort();
  const server = await startServer({ DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'warn', API_TOKENS: TOKEN });
  try {
    const healthz = poll(`http://127.0.0.1:${port}/healthz`, 50);
    const answer = await post(
      `http://127.0.0.1:${port}/graphql`,
      `mutation ($text: String!) { importDigest(input: { text: $text }) { created { slug } userErrors { code message } } }`,
      { text: digest },
    );
    const probes = await healthz.stop();
    const created = answer.data?.importDigest?.created?.length ?? 0;
    const errors = answer.data?.importDigest?.userErrors ?? [];
    log(
      `  HTTP ${answer.status}${answer.code ? ` ${answer.code}` : ''} in ${(answer.ms / 1000).toFixed(1)} s: ${created} articles created, ${errors.length} refusals`,
    );
    if (answer.status !== 200 || answer.code || created === 0)
      failures.push(`import: the digest was not imported (HTTP ${answer.status} ${answer.code ?? ''} ${JSON.stringify(errors).slice(0, 200)})`);
    const slowest = Math.max(...probes.map((p) => p.ms));
    if (probes.some((p) => p.status !== 200)) failures.push('import: /healthz failed during the import');
    target('/healthz within 300 ms throughout a size-limit import', slowest < 300, `${probes.length} probes, slowest ${ms(slowest)}`);
  } finally {
    await server.stop();
  }
}

/**
 * 500 subscribers of positionRecorded over two server instances on one database, while one position is
 * updated 10 times a second through either: each subscriber must be sent every write, in order, each
 * with its own statement (not a later write's), within a second of the write.
 */
async function liveUpdates(url: string): Promise<void> {
  const SUBSCRIBERS = 500;
  const WRITES_PER_SECOND = 10;
  log(`live: ${SUBSCRIBERS} subscribers over two instances, ${WRITES_PER_SECOND} writes a second for ${SECONDS} s`);
  const servers: ServerProcess[] = [];
  const endpoints: string[] = [];
  try {
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      servers.push(
        await startServer({ DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'warn', API_TOKENS: TOKEN }),
      );
      endpoints.push(`http://127.0.0.1:${port}/graphql`);
    }
    const { positions } = (await post(endpoints[0]!, `{ positions(first: 1) { nodes { id } } }`)).data;
    const id: string = positions.nodes[0].id;
    const streams = await Promise.all(
      Array.from({ length: SUBSCRIBERS }, (_, i) =>
        subscribe(endpoints[i % 2]!, `subscription { positionRecorded { id statement actor { name } article { title } } }`),
      ),
    );
    await sleep(500);
    const sentAt = new Map<number, number>();
    const received: number[][] = streams.map(() => []);
    const latencies: number[] = [];
    const wrong: string[] = [];
    let writing = true;
    const readers = streams.map(async (live, s) => {
      for (;;) {
        const result = await live.next(30_000).catch(() => 'complete' as const);
        if (result === 'complete') return;
        const statement: string = result.data?.positionRecorded?.statement ?? '';
        const n = Number(/^Abuse test write (\d+)\.$/.exec(statement)?.[1]);
        if (!Number.isInteger(n) || !sentAt.has(n)) {
          if (result.errors || !writing) wrong.push(JSON.stringify(result).slice(0, 200));
          continue;
        }
        received[s]!.push(n);
        latencies.push(performance.now() - sentAt.get(n)!);
      }
    });
    const writes = WRITES_PER_SECOND * SECONDS;
    const started = performance.now();
    for (let n = 0; n < writes; n++) {
      await sleep(Math.max(0, started + (n * 1000) / WRITES_PER_SECOND - performance.now()));
      sentAt.set(n, performance.now());
      const answer = await post(
        endpoints[n % 2]!,
        `mutation ($id: ID!, $s: String!) { updatePosition(input: { id: $id, statement: $s }) { userErrors { message } } }`,
        {
          id,
          s: `Abuse test write ${n}.`,
        },
      );
      if (answer.status !== 200 || answer.data?.updatePosition?.userErrors?.length)
        failures.push(`live: write ${n} answered HTTP ${answer.status} ${answer.code ?? ''}`);
    }
    await sleep(3000);
    writing = false;
    for (const live of streams) live.close();
    await Promise.all(readers);
    const incomplete = received.filter((got) => got.length !== writes || got.some((n, i) => n !== i)).length;
    log(
      `  ${writes} writes, ${latencies.length} deliveries of ${writes * SUBSCRIBERS}: p50 ${ms(quantile(latencies, 0.5))}, p99 ${ms(quantile(latencies, 0.99))}, max ${ms(Math.max(...latencies))}`,
    );
    if (incomplete) failures.push(`live: ${incomplete} of ${SUBSCRIBERS} subscribers were not sent every write, in order, once`);
    if (wrong.length) failures.push(`live: ${wrong.length} events carried no write of this test (${wrong[0]})`);
    target('p99 delivery under 1 s with 500 subscribers and 10 writes a second', quantile(latencies, 0.99) < 1000, `p99 ${ms(quantile(latencies, 0.99))}`);
  } finally {
    for (const server of servers) await server.stop();
  }
}

const sh = (command: string, args: string[]) => execFileSync(command, args, { stdio: 'pipe', encoding: 'utf8' });

async function outage(): Promise<void> {
  const version = (() => {
    try {
      return sh('ls', ['/etc/postgresql']).trim().split('\n').sort().at(-1)!;
    } catch {
      return undefined;
    }
  })();
  let available = false;
  try {
    sh('which', ['pg_createcluster']);
    available = version !== undefined;
  } catch {
    /* not Debian's PostgreSQL tools */
  }
  if (!available) return log('outage: skipped (needs Debian’s pg_createcluster, run as root)');
  const port = await freePort();
  const cluster = `abuse${process.pid}`;
  sh('pg_createcluster', [version!, cluster, '-p', String(port), '--', '--auth=trust']);
  // Not execFileSync: the clients' timings would include the seconds the command blocked them.
  const start = () => promisify(execFile)('pg_ctlcluster', ['--skip-systemctl-redirect', version!, cluster, 'start']);
  const stop = () => promisify(execFile)('pg_ctlcluster', ['--skip-systemctl-redirect', version!, cluster, 'stop', '-m', 'fast']);
  let server: ServerProcess | undefined;
  try {
    await start();
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    const httpPort = await freePort();
    server = await startServer({ DATABASE_URL: url, PORT: String(httpPort), HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'error', API_TOKENS: TOKEN });
    const endpoint = `http://127.0.0.1:${httpPort}/graphql`;
    log(`outage: a cluster of its own (PostgreSQL ${version}, port ${port}) stopped for 4 s under two writers and a reader`);
    const acknowledged = new Set<string>();
    const answers: (Answer & { at: number })[] = [];
    let running = true;
    const clients = Array.from({ length: 3 }, async (_, client) => {
      for (let n = 0; running; n++) {
        const slug = `outage-${client}-${n}`;
        const answer =
          client < 2
            ? await post(endpoint, `mutation ($slug: String!) { createTopic(input: { slug: $slug, name: $slug }) { topic { slug } } }`, { slug })
            : await post(endpoint, CHEAP);
        answers.push({ ...answer, at: Date.now() });
        if (answer.data?.createTopic?.topic?.slug === slug) acknowledged.add(slug);
        if (undocumented(answer, true)) failures.push(`outage: HTTP ${answer.status} ${answer.code ?? ''}`);
        if (answer.status !== 200) await sleep(50);
      }
    });
    const readyz = poll(`http://127.0.0.1:${httpPort}/readyz`, 50);
    await sleep(1500);
    const stoppedAt = Date.now();
    await stop();
    await sleep(4000);
    // Back when it accepts connections again: pg_ctlcluster returns later, once its own checks are done.
    const startedAt = Date.now();
    const started = start();
    let readyAt = 0;
    let servedAt = 0;
    while ((!readyAt || !servedAt) && Date.now() - startedAt < 15_000) {
      await sleep(20);
      readyAt ||= readyz.answers.find((p) => p.at > startedAt && p.status === 200)?.at ?? 0;
      servedAt ||= answers.find((a) => a.at > startedAt && a.status === 200 && !a.code)?.at ?? 0;
    }
    await started;
    await sleep(1000);
    running = false;
    await Promise.all(clients);
    await readyz.stop();
    // The requests sent while it was down, whenever they were answered (one that hung until its return counts).
    const during = answers.filter((a) => a.at - a.ms > stoppedAt + 100 && a.at - a.ms < startedAt);
    const slowest = Math.max(0, ...during.map((a) => a.ms));
    const unavailable = during.filter((a) => a.code === 'DATABASE_UNAVAILABLE').length;
    log(`  sent during the outage: ${during.length} requests, ${unavailable} answered DATABASE_UNAVAILABLE, slowest answer ${ms(slowest)}`);
    target('a 503 within 2 s while the database is down', during.length > 0 && slowest < 2000, `slowest ${ms(slowest)}`);
    target(
      'ready within 1 s of the database’s return',
      readyAt > 0 && readyAt - startedAt < 1000,
      `/readyz 200 after ${ms(readyAt - startedAt)}, a read served after ${ms(servedAt - startedAt)}`,
    );
    const check = await openDatabase({ url });
    try {
      const stored = new Set((await check.rows<{ slug: string }>(sql`select slug from topics where slug like 'outage-%'`)).map((r) => r.slug));
      const lost = [...acknowledged].filter((slug) => !stored.has(slug));
      log(`  writes: ${acknowledged.size} acknowledged, ${lost.length} lost`);
      if (lost.length) failures.push(`outage: ${lost.length} acknowledged writes are missing (${lost.slice(0, 3).join(', ')})`);
    } finally {
      await check.close();
    }
  } finally {
    await server?.stop().catch(() => {});
    try {
      sh('pg_dropcluster', ['--stop', version!, cluster]);
    } catch (error) {
      log(`  could not drop cluster ${cluster}: ${(error as Error).message}`);
    }
  }
}

async function pgliteDeadline(): Promise<void> {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'stancegraph-abuse-')), 'data');
  const articles = Math.min(ARTICLES, 5000);
  await fill(await openDatabase({ dataDir }), articles);
  log(`pglite: /healthz while two clients loop heavy reads on the embedded database (${articles} synthetic articles, REQUEST_TIMEOUT 2 s)`);
  const port = await freePort();
  const server = await startServer({
    DATABASE_URL: '',
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    REQUEST_TIMEOUT: '2',
    API_TOKENS: TOKEN,
  });
  try {
    const endpoint = `http://127.0.0.1:${port}/graphql`;
    const healthz = poll(`http://127.0.0.1:${port}/healthz`, 50);
    const end = Date.now() + Math.min(SECONDS, 10) * 1000;
    const times: number[] = [];
    let slowestRead = '';
    await Promise.all(
      Array.from({ length: 2 }, async (_, client) => {
        for (let n = client; Date.now() < end; n++) {
          const [name, query] = HEAVY[1 + (n % (HEAVY.length - 1))]!;
          const answer = await post(endpoint, query);
          if (answer.ms > Math.max(0, ...times)) slowestRead = `"${name}", HTTP ${answer.status}${answer.code ? ` ${answer.code}` : ''}`;
          times.push(answer.ms);
          if (undocumented(answer)) failures.push(`pglite: HTTP ${answer.status} ${answer.code ?? ''}`);
        }
      }),
    );
    const probes = await healthz.stop();
    const slowest = Math.max(...probes.map((p) => p.ms));
    log(`  heavy reads: ${times.length}, slowest answered in ${ms(Math.max(...times))} (${slowestRead})`);
    target('every heavy read answered by its 2 s deadline (503 REQUEST_TIMEOUT past it)', Math.max(...times) < 3000, `slowest ${ms(Math.max(...times))}`);
    target('/healthz within 300 ms during heavy PGlite reads', slowest < 300, `${probes.length} probes, slowest ${ms(slowest)}`);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Keeps every core busy (one spinning thread each) until the returned function is called. */
function burnCpu(): () => Promise<void> {
  const workers = Array.from({ length: availableParallelism() }, () => new Worker('for (;;) {}', { eval: true }));
  return async () => void (await Promise.all(workers.map((w) => w.terminate())));
}

async function restores(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'stancegraph-abuse-'));
  const file = join(dir, 'export.ndjson');
  const source = await openDatabase({ dataDir: 'memory://' });
  const lines: string[] = [];
  try {
    await source.migrate();
    await seedOnce(source.db);
    await writeSynthetic(source.db, { articles: 150 });
    await exportAll(source.db, (line) => void lines.push(line));
  } finally {
    await source.close();
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  log(`restore: the same export (${lines.length} lines) ${RESTORES} times into PostgreSQL and into PGlite, every core kept busy`);
  const stopBurning = burnCpu();
  try {
    for (const kind of ['PostgreSQL', 'PGlite'] as const) {
      let ok = 0;
      const times: number[] = [];
      for (let i = 0; i < RESTORES; i++) {
        const { handle, drop } = kind === 'PGlite' ? { handle: await openDatabase({ dataDir: 'memory://' }), drop: async () => {} } : await emptyPostgres();
        try {
          await handle.migrate();
          const started = performance.now();
          const counts = await restore(handle.db, fileLines(file));
          times.push(performance.now() - started);
          if (counts.articles === 160) ok++;
          else failures.push(`restore into ${kind}: ${counts.articles} articles of 160`);
        } catch (error) {
          failures.push(`restore ${i + 1} into ${kind} failed: ${(error as Error).message.slice(0, 300)}`);
        } finally {
          await handle.close();
          await drop();
        }
      }
      log(`  ${kind}: ${ok} of ${RESTORES} restores whole, median ${ms(quantile(times, 0.5))}, slowest ${ms(Math.max(...times))}`);
    }
  } finally {
    await stopBurning();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function emptyPostgres(): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  const database = await newPostgres();
  return { handle: await openDatabase({ url: database.url }), drop: database.drop };
}

async function main() {
  if (SCENARIOS.has('heavy') || SCENARIOS.has('import') || SCENARIOS.has('live')) {
    const database = await syntheticDatabase(ARTICLES);
    try {
      if (SCENARIOS.has('heavy')) await heavyReads(database.url);
      if (SCENARIOS.has('import')) await sizeLimitImport(database.url);
      if (SCENARIOS.has('live')) await liveUpdates(database.url);
    } finally {
      await database.drop();
    }
  }
  if (SCENARIOS.has('outage')) await outage();
  if (SCENARIOS.has('pglite')) await pgliteDeadline();
  if (SCENARIOS.has('restore')) await restores();
  const problems = [...new Set(failures)];
  if (problems.length) log(`FAILED:\n  ${problems.slice(0, 20).join('\n  ')}`);
  if (missed.length) log(`${flags['report-only'] ? 'targets missed (reported only)' : 'FAILED: targets missed'}:\n  ${missed.join('\n  ')}`);
  if (!problems.length && !missed.length) log('passed: no undocumented 5xx, no lost write, ready throughout, every restore whole, every target met');
  process.exit(problems.length || (missed.length && !flags['report-only']) ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(`test:abuse: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
