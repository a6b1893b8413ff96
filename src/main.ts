import { existsSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { writeTokens } from './http/auth.js';
import { describeDatabase, readConfig, type Config } from './config.js';
import { withDatabase, type DatabaseHandle } from './db/client.js';
import { runCli } from './cli/run.js';
import { seedCounts, seedOnce } from './seed/index.js';
import { unpackTemplate } from './seed/template.js';
import { Events } from './events.js';
import { DEFAULT_MANIFESTS, readManifests } from './http/persisted-operations.js';
import { createLogger, type Logger } from './log.js';
import { createApp } from './server.js';
import { buildWeb, webBuilt } from './http/web.js';

/** Whether a data directory holds nothing yet. */
const isNew = (dir: string) => !existsSync(dir) || readdirSync(dir).length === 0;

// npm start: configuration, database (migrated, seeded on its first start), then the HTTP server until a signal.
runCli('stancegraph', async () => {
  const config = readConfig();
  const log = createLogger(config);
  // `npm install` builds the tracker page; if that did not happen, build it now, once.
  if (!webBuilt()) {
    log.info('building the tracker page (web/dist), once');
    await buildWeb();
  }
  // A bad manifest stops the start as a bad setting does, before the database opens.
  const required = config.persistedManifests !== undefined || config.persistedOperations === 'only';
  const persisted =
    config.persistedOperations === 'off' ? new Map<string, string>() : readManifests(config.persistedManifests ?? DEFAULT_MANIFESTS, { required });
  // A new embedded database starts from the seeded template `npm install` built, when there is one.
  const fromTemplate = !config.databaseUrl && isNew(config.dataDir) && unpackTemplate(config.dataDir);
  await withDatabase(config, (handle) => serve(config, log, persisted, handle, fromTemplate));
  process.exit(0);
});

async function serve(config: Config, log: Logger, persisted: ReadonlyMap<string, string>, handle: DatabaseHandle, fromTemplate: boolean): Promise<void> {
  const seeded = fromTemplate ? await seedCounts(handle.db) : await seedOnce(handle.db);
  if (seeded) log.info(seeded, `loaded the seed data set: ${seeded.articles} articles, ${seeded.actors} actors, ${seeded.positions} positions`);

  const { tokens, generated } = writeTokens(config);
  const events = await Events.start(handle, log);
  const app = createApp({
    events,
    persisted: { mode: config.persistedOperations, operations: persisted },
    db: handle.db,
    writeTokens: tokens,
    log,
    corsOrigins: config.corsOrigins,
    requestTimeoutMs: config.requestTimeoutMs,
    maxBodyBytes: config.maxBodyBytes,
    graphiql: config.graphiql,
    ping: handle.ping,
    statistics: handle.statistics,
    heavyCost: config.heavyCost,
  });
  const server = createServer(app);
  // Serve until a signal, then drain: no new connections, idle keep-alive sockets closed, requests
  // in flight given until the shutdown timeout to finish (their connections closed after it). The
  // database closes when this returns, after the last request. Listening for the signals comes
  // first, so that one sent as soon as the server says it is up is handled.
  const stopped = new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log.info({ signal }, `${signal}: finishing requests in flight (at most ${config.shutdownTimeoutMs / 1000} s), then stopping`);
      // Subscriptions end first (their clients see them complete), so that they do not hold the drain.
      void events.close().catch((error: unknown) => log.warn({ err: error }, 'could not stop listening for events'));
      server.close(() => resolve());
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), config.shutdownTimeoutMs).unref();
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  await listen(server, config);
  log.info(
    { url: `http://${config.host}:${config.port}/graphql`, database: describeDatabase(config) },
    `Stancegraph: the tracker at http://${config.host}:${config.port}/, GraphQL${config.graphiql ? ' and GraphiQL' : ''} at http://${config.host}:${config.port}/graphql (${describeDatabase(config)})`,
  );
  // Printed once, for the person who started it, so that they can try mutations in GraphiQL; never
  // a log line (set API_TOKENS to choose your own tokens; in production none is ever generated).
  if (generated) console.log(`No API_TOKENS set: mutations accept this development token until the server stops:\n  Authorization: Bearer ${generated}`);
  else if (tokens.length === 0) log.warn('No API_TOKENS set in production: mutations are refused.');

  await stopped;
}

function listen(server: Server, config: Config): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `port ${config.port} on ${config.host} is already in use; set PORT to another one`
            : `cannot listen on ${config.host}:${config.port}: ${error.message}`,
        ),
      ),
    );
    server.listen(config.port, config.host, resolve);
  });
}
