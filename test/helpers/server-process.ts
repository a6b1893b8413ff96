import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

// The server as `npm start` runs it, in a process of its own: for start-up tests and the benchmark.

export interface ServerProcess {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** SIGTERM, then its exit code; fails if the compiled read logged a failure of its own meanwhile (as setup.ts does in process). */
  stop(): Promise<number | null>;
}

/** What the server logs when the compiled read fails (src/sqlread/plugin.ts). */
const SQL_READ_FAULT = 'a query read as SQL failed';

/** Starts the server as `npm start` does (src/cli/start.mjs) with these environment variables and waits until it serves (its /healthz answers). */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['src/cli/start.mjs'], { env: { ...process.env, ...env } });
  let output = '';
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      exitCode = code;
      resolve(code);
    }),
  );
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const health = `http://${env.HOST ?? 'localhost'}:${env.PORT ?? '4000'}/healthz`;
  for (;;) {
    if (exitCode !== undefined) throw new Error(`the server exited during start-up:\n${output}`);
    if (
      await fetch(health).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    child,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      const code = await exited;
      if (output.includes(SQL_READ_FAULT)) throw new Error(`the compiled read failed (src/sqlread/plugin.ts) and the resolvers answered instead:\n${output}`);
      return code;
    },
  };
}

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Resident memory of a process in MB (Linux): now, or its peak; NaN once it has exited. */
export function rssMb(pid: number, which: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  try {
    return Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`${which}:\\s+(\\d+) kB`))?.[1] ?? NaN) / 1024;
  } catch {
    return NaN;
  }
}
