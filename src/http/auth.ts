import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Config, WriteToken } from '../config.js';

/** Whether the request may write, decided once per request from its Authorization header. */
export type WriteAccess = 'granted' | 'missing-token' | 'wrong-token' | 'writes-disabled';

/** A request's right to write, and the name of the token it writes with (null: an unnamed token, or none). */
export interface Writer {
  access: WriteAccess;
  name: string | null;
}

/**
 * Holds the write tokens as SHA-256 digests and compares a presented token against each of them
 * with timingSafeEqual, so that neither the token's content nor its length shows in the timing. The
 * token's name is what writes are recorded under; the token itself is never kept or logged.
 */
export class TokenChecker {
  private readonly known: { digest: Buffer; name: string | null }[];
  constructor(tokens: readonly (string | WriteToken)[]) {
    this.known = tokens.map((t) => (typeof t === 'string' ? { digest: digest(t), name: null } : { digest: digest(t.token), name: t.name }));
  }

  writer(authorization: string | null): Writer {
    if (this.known.length === 0) return { access: 'writes-disabled', name: null };
    const match = authorization?.match(/^Bearer\s+(\S+)\s*$/i);
    if (!match) return { access: 'missing-token', name: null };
    const presented = digest(match[1]!);
    let found: { name: string | null } | undefined;
    for (const known of this.known) if (timingSafeEqual(known.digest, presented)) found ??= known;
    return found ? { access: 'granted', name: found.name } : { access: 'wrong-token', name: null };
  }

  access(authorization: string | null): WriteAccess {
    return this.writer(authorization).access;
  }
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** Throws the GraphQL error a mutation answers with when the request may not write. */
export function requireWriteAccess(access: WriteAccess): void {
  switch (access) {
    case 'granted':
      return;
    case 'missing-token':
      throw new GraphQLError('Mutations need an "Authorization: Bearer <token>" header with a write token.', {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      });
    case 'wrong-token':
      throw new GraphQLError('The bearer token is not a write token.', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
    case 'writes-disabled':
      throw new GraphQLError('Writes are disabled: the server has no write tokens configured (API_TOKENS).', {
        extensions: { code: 'FORBIDDEN', http: { status: 403 } },
      });
  }
}

/** The name of the token generated in development when API_TOKENS is unset: what its writes are recorded under. */
export const DEVELOPMENT_WRITER = 'developer';

/**
 * The write tokens to use: the configured ones; in development without any, one generated for
 * this run, named `developer` (returned as `generated`, for the start-up message); in production without any, none.
 */
export function writeTokens(config: Pick<Config, 'apiTokens' | 'nodeEnv'>): { tokens: WriteToken[]; generated?: string } {
  if (config.apiTokens.length > 0 || config.nodeEnv === 'production') return { tokens: config.apiTokens };
  const generated = randomBytes(24).toString('base64url');
  return { tokens: [{ name: DEVELOPMENT_WRITER, token: generated }], generated };
}
