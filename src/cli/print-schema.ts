import { writeFileSync } from 'node:fs';
import { printSortedSchema } from '../graphql/schema.js';
import { runCli } from './run.js';
import { fromRoot } from '../paths.js';

export const SCHEMA_FILE = fromRoot('schema/schema.graphql');

runCli('schema:print', async () => {
  writeFileSync(SCHEMA_FILE, printSortedSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
});
