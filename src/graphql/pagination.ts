import { decodeBase64, decodeCursorChunk, encodeBase64, encodeCursorTuple } from '@pothos/core';
import {
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type GraphQLError,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { UserInputError, type UserError } from '../models/errors.js';
import { argumentError } from './input.js';

// The one pagination rule, for every connection of the schema, root or nested, whatever is selected
// of it: pages of at most MAX_PAGE_SIZE rows, `first` or `last` (not both), and cursors that this
// server wrote. It is checked before execution, so a bad page argument costs no SQL at all.

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Spread into every `t.drizzleConnection` and `t.relatedConnection`. */
export const paging = { defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE } as const;

const PREFIX = 'DC:';

/**
 * The one cursor format: the position's values, each with its type, as plugin-drizzle writes them
 * (base64 of "DC:" and @pothos/core's typed chunk). The search connection writes its own the same way.
 */
export function encodeCursor(values: readonly unknown[]): string {
  return encodeBase64(`${PREFIX}${encodeCursorTuple(values)}`);
}

/** The values a cursor holds, or undefined when it is not a cursor this server could have written. */
export function decodeCursor(cursor: string): unknown[] | undefined {
  try {
    const text = decodeBase64(cursor);
    if (!text.startsWith(PREFIX)) return undefined;
    const value = decodeCursorChunk(text.slice(PREFIX.length));
    const values = Array.isArray(value) ? value : [value];
    const scalar = (v: unknown) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
    return values.length > 0 && values.length <= 4 && values.every(scalar) ? values : undefined;
  } catch {
    return undefined;
  }
}

interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** The problems of a connection's page arguments, each naming its argument. */
export function pageProblems(args: PageArgs): UserError[] {
  const problems: UserError[] = [];
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value == null) continue;
    if (value < 0) problems.push({ field: [name], code: 'INVALID', message: `must not be negative (got ${value}).` });
    else if (value > MAX_PAGE_SIZE)
      problems.push({
        field: [name],
        code: 'INVALID',
        message: `must be at most ${MAX_PAGE_SIZE} (got ${value}); page through the rest with cursors.`,
      });
  }
  if (args.first != null && args.last != null)
    problems.push({ field: ['last'], code: 'INVALID', message: 'cannot be combined with `first`: page forwards with first/after, or backwards with last/before.' });
  for (const name of ['after', 'before'] as const) {
    const cursor = args[name];
    if (cursor != null && !decodeCursor(cursor))
      problems.push({ field: [name], code: 'INVALID', message: `is not a cursor of this list (got "${cursor.slice(0, 100)}").` });
  }
  return problems;
}

/** A connection field: one that takes the page arguments. */
const isConnectionField = (args: readonly { name: string }[]) => ['first', 'after'].every((name) => args.some((a) => a.name === name));

/**
 * Checks the page arguments of every connection field of the operation, with its variables
 * applied, and answers the request with the problems instead of running it.
 */
export function usePageRule(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const variables = getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {});
      if (variables.errors) return; // execution reports them
      const typeInfo = new TypeInfo(args.schema);
      const errors: GraphQLError[] = [];
      const roots: ASTNode[] = [operation, ...args.document.definitions.filter((d: ASTNode) => d.kind === Kind.FRAGMENT_DEFINITION)];
      for (const root of roots)
        visit(
          root,
          visitWithTypeInfo(typeInfo, {
            Field(node) {
              const field = typeInfo.getFieldDef();
              if (!field || !isConnectionField(field.args)) return;
              let values: PageArgs;
              try {
                values = getArgumentValues(field, node, variables.coerced) as PageArgs;
              } catch {
                return; // execution reports a bad argument value
              }
              const problems = pageProblems(values);
              if (problems.length)
                errors.push(argumentError(new UserInputError(problems), { nodes: [node], field: `${typeInfo.getParentType()?.name}.${field.name}` }));
            },
          }),
        );
      if (errors.length) setResultAndStopExecution({ errors });
    },
  };
}
