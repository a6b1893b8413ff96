import type { CodegenConfig } from '@graphql-codegen/cli';

// How the first-party clients get typed operations from the committed contract, schema/schema.graphql:
// the example client (examples/client) and the tracker page (web/). `npm run codegen` regenerates both
// gql/ folders; a test checks they are up to date and `npm test` type-checks both clients against them,
// so a schema change that breaks either fails the build. Each writes persisted-documents.json, the
// manifest of its operations by hash that the server accepts as trusted documents.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  generates: Object.fromEntries(
    ['examples/client', 'web/src'].map((client) => [
      `${client}/gql/`,
      {
        // Every operation of the client: add a .graphql file to its operations/ and run `npm run codegen`.
        documents: [`${client}/operations/**/*.graphql`],
        preset: 'client',
        // DateTime and Date travel as ISO 8601 strings.
        config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string', Date: 'string' } },
        presetConfig: { fragmentMasking: false, persistedDocuments: true },
      },
    ]),
  ),
  // Under NodeNext module resolution the generated imports need their .js extension.
  emitLegacyCommonJSImports: false,
  // Errors in full ("Cannot query field … Did you mean …?"), not "One or more errors occurred".
  errorsOnly: true,
};

export default config;
