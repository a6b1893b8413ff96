// npm start: runs src/main.ts from a JavaScript copy of src/ that esbuild compiles (in well under a
// second) whenever the sources change, kept under node_modules/.cache/stancegraph/server-<hash>.
// Loading TypeScript through tsx's loader hooks took most of a restart (about 0.6 s of 1.6 s, and a
// worker thread's memory); plain JavaScript loads in a fraction. The CLIs and the tests still run the
// sources through tsx. Plain JavaScript itself, so that it needs no loader to run.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = join(ROOT, 'src');
const CACHE = join(ROOT, 'node_modules/.cache/stancegraph');
/** How many compiled copies to keep: a server still running an older one may yet load a module of it. */
const KEEP = 5;

/** The compiled copy of the current sources, compiled first if there is none. */
export async function compiled() {
  const files = readdirSync(SOURCES, { recursive: true })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .sort();
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(SOURCES, file)))
      .update('\0');
  const { build, version } = await import('esbuild');
  const dir = join(CACHE, `server-${hash.update(version).digest('hex').slice(0, 16)}`);
  if (existsSync(join(dir, 'main.js'))) return dir;
  // Compiled beside its final place and renamed into it, so that a server starting meanwhile never
  // loads half a copy; of two starts compiling at once, the first rename wins and the other's is dropped.
  const partial = `${dir}.${process.pid}.partial`;
  mkdirSync(CACHE, { recursive: true });
  await build({
    entryPoints: files.map((file) => join(SOURCES, file)),
    outdir: partial,
    outbase: SOURCES,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  try {
    renameSync(partial, dir);
  } catch {
    rmSync(partial, { recursive: true, force: true });
  }
  const older = readdirSync(CACHE)
    .filter((name) => /^server-[0-9a-f]{16}$/.test(name))
    .map((name) => join(CACHE, name))
    .filter((path) => path !== dir)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  for (const path of older.slice(KEEP - 1)) rmSync(path, { recursive: true, force: true });
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let dir;
  try {
    dir = await compiled();
  } catch (error) {
    // esbuild has printed where; one line says what failed.
    process.stderr.write(`stancegraph: could not compile src/ (${String(error?.message ?? error).split('\n')[0]})\n`);
    process.exit(1);
  }
  // Stack traces in logs point into src/*.ts, not into the copy.
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(join(dir, 'main.js')).href);
}
