import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';

/**
 * Limits on the shape of a single operation, checked by graphql-armor as it is validated. Its size
 * in tokens, cost and depth are http/cost.ts's. Field suggestions stay on: the schema is public.
 * An operation over a limit is refused with HTTP 400 and a code, as the cost and depth limits do,
 * rather than armor's "Syntax Error" with none.
 */
const QUERY_LIMITS = {
  maxDepth: { enabled: false },
  costLimit: { enabled: false },
  maxAliases: { n: 30, onReject: [refuse('TOO_MANY_ALIASES')] },
  maxDirectives: { n: 50, onReject: [refuse('TOO_MANY_DIRECTIVES')] },
  maxTokens: { enabled: false },
  blockFieldSuggestion: { enabled: false },
};

/** Replaces armor's rejection ("Syntax Error: Aliases limit of 30 exceeded, found 31.") by one with a code and HTTP 400. */
function refuse(code: string) {
  return (_context: unknown, rejection: GraphQLError) => {
    throw new GraphQLError(rejection.message.replace(/^Syntax Error: /, ''), { extensions: { code, http: { status: 400 } } });
  };
}

/** graphql-armor with these limits. */
export const useShapeLimits = () => EnvelopArmorPlugin(QUERY_LIMITS);
