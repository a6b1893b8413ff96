import { createServer, type Server } from 'node:http';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/log.js';
import { createApp, type AppOptions } from '../../src/server.js';

// The app on a real port, in this process: for tests of what only a socket shows (disconnects,
// chunked bodies, headers), with every log line it writes kept as parsed JSON.

/** An app on a port of its own, with its log lines (JSON) kept. */
export async function serve(options: Omit<AppOptions, 'log'>) {
  const lines: Record<string, any>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const app = createApp({ ...options, log: createLogger({ logLevel: 'debug', nodeEnv: 'production' }, sink) });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
  const post = (body: unknown, init: RequestInit & { headers?: Record<string, string> } = {}) =>
    fetch(url, {
      method: 'POST',
      ...init,
      headers: { 'content-type': 'application/json', ...init.headers },
      body: typeof body === 'string' || body instanceof ReadableStream ? (body as BodyInit) : JSON.stringify(body),
    });
  return {
    url,
    lines,
    post,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

/** The one-per-request lines among the log lines. */
export const requestLines = (lines: Record<string, any>[]) => lines.filter((l) => l.msg === 'request');
