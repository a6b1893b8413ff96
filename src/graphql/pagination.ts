import { badInput } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

interface PageArgs {
  first?: number | null;
  last?: number | null;
}

/**
 * The one page-size rule for every connection. Pothos would silently clamp `first: 500` to the
 * maximum; a client asking for more than it can get is told so instead.
 */
export function checkPageSize(args: PageArgs): number {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value == null) continue;
    if (value < 0) throw badInput(name, `must not be negative (got ${value}).`);
    if (value > MAX_PAGE_SIZE)
      throw badInput(name, `must be at most ${MAX_PAGE_SIZE} (got ${value}); page through the rest with cursors.`);
  }
  return MAX_PAGE_SIZE;
}

/** Spread into every `t.drizzleConnection` and `t.relatedConnection`. */
export const paging = { defaultSize: DEFAULT_PAGE_SIZE, maxSize: checkPageSize } as const;
