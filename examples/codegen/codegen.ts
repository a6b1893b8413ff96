import type { CodegenConfig } from '@graphql-codegen/cli';

// How a client generates typed operations from the committed contract, schema/schema.graphql.
// `npm run codegen:example` regenerates examples/codegen/gql; a test checks it is up to date and
// `npm test` type-checks examples/codegen/client.ts against it, so a schema change that breaks
// this client fails the build.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['examples/codegen/client.ts'],
  generates: {
    'examples/codegen/gql/': {
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true },
      presetConfig: { fragmentMasking: false },
    },
  },
  // Under NodeNext module resolution the generated imports need their .js extension.
  emitLegacyCommonJSImports: false,
  silent: true,
};

export default config;
