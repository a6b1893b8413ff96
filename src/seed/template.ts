import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extract } from 'tar';
import { join, relative } from 'node:path';
import { MIGRATIONS_FOLDER, openDatabase, PGLITE_SETTINGS } from '../db/client.js';
import { DEFAULT_SEED_DIR, seedOnce } from './index.js';
import { fromRoot, ROOT } from '../paths.js';

// A new embedded database that is already migrated and seeded, built once when the project is
// installed (npm's `prepare`), so that the very first `npm start` unpacks it (under a second) instead
// of creating a database, migrating and seeding it (several seconds, and twice the memory). Its name
// holds a fingerprint of what went into it; a template that no longer matches the migrations, the
// seed files, the code that reads them (the suggestion engine, name matching) or the PGlite version is
// never used, and `npm start` builds the database the long way.

const CACHE_DIR = fromRoot('node_modules/.cache/stancegraph');
const PGLITE_PACKAGE = fromRoot('node_modules/@electric-sql/pglite/package.json');

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** The code whose output the seeded database holds besides the seed files: the suggestion engine (its suggestions) and name matching (mentions, tags). */
const SEEDING_CODE = [fromRoot('src/models/suggestions'), fromRoot('src/models/names.ts')];

/** What the template depends on: the migrations, the seed files, the code that turns them into rows, the PGlite version and settings. */
function fingerprint(): string {
  const hash = createHash('sha256');
  const code = SEEDING_CODE.flatMap((path) => (statSync(path).isDirectory() ? filesUnder(path) : [path]));
  for (const file of [...filesUnder(MIGRATIONS_FOLDER), ...filesUnder(DEFAULT_SEED_DIR), ...code]) hash.update(relative(ROOT, file)).update(readFileSync(file));
  hash.update(String((JSON.parse(readFileSync(PGLITE_PACKAGE, 'utf8')) as { version: string }).version)).update(PGLITE_SETTINGS.join());
  return hash.digest('hex').slice(0, 16);
}

const templateFile = () => join(CACHE_DIR, `pglite-seeded-${fingerprint()}.tar.gz`);

/**
 * Makes `dataDir` (absent or empty) the template's database by unpacking it there, before PGlite
 * opens it as it opens any existing directory: loading it into PGlite instead (`loadDataDir`) held
 * its unpacking in the WebAssembly memory for good (360–400 MB resident against 250 MB). Unpacked
 * beside it and renamed into place, so that a start stopped half-way leaves no half database.
 * False, and nothing done, when there is no template or it cannot be unpacked: the start then builds
 * the database the long way.
 */
export function unpackTemplate(dataDir: string, file = templateFile()): boolean {
  if (!existsSync(file)) return false;
  const partial = `${dataDir}.${process.pid}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  try {
    // The dump's postmaster.pid is that of the instance it was taken from.
    extract({ sync: true, file, cwd: partial, filter: (path) => path.replace(/^\/+/, '') !== 'postmaster.pid' });
    if (!existsSync(join(partial, 'PG_VERSION'))) return false;
    if (existsSync(dataDir)) rmdirSync(dataDir);
    renameSync(partial, dataDir);
    return true;
  } catch {
    return false;
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
}

/** Builds the template (an in-memory database, migrated and seeded, dumped), unless it exists. */
export async function buildSeededTemplate(): Promise<{ file: string; built: boolean }> {
  const file = templateFile();
  if (existsSync(file)) return { file, built: false };
  const handle = await openDatabase({ dataDir: 'memory://' });
  try {
    await handle.migrate();
    await seedOnce(handle.db);
    const dump = await handle.dump!('gzip');
    mkdirSync(CACHE_DIR, { recursive: true });
    // Written under another name, then renamed: a half-written template is never read.
    writeFileSync(`${file}.partial`, Buffer.from(await dump.arrayBuffer()));
    renameSync(`${file}.partial`, file);
    return { file, built: true };
  } finally {
    await handle.close();
  }
}
