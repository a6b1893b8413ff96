import { createSourceEventStream, execute, print, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { isAsyncIterable, mapAsyncIterator, type Plugin } from 'graphql-yoga';
import { outsideScope } from './scope.js';

// Live updates computed once per event, not once per subscriber: graphql-js executes a subscription's
// selection for each event and each subscriber, so 500 subscribers of one operation cost 500 reads of
// the same rows per event. Subscribers of the same operation with the same variables are sent the same
// result (the data is public, and what a filter lets through is decided before, per subscriber): it is
// executed for the first of them to ask, outside any one request (so that a subscriber who leaves does
// not stop it for the others), and kept with the event while the event is referenced.

/** Per event (the object every listener of it receives), per operation and variables: its result. */
const results = new WeakMap<object, Map<string, Promise<ExecutionResult> | ExecutionResult>>();

/** An operation and its variables as a key, made once per subscription. */
const keyOf = (args: ExecutionArgs) => `${args.operationName ?? ''}\n${print(args.document)}\n${JSON.stringify(args.variableValues ?? {})}`;

export function useSharedEvents(): Plugin {
  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(async (args: ExecutionArgs) => {
        const stream = await createSourceEventStream(args);
        if (!isAsyncIterable(stream)) return stream;
        const key = keyOf(args);
        return mapAsyncIterator(stream, (event: unknown) => {
          if (event === null || typeof event !== 'object') return execute({ ...args, rootValue: event });
          let byOperation = results.get(event);
          if (!byOperation) results.set(event, (byOperation = new Map()));
          let result = byOperation.get(key);
          if (!result) byOperation.set(key, (result = outsideScope(() => execute({ ...args, rootValue: event }))));
          return result;
        });
      });
    },
  };
}
