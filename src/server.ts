import { createHash } from 'node:crypto';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { useContentEncoding } from '@whatwg-node/server';
import { createYoga, type Plugin } from 'graphql-yoga';
import { TokenChecker } from './auth.js';
import type { Database } from './db/client.js';
import type { Config } from './config.js';
import type { Events } from './events.js';
import { maskError } from './graphql/input.js';
import { useArgumentRules } from './graphql/arguments.js';
import { useSqlReads } from './sqlread/plugin.js';
import { useCostLimits, useTokenLimit } from './graphql/cost.js';
import { schema } from './graphql/schema.js';
import { silentLogger, yogaLogger, type Logger } from './log.js';
import { usePersisted } from './persisted-operations.js';
import { useRequests } from './requests.js';
import { useTrackerPage } from './web.js';

export interface AppOptions {
  db: Database;
  /** Bearer tokens with write scope; with none, every mutation is refused. */
  writeTokens?: readonly string[];
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
}

/**
 * The GraphQL-over-HTTP application, apart from any listener: tests call `app.fetch(...)` directly,
 * main.ts mounts it on a Node HTTP server.
 */
export function createApp({ db, writeTokens = [], log = silentLogger(), corsOrigins = [], requestTimeoutMs = 10_000, maxBodyBytes = 1024 * 1024, events, persisted, sqlReads = true }: AppOptions) {
  const tokens = new TokenChecker(writeTokens);
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    // `/` is the tracker page (src/web.ts), not Yoga's landing page.
    landingPage: false,
    // Yoga's default reflects any origin, with credentials. Writes take a bearer token, never a
    // cookie, so no origin needs credentials; only the configured ones get an answer at all.
    cors: corsOrigins === '*' ? { origin: '*', credentials: false } : corsOrigins.length ? { origin: corsOrigins, credentials: false } : false,
    context: ({ request }) => ({ db, events, writeAccess: tokens.access(request.headers.get('authorization')) }),
    // The default page loads GraphiQL from a CDN; this one is served from node_modules, offline.
    // Imported when first asked for: the module holds GraphiQL's whole bundle (~0.6 s to load).
    renderGraphiQL: async (options) => (graphiqlPage ??= (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options)),
    graphiql: { title: 'Stancegraph', defaultQuery: EXAMPLE_QUERY },
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
    // A form-encoded POST or a bare GET could otherwise run an operation from another site; such
    // requests must carry the x-graphql-yoga-csrf header. JSON POSTs (every GraphQL client) pass.
    plugins: [
      // First, so that every later plugin's checks run before it and the request's deadline bounds it.
      ...(sqlReads ? [useSqlReads()] : []),
      useRequests({ log, timeoutMs: requestTimeoutMs, maxBodyBytes }),
      useConditionalGet(),
      useCompression(),
      useProbes(db),
      useTrackerPage(),
      useCSRFPrevention(),
      ...usePersisted(persisted?.mode ?? 'off', persisted?.operations ?? new Map()),
      useTokenLimit(),
      EnvelopArmorPlugin(QUERY_LIMITS),
      useCostLimits(),
      useArgumentRules(),
    ],
  });
}

/** The GraphiQL page, the same for every request of a process: rendered once. */
let graphiqlPage: string | undefined;

/**
 * Responses compressed (gzip or deflate, as the client accepts) by @whatwg-node/server's plugin,
 * except event streams, which must reach the client event by event. The GraphiQL page (~9 MB of
 * HTML) may be kept by the browser for ten minutes.
 */
function useCompression(): Plugin {
  const compress = useContentEncoding().onResponse!;
  return {
    onResponse(payload) {
      const type = payload.response.headers.get('content-type') ?? '';
      if (type.startsWith('text/event-stream')) return;
      if (type.startsWith('text/html') && new URL(payload.request.url).pathname === '/graphql') payload.response.headers.set('cache-control', 'public, max-age=600');
      return compress(payload as never);
    },
  };
}

/**
 * GET queries (persisted ones above all: a URL of a hash and variables) may be cached by browsers and
 * proxies, revalidated each time: an ETag of the answer, and 304 when the client has it already. The
 * data changes with every write, so nothing is served from a cache unchecked.
 */
function useConditionalGet(): Plugin {
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (request.method !== 'GET' || response.status !== 200 || !/json/.test(response.headers.get('content-type') ?? '')) return;
      const text = await response.text();
      const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
      const headers = new fetchAPI.Headers(response.headers);
      headers.set('etag', etag);
      headers.set('cache-control', 'public, no-cache');
      const fresh = request.headers.get('if-none-match')?.split(',').some((tag) => tag.trim() === etag);
      setResponse(fresh ? new fetchAPI.Response(null, { status: 304, headers }) : new fetchAPI.Response(text, { status: 200, headers }));
    },
  };
}

/**
 * `/healthz`: the process is up (200). `/readyz`: the database answers within a second (200), or
 * not (503), for load balancers and orchestrators to route around an instance that cannot serve.
 */
function useProbes(db: Database): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === '/healthz') return endResponse(new fetchAPI.Response('ok\n', { status: 200, headers: { 'content-type': 'text/plain' } }));
      if (url.pathname !== '/readyz') return;
      const ready = await Promise.race([
        db.execute(sql`select 1`).then(
          () => true,
          () => false,
        ),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000).unref()),
      ]);
      endResponse(
        new fetchAPI.Response(ready ? 'ready\n' : 'the database does not answer\n', { status: ready ? 200 : 503, headers: { 'content-type': 'text/plain' } }),
      );
    },
  };
}

/**
 * Limits on the shape of a single operation, checked by graphql-armor as it is validated. Its size
 * in tokens, cost and depth are graphql/cost.ts's. Field suggestions stay on: the schema is public.
 * An operation over a limit is refused with HTTP 400 and a code, as the cost and depth limits do,
 * rather than armor's "Syntax Error" with none.
 */
export const QUERY_LIMITS = {
  maxDepth: { enabled: false },
  costLimit: { enabled: false },
  maxAliases: { n: 30, onReject: [refuse('TOO_MANY_ALIASES')] },
  maxDirectives: { n: 50, onReject: [refuse('TOO_MANY_DIRECTIVES')] },
  maxTokens: { enabled: false },
  blockFieldSuggestion: { enabled: false },
};

/** Replaces armor's rejection ("Syntax Error: Aliases limit of 30 exceeded, found 31.") by one with a code and HTTP 400. */
function refuse(code: string) {
  return (_context: unknown, rejection: GraphQLError) => {
    throw new GraphQLError(rejection.message.replace(/^Syntax Error: /, ''), { extensions: { code, http: { status: 400 } } });
  };
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
