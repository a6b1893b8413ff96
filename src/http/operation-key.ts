import type { DocumentNode, ExecutionArgs, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';

// Work that follows from an operation and its variables alone (its cost, the SQL that answers it)
// is kept for the next request of the same operation. Yoga parses each document text once (its
// parser cache), so the same text arrives as the same DocumentNode object, which names it here.

const ids = new WeakMap<DocumentNode, number>();
let next = 0;

/** Variables longer than this (as JSON) make an operation not worth keeping anything of. */
const MAX_VARIABLES = 4096;

/**
 * The key last made of a request's variables object: the cost check, the argument rules and the SQL
 * read each ask for the key of the same operation, and the variables are written out once.
 */
const made = new WeakMap<object, { document: DocumentNode; operationName: string | null | undefined; key: string | undefined }>();

/** A key naming an operation with its variables; undefined when its variables are too long to keep. */
export function operationKey(document: DocumentNode, operationName: string | null | undefined, variables: unknown): string | undefined {
  const owner = variables !== null && typeof variables === 'object' ? variables : undefined;
  const last = owner && made.get(owner);
  if (last && last.document === document && last.operationName === operationName) return last.key;
  let id = ids.get(document);
  if (id === undefined) ids.set(document, (id = next++));
  const json = JSON.stringify(variables ?? {});
  const key = json.length > MAX_VARIABLES ? undefined : `${id}\0${operationName ?? ''}\0${json}`;
  if (owner) made.set(owner, { document, operationName, key });
  return key;
}

/** Operations (with their variables) a check let through, the most recent first, per check. */
const PASSED = 1000;

/**
 * An `onExecute`/`onSubscribe` hook that refuses an operation with the errors `problems` finds in it,
 * and remembers the operations it let through so as not to check them again: for checks that follow
 * from the operation and its variables alone (arguments, cost), never from the data.
 */
export function operationCheck(problems: (args: ExecutionArgs) => readonly GraphQLError[]) {
  const passed = new LRUCache<string, true>({ max: PASSED });
  return ({ args, setResultAndStopExecution }: Pick<Parameters<NonNullable<Plugin['onExecute']>>[0], 'args' | 'setResultAndStopExecution'>) => {
    const key = operationKey(args.document, args.operationName, args.variableValues);
    if (key !== undefined && passed.get(key)) return;
    const errors = problems(args);
    if (errors.length) setResultAndStopExecution({ errors: [...errors] });
    else if (key !== undefined) passed.set(key, true);
  };
}
