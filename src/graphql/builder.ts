import SchemaBuilder from '@pothos/core';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import RelayPlugin from '@pothos/plugin-relay';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import type { WriteAccess } from '../auth.js';
import type { Database } from '../db/client.js';
import type { Relations } from '../db/relations.js';
import { relations } from '../db/relations.js';

/** What every resolver gets: the database of this request (PGlite or Postgres, it cannot tell). */
export interface Context {
  db: Database;
  /** Whether this request may run mutations (reads are public). */
  writeAccess: WriteAccess;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  DrizzleRelations: Relations;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    Date: { Input: string; Output: string };
  };
}>({
  plugins: [RelayPlugin, DrizzlePlugin],
  defaultFieldNullability: false,
  drizzle: { client: (ctx) => ctx.db, getTableConfig, relations },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesOnConnection: { description: 'The nodes of this page, for clients that need no cursors.' },
    nodeTypeOptions: { description: 'An object with a global ID that `node(id)` can fetch again.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its connection (Relay cursor connections).' },
    idFieldOptions: { description: 'Opaque global ID; pass it to `node(id)` to fetch this object again.' },
    // node and nodes are defined in node.ts, so that a malformed or unknown ID gives null.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    cursorFieldOptions: { description: 'Opaque cursor of this edge, for `after` or `before`.' },
    nodeFieldOptions: { description: 'The object at the end of this edge.' },
    edgesFieldOptions: { description: 'The edges of this page, each with its cursor.' },
    pageInfoFieldOptions: { description: 'Where this page sits in the whole connection.' },
    hasNextPageFieldOptions: { description: 'Whether rows follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether rows precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first edge of this page, for `before`.' },
    endCursorFieldOptions: { description: 'Cursor of the last edge of this page, for `after`.' },
    firstArgOptions: { description: 'Page size counted from the start (or from `after`); 20 if unset, at most 100.' },
    lastArgOptions: { description: 'Page size counted from the end (or from `before`); at most 100.' },
    afterArgOptions: { description: 'Return rows after this cursor.' },
    beforeArgOptions: { description: 'Return rows before this cursor.' },
    mutationInputArgOptions: { description: 'Everything the mutation needs, in one object; `userErrors` paths point into it.' },
    defaultConnectionTypeOptions: { description: 'A page of a list, with cursors (Relay cursor connection).' },
    defaultEdgeTypeOptions: { description: 'One row of a page, with its cursor.' },
  },
});

/**
 * A timestamp column as a Date. Relational queries return ISO text ("2025-09-01T10:00:00+00:00"),
 * plain selects Postgres text ("2025-09-01 10:00:00+00"), which Date does not parse as it is.
 */
export function asDate(value: string | null): Date | null {
  if (value == null) return null;
  return new Date(value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
}

builder.addScalarType('DateTime', DateTimeResolver, {});
builder.addScalarType('Date', DateResolver, {});

builder.queryType({ description: 'Reads are public.' });
