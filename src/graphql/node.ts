import { decodeGlobalID, resolveNodes } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import { builder, type Context } from './builder.js';
import { badInput } from './errors.js';
import { MAX_PAGE_SIZE } from './pagination.js';

/** Types whose rows `node(id)` can load; their IDs encode `<Type>:<integer primary key>`. */
const NODE_TYPES = new Set(['Article', 'Actor', 'Topic', 'Position']);
const MAX_INT4 = 2 ** 31 - 1;

/** Loads the object a global ID names, or null when the ID is malformed or names nothing. */
async function nodeOrNull(globalId: string, ctx: Context, info: GraphQLResolveInfo): Promise<unknown> {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    return null;
  }
  if (!NODE_TYPES.has(decoded.typename) || !/^[1-9]\d{0,9}$/.test(decoded.id) || Number(decoded.id) > MAX_INT4)
    return null;
  try {
    const [node] = await resolveNodes(builder, ctx, info, [decoded]);
    return node ?? null;
  } catch (error) {
    // plugin-drizzle reports a missing row as "Model <table>(<id>) not found".
    if (error instanceof Error && /^Model \w+\(.*\) not found$/.test(error.message)) return null;
    throw error;
  }
}

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'Fetches any object by its global ID; null when the ID is malformed or names nothing.',
    args: { id: t.arg.id({ required: true, description: 'A global ID, as returned in any `id` field.' }) },
    resolve: (_root, args, ctx, info) => nodeOrNull(String(args.id), ctx, info),
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: 'Fetches objects by global ID, in the order asked; null in place of an ID that names nothing.',
    args: { ids: t.arg.idList({ required: true, description: `Global IDs, as returned in any \`id\` field; at most ${MAX_PAGE_SIZE}.` }) },
    resolve: (_root, args, ctx, info) => {
      if (args.ids.length > MAX_PAGE_SIZE) throw badInput('ids', `may hold at most ${MAX_PAGE_SIZE} IDs (got ${args.ids.length}).`);
      return args.ids.map((id) => nodeOrNull(String(id), ctx, info));
    },
  }),
}));
