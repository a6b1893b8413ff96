import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createYoga } from 'graphql-yoga';
import type { Config, WriteToken } from './config.js';
import type { Database } from './db/client.js';
import type { Events } from './events.js';
import { schema } from './graphql/schema.js';
import { useArgumentRules } from './http/arguments.js';
import { TokenChecker } from './http/auth.js';
import { useCompression } from './http/compression.js';
import { useConditionalGet } from './http/conditional-get.js';
import { DEFAULT_HEAVY_COST, useCostLimits, useTokenLimit } from './http/cost.js';
import { maskError, useErrorCodes } from './http/errors.js';
import type { Statistics } from './http/estimates.js';
import { useGraphiQL } from './http/graphiql.js';
import { usePersisted, useQueryRequired } from './http/persisted-operations.js';
import { pingThrough, useProbes, type Ping } from './http/probes.js';
import { useSharedEvents } from './http/shared-events.js';
import { useRequests } from './http/requests.js';
import { useShapeLimits } from './http/shape-limits.js';
import { useTrackerPage } from './http/web.js';
import { silentLogger, yogaLogger, type Logger } from './log.js';
import { useSqlReads } from './sqlread/plugin.js';

// The application: the schema (src/graphql), served by GraphQL Yoga through what every request passes
// through (src/http), in the order below, and the compiled read (src/sqlread).

export interface AppOptions {
  db: Database;
  /** Bearer tokens with write scope (bare, or with the name writes are recorded under); with none, every mutation is refused. */
  writeTokens?: readonly (string | WriteToken)[];
  /** Where request lines and errors go; nowhere by default. */
  log?: Logger;
  /** Origins whose pages may call the API from a browser: a list, '*' for any; none when empty. */
  corsOrigins?: Config['corsOrigins'];
  /** REQUEST_TIMEOUT, in ms (default 10 s). */
  requestTimeoutMs?: number;
  /** MAX_BODY_SIZE, in bytes (default 1 MB). */
  maxBodyBytes?: number;
  /** Live updates for subscriptions; without them a subscription answers SUBSCRIPTIONS_UNAVAILABLE. */
  events?: Events;
  /** PERSISTED_OPERATIONS (default allow) and the operations of the manifests, by hash. */
  persisted?: { mode: Config['persistedOperations']; operations: ReadonlyMap<string, string> };
  /** Answer the queries it can with one SQL statement building their JSON (src/sqlread); default true. Tests turn it off to compare. */
  sqlReads?: boolean;
  /** Serve GraphiQL to browsers at /graphql (GRAPHIQL; default true here, off in production by config). */
  graphiql?: boolean;
  /** How /readyz asks whether the database answers (DatabaseHandle.ping); through the pool if unset. */
  ping?: Ping;
  /** Operations costing more are heavy: their statements take the heavy share of the pool (HEAVY_QUERY_COST). */
  heavyCost?: number;
  /** Where the cost of searches and rankings reads its estimates (DatabaseHandle.statistics); without it they cost as little as their pages. */
  statistics?: Statistics;
}

/**
 * The GraphQL-over-HTTP application, apart from any listener: tests call `app.fetch(...)` directly,
 * main.ts mounts it on a Node HTTP server.
 */
export function createApp({
  db,
  writeTokens = [],
  log = silentLogger(),
  corsOrigins = [],
  requestTimeoutMs = 10_000,
  maxBodyBytes = 1024 * 1024,
  events,
  persisted,
  sqlReads = true,
  graphiql = true,
  ping = pingThrough(db),
  heavyCost = DEFAULT_HEAVY_COST,
  statistics,
}: AppOptions) {
  const tokens = new TokenChecker(writeTokens);
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    // `/` is the tracker page (http/web.ts), not Yoga's landing page.
    landingPage: false,
    // Yoga's default reflects any origin, with credentials. Writes take a bearer token, never a
    // cookie, so no origin needs credentials; only the configured ones get an answer at all.
    cors: corsOrigins === '*' ? { origin: '*', credentials: false } : corsOrigins.length ? { origin: corsOrigins, credentials: false } : false,
    context: ({ request }) => ({ db, events, writer: tokens.writer(request.headers.get('authorization')) }),
    // GraphiQL is served by useGraphiQL below, from node_modules (Yoga's default page loads it from a CDN).
    graphiql: false,
    logging: yogaLogger(log),
    // The body limit is MAX_BODY_SIZE, checked by useRequests before anything reads the body (from its
    // Content-Length, which Node's HTTP parser holds the body to and refuses when malformed, or read up
    // to the limit when it has none); Yoga's own (25 MB) would pipe every body through a stream of its
    // own to count it again.
    maxRequestBodySize: false,
    // A bad argument answers BAD_USER_INPUT naming it; an unexpected failure answers "Unexpected
    // error." and is logged on the server. Yoga would add the original message and stack to the
    // response when NODE_ENV=development; never send them.
    maskedErrors: { maskError, isDev: false },
    // The order matters. Yoga runs each hook (onRequest, onParams, onExecute, onResponse) plugin by
    // plugin in this order; a plugin that answers a request ends it for those after it.
    plugins: [
      // 0. Every error answered carries a code, graphql-js's refusals of a variable's value too: first,
      //    so that its hook sees the result of whatever runs or stops the operation after it.
      useErrorCodes(),
      // 1. The compiled read replaces execution. Before the rest, so that every later onExecute hook wraps or
      //    guards what it set: the deadline below races it, and the checks stop a request before it runs.
      ...(sqlReads ? [useSqlReads()] : []),
      // 2. Scope, id, deadline, the body limit and the log line: before anything answers or reads a
      //    request, so that every request (probes and pages too) is bounded and logged.
      useRequests({ log, timeoutMs: requestTimeoutMs, maxBodyBytes }),
      // 3. The answer as written gets its ETag, then is compressed (onResponse, in this order).
      useConditionalGet(),
      useCompression(),
      // 4. Paths that are not GraphQL: /healthz and /readyz, the tracker page and its assets, and GraphiQL.
      useProbes(ping),
      useTrackerPage(),
      useGraphiQL(graphiql, { title: 'Stancegraph', defaultQuery: EXAMPLE_QUERY }),
      // 5. A form-encoded POST or a bare GET could run an operation from another site: such requests
      //    must carry the x-graphql-yoga-csrf header (JSON POSTs, every GraphQL client, pass).
      useCSRFPrevention(),
      // 6. A request must carry a query or a hash; a persisted operation's hash becomes its document
      //    before the document is read.
      useQueryRequired(),
      ...usePersisted(persisted?.mode ?? 'off', persisted?.operations ?? new Map()),
      // 7. The limits, cheapest first: the document's size in tokens (before it is parsed), aliases
      //    and directives (as it is validated), then its cost and its arguments with the variables
      //    applied (before it runs).
      useTokenLimit(),
      useShapeLimits(),
      useCostLimits({ heavyCost, statistics }),
      useArgumentRules(),
      // 8. A subscription's event is executed once per operation, for all its subscribers.
      useSharedEvents(),
    ],
  });
}

const EXAMPLE_QUERY = `# Who stands where on security guarantees for Ukraine, and on what evidence.
query Example {
  articles(first: 3) {
    totalCount
    nodes {
      title
      actors { name kind }
      positions {
        stance
        statement
        actor { name }
        topic { slug }
      }
    }
  }
}
`;
