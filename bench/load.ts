// npm run test:load [-- --clients 50 --seconds 30]
//
// A load test of the real server (`npm start`'s entry point, in its own process, NODE_ENV=production)
// on PostgreSQL: N clients for S seconds, each in a loop of mixed reads and writes over loopback:
// reads (a page of articles with their actors and positions, the stance matrix, a search), creating
// topics (each acknowledged one must exist afterwards, each refused one must not), and incrementing
// counters held in three shared articles with optimistic locking (`expectedVersion`; a CONFLICT is
// re-read and retried), so that a lost update would show as a count short of the acknowledged ones.
// Then it checks: no HTTP 5xx and no unexpected error, the topics and counters exactly as acknowledged,
// and the server's RSS back near its level before the load. It creates its own database (on the
// server of DATABASE_URL or TEST_DATABASE_URL) and drops it afterwards. Exit code 1 on any failure.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.js';
import { freePort, rssMb, startServer } from '../test/helpers/server-process.js';

const { values: flags } = parseArgs({ options: { clients: { type: 'string', default: '50' }, seconds: { type: 'string', default: '30' } } });
const CLIENTS = Number(flags.clients);
const SECONDS = Number(flags.seconds);
for (const [name, value] of Object.entries({ clients: CLIENTS, seconds: SECONDS }))
  if (!Number.isInteger(value) || value < 1 || value > 500) throw new Error(`--${name} must be a whole number from 1 to 500`);
const serverUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
if (!serverUrl)
  throw new Error('npm run test:load needs a PostgreSQL server: set DATABASE_URL (or TEST_DATABASE_URL), e.g. postgres://postgres@127.0.0.1:5432/postgres');

const TOKEN = `load-${randomBytes(12).toString('hex')}`;
const COUNTERS = [
  'russia-demands-veto-over-ukraines-security-guarantees',
  'zelenskyy-rejects-china-as-security-guarantor-for-ukraine',
  'meloni-proposes-nato-security-for-ukraine-without-membership',
];
const log = (line: string) => process.stdout.write(`${line}\n`);
/** The resident memory of the server, in MB; 0 once it has exited. */
const rssOf = (pid: number) => rssMb(pid) || 0;

const READS = [
  '{ articles(first: 10) { nodes { title actors { name } positions { stance quote actor { name } } } } }',
  '{ stanceMatrix(actors: ["UK", "France", "Russia", "U.S."], topics: ["troop-deployment", "russian-veto"]) { rows { actor { name } cells { stance } } } }',
  '{ search(query: "security guarantees", first: 5) { totalCount nodes { __typename } } }',
];

interface Tally {
  requests: number;
  failures: string[];
  topicsAcknowledged: Set<string>;
  topicsRefused: Set<string>;
  increments: Map<string, number>;
  conflicts: number;
  latencies: number[];
}

async function main() {
  const name = `stancegraph_load_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = await openDatabase({ url: serverUrl });
  await admin.rows(sql.raw(`create database "${name}"`));
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  const port = await freePort();
  const server = await startServer({
    DATABASE_URL: url.toString(),
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    API_TOKENS: TOKEN,
  });
  const endpoint = `http://127.0.0.1:${port}/graphql`;
  const tally: Tally = {
    requests: 0,
    failures: [],
    topicsAcknowledged: new Set(),
    topicsRefused: new Set(),
    increments: new Map(),
    conflicts: 0,
    latencies: [],
  };
  let ok = false;
  try {
    const call = async (query: string, variables?: Record<string, unknown>) => {
      const started = performance.now();
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
      tally.requests++;
      tally.latencies.push(performance.now() - started);
      if (response.status >= 500 || body.errors) tally.failures.push(`HTTP ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
      return body.data;
    };

    // Counters start at 0; warm up; RSS before the load.
    for (const slug of COUNTERS) await setCounter(call, slug, 0);
    for (const query of READS) await call(query);
    const rssBefore = rssOf(server.child.pid!);

    const end = Date.now() + SECONDS * 1000;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, rssOf(server.child.pid!))), 250);
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        for (let n = 0; Date.now() < end; n++) {
          const pick = (client * 7 + n) % 10;
          if (pick < 5) await call(READS[n % READS.length]!);
          else if (pick < 7) await createTopic(call, tally, `load-${client}-${n}`);
          else await increment(call, tally, COUNTERS[(client + n) % COUNTERS.length]!);
        }
      }),
    );
    clearInterval(sampler);
    const requests = tally.requests;
    // Idle a moment, then measure again: what the load allocated should have been given back.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const rssAfter = rssOf(server.child.pid!);

    // What the database holds against what was acknowledged.
    const check = await openDatabase({ url: url.toString() });
    const problems: string[] = [...new Set(tally.failures)].slice(0, 10);
    try {
      const topics = new Set((await check.rows<{ slug: string }>(sql`select slug from topics where slug like 'load-%'`)).map((r) => r.slug));
      const missing = [...tally.topicsAcknowledged].filter((slug) => !topics.has(slug));
      const unexpected = [...topics].filter((slug) => !tally.topicsAcknowledged.has(slug));
      if (missing.length) problems.push(`${missing.length} acknowledged topics are missing (${missing.slice(0, 3).join(', ')})`);
      if (unexpected.length) problems.push(`${unexpected.length} topics exist that were never acknowledged (${unexpected.slice(0, 3).join(', ')})`);
      for (const slug of COUNTERS) {
        const [row] = await check.rows<{ source_name: string }>(sql`select source_name from articles where slug = ${slug}`);
        const expected = tally.increments.get(slug) ?? 0;
        if (row?.source_name !== `count ${expected}`)
          problems.push(`${slug}: holds "${row?.source_name}", ${expected} increments were acknowledged (a lost update)`);
      }
    } finally {
      await check.close();
    }
    if (tally.failures.length) problems.unshift(`${tally.failures.length} requests failed (HTTP 5xx or an unexpected error)`);
    const rssLimit = Math.max(rssBefore * 1.5, rssBefore + 100);
    if (rssAfter > rssLimit) problems.push(`RSS after the load ${rssAfter.toFixed(0)} MB, over ${rssLimit.toFixed(0)} MB (before: ${rssBefore.toFixed(0)} MB)`);

    const sorted = [...tally.latencies].sort((a, b) => a - b);
    const quantile = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
    log(`load: ${CLIENTS} clients for ${SECONDS} s on PostgreSQL (${url.host}), server in production mode`);
    log(`  ${requests} requests (${(requests / SECONDS).toFixed(0)}/s), p50 ${quantile(0.5)} ms, p99 ${quantile(0.99)} ms`);
    log(`  topics created: ${tally.topicsAcknowledged.size} acknowledged, ${tally.topicsRefused.size} refused; all found exactly`);
    log(`  counter increments: ${[...tally.increments.values()].reduce((a, b) => a + b, 0)} acknowledged, ${tally.conflicts} CONFLICTs re-read and retried`);
    log(`  server RSS: ${rssBefore.toFixed(0)} MB before, ${peak.toFixed(0)} MB at peak, ${rssAfter.toFixed(0)} MB 5 s after`);
    if (server.child.exitCode !== null || server.child.signalCode !== null)
      problems.unshift(`the server exited during the load (${server.child.exitCode ?? server.child.signalCode}):\n${server.output().slice(-3000)}`);
    if (problems.length) {
      log(`FAILED:\n  ${problems.join('\n  ')}`);
    } else {
      log('passed: no 5xx, no lost acknowledged write, no lost update, memory returned');
      ok = true;
    }
  } finally {
    await server.stop();
    await admin.rows(sql.raw(`drop database if exists "${name}" with (force)`)).catch(() => {});
    await admin.close();
  }
  process.exit(ok ? 0 : 1);
}

type Call = (query: string, variables?: Record<string, unknown>) => Promise<any>;

async function setCounter(call: Call, slug: string, value: number): Promise<void> {
  const { article } = await call(`query ($slug: String!) { article(slug: $slug) { id version } }`, { slug });
  await call(`mutation ($input: UpdateArticleInput!) { updateArticle(input: $input) { userErrors { message } } }`, {
    input: { id: article.id, expectedVersion: article.version, sourceName: `count ${value}` },
  });
}

async function createTopic(call: Call, tally: Tally, slug: string): Promise<void> {
  const data = await call(`mutation ($input: CreateTopicInput!) { createTopic(input: $input) { topic { slug } userErrors { code message } } }`, {
    input: { slug, name: `Load topic ${slug}` },
  });
  if (data?.createTopic?.topic?.slug === slug) tally.topicsAcknowledged.add(slug);
  else tally.topicsRefused.add(slug);
}

/** Reads the counter and its version, writes counter + 1 with that version; on CONFLICT, reads again. */
async function increment(call: Call, tally: Tally, slug: string): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const data = await call(`query ($slug: String!) { article(slug: $slug) { id version sourceName } }`, { slug });
    if (!data?.article) return;
    const { id, version, sourceName } = data.article;
    const count = Number(/^count (\d+)$/.exec(sourceName)?.[1]);
    const result = await call(`mutation ($input: UpdateArticleInput!) { updateArticle(input: $input) { article { version } userErrors { code } } }`, {
      input: { id, expectedVersion: version, sourceName: `count ${count + 1}` },
    });
    const payload = result?.updateArticle;
    if (payload?.article) {
      tally.increments.set(slug, (tally.increments.get(slug) ?? 0) + 1);
      return;
    }
    if (payload?.userErrors?.[0]?.code !== 'CONFLICT') {
      tally.failures.push(`updateArticle refused: ${JSON.stringify(payload?.userErrors)}`);
      return;
    }
    tally.conflicts++;
  }
}

main().catch((error: unknown) => {
  console.error(`test:load: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
