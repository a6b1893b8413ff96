import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.js';
import { LOCK_FILE } from '../src/db/lock.js';
import { databaseKind } from './helpers/database.js';
import { freePort, startServer } from './helpers/server-process.js';

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

  it('keeps a CLI command off a directory a running server holds, and writes nothing', async () => {
    const dataDir = join(scratch, 'served');
    const server = await startServer({ DATABASE_URL: '', DATA_DIR: dataDir, PORT: String(await freePort()), HOST: '127.0.0.1', LOG_LEVEL: 'error' });
    try {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', 'seeds/security-guarantees-digest.txt'], {
        env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir },
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`^import: the embedded database in ${dataDir} is in use by process ${server.child.pid} `));
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});
