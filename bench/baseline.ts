// The benchmark's floor: each operation answered by one hand-written SQL statement, its JSON sent as
// it comes over plain node:http, on sessions planned as the server's are (PLANNER_SETTINGS). Run by bench/run.ts in a process of its own:
//   BASELINE_OPERATIONS='{"Q1":{"sql":"…","params":[]},…}' PORT=… DATABASE_URL=…|DATA_DIR=… node --import tsx bench/baseline.ts
import { createServer } from 'node:http';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { PGLITE_SETTINGS, PLANNER_SETTINGS } from '../src/db/client.js';

const operations = JSON.parse(process.env.BASELINE_OPERATIONS!) as Record<string, { sql: string; params: unknown[] }>;
// The JSON comes out of PostgreSQL as text and goes out as it is: no parsing, no serialising.
const asText = (text: string) => `select data::text as data from (${text}) answer`;
let run: (sql: string, params: unknown[]) => Promise<string | undefined>;
if (process.env.DATABASE_URL) {
  const client = postgres(process.env.DATABASE_URL, { max: 10, onnotice: () => {}, connection: PLANNER_SETTINGS });
  run = async (text, params) => (await client.unsafe(asText(text), params as never[], { prepare: true }))[0]?.data;
} else {
  const client = await PGlite.create({ dataDir: process.env.DATA_DIR!, postgresqlconf: PGLITE_SETTINGS });
  run = async (text, params) => (await client.query<{ data: string }>(asText(text), params)).rows[0]?.data;
}

const server = createServer(async (request, response) => {
  const operation = operations[decodeURIComponent(request.url!.slice(1))];
  if (!operation) return response.writeHead(404).end();
  try {
    const data = await run(operation.sql, operation.params);
    response.writeHead(200, { 'content-type': 'application/json' }).end(`{"data":${data ?? 'null'}}`);
  } catch (error) {
    response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('baseline ready'));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
