import { createServer } from 'node:http';
import { writeTokens } from './auth.js';
import { describeDatabase, readConfig } from './config.js';
import { withDatabase } from './db/client.js';
import { runCli } from './cli/run.js';
import { seedIfEmpty } from './seed/index.js';
import { createApp } from './server.js';

// npm start: configuration, database (migrated, seeded when empty), then the HTTP server.
runCli('stancegraph', async () => {
  const config = readConfig();
  await withDatabase(config, async (handle) => {
    const seeded = await seedIfEmpty(handle.db);
    if (seeded && config.logLevel !== 'silent')
      console.log(`loaded the seed data set: ${seeded.articles} articles, ${seeded.actors} actors, ${seeded.positions} positions`);

    const { tokens, generated } = writeTokens(config);
    const app = createApp({ db: handle.db, writeTokens: tokens, logLevel: config.logLevel });
    const server = createServer(app);
    await new Promise<void>((resolve, reject) => {
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
    if (config.logLevel !== 'silent')
      console.log(`Stancegraph: GraphQL and GraphiQL at http://${config.host}:${config.port}/graphql (${describeDatabase(config)})`);
    // Printed once, so that a new user can try mutations in GraphiQL; set API_TOKENS to choose your own.
    if (generated)
      console.log(`No API_TOKENS set: mutations accept this development token until the server stops:\n  Authorization: Bearer ${generated}`);
    else if (tokens.length === 0) console.log('No API_TOKENS set in production: mutations are refused.');

    // Serve until a signal; the database closes when this returns.
    await new Promise<void>((resolve) => {
      const stop = () => {
        server.closeAllConnections();
        server.close(() => resolve());
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  });
  process.exit(0);
});
