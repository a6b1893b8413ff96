import type { DocumentNode } from 'graphql';

// Work that follows from an operation and its variables alone (its cost, the SQL that answers it)
// is kept for the next request of the same operation. Yoga parses each document text once (its
// parser cache), so the same text arrives as the same DocumentNode object, which names it here.

const ids = new WeakMap<DocumentNode, number>();
let next = 0;

/** Variables longer than this (as JSON) make an operation not worth keeping anything of. */
const MAX_VARIABLES = 4096;

/** A key naming an operation with its variables; undefined when its variables are too long to keep. */
export function operationKey(document: DocumentNode, operationName: string | null | undefined, variables: unknown): string | undefined {
  let id = ids.get(document);
  if (id === undefined) ids.set(document, (id = next++));
  const json = JSON.stringify(variables ?? {});
  return json.length > MAX_VARIABLES ? undefined : `${id}\0${operationName ?? ''}\0${json}`;
}
