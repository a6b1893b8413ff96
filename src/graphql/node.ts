import { resolveNodes } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import { builder, type Context } from './builder.js';
import { parseGlobalId } from './input.js';
import { MAX_PAGE_SIZE } from './pagination.js';

/** Loads the object a global ID names, or null when the ID is malformed or names nothing. */
async function nodeOrNull(globalId: string, ctx: Context, info: GraphQLResolveInfo): Promise<unknown> {
  const parsed = parseGlobalId(globalId);
  if (!parsed) return null;
  try {
    const [node] = await resolveNodes(builder, ctx, info, [{ typename: parsed.typename, id: String(parsed.id) }]);
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
    // At most 100: the rule for every list argument (http/arguments.ts).
    resolve: (_root, args, ctx, info) => args.ids.map((id) => nodeOrNull(String(id), ctx, info)),
  }),
}));
