// npm run bench:costs: whether the cost model says what queries really cost. Runs heavy and ordinary
// queries against DATABASE_URL (a synthetic corpus: npm run seed:synthetic -- --articles 100000), each
// three times, and prints its cost beside its median time: the cost limit (300,000) is meant as ~1 s of
// database time, a unit ~3 µs. Exits 1 when a query that ran is off by more than an order of magnitude
// (under 30 or over 3,000 units a millisecond); refused queries show the cost they were refused at.
import { createComplexityRule } from '@pothos/plugin-complexity';
import { parse, validate } from 'graphql';
import { openDatabase } from '../src/db/client.js';
import { schema } from '../src/graphql/schema.js';
import { createApp } from '../src/server.js';
import { estimatesFor, estimatedFieldsOf } from '../src/http/estimates.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('set DATABASE_URL to a PostgreSQL database with a synthetic corpus (npm run seed:synthetic -- --articles 100000)');
const handle = await openDatabase({ url, statementTimeoutMs: 60_000, poolSize: 10 });
const app = createApp({ db: handle.db, requestTimeoutMs: 120_000, statistics: handle.statistics });
const words =
  'troops ceasefire guarantees Russia Ukraine NATO peace talks security Europe France Britain Germany Italy Poland army force deployment border veto minerals deal summit leaders minister president war front line negotiations agreement membership alliance support defence aid weapons sanctions Moscow Kyiv Washington London Paris Berlin Rome'
    .split(' ')
    .slice(0, 42);
const queries: [string, string][] = [
  ['search 1 term', `{ search(query: "troops", first: 5) { totalCount nodes { __typename } } }`],
  ['search 2 OR', `{ search(query: "troops OR ceasefire", first: 5) { nodes { __typename } } }`],
  ['search rare', `{ search(query: "Zelenskyy", first: 5) { nodes { __typename } } }`],
  ['aligned x4', `{ actors(first: 4, filter: {hasPositions: true}) { nodes { alignedActors(first: 10) { score actor { name } } } } }`],
  ['search 2 terms', `{ search(query: "troops ceasefire", first: 5) { nodes { __typename } } }`],
  ['search 10 OR', `{ search(query: "${words.slice(0, 10).join(' OR ')}", first: 5) { nodes { __typename } } }`],
  ['search 42 OR', `{ search(query: "${words.join(' OR ')}", first: 5) { nodes { __typename } } }`],
  ['matrix unbounded', `{ stanceMatrix { truncated rows { actor { name } cells { stance position { quote article { title } } } } } }`],
  ['aligned x1', `{ actors(first: 1, filter: {hasPositions: true}) { nodes { alignedActors(first: 10) { score actor { name } } } } }`],
  ['aligned x10', `{ actors(first: 10, filter: {hasPositions: true}) { nodes { alignedActors(first: 10) { score actor { name } } } } }`],
  ['articles 100', `{ articles(first: 100) { nodes { title actors { name } positions { stance } } } }`],
  ['actors 100 positions', `{ actors(first: 100) { nodes { name positions(first: 10) { nodes { stance topic { name } article { title } } } } } }`],
];
let failed = 0;
for (const [name, query] of queries) {
  let cost = 0;
  const document = parse(query);
  const estimates = await estimatesFor(handle.statistics, estimatedFieldsOf({ schema, document, variableValues: {} } as never));
  validate(schema, document, [
    createComplexityRule({
      variableValues: {},
      context: { estimates },
      validate: ({ complexity }) => {
        cost = complexity;
      },
    }),
  ]);
  const times: number[] = [];
  let status = 0;
  let err = '';
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = await app.fetch('http://x/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await r.json()) as { errors?: { message: string }[] };
    times.push(performance.now() - t);
    status = r.status;
    err = body.errors?.[0]?.message.slice(0, 80) ?? '';
  }
  times.sort((a, b) => a - b);
  const perMs = cost / times[1]!;
  const off = status === 200 && (perMs < 30 || perMs > 3000);
  if (off) failed++;
  console.log(
    `${name.padEnd(22)} cost ${String(cost).padStart(8)}  ${status === 200 ? `${times[1]!.toFixed(0).padStart(6)} ms  ${perMs.toFixed(0).padStart(5)} units/ms` : `refused (${err.slice(0, 40)})`}${off ? '  OFF BY AN ORDER OF MAGNITUDE' : ''}`,
  );
}
await handle.close();
if (failed) process.exit(1);
