import type { Database } from '../db/client.js';

/** A database or a transaction on it: what every model function writes through. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** The Postgres error code and constraint behind a failed statement, if it was one. */
export function postgresError(error: unknown): { code?: string; constraint?: string; detail?: string } {
  const seen = new Set<unknown>();
  for (let e: unknown = error; e && typeof e === 'object' && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    const { code, constraint, constraint_name, detail } = e as Record<string, unknown>;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code))
      return {
        code,
        constraint: (constraint ?? constraint_name) as string | undefined,
        detail: detail as string | undefined,
      };
  }
  return {};
}
