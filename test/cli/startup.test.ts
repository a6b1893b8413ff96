import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { databaseKind } from '../helpers/database.js';
import { freePort, startServer, type ServerProcess } from '../helpers/server-process.js';

// Every test here starts processes that compile with tsx: 1–47 s alone, over 30 s for several on a
// loaded machine (two suites at once), so the file's timeout is 3× the slowest measured.
vi.setConfig({ testTimeout: 150_000 });

const MAIN = ['src/cli/start.mjs'];
const scratch = mkdtempSync(join(tmpdir(), 'stancegraph-startup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Starts the server the way `npm start` does and returns its exit code and output. */
function startAndWait(env: Record<string, string>) {
  const run = spawnSync(process.execPath, MAIN, {
    env: { ...process.env, LOG_LEVEL: 'info', DATABASE_URL: '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stderr: run.stderr, stdout: run.stdout };
}

describe.skipIf(databaseKind !== 'pglite')('start-up with bad configuration ends with one clear line', () => {
  it.each([
    [{ DATABASE_URL: 'mysql://localhost/db' }, /^stancegraph: DATABASE_URL must be a URL of the form postgres:\/\/user:password@host:5432\/database\n$/],
    [{ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nowhere' }, /^stancegraph: cannot connect to PostgreSQL at 127\.0\.0\.1:1\/nowhere: .*ECONNREFUSED.*\n$/],
    [{ PORT: 'eighty' }, /^stancegraph: PORT must be a number \(got "eighty"\)\n$/],
    [{ PORT: '70000' }, /^stancegraph: PORT must be at most 65535 \(got "70000"\)\n$/],
    [{ LOG_LEVEL: 'loud' }, /^stancegraph: LOG_LEVEL .*"loud".*\n$/],
  ])('%o', (env, message) => {
    const run = startAndWait(env);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
  });

  it('a corrupt data directory', () => {
    const dataDir = join(scratch, 'corrupt');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'PG_VERSION'), 'not a database\n');
    const run = startAndWait({ DATA_DIR: dataDir });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^stancegraph: cannot open the embedded database in ${dataDir}: .*set DATA_DIR to another one\\n$`));
  });
});

describe.skipIf(databaseKind !== 'pglite')('the compiled copy npm start runs', () => {
  it('is compiled once per version of the sources, complete, under node_modules/.cache', () => {
    const where = () =>
      spawnSync(process.execPath, ['-e', "import('./src/cli/start.mjs').then(async (m) => console.log(await m.compiled()))"], { encoding: 'utf8' });
    const first = where();
    expect(first.status, first.stderr).toBe(0);
    const dir = first.stdout.trim();
    expect(dir).toMatch(/node_modules\/\.cache\/stancegraph\/server-[0-9a-f]{16}$/);
    for (const file of ['main.js', 'server.js', 'sqlread/plugin.js', 'db/client.js']) expect(existsSync(join(dir, file)), file).toBe(true);
    // The same sources, the same copy: nothing compiled again.
    const mtime = statSync(join(dir, 'main.js')).mtimeMs;
    expect(where().stdout.trim()).toBe(dir);
    expect(statSync(join(dir, 'main.js')).mtimeMs).toBe(mtime);
  });
});

describe('npm start on an empty database', () => {
  let baseUrl: string;
  let server: ServerProcess;
  let exitCode: Promise<number | null> | undefined;
  let dropDatabase = async () => {};

  beforeAll(async () => {
    const env: Record<string, string> = { PORT: String(await freePort()), HOST: '127.0.0.1', LOG_LEVEL: 'info' };
    if (databaseKind === 'postgres') {
      const name = `stancegraph_startup_${process.pid}`;
      const admin = await openDatabase({ url: process.env.TEST_DATABASE_URL! });
      await admin.rows(sql.raw(`drop database if exists "${name}" with (force)`));
      await admin.rows(sql.raw(`create database "${name}"`));
      await admin.close();
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${name}`;
      env.DATABASE_URL = url.toString();
      dropDatabase = async () => {
        const again = await openDatabase({ url: process.env.TEST_DATABASE_URL! });
        await again.rows(sql.raw(`drop database if exists "${name}" with (force)`));
        await again.close();
      };
    } else {
      env.DATA_DIR = join(scratch, 'fresh');
      env.DATABASE_URL = '';
    }
    server = await startServer(env);
    baseUrl = `http://127.0.0.1:${env.PORT}/graphql`;
  });

  afterAll(async () => {
    await (exitCode ?? server?.stop());
    await dropDatabase();
  });

  it('loads the seed and answers a nested query over HTTP with the ten articles', async () => {
    expect(server.output()).toMatch(/loaded the seed data set: 10 articles, 21 actors, 28 positions/);
    const response = await fetch(baseUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ articles(first: 10) { totalCount nodes { title actors { slug positions(first: 5) { nodes { article { slug } } } } } } }`,
      }),
    });
    expect(response.status).toBe(200);
    const { data, errors } = (await response.json()) as { data: any; errors?: unknown };
    expect(errors).toBeUndefined();
    expect(data.articles.totalCount).toBe(10);
    expect(data.articles.nodes.map((a: { title: string }) => a.title)).toContain('Meloni Proposes NATO Security for Ukraine Without Membership');
    const article = data.articles.nodes.find((a: { title: string }) => a.title.startsWith('Meloni'));
    const meloni = article.actors.find((a: { slug: string }) => a.slug === 'giorgia-meloni');
    expect(meloni.positions.nodes).toEqual([{ article: { slug: 'meloni-proposes-nato-security-for-ukraine-without-membership' } }]);
  });

  it('serves GraphiQL without loading anything from a CDN', async () => {
    const response = await fetch(baseUrl, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<title>Stancegraph<\/title>/);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr\.net|<script[^>]+src="https?:|<link[^>]+href="https?:/);
  });

  it('refuses a form-encoded POST (CSRF) but takes one with the CSRF header', async () => {
    const form = await fetch(baseUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    });
    expect(form.status).toBe(403);
    const get = await fetch(`${baseUrl}?query=%7B__typename%7D`, { headers: { 'x-graphql-yoga-csrf': '1' } });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('prints a development write token once, and mutations accept it', async () => {
    const token = server.output().match(/Authorization: Bearer (\S+)/)?.[1];
    expect(token).toBeDefined();
    const mutate = (authorization?: string) =>
      fetch(baseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query: 'mutation { createTopic(input: { name: "Startup check" }) { topic { slug } userErrors { code } } }' }),
      });
    const refused = await mutate();
    expect(refused.status).toBe(401);
    const accepted = await mutate(`Bearer ${token}`);
    expect(await accepted.json()).toEqual({ data: { createTopic: { topic: { slug: 'startup-check' }, userErrors: [] } } });
  });

  it('stops cleanly on SIGTERM', async () => {
    exitCode = server.stop();
    expect(await exitCode).toBe(0);
  });
});

describe.skipIf(databaseKind !== 'pglite')('npm run import', () => {
  it('imports a digest file, and a second run creates nothing', () => {
    const env = { ...process.env, DATA_DIR: join(scratch, 'import'), DATABASE_URL: '' };
    const run = () => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', 'seeds/security-guarantees-digest.txt'], { env, encoding: 'utf8' });
    const first = run();
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/created: zelenskyy-rejects-china-as-security-guarantor-for-ukraine/);
    // A directory the CLI creates holds no actors yet: nothing to suggest positions for.
    expect(first.stdout).toMatch(/: 10 created, 0 skipped; 0 suggested positions to review\n$/);
    const second = run();
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/: 0 created, 10 skipped; 0 suggested positions to review\n$/);
  });

  it('does not keep the seed out of a directory a digest was imported into before the first start', async () => {
    const dataDir = join(scratch, 'import-then-start');
    const digest = join(scratch, 'one-article.txt');
    writeFileSync(digest, 'A digest\n\nKremlin Rejects New Guarantees Plan\nThe Kremlin rejected the plan.\nRead More\n');
    const imported = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', digest], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
      encoding: 'utf8',
    });
    expect(imported.status).toBe(0);
    const server = await startServer({ DATABASE_URL: '', DATA_DIR: dataDir, PORT: String(await freePort()), HOST: '127.0.0.1', LOG_LEVEL: 'info' });
    try {
      expect(server.output()).toMatch(/loaded the seed data set: 10 articles, 21 actors, 28 positions/);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it('imports an RSS feed file the same way, told apart by its first character', () => {
    const env = { ...process.env, DATA_DIR: join(scratch, 'import-feed'), DATABASE_URL: '' };
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', 'test/fixtures/feeds/digest.rss.xml', ...args], { env, encoding: 'utf8' });
    const first = run('--source', 'Test wire');
    expect(first.stderr).toBe('');
    // A directory the CLI creates holds no actors (the server seeds it at first start): every name is unmatched.
    expect(first.stdout).toMatch(/created: zelenskyy-rejects-china-as-security-guarantor-for-ukraine\n  actors: \(none\)\n  unmatched names: China, /);
    expect(first.stdout).toMatch(/: 2 created, 0 skipped; \d+ suggested positions to review\n$/);
    expect(run().stdout).toMatch(/: 0 created, 2 skipped; 0 suggested positions to review\n$/);
    const dated = run('--published-at', '2025-01-01T00:00:00Z');
    expect(dated.status).toBe(1);
    expect(dated.stderr).toBe('import: --published-at is for digests: a feed gives each item its own date\n');
  }, 150_000);

  it('npm run relink links articles imported before their actors existed, with progress', () => {
    const env = { ...process.env, DATA_DIR: join(scratch, 'relink'), DATABASE_URL: '' };
    const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', ...args], { env, encoding: 'utf8' });
    const digest = join(scratch, 'relink-digest.txt');
    writeFileSync(digest, 'A test digest\n\nTest Headline About Talks\nTest text: Macron and Starmer met Zelenskyy.\nRead More\n');
    expect(cli('src/cli/import.ts', digest).stdout).toMatch(/actors: \(none\)/);
    expect(cli('src/cli/seed.ts').status).toBe(0);
    const relinked = cli('src/cli/relink.ts', '--batch', '10');
    expect(relinked.stderr).toBe('');
    expect(relinked.stdout).toMatch(/^actors 10\/21: \d+ mention\(s\) added after [\d.]+ s\n/);
    expect(relinked.stdout).toMatch(/relinked embedded PGlite in .*: 3 mention\(s\) added\n$/);
    expect(cli('src/cli/relink.ts').stdout).toMatch(/: 0 mention\(s\) added\n$/);
    expect(cli('src/cli/relink.ts', '--batch', '0').stderr).toMatch(/^relink: --batch must be a whole number from 1 to 1000 \(got "0"\)/);
  }, 150_000);

  it('npm run export writes the database as NDJSON, and npm run import restores it into an empty one', () => {
    const cli = (dir: string, ...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', ...args], { env: { ...process.env, DATA_DIR: join(scratch, dir), DATABASE_URL: '' }, encoding: 'utf8' });
    expect(cli('export-from', 'src/cli/seed.ts').status).toBe(0);
    const file = join(scratch, 'seed-export.ndjson');
    const exported = cli('export-from', 'src/cli/export.ts', file);
    expect(exported.stderr).toMatch(
      /exported embedded PGlite in .* to .*seed-export\.ndjson in [\d.]+ s: 11 topics, 21 actors, 18 affiliations, 10 articles, 28 positions, \d+ suggestions, \d+ revisions\n$/,
    );
    expect(cli('export-from', 'src/cli/export.ts', file).stderr).toBe(`export: cannot write ${file}: the file exists (an export never overwrites one)\n`);
    const restored = cli('restore-into', 'src/cli/import.ts', file);
    expect(restored.stdout).toMatch(
      /restored 11 topics, 165 keywords, 21 actors, 52 aliases, 18 affiliations, 10 articles, 62 mentions, 28 positions, \d+ suggestions, \d+ revisions\n$/,
    );
    const again = cli('restore-into', 'src/cli/import.ts', file);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(
      /the database is not empty \(11 topics, 21 actors, 10 articles, 28 positions\): restore into an empty database, or merge \(--merge\)/,
    );
    expect(cli('restore-into', 'src/cli/import.ts', file, '--merge').stdout).toMatch(
      /restored 0 topics, 0 keywords, 0 actors, 0 aliases, 0 affiliations, 0 articles, 0 mentions, 0 positions, 0 suggestions, 0 revisions \(records it held already were left as they were; a merge writes revisions of its own, not the file’s\)\n$/,
    );
  }, 150_000);

  it('names a missing file and writes nothing', () => {
    const dataDir = join(scratch, 'import-missing');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', 'no/such/digest.txt'], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('import: cannot read no/such/digest.txt: file not found\n');
  });
});

describe('shutdown', () => {
  it('npm start passes SIGTERM on to the server, which exits 0 and stops listening', async () => {
    const port = await freePort();
    const npm = spawn('npm', ['start'], {
      env: { ...process.env, DATABASE_URL: '', DATA_DIR: join(scratch, 'npm-start'), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    });
    let output = '';
    npm.stdout!.on('data', (chunk) => (output += chunk));
    npm.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => npm.once('exit', resolve));
    for (let i = 0; i < 300 && !output.includes('GraphiQL at'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(output).toContain('GraphiQL at');
    npm.kill('SIGTERM');
    expect(await exited).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/graphql`)).rejects.toThrow();
  });

  it.skipIf(databaseKind !== 'postgres')('lets a request in flight finish, then exits 0', async () => {
    const name = `stancegraph_shutdown_${process.pid}`;
    const admin = await openDatabase({ url: process.env.TEST_DATABASE_URL! });
    await admin.rows(sql.raw(`drop database if exists "${name}" with (force)`));
    await admin.rows(sql.raw(`create database "${name}"`));
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    const port = await freePort();
    const token = 'shutdown-test-token-0123456789';
    const server = await startServer({ DATABASE_URL: url.toString(), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', API_TOKENS: token });
    const blocker = await openDatabase({ url: url.toString() });
    try {
      // Hold the article's row, so that the update below is in flight when SIGTERM arrives.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const locked = new Promise<void>((resolveLocked) => {
        void blocker.db.transaction(async (tx) => {
          await tx.execute(sql`select id from articles where slug = 'russia-demands-veto-over-ukraines-security-guarantees' for update`);
          resolveLocked();
          await held;
        });
      });
      await locked;
      const graphql = (query: string, variables: Record<string, unknown> = {}) =>
        fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables }),
        });
      const { data } = (await (await graphql(`{ article(slug: "russia-demands-veto-over-ukraines-security-guarantees") { id } }`)).json()) as {
        data: { article: { id: string } };
      };
      const update = graphql(`mutation ($id: ID!) { updateArticle(input: { id: $id, sourceName: "Wire" }) { article { sourceName } userErrors { code } } }`, {
        id: data.article.id,
      });
      await new Promise((r) => setTimeout(r, 300));
      const stopped = server.stop();
      await new Promise((r) => setTimeout(r, 500));
      release();
      const answer = await update;
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ data: { updateArticle: { article: { sourceName: 'Wire' }, userErrors: [] } } });
      expect(await stopped).toBe(0);
    } finally {
      await blocker.close();
      await admin.rows(sql.raw(`drop database if exists "${name}" with (force)`));
      await admin.close();
    }
  });
});
