import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applySeed, readSeedData } from '../../src/seed/index.js';
import { createTestDatabase } from '../helpers/database.js';
import { graphqlClient } from '../helpers/graphql.js';
import { seededSuite } from '../helpers/suite.js';

const suite = seededSuite();

describe('importDigest', () => {
  const digest = readFileSync(new URL('../../seeds/security-guarantees-digest.txt', import.meta.url), 'utf8');
  const IMPORT = `mutation ($input: ImportDigestInput!) { importDigest(input: $input) {
    created { slug title summary } skipped { slug } unmatchedNames
    articles { created article { slug } actors { slug } unmatchedNames }
    userErrors { field code message } } }`;

  it('links the same actors as the seed data, and a second import creates nothing', async () => {
    // A database with the seed's actors and topics but none of its articles.
    const fresh = await createTestDatabase();
    try {
      const seed = readSeedData();
      await applySeed(fresh.db, { ...seed, articles: [], positions: [] });
      const client = graphqlClient(fresh.db);
      const first = (await client.data(IMPORT, { input: { text: digest } })).importDigest;
      expect(first.userErrors).toEqual([]);
      expect(first.created).toHaveLength(10);
      expect(first.created.map((a: { slug: string; title: string; summary: string }) => [a.slug, a.title, a.summary])).toEqual(
        seed.articles.map((a) => [a.slug, a.title, a.summary]),
      );
      for (const [i, report] of first.articles.entries())
        expect(report.actors.map((a: { slug: string }) => a.slug).sort(), report.article.slug).toEqual([...seed.articles[i]!.actors].sort());
      expect(first.unmatchedNames).toEqual(expect.arrayContaining(['Budapest Memorandum', 'Munich Security Conference', 'Brussels', 'Alaska']));
      expect((await suite.rowCounts(fresh)).positions).toBe(0);

      const counts = await suite.rowCounts(fresh);
      const again = (await client.data(IMPORT, { input: { text: digest.replace(/\n/g, '\r\n').replace(/’/g, "'") } })).importDigest;
      expect(again.created).toEqual([]);
      expect(again.skipped).toHaveLength(10);
      expect(await suite.rowCounts(fresh)).toEqual(counts);
    } finally {
      await fresh.close();
    }
  });

  it('tolerates the variants real digests use', async () => {
    const text = [
      'weekly digest\r',
      '',
      'Kremlin Rejects New Guarantees Plan\r',
      'Putin’s spokesman said the Kremlin rejects the plan.\r',
      '',
      'Lavrov repeated the demand in Geneva.\r',
      'Source: Example Wire\r',
      'Read more\r',
      '',
      '',
      'Macron Backs Air Policing\r',
      'Emmanuel Macron backed air policing over western Ukraine... Continue reading\r',
      'Starmer Keeps Quiet\r',
      'Keir Starmer declined to comment.',
    ].join('\n');
    const { importDigest } = await suite.gql.data(IMPORT, { input: { text, sourceName: 'Digest' } });
    expect(importDigest.userErrors).toEqual([]);
    expect(importDigest.created.map((a: { title: string; summary: string }) => [a.title, a.summary])).toEqual([
      ['Kremlin Rejects New Guarantees Plan', 'Putin’s spokesman said the Kremlin rejects the plan.\n\nLavrov repeated the demand in Geneva.'],
      ['Macron Backs Air Policing', 'Emmanuel Macron backed air policing over western Ukraine…'],
      ['Starmer Keeps Quiet', 'Keir Starmer declined to comment.'],
    ]);
    expect(importDigest.articles[0].actors.map((a: { slug: string }) => a.slug)).toEqual(['russia', 'sergey-lavrov', 'vladimir-putin']);
    expect(importDigest.articles[0].unmatchedNames).toEqual(['Geneva']);
    const sources = await suite.gql.data(
      `{ a: article(slug: "kremlin-rejects-new-guarantees-plan") { sourceName } b: article(slug: "starmer-keeps-quiet") { sourceName } }`,
    );
    expect(sources).toEqual({ a: { sourceName: 'Example Wire' }, b: { sourceName: 'Digest' } });
  });

  it('refuses text that holds no article, naming the line, and writes nothing', async () => {
    expect(await suite.refused(IMPORT, { input: { text: 'heading\n\nA title without summary\nRead More\n' } })).toEqual([
      { field: ['text'], code: 'INVALID', message: 'line 3: "A title without summary" has a title but no summary.' },
    ]);
    expect((await suite.refused(IMPORT, { input: { text: '   \n\n' } }))[0]!.message).toBe('the digest is empty.');
  });
});

describe('concurrency', () => {
  it('two imports of one digest at once create each article once, and neither is refused', async () => {
    const text = ['concurrent digest', '', 'Ceasefire Talks Resume In Geneva', 'Lavrov and Rutte met in Geneva.', 'Read More'].join('\n');
    const IMPORT = `mutation ($input: ImportDigestInput!) { importDigest(input: $input) { created { slug } skipped { slug } userErrors { field code } } }`;
    const results = await Promise.all([suite.gql.data(IMPORT, { input: { text } }), suite.gql.data(IMPORT, { input: { text } })]);
    const payloads = results.map((r) => r.importDigest);
    expect(payloads.every((p) => p.userErrors.length === 0)).toBe(true);
    expect(payloads.flatMap((p) => p.created.map((a: { slug: string }) => a.slug))).toEqual(['ceasefire-talks-resume-in-geneva']);
    expect(payloads.flatMap((p) => p.skipped.map((a: { slug: string }) => a.slug))).toEqual(['ceasefire-talks-resume-in-geneva']);
    const [{ n }] = (await suite.handle.rows<{ n: number }>(sql`select count(*)::int as n from articles where slug = 'ceasefire-talks-resume-in-geneva'`)) as [
      { n: number },
    ];
    expect(n).toBe(1);
  });

  it('two writers creating the same slug end with one row and one ALREADY_EXISTS', async () => {
    const mutation = `mutation { createTopic(input: { name: "Frozen assets" }) { topic { slug } userErrors { code } } }`;
    const results = await Promise.all([suite.gql.request(mutation), suite.gql.request(mutation), suite.gql.request(mutation)]);
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    const outcomes = results.map((r) => (r.data.createTopic.topic ? 'created' : r.data.createTopic.userErrors[0].code)).sort();
    expect(outcomes).toEqual(['ALREADY_EXISTS', 'ALREADY_EXISTS', 'created']);
    expect((await suite.handle.rows<{ n: number }>(sql`select count(*)::int as n from topics where slug = 'frozen-assets'`))[0]!.n).toBe(1);
  });

  it('parallel updates at one version: one wins, the others get CONFLICT', async () => {
    const id = await suite.idOf('article', 'zelensky-demands-security-guarantees-before-putin-talks');
    const { node } = await suite.gql.data(`query ($id: ID!) { node(id: $id) { ... on Article { version } } }`, { id });
    const update = (title: string) =>
      suite.gql.request(`mutation ($input: UpdateArticleInput!) { updateArticle(input: $input) { article { title } userErrors { code } } }`, {
        input: { id, expectedVersion: node.version, title },
      });
    const results = await Promise.all([update('Title one'), update('Title two'), update('Title three')]);
    const winners = results.filter((r) => r.data.updateArticle.article);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.data.updateArticle.userErrors[0]?.code === 'CONFLICT')).toHaveLength(2);
    const { node: after } = await suite.gql.data(`query ($id: ID!) { node(id: $id) { ... on Article { title version } } }`, { id });
    expect(after).toEqual({ title: winners[0]!.data.updateArticle.article.title, version: node.version + 1 });
  });
});
