import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { LOCK_FILE } from '../../src/db/lock.js';
import { databaseKind } from '../helpers/database.js';
import { freePort, startServer } from '../helpers/server-process.js';

// One process owns an embedded data directory: a second one refuses at once, naming the owner.

const scratch = mkdtempSync(join(tmpdir(), 'stancegraph-lock-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.skipIf(databaseKind !== 'pglite')('the embedded data directory lock', () => {
  it('refuses a second opener naming the owner, and is free again once the owner closes', async () => {
    const dataDir = join(scratch, 'twice');
    const first = await openDatabase({ dataDir });
    try {
      await expect(openDatabase({ dataDir })).rejects.toThrow(
        new RegExp(`^the embedded database in ${dataDir} is in use by process ${process.pid} on ${hostname()} .*stop that process first, or set DATA_DIR`),
      );
      expect(JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    } finally {
      await first.close();
    }
    const again = await openDatabase({ dataDir });
    await again.close();
  });

  it('takes over the lock of a process that has died', async () => {
    const dataDir = join(scratch, 'stale');
    await (await openDatabase({ dataDir })).close();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify({ pid: dead, host: hostname(), since: '2026-01-01T00:00:00Z', command: 'killed' }));
    const handle = await openDatabase({ dataDir });
    try {
      expect(JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    } finally {
      await handle.close();
    }
  });

  it('keeps a CLI command off a directory a running server holds, and imports through that server with --url', async () => {
    const dataDir = join(scratch, 'served');
    const port = await freePort();
    const token = 'import-token-0123456789';
    const server = await startServer({ DATABASE_URL: '', DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', API_TOKENS: token });
    const digest = join(scratch, 'digest.txt');
    writeFileSync(digest, 'EU summit digest\n\nLeaders Meet in Brussels on Sanctions\nUkraine and Hungary disagreed over the next package. Read More\n');
    const importer = (args: string[], env: Record<string, string> = {}) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', ...args], {
        env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, ...env },
        encoding: 'utf8',
      });
    const url = `http://127.0.0.1:${port}/graphql`;
    try {
      const direct = importer([digest]);
      expect(direct.status).toBe(1);
      expect(direct.stderr).toMatch(
        new RegExp(`^import: the embedded database in ${dataDir} is in use by process ${server.child.pid} .*--url http://host:port/graphql\\)\n$`),
      );

      const sent = importer([digest, '--url', url, '--source', 'Council press'], { STANCEGRAPH_TOKEN: token });
      expect(sent.stderr).toBe('');
      expect(sent.status).toBe(0);
      expect(sent.stdout).toBe(
        'created: leaders-meet-in-brussels-on-sanctions\n  actors: ukraine\n  unmatched names: Hungary\n' +
          `${digest} → 127.0.0.1:${port}: 1 created, 0 skipped; 0 suggested positions to review\n`,
      );
      const again = importer([digest, '--url', url], { STANCEGRAPH_TOKEN: token });
      expect(again.stdout).toMatch(/^skipped \(already present\): leaders-meet-in-brussels-on-sanctions\n/);
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ article(slug: "leaders-meet-in-brussels-on-sanctions") { sourceName } }' }),
      });
      expect(await response.json()).toEqual({ data: { article: { sourceName: 'Council press' } } });

      const wrongToken = importer([digest, '--url', url], { STANCEGRAPH_TOKEN: 'not-the-token-at-all' });
      expect(wrongToken.status).toBe(1);
      expect(wrongToken.stderr).toMatch(/^import: .* was not imported, nothing was written:\n {2}The bearer token is not a write token\.\n$/);
      const noToken = importer([digest, '--url', url], { STANCEGRAPH_TOKEN: '' });
      expect(noToken.stderr).toMatch(/^import: --url needs a write token of that server in the environment variable STANCEGRAPH_TOKEN/);
      const nobody = importer([digest, '--url', `http://127.0.0.1:${await freePort()}/graphql`], { STANCEGRAPH_TOKEN: token });
      expect(nobody.stderr).toMatch(/^import: cannot reach http:\/\/127\.0\.0\.1:\d+\/graphql: ECONNREFUSED; is the server running there\?\n$/);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    // A server and six command-line processes, each compiling with tsx: ~15 s alone, 52 s on a loaded machine.
  }, 150_000);
});
