import { messageOf } from '../db/client.js';

/**
 * Runs a command-line entry point. Any failure ends the process with one line naming the
 * problem and exit code 1; set DEBUG=stancegraph to see the stack as well.
 */
export function runCli(name: string, main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(`${name}: ${messageOf(error)}`);
    if (process.env.DEBUG?.includes('stancegraph')) console.error(error);
    process.exit(1);
  });
}
