import { GraphQLError } from 'graphql';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import { ConfigError, type Config } from '../config.js';
import { fromRoot } from '../paths.js';

// Trusted documents: the operations of the first-party clients, extracted by GraphQL Code Generator
// (client preset, `persistedDocuments`) into a manifest of hash → document committed with them. The
// server runs them by hash (`extensions.persistedQuery.sha256Hash`, as Apollo's clients send it);
// PERSISTED_OPERATIONS=only refuses every other operation.

/** The first-party clients' manifests, the tracker page's and the example client's: the default PERSISTED_OPERATIONS_MANIFEST. */
export const DEFAULT_MANIFESTS = ['web/src/gql/persisted-documents.json', 'examples/client/gql/persisted-documents.json'].map(fromRoot);

/** The operations of the manifests, by their hash without its "sha256:" prefix. */
export function readManifests(files: readonly string[], { required }: { required: boolean }): Map<string, string> {
  const operations = new Map<string, string>();
  for (const file of files) {
    if (!existsSync(file)) {
      if (required) throw new ConfigError(`PERSISTED_OPERATIONS_MANIFEST names ${file}, which does not exist`);
      continue;
    }
    let manifest: unknown;
    try {
      manifest = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new ConfigError(`PERSISTED_OPERATIONS_MANIFEST: ${file} is not JSON (${(error as Error).message.slice(0, 200)})`);
    }
    const entries = manifest && typeof manifest === 'object' && !Array.isArray(manifest) ? Object.entries(manifest) : undefined;
    if (!entries || entries.some(([key, document]) => !/^(sha256:)?[0-9a-f]{64}$/.test(key) || typeof document !== 'string'))
      throw new ConfigError(
        `PERSISTED_OPERATIONS_MANIFEST: ${file} is not a manifest of "sha256:<hash>": "<document>" entries, as codegen's persistedDocuments writes`,
      );
    for (const [key, document] of entries) operations.set(key.replace(/^sha256:/, ''), document as string);
  }
  return operations;
}

/** How much of the operations registered by hash (automatic persisted queries) a process keeps, in characters; the oldest are forgotten first. */
export const MAX_REGISTERED_CHARACTERS = 10_000_000;

/**
 * Persisted operations as configured; nothing when PERSISTED_OPERATIONS=off. With `allow`, a client's
 * operation that no manifest holds is registered as Apollo's automatic persisted queries do: an
 * unknown hash answers PERSISTED_QUERY_NOT_FOUND, the client sends the document with its hash, and
 * once its SHA-256 is checked the hash runs it (so a newly generated client works before the next
 * deploy of its manifest). With `only`, the manifests alone.
 */
export function usePersisted(mode: Config['persistedOperations'], operations: ReadonlyMap<string, string>): Plugin[] {
  if (mode === 'off') return [];
  const registered = new Map<string, string>();
  let kept = 0;
  const register: Plugin = {
    onParams({ params }) {
      const hash = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
      if (mode !== 'allow' || typeof hash !== 'string' || typeof params.query !== 'string') return;
      const key = hash.replace(/^sha256:/, '');
      if (createHash('sha256').update(params.query).digest('hex') !== key)
        throw new GraphQLError(
          "The query's SHA-256 is not the hash sent with it (extensions.persistedQuery.sha256Hash): send the hash of the document as sent.",
          {
            extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH', http: { status: 400 } },
          },
        );
      if (operations.has(key) || registered.has(key) || params.query.length > MAX_REGISTERED_CHARACTERS / 100) return;
      registered.set(key, params.query);
      kept += params.query.length;
      for (const [oldest, query] of registered) {
        if (kept <= MAX_REGISTERED_CHARACTERS) break;
        registered.delete(oldest);
        kept -= query.length;
      }
    },
  };
  return [
    register,
    usePersistedOperations({
      allowArbitraryOperations: mode === 'allow',
      getPersistedOperation: (key) => operations.get(key.replace(/^sha256:/, '')) ?? registered.get(key.replace(/^sha256:/, '')) ?? null,
      customErrors: {
        notFound: {
          message: 'No persisted operation has this hash: send the whole document, or regenerate the client and deploy its manifest.',
          extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 404 } },
        },
        persistedQueryOnly: {
          message: 'This server runs only persisted operations (PERSISTED_OPERATIONS=only): send the hash of an operation of its manifest.',
          extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
        },
      },
    }),
  ];
}

/**
 * A request with neither a query nor a persisted operation's hash is refused with 400 and a message
 * saying what it lacks, whatever PERSISTED_OPERATIONS is (Yoga answered 200 with "Must provide query
 * string.", or "PersistedQueryKeyNotFound" once persisted operations were on).
 */
export function useQueryRequired(): Plugin {
  return {
    onParams({ params }) {
      const hash = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
      if ((typeof params.query !== 'string' || params.query.trim() === '') && typeof hash !== 'string')
        throw new GraphQLError('A request needs a query, or the hash of a persisted operation (extensions.persistedQuery.sha256Hash).', {
          extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
        });
    },
  };
}
