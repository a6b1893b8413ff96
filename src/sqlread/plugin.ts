import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { errorChain, messageOf, postgresError } from '../db/client.js';
import { queryText } from '../db/internals.js';
import type { Context } from '../graphql/builder.js';
import { operationKey } from '../http/operation-key.js';
import { currentScope, RequestStoppedError } from '../http/scope.js';
import { resourceFault } from '../http/errors.js';
import { UserInputError } from '../models/errors.js';
import { compile, RawJson, type RootPlan } from './roots.js';
import { Unsupported } from './selection.js';

// The plugin: the execution of a query becomes its SQL answer when there is one (roots.ts compiles it),
// and the statements of a query are kept for the next time it is asked with the same variables.

/** Queries whose plans (with their variables) were compiled without looking anything up: kept, the most recent first. */
const KEPT_PLANS = 500;

/** What the compiled path does with a failure of its own (anything but a query it declines): logs it, and tells whoever listens (the tests, which fail on one). */
const faultListeners = new Set<(fault: string) => void>();
export function onSqlReadFault(listener: (fault: string) => void): () => void {
  faultListeners.add(listener);
  return () => faultListeners.delete(listener);
}

/** The answer of a query, when every field of it reads as SQL here; undefined otherwise. */
async function answer(args: ExecutionArgs, kept: LRUCache<string, [string, RootPlan][]>): Promise<ExecutionResult | undefined> {
  const db = (args.contextValue as Context).db;
  const key = operationKey(args.document, args.operationName, args.variableValues);
  const data: Record<string, unknown> = {};
  try {
    let plans = key === undefined ? undefined : kept.get(key);
    // A kept plan's statements run again and again: prepared, PostgreSQL plans them once per connection.
    const again = plans !== undefined;
    if (!plans) {
      const scope = currentScope();
      const lookups = scope?.statements;
      plans = await compile(args);
      if (!plans) return undefined;
      // A plan is kept only when nothing it holds came from the data: a statement run while compiling
      // (a search text's check, counted) may find otherwise next time. Names embedded in the statement
      // are looked up each time it runs.
      if (key !== undefined && scope && scope.statements === lookups) kept.set(key, plans);
    }
    for (const [name, plan] of plans)
      data[name] = await plan.value(await Promise.all(plan.statements.map((statement) => queryText<Record<string, string>>(db, statement, again))), db);
  } catch (error) {
    // Not a query these statements answer, or a name or cursor the resolvers refuse with their usual
    // error: graphql-js runs it. The server's resources failing (the deadline, the database) is logged
    // and left to the resolvers, which answer it as such. Anything else is a fault of this path,
    // logged and reported (the tests fail on one), and answered all the same.
    const declined = errorChain(error).some((e) => e instanceof Unsupported || e instanceof UserInputError || e instanceof RequestStoppedError);
    if (!declined) {
      const fault = postgresError(error).message ?? messageOf(error).slice(0, 500);
      if (resourceFault(error)) currentScope()?.log.warn({ error: fault }, 'a query read as SQL met a fault of the database; the resolvers answer it');
      else {
        currentScope()?.log.warn({ error: fault }, 'a query read as SQL failed; it was answered through the resolvers');
        for (const listener of faultListeners) listener(fault);
      }
    }
    return undefined;
  }
  return { data, stringify: writeJson } as ExecutionResult;
}

/** JSON.stringify (keys of undefined or function values left out), but RawJson's text as it is. */
function writeJson(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : writeJson(item))).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .filter(([, item]) => item !== undefined && typeof item !== 'function')
      .map(([key, item]) => `${JSON.stringify(key)}:${writeJson(item)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/**
 * The plugin. Placed before the request plugin (server.ts), so that the request's deadline still bounds it.
 */
export function useSqlReads(): Plugin {
  const kept = new LRUCache<string, [string, RootPlan][]>({ max: KEPT_PLANS });
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => (await answer(args, kept)) ?? executeFn(args));
    },
  };
}
