import { decodeGlobalID } from '@pothos/plugin-relay';
import type { UserError } from '../models/errors.js';

// Input at the GraphQL edge: global IDs turned into the row ids the models take.

/** The types whose global IDs name rows: `<Type>:<integer primary key>`, base64. */
const NODE_TYPES = ['Article', 'Actor', 'Topic', 'Position', 'PositionSuggestion'] as const;
export type NodeType = (typeof NODE_TYPES)[number];
const MAX_INT4 = 2 ** 31 - 1;

/** What a global ID names: a row of a node type, or nothing (malformed, or not a node type). */
export function parseGlobalId(globalId: string): { typename: NodeType; id: number } | undefined {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    return undefined;
  }
  const typename = NODE_TYPES.find((t) => t === decoded.typename);
  if (!typename || !/^[1-9]\d{0,9}$/.test(decoded.id) || Number(decoded.id) > MAX_INT4) return undefined;
  return { typename, id: Number(decoded.id) };
}

/**
 * Decodes the global IDs of one mutation input into row ids, collecting a userError for each that
 * is malformed (INVALID) or names another type (NOT_FOUND). A bad ID decodes to 0, which names no
 * row: the model then runs its own checks too, so that one answer lists every problem of the input.
 */
export class IdDecoder {
  readonly problems: UserError[] = [];

  one(field: string | string[], globalId: string | number, typename: NodeType): number {
    const path = typeof field === 'string' ? [field] : field;
    const parsed = parseGlobalId(String(globalId));
    if (parsed?.typename === typename) return parsed.id;
    const shown = String(globalId).slice(0, 100);
    this.problems.push({
      field: path,
      code: parsed ? 'NOT_FOUND' : 'INVALID',
      message: `is not the ID of ${/^[AEIOU]/.test(typename) ? 'an' : 'a'} ${typename} (got "${shown}").`,
    });
    return 0;
  }

  optional(field: string, globalId: string | number | null | undefined, typename: NodeType): number | null | undefined {
    return globalId == null ? globalId : this.one(field, globalId, typename);
  }

  list(field: string, globalIds: readonly (string | number)[] | null | undefined, typename: NodeType): number[] | null | undefined {
    return globalIds == null ? globalIds : globalIds.map((id, index) => this.one([field, String(index)], id, typename));
  }
}
