import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

// One process owns an embedded data directory. PGlite takes no lock of its own, and two processes
// writing one directory each believe their own writes and lose the other's on the next start. The
// lock is a file in the directory holding the owner's PID: a second opener refuses at once and
// names the owner; a lock left by a process that has died is taken over.

export const LOCK_FILE = 'stancegraph.lock';

interface Owner {
  pid: number;
  host: string;
  since: string;
  command: string;
}

/** Why a directory cannot be locked, in one line. */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): Owner | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Owner;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock of `dir` (which must exist) for this process and returns its release. Refuses
 * with a DataDirLockedError naming the owner when a live process holds it.
 */
export function lockDataDir(dir: string): () => void {
  const file = join(dir, LOCK_FILE);
  const me: Owner = { pid: process.pid, host: hostname(), since: new Date().toISOString(), command: process.argv.slice(1).join(' ').slice(0, 200) };
  for (let attempt = 0; attempt < 2; attempt++) {
    // Written whole under another name, then linked into place: the lock file never exists half-written.
    const draft = `${file}.${process.pid}`;
    writeFileSync(draft, JSON.stringify(me));
    try {
      linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(file);
      // A live owner on this machine (or any owner on another machine sharing the directory) keeps
      // it; the lock of a process that has died, or that cannot be read, is taken over.
      if (owner && (owner.host !== me.host || alive(owner.pid)))
        throw new DataDirLockedError(
          `the embedded database in ${dir} is in use by process ${owner.pid} on ${owner.host} (${owner.command || 'unknown command'}, since ${owner.since}); ` +
            'stop that process first, or set DATA_DIR to another directory (to import into a running server, use npm run import -- FILE --url http://host:port/graphql)',
        );
      unlinkSync(file);
      continue;
    } finally {
      unlinkSync(draft);
    }
    return () => {
      if (readOwner(file)?.pid === me.pid) unlinkSync(file);
    };
  }
  throw new DataDirLockedError(`the embedded database in ${dir} is being locked by another process at this moment; try again`);
}
