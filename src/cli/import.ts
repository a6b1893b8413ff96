import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeDatabase, readConfig } from '../config.js';
import { withDatabase } from '../db/client.js';
import { digestItems } from '../models/digest.js';
import { feedItems } from '../models/feed.js';
import { prepareImport, writeImport } from '../models/imports.js';
import { domainErrorOf } from '../models/errors.js';
import { isExport } from '../transfer/format.js';
import { fileLines, restore, RestoreError } from '../transfer/restore.js';
import { runCli } from './run.js';

// npm run import -- FILE [--source NAME] [--published-at 2025-08-15T00:00:00Z] [--url URL] [--merge]
// FILE is a digest (text), an RSS 2.0 / Atom feed (XML, told by its first character), or an export
// (npm run export, told by its header line). Into the configured database, or, for a digest or feed
// with --url, through the importDigest / importFeed mutation of a running server (the only way into
// an embedded database that server holds). An export is restored into an empty database, or merged
// by slug with --merge.

const USAGE =
  'usage: npm run import -- path/to/digest.txt|feed.xml [--source NAME] [--published-at ISO-DATE] [--url http://host:port/graphql]\n       npm run import -- export.ndjson [--merge]';

/** What is printed per article, whichever way the digest went. */
interface Report {
  created: boolean;
  article: { slug: string };
  actors: { slug: string }[];
  unmatchedNames: string[];
  removedCharacters: number;
}

type Digest = { kind: 'digest'; text: string; sourceName?: string; publishedAt?: Date };
type Feed = { kind: 'feed'; xml: string; sourceName?: string };
type Input = Digest | Feed;

/** A file is a feed when its first character, after a byte-order mark and white space, is "<". */
const isFeed = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('<');

const refusal = (path: string, messages: string[]) => new Error(`${path} was not imported, nothing was written:\n  ${messages.join('\n  ')}`);

async function writeToDatabase(path: string, input: Input): Promise<{ reports: Report[]; target: string; suggestionsMade: number }> {
  const config = readConfig();
  // The articles and their names are read first; the transaction then only writes (as the mutations do).
  const { reports, suggestions } = await withDatabase(config, (handle) =>
    (async () => {
      const prepared = await prepareImport(handle.db, input.kind === 'feed' ? await feedItems(input) : digestItems(input));
      return handle.db.transaction((tx) => writeImport(tx, prepared));
    })().catch((error: unknown) => {
      // The same reading of a refusal as the importDigest mutation's userErrors.
      const refused = domainErrorOf(error);
      if (refused)
        throw refusal(
          path,
          refused.errors.map((e) => e.message),
        );
      throw error;
    }),
  );
  for (const failure of suggestions.failed)
    console.error(`import: the suggestion engine failed on ${failure.slug} (${failure.message}); suggest again with npm run suggest`);
  return { reports, target: describeDatabase(config), suggestionsMade: suggestions.made };
}

const mutation = (name: string) => `mutation Import($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) {
  ${name}(input: $input) {
    articles { created article { slug } actors { slug } unmatchedNames removedCharacters }
    suggestionsMade
    userErrors { field message }
  }
}`;

/** Sends the digest or feed to a running server's importDigest or importFeed, with the write token of STANCEGRAPH_TOKEN. */
async function sendToServer(url: string, path: string, input: Input): Promise<{ reports: Report[]; target: string; suggestionsMade: number }> {
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
    throw new Error(`--url must be the server's GraphQL address, such as http://localhost:4000/graphql (got "${url.slice(0, 200)}")`);
  const { kind: _kind, ...fields } = input;
  const name = input.kind === 'feed' ? 'importFeed' : 'importDigest';
  const variables = input.kind === 'digest' ? { ...fields, publishedAt: input.publishedAt?.toISOString() } : fields;
  const token = process.env.STANCEGRAPH_TOKEN;
  if (!token)
    throw new Error(
      '--url needs a write token of that server in the environment variable STANCEGRAPH_TOKEN (one of its API_TOKENS, or the token it printed at start)',
    );
  const request = {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: mutation(name), variables: { input: variables } }),
  };
  let response: Response;
  try {
    response = await fetch(url, request);
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new Error(`cannot reach ${url}: ${cause?.code ?? cause?.message ?? (error as Error).message}; is the server running there?`);
  }
  const body = (await response.json().catch(() => undefined)) as
    | {
        data?: Record<string, { articles: Report[] | null; suggestionsMade: number; userErrors: { field: string[]; message: string }[] }> | null;
        errors?: { message: string }[];
      }
    | undefined;
  if (!body) throw new Error(`${url} answered HTTP ${response.status}, not a GraphQL response; is it the server's GraphQL address?`);
  if (body.errors?.length)
    throw refusal(
      path,
      body.errors.map((e) => e.message),
    );
  const result = body.data![name]!;
  if (result.userErrors.length)
    throw refusal(
      path,
      result.userErrors.map((e) => `${e.field.join('.')}: ${e.message}`),
    );
  return { reports: result.articles ?? [], target: new URL(url).host, suggestionsMade: result.suggestionsMade };
}

const unreadable = (path: string, error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  return new Error(`cannot read ${path}: ${code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message}`);
};

/** The first line of a file (at most 4 KB of it), read without reading the rest. */
function firstLine(path: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(4096);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString('utf8').split('\n')[0]!;
  } catch (error) {
    throw unreadable(path, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Restores an export (npm run export) into the configured database, streaming it line by line. */
async function restoreExport(path: string, merge: boolean): Promise<void> {
  const config = readConfig();
  const started = performance.now();
  const counts = await withDatabase(config, (handle) =>
    restore(handle.db, fileLines(path), {
      merge,
      progress: (read) =>
        console.error(
          `import: read ${Object.entries(read)
            .map(([type, n]) => `${n} ${type}s`)
            .join(', ')} after ${((performance.now() - started) / 1000).toFixed(1)} s`,
        ),
    }).catch((error: unknown) => {
      if (error instanceof RestoreError) throw refusal(path, error.problems);
      throw error;
    }),
  );
  const summary = Object.entries(counts)
    .map(([table, n]) => `${n} ${table}`)
    .join(', ');
  console.log(
    `${path} → ${describeDatabase(config)}: restored ${summary}${merge ? ' (records it held already were left as they were; a merge writes revisions of its own, not the file’s)' : ''}`,
  );
}

runCli('import', async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { source: { type: 'string' }, 'published-at': { type: 'string' }, url: { type: 'string' }, merge: { type: 'boolean' } },
  });
  if (positionals.length !== 1) throw new Error(USAGE);
  const path = positionals[0]!;
  if (isExport(firstLine(path))) {
    if (values.url)
      throw new Error(
        'an export is restored into a database directly, not through a server: stop the server that holds the embedded database, or set DATABASE_URL',
      );
    if (values.source || values['published-at']) throw new Error('--source and --published-at are for digests and feeds: an export holds its own');
    return restoreExport(path, values.merge ?? false);
  }
  if (values.merge) throw new Error('--merge is for exports (npm run export): digests and feeds always skip the articles present already');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw unreadable(path, error);
  }
  const publishedAt = values['published-at'] === undefined ? undefined : new Date(values['published-at']);
  if (publishedAt && Number.isNaN(publishedAt.getTime()))
    throw new Error(`--published-at must be a date such as 2025-08-15T00:00:00Z (got "${values['published-at']}")`);
  let input: Input = { kind: 'digest', text, sourceName: values.source, publishedAt };
  if (isFeed(text)) {
    if (publishedAt) throw new Error('--published-at is for digests: a feed gives each item its own date');
    input = { kind: 'feed', xml: text, sourceName: values.source };
  }

  const { reports, target, suggestionsMade } = values.url ? await sendToServer(values.url, path, input) : await writeToDatabase(path, input);
  for (const r of reports) {
    console.log(`${r.created ? 'created' : 'skipped (already present)'}: ${r.article.slug}`);
    console.log(`  actors: ${r.actors.map((a) => a.slug).join(', ') || '(none)'}`);
    if (r.unmatchedNames.length) console.log(`  unmatched names: ${r.unmatchedNames.join(', ')}`);
    if (r.removedCharacters) console.log(`  removed ${r.removedCharacters} control character${r.removedCharacters === 1 ? '' : 's'} from its text`);
  }
  const created = reports.filter((r) => r.created).length;
  console.log(`${path} → ${target}: ${created} created, ${reports.length - created} skipped; ${suggestionsMade} suggested positions to review`);
});
