import {
  getNullableType,
  isInputObjectType,
  isListType,
  type GraphQLArgument,
  type GraphQLError,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DEFAULT_MAX_LENGTH, MAX_ITEMS } from '../graphql/arguments.js';
import { pageProblems, type PageArgs } from '../graphql/pagination.js';
import { UserInputError, type UserError } from '../models/errors.js';
import type { KeyTypes } from '../models/keyset.js';
import { textProblem, textProblemByLine } from '../models/text-rules.js';
import { argumentError } from './errors.js';
import { eachField } from './fields.js';
import { operationCheck } from './operation-key.js';

// Every argument of every field of an operation, with its variables applied, is checked before
// anything runs, so that bad input costs no SQL and never reaches the database as it is:
// - text: at most 1,000 characters unless the argument or input field says more
//   (`extensions: { maxLength }`, graphql/arguments.ts), and by the text rule (models/text-rules.ts: no control
//   characters, no lone surrogates);
// - lists: at most 100 entries;
// - the page rule on every connection (graphql/pagination.ts).

function valueProblems(type: GraphQLInputType, value: unknown, path: string[], where: GraphQLArgument | GraphQLInputField, problems: UserError[]): void {
  if (value == null) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items = value as unknown[];
    if (items.length > MAX_ITEMS) problems.push({ field: path, code: 'INVALID', message: `may hold at most ${MAX_ITEMS} entries (got ${items.length}).` });
    else items.forEach((item, i) => valueProblems(nullable.ofType as GraphQLInputType, item, [...path, String(i)], where, problems));
    return;
  }
  if (isInputObjectType(nullable)) {
    for (const field of Object.values(nullable.getFields()))
      valueProblems(field.type, (value as Record<string, unknown>)[field.name], [...path, field.name], field, problems);
    return;
  }
  if (typeof value !== 'string') return;
  const limit = (where.extensions as { maxLength?: number } | undefined)?.maxLength ?? DEFAULT_MAX_LENGTH;
  if (value.length > limit) problems.push({ field: path, code: 'INVALID', message: `must be at most ${limit} characters (got ${value.length}).` });
  // (A text of many lines, a digest's, says the line and column.)
  const problem = value.includes('\n') ? textProblemByLine(value) : textProblem(value);
  if (problem) problems.push({ field: path, code: 'INVALID', message: problem });
}

/** Checks the arguments of every field of the operation and answers with the problems instead of running it. */
export function useArgumentRules(): Plugin {
  const check = operationCheck((args) => {
    const errors: GraphQLError[] = [];
    eachField(args, (field, values, node, parent) => {
      if (field.args.length === 0) return;
      const problems: UserError[] = [];
      for (const arg of field.args) valueProblems(arg.type, values[arg.name], [arg.name], arg, problems);
      if (field.args.some((a) => a.name === 'first') && field.args.some((a) => a.name === 'after'))
        problems.push(...pageProblems(values as PageArgs, (field.extensions as { cursorKeys?: KeyTypes }).cursorKeys));
      if (problems.length) errors.push(argumentError(new UserInputError(problems), { nodes: [node], field: `${parent?.name}.${field.name}` }));
    });
    return errors;
  });
  // Subscriptions' arguments follow the same rules as queries'.
  return { onExecute: check, onSubscribe: check };
}
