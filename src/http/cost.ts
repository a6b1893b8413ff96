import { createComplexityRule } from '@pothos/plugin-complexity';
import { GraphQLError, Lexer, Source, TokenKind, validate } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { operationCheck, operationKey } from './operation-key.js';
import type { Context } from '../graphql/builder.js';
import { estimatedFieldsOf, estimatesFor, type Statistics } from './estimates.js';
import { currentScope } from './scope.js';

// The cost of an operation, computed by @pothos/plugin-complexity from the schema's field costs
// (builder.ts) with the request's variables applied, is checked before anything runs: an operation
// over a limit is refused with HTTP 400, a code, and the value it reached. It is checked at execution
// rather than validation because it depends on the variables, and validation results are cached by
// document alone. An operation that passed is not computed again with the same variables.

/**
 * The most an operation may cost: ~1 s of database time at 100,000 articles on PostgreSQL, where a unit
 * measured ~3 µs (docs/benchmarks.md, "Cost and measured work"). A page of 100 actors with 10 positions
 * each and their topics is ~6,300; a search for one common word ~100,000 there; ranking aligned actors
 * for one actor ~62,000.
 */
export const MAX_COST = 300_000;
/** The most tokens (names, punctuation, values; not comments) a document may hold. */
const MAX_TOKENS = 5_000;
/** The deepest an operation may nest; the deepest useful chain, article → actors → positions → article → actors, is 10. */
const MAX_DEPTH = 15;

/**
 * Above this cost an operation is heavy (HEAVY_QUERY_COST): its statements take the heavy share of the
 * pool (db/gate.ts), so that heavy requests, however many, leave connections for the others. The
 * unbounded stance matrix (~54,000) and ranking aligned actors for a few actors are heavy; a page of
 * 100 actors with their positions (~6,300) is not.
 */
export const DEFAULT_HEAVY_COST = 20_000;

export function useCostLimits({ heavyCost = DEFAULT_HEAVY_COST, statistics }: { heavyCost?: number; statistics?: Statistics } = {}): Plugin {
  // Per operation (with its variables): whether it is heavy, and what its cost needs estimated; kept
  // longer than operationCheck keeps the operations it let through (1,000), since a passed operation is
  // not computed again, and so that the document is walked for its estimated fields once, not per request.
  const known = new LRUCache<string, { heavy?: boolean; asked: ReturnType<typeof estimatedFieldsOf> }>({ max: 4000 });
  let key: string | undefined;
  const check = operationCheck((args) => {
    const errors: GraphQLError[] = [];
    const rule = createComplexityRule({
      variableValues: (args.variableValues ?? {}) as Record<string, unknown>,
      operationName: args.operationName ?? undefined,
      context: args.contextValue as object,
      validate: ({ complexity, depth }, report) => {
        const scope = currentScope();
        if (scope) scope.heavy = complexity > heavyCost;
        const entry = key === undefined ? undefined : known.get(key);
        if (entry) entry.heavy = complexity > heavyCost;
        if (depth > MAX_DEPTH)
          report(
            new GraphQLError(`The operation nests ${depth} levels deep; at most ${MAX_DEPTH} are allowed.`, {
              extensions: { code: 'QUERY_TOO_DEEP', depth, maxDepth: MAX_DEPTH, http: { status: 400 } },
            }),
          );
        if (complexity > MAX_COST)
          report(
            new GraphQLError(`The operation costs ${complexity}; at most ${MAX_COST} is allowed. Ask for smaller pages (first/last) or fewer nested lists.`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', cost: complexity, maxCost: MAX_COST, http: { status: 400 } },
            }),
          );
      },
    });
    errors.push(...validate(args.schema, args.document, [rule]));
    return errors;
  });
  const hook = async (payload: Parameters<typeof check>[0]) => {
    const operation = operationKey(payload.args.document, payload.args.operationName, payload.args.variableValues);
    let entry = operation === undefined ? undefined : known.get(operation);
    if (!entry) {
      entry = { asked: estimatedFieldsOf(payload.args) };
      if (operation !== undefined) known.set(operation, entry);
    }
    // What some fields' cost depends on (a search's matches, the positions): from the planner's statistics.
    const { asked } = entry;
    // They run before the operation, which the deadline races: a statistics query waiting behind a long
    // statement (PGlite has one connection) is raced here, or the request would wait past its deadline.
    const scope = currentScope();
    if (statistics && (asked.texts.length || asked.ranks)) {
      const estimates = estimatesFor(statistics, asked);
      (payload.args.contextValue as unknown as Context).estimates = await (scope ? scope.until(estimates) : estimates);
    }
    if (scope) scope.heavy = entry.heavy ?? false;
    // (The awaits above are done: from here the check runs at once, with this operation's key.)
    key = operation;
    check(payload);
  };
  // Subscriptions are held to the same limits as queries.
  return { onExecute: hook, onSubscribe: hook };
}

/**
 * Refuses a document of more than MAX_TOKENS tokens before it is parsed, with HTTP 400 and
 * QUERY_TOO_LARGE. (graphql-armor's token limit runs inside the parser, whose errors GraphQL over
 * HTTP answers with 200 under `application/json`; this one is a limit, not a syntax error.)
 */
export function useTokenLimit(): Plugin {
  return {
    onParams({ params, setResult }) {
      if (typeof params.query !== 'string') return;
      const lexer = new Lexer(new Source(params.query));
      let tokens = 0;
      try {
        while (lexer.advance().kind !== TokenKind.EOF)
          if (++tokens > MAX_TOKENS)
            return setResult({
              errors: [
                new GraphQLError(`The document holds more than ${MAX_TOKENS} tokens, the most allowed. Send smaller operations.`, {
                  extensions: { code: 'QUERY_TOO_LARGE', maxTokens: MAX_TOKENS, http: { status: 400 } },
                }),
              ],
            });
      } catch {
        // A syntax error: the parser reports it.
      }
    },
  };
}
