import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSortedSchema } from '../graphql/schema.js';
import { runCli } from './run.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));

runCli('schema:print', async () => {
  writeFileSync(SCHEMA_FILE, printSortedSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
});
