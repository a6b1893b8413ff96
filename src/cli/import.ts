import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeDatabase, readConfig } from '../config.js';
import { withDatabase } from '../db/client.js';
import { importDigest } from '../models/digest.js';
import { domainErrorOf } from '../models/errors.js';
import { runCli } from './run.js';

// npm run import -- path/to/digest.txt [--source NAME] [--published-at 2025-08-15T00:00:00Z]
runCli('import', async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { source: { type: 'string' }, 'published-at': { type: 'string' } },
  });
  if (positionals.length !== 1) throw new Error('usage: npm run import -- path/to/digest.txt [--source NAME] [--published-at ISO-DATE]');
  const path = positionals[0]!;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot read ${path}: ${code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message}`);
  }
  const publishedAt = values['published-at'] === undefined ? undefined : new Date(values['published-at']);
  if (publishedAt && Number.isNaN(publishedAt.getTime()))
    throw new Error(`--published-at must be a date such as 2025-08-15T00:00:00Z (got "${values['published-at']}")`);

  const config = readConfig();
  const { reports } = await withDatabase(config, (handle) =>
    handle.db
      .transaction((tx) => importDigest(tx, { text, sourceName: values.source, publishedAt }))
      .catch((error: unknown) => {
        // The same reading of a refusal as the importDigest mutation's userErrors.
        const refused = domainErrorOf(error);
        if (refused)
          throw new Error(`${path} was not imported, nothing was written:\n  ${refused.errors.map((e) => e.message).join('\n  ')}`);
        throw error;
      }),
  );
  for (const r of reports) {
    console.log(`${r.created ? 'created' : 'skipped (already present)'}: ${r.article.slug}`);
    console.log(`  actors: ${r.actors.map((a) => a.slug).join(', ') || '(none)'}`);
    if (r.unmatchedNames.length) console.log(`  unmatched names: ${r.unmatchedNames.join(', ')}`);
  }
  const created = reports.filter((r) => r.created).length;
  console.log(`${path} → ${describeDatabase(config)}: ${created} created, ${reports.length - created} skipped`);
});
