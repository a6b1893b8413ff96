import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeDatabase, readConfig } from '../config.js';
import { withDatabase } from '../db/client.js';
import { importDigest } from '../models/digest.js';
import { domainErrorOf } from '../models/errors.js';
import { runCli } from './run.js';

// npm run import -- path/to/digest.txt [--source NAME] [--published-at 2025-08-15T00:00:00Z] [--url URL]
// Into the configured database, or, with --url, through the importDigest mutation of a running
// server (the only way into an embedded database that server holds).

const USAGE = 'usage: npm run import -- path/to/digest.txt [--source NAME] [--published-at ISO-DATE] [--url http://host:port/graphql]';

/** What is printed per article, whichever way the digest went. */
interface Report {
  created: boolean;
  article: { slug: string };
  actors: { slug: string }[];
  unmatchedNames: string[];
}

type Digest = { text: string; sourceName?: string; publishedAt?: Date };

const refusal = (path: string, messages: string[]) => new Error(`${path} was not imported, nothing was written:\n  ${messages.join('\n  ')}`);

async function writeToDatabase(path: string, digest: Digest): Promise<{ reports: Report[]; target: string }> {
  const config = readConfig();
  const { reports } = await withDatabase(config, (handle) =>
    handle.db
      .transaction((tx) => importDigest(tx, digest))
      .catch((error: unknown) => {
        // The same reading of a refusal as the importDigest mutation's userErrors.
        const refused = domainErrorOf(error);
        if (refused) throw refusal(path, refused.errors.map((e) => e.message));
        throw error;
      }),
  );
  return { reports, target: describeDatabase(config) };
}

const IMPORT = `mutation Import($input: ImportDigestInput!) {
  importDigest(input: $input) {
    articles { created article { slug } actors { slug } unmatchedNames }
    userErrors { field message }
  }
}`;

/** Sends the digest to a running server's importDigest, with the write token of STANCEGRAPH_TOKEN. */
async function sendToServer(url: string, path: string, digest: Digest): Promise<{ reports: Report[]; target: string }> {
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) throw new Error(`--url must be the server's GraphQL address, such as http://localhost:4000/graphql (got "${url.slice(0, 200)}")`);
  const token = process.env.STANCEGRAPH_TOKEN;
  if (!token) throw new Error('--url needs a write token of that server in the environment variable STANCEGRAPH_TOKEN (one of its API_TOKENS, or the token it printed at start)');
  const request = {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: IMPORT, variables: { input: { ...digest, publishedAt: digest.publishedAt?.toISOString() } } }),
  };
  let response: Response;
  try {
    response = await fetch(url, request);
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new Error(`cannot reach ${url}: ${cause?.code ?? cause?.message ?? (error as Error).message}; is the server running there?`);
  }
  const body = (await response.json().catch(() => undefined)) as
    | { data?: { importDigest: { articles: Report[] | null; userErrors: { field: string[]; message: string }[] } } | null; errors?: { message: string }[] }
    | undefined;
  if (!body) throw new Error(`${url} answered HTTP ${response.status}, not a GraphQL response; is it the server's GraphQL address?`);
  if (body.errors?.length) throw refusal(path, body.errors.map((e) => e.message));
  const result = body.data!.importDigest;
  if (result.userErrors.length) throw refusal(path, result.userErrors.map((e) => `${e.field.join('.')}: ${e.message}`));
  return { reports: result.articles ?? [], target: new URL(url).host };
}

runCli('import', async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { source: { type: 'string' }, 'published-at': { type: 'string' }, url: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new Error(USAGE);
  const path = positionals[0]!;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot read ${path}: ${code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message}`);
  }
  const publishedAt = values['published-at'] === undefined ? undefined : new Date(values['published-at']);
  if (publishedAt && Number.isNaN(publishedAt.getTime()))
    throw new Error(`--published-at must be a date such as 2025-08-15T00:00:00Z (got "${values['published-at']}")`);
  const digest = { text, sourceName: values.source, publishedAt };

  const { reports, target } = values.url ? await sendToServer(values.url, path, digest) : await writeToDatabase(path, digest);
  for (const r of reports) {
    console.log(`${r.created ? 'created' : 'skipped (already present)'}: ${r.article.slug}`);
    console.log(`  actors: ${r.actors.map((a) => a.slug).join(', ') || '(none)'}`);
    if (r.unmatchedNames.length) console.log(`  unmatched names: ${r.unmatchedNames.join(', ')}`);
  }
  const created = reports.filter((r) => r.created).length;
  console.log(`${path} → ${target}: ${created} created, ${reports.length - created} skipped`);
});
