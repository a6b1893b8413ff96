import { GraphQLError } from 'graphql';

/**
 * The one shape of a bad-argument error: the message says what was wrong and names the argument
 * (`filter.topic`), `extensions.code` is BAD_USER_INPUT and `extensions.argument` the same path.
 */
export function badInput(argument: string, problem: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}" ${problem}`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
  });
}
