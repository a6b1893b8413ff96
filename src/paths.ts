import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Where the project's files are, whether the code runs from src/ (tsx: tests, the CLIs) or from the
// JavaScript copy `npm start` runs (src/cli/start.mjs compiles it under node_modules/.cache): found
// by the project's package.json above this file, not by how deep this file sits.

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'stancegraph') return dir;
    if (dirname(dir) === dir) throw new Error(`the project's package.json was not found above ${from}`);
  }
}

/** The project's root directory, where package.json is. */
export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

/** A path in the project, given from its root: `fromRoot('schema/migrations')`. */
export const fromRoot = (path: string) => join(ROOT, path);
