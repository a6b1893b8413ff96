import type { CodegenConfig } from '@graphql-codegen/cli';

// How a client generates typed operations from the committed contract, schema/schema.graphql.
// `npm run codegen:example` regenerates examples/client/gql; a test checks it is up to date and
// `npm test` type-checks examples/client/client.ts against it, so a schema change that breaks
// this client fails the build.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  // Every operation of the client: add a .graphql file here and run `npm run codegen:example`.
  documents: ['examples/client/operations/**/*.graphql'],
  generates: {
    'examples/client/gql/': {
      preset: 'client',
      // DateTime and Date travel as ISO 8601 strings.
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string', Date: 'string' } },
      // persisted-documents.json: every operation of this client by its SHA-256 hash, the manifest
      // the server accepts by hash (PERSISTED_OPERATIONS; see the README).
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
    },
  },
  // Under NodeNext module resolution the generated imports need their .js extension.
  emitLegacyCommonJSImports: false,
  // Errors in full ("Cannot query field … Did you mean …?"), not "One or more errors occurred".
  errorsOnly: true,
};

export default config;
