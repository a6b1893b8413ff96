import { currentScope } from '../http/scope.js';
import type { SuggestReport } from '../models/suggestions/store.js';

/**
 * A write's result, the suggestion engine's failures in it logged (each with its article's slug): every
 * path that runs the engine logs them here, and the article is stored all the same; `npm run suggest`
 * can make its suggestions later.
 */
export function withEngineFailuresLogged<T extends { suggestions?: SuggestReport }>(result: T): T {
  for (const failure of result.suggestions?.failed ?? [])
    currentScope()?.log.warn(
      { article: failure.slug, error: failure.message },
      'the suggestion engine failed on an article; suggest again with npm run suggest',
    );
  return result;
}
