import { builder } from './builder.js';

// Who the request writes as: what a page shows once a curator has given it a token ("writing as
// alice"), decided from the Authorization header as every mutation decides it. The token itself is
// never echoed.

const Writer = builder.objectRef<{ canWrite: boolean; name: string | null }>('Writer').implement({
  description: 'The write access of the token the request carries.',
  fields: (t) => ({
    canWrite: t.exposeBoolean('canWrite', { description: 'Whether mutations are accepted with this token.' }),
    name: t.exposeString('name', {
      nullable: true,
      description:
        'The name writes are recorded under (API_TOKENS `name:token`); null for an unnamed token (which may write, but not decide on suggestions) or none.',
    }),
  }),
});

builder.queryFields((t) => ({
  writer: t.field({
    type: Writer,
    description: 'The write access of the token this request carries (in its Authorization header): whether it may write, and under which name.',
    resolve: (_root, _args, ctx) => ({ canWrite: ctx.writer.access === 'granted', name: ctx.writer.access === 'granted' ? ctx.writer.name : null }),
  }),
}));
