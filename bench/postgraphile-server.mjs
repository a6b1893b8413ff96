// PostGraphile 5 on the benchmark's database, for `npm run bench -- --postgraphile DIR`: the peer the
// issue's targets name. Plain JavaScript, since it runs under the Node that PostGraphile 5 needs
// (≥ 22; on Node 20 every select fails with "Cannot read properties of undefined (reading 'items')")
// and loads PostGraphile from DIR, not from this project's node_modules. Run by bench/postgraphile.ts:
//   POSTGRAPHILE_DIR=… DATABASE_URL=… PGOPTIONS=… PORT=… node bench/postgraphile-server.mjs
//
// Configured as a user of PostGraphile would for these reads: the Amber preset over the public
// schema, a pool of 10 (the server's), and one order PostGraphile cannot infer: newest first,
// undated last, on the expression the database's index serves (articles_newest_idx), so that both
// servers read the same index.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(join(process.env.POSTGRAPHILE_DIR, 'node_modules', 'bench.cjs'));
const load = (name) => import(pathToFileURL(require.resolve(name)).href);

const { postgraphile } = await load('postgraphile');
const { PostGraphileAmberPreset } = await load('postgraphile/presets/amber');
const { makePgService } = await load('postgraphile/adaptors/pg');
const { grafserv } = await load('postgraphile/grafserv/node');
const { addPgTableOrderBy, orderByAscDesc } = await load('postgraphile/utils');
const { TYPES } = await load('postgraphile/@dataplan/pg');
const { sql } = await load('postgraphile/pg-sql2');

const newest = addPgTableOrderBy({ schemaName: 'public', tableName: 'articles' }, () =>
  orderByAscDesc('NEWEST', (query) => ({ fragment: sql`coalesce(${query.alias}.published_at, '-infinity'::timestamptz)`, codec: TYPES.timestamptz })),
);
const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  plugins: [newest],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public'], poolConfig: { max: 10, options: process.env.PGOPTIONS } })],
  grafserv: { graphqlPath: '/graphql', watch: false },
  grafast: { explain: false },
});
const server = createServer();
await pgl.createServ(grafserv).addTo(server);
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('postgraphile ready'));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
