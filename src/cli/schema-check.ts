import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkContract } from './contract.js';
import { printSortedSchema, schema } from '../graphql/schema.js';
import { runCli } from './run.js';
import { fromRoot } from '../paths.js';

// npm run schema:check [-- --publish]
// Compares the schema the code builds with schema/published.graphql (the contract as last released):
// prints breaking, dangerous and safe changes, and fails on a breaking change that CHANGELOG.md's
// "Unreleased" section does not acknowledge. --publish (at a release) makes the current schema the
// published one.

const PUBLISHED = fromRoot('schema/published.graphql');
const CHANGELOG = fromRoot('CHANGELOG.md');

runCli('schema:check', async () => {
  const { values } = parseArgs({ options: { publish: { type: 'boolean', default: false } } });
  if (values.publish) {
    writeFileSync(PUBLISHED, printSortedSchema());
    console.log(`wrote ${PUBLISHED}: the current schema is now the published contract; start a new "## Unreleased" section in CHANGELOG.md`);
    return;
  }
  const report = await checkContract(readFileSync(PUBLISHED, 'utf8'), schema, readFileSync(CHANGELOG, 'utf8'));
  const list = (title: string, changes: typeof report.safe) =>
    changes.length && console.log(`${title}:\n${changes.map((c) => `  ${c.path ?? '(schema)'}: ${c.message}`).join('\n')}`);
  console.log(`since schema/published.graphql: ${report.breaking.length} breaking, ${report.dangerous.length} dangerous, ${report.safe.length} safe changes`);
  list('breaking', report.breaking);
  list('dangerous', report.dangerous);
  if (report.unacknowledged.length)
    throw new Error(
      `${report.unacknowledged.length} breaking change(s) not acknowledged in CHANGELOG.md: ` +
        report.unacknowledged.map((c) => `${c.path} (${c.message})`).join('; ') +
        '. Keep the old field working (deprecate it), or name each path in backticks under "## Unreleased" in CHANGELOG.md with what clients must do.',
    );
});
