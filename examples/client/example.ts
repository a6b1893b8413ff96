// What a tracker does with the client: draw the stance grid, and follow changes live.
// Run against a server: npx tsx examples/client/example.ts http://localhost:4000/graphql
import { request, subscribe } from './client.js';
import { StanceChangedDocument, StanceGridDocument, type StanceGridQuery } from './gql/graphql.js';

/** The grid a tracker draws: one line per actor, one stance (or "—") per topic. */
export function gridLines(data: StanceGridQuery): string[] {
  return data.stanceMatrix.rows.map((row) => `${row.actor.name}: ${row.cells.map((cell) => cell.stance ?? '—').join(' | ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const endpoint = process.argv[2] ?? 'http://localhost:4000/graphql';
  const grid = await request(endpoint, StanceGridDocument, { actors: ['UK', 'France', 'Russia'], topics: ['troop-deployment', 'russian-veto'] });
  for (const line of gridLines(grid)) console.log(line);
  console.log('following changes of stance (Ctrl-C to stop)…');
  for await (const { stanceChanged } of subscribe(endpoint, StanceChangedDocument, {}))
    console.log(`${stanceChanged.at}: ${stanceChanged.from} → ${stanceChanged.to}`);
}
