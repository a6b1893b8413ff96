import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkContract } from '../../src/cli/contract.js';
import { schema } from '../../src/graphql/schema.js';

// The schema as a contract: every breaking change since the published schema is acknowledged in the
// changelog, and one that is not fails the check, naming the field.

const published = readFileSync(new URL('../../schema/published.graphql', import.meta.url), 'utf8');
const changelog = readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8');

describe('the schema contract', () => {
  it('has no breaking change since schema/published.graphql that CHANGELOG.md does not acknowledge', async () => {
    const report = await checkContract(published, schema, changelog);
    expect(report.unacknowledged.map((c) => c.path)).toEqual([]);
  });

  it('fails on a removed field, naming it, until the changelog acknowledges it', async () => {
    // A scratch copy of the current contract in which the code no longer serves Actor.aliases.
    const current = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    const without = buildSchema(current.replace(/\n {2}"""[^"]*"""\n {2}aliases: \[String!\]!\n/, '\n'));
    expect(Object.keys((without.getType('Actor') as { getFields(): object }).getFields())).not.toContain('aliases');
    const report = await checkContract(current, without, '# Changelog\n\n## Unreleased\n\nNothing yet.\n');
    expect(report.unacknowledged.map((c) => [c.path, c.message])).toEqual([['Actor.aliases', "Field 'aliases' was removed from object type 'Actor'"]]);
    const acknowledged = await checkContract(current, without, '# Changelog\n\n## Unreleased\n\n- `Actor.aliases` is gone: use `Actor.names`.\n\n## 0.1.0\n');
    expect(acknowledged.unacknowledged).toEqual([]);
    // An acknowledgement in an older release's section does not count.
    const stale = await checkContract(current, without, '# Changelog\n\n## Unreleased\n\n## 0.1.0\n\n- `Actor.aliases` removed.\n');
    expect(stale.unacknowledged.map((c) => c.path)).toEqual(['Actor.aliases']);
  });

  it('runs as npm run schema:check, listing the changes', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/schema-check.ts'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^since schema\/published\.graphql: \d+ breaking, \d+ dangerous, \d+ safe changes\n/);
  });
});
