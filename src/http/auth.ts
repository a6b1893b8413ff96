import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Config } from '../config.js';

/** Whether the request may write, decided once per request from its Authorization header. */
export type WriteAccess = 'granted' | 'missing-token' | 'wrong-token' | 'writes-disabled';

/**
 * Holds the write tokens as SHA-256 digests and compares a presented token against each of them
 * with timingSafeEqual, so that neither the token's content nor its length shows in the timing.
 */
export class TokenChecker {
  private readonly digests: Buffer[];
  constructor(tokens: readonly string[]) {
    this.digests = tokens.map(digest);
  }

  access(authorization: string | null): WriteAccess {
    if (this.digests.length === 0) return 'writes-disabled';
    const match = authorization?.match(/^Bearer\s+(\S+)\s*$/i);
    if (!match) return 'missing-token';
    const presented = digest(match[1]!);
    let found = false;
    for (const known of this.digests) found = timingSafeEqual(known, presented) || found;
    return found ? 'granted' : 'wrong-token';
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

/**
 * The write tokens to use: the configured ones; in development without any, one generated for
 * this run (returned as `generated`, for the start-up message); in production without any, none.
 */
export function writeTokens(config: Pick<Config, 'apiTokens' | 'nodeEnv'>): { tokens: string[]; generated?: string } {
  if (config.apiTokens.length > 0 || config.nodeEnv === 'production') return { tokens: config.apiTokens };
  const generated = randomBytes(24).toString('base64url');
  return { tokens: [generated], generated };
}
