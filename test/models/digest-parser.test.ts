import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../src/models/digest-parser.js';
import { unmatchedNames } from '../../src/models/name-finder.js';

// The digest parser is pure: text in, articles and problems out, no database.

const digest = readFileSync(new URL('../../seeds/security-guarantees-digest.txt', import.meta.url), 'utf8');

describe('parseDigest', () => {
  it('reads the ten articles of the seed digest, with their title lines', () => {
    const parsed = parseDigest(digest);
    expect(parsed.problems).toEqual([]);
    expect(parsed.articles).toHaveLength(10);
    for (const article of parsed.articles) {
      expect(digest.split(/\r?\n/)[article.line - 1]!.trim()).toBe(article.title);
      expect(article.summary.length).toBeGreaterThan(50);
    }
  });

  it('joins the lines of a paragraph, keeps paragraphs apart, and ends a block at "Continue reading"', () => {
    const parsed = parseDigest(
      'Heading\r\n\r\nTitle One\r\nFirst line\r\nsecond line.\r\n\r\nNext paragraph.\r\nRead more.\r\nTitle Two\r\nAll of it ... Continue reading\r\n',
    );
    expect(parsed.articles.map(({ title, summary, line }) => ({ title, summary, line }))).toEqual([
      { title: 'Title One', summary: 'First line second line.\n\nNext paragraph.', line: 3 },
      { title: 'Title Two', summary: 'All of it…', line: 9 },
    ]);
  });

  it('takes a "Source:" line for the block it is in, or the block before', () => {
    const parsed = parseDigest('H\nA\nSummary a.\nSource: Wire A\nRead More\nB\nSummary b.\nRead More\nvia: Wire B\n');
    expect(parsed.articles.map((a) => a.sourceName)).toEqual(['Wire A', 'Wire B']);
  });

  it('names the line of every problem', () => {
    expect(parseDigest('').problems).toEqual(['the digest is empty.']);
    expect(parseDigest('H\n\nRead More\n').problems).toEqual(['line 3: "Read More" ends no article.']);
    expect(parseDigest('H\nTitle\nRead More\n').problems).toEqual(['line 2: "Title" has a title but no summary.']);
    expect(parseDigest('Only a heading').problems).toEqual([
      'no article found: expected a heading line, then blocks of a title and a summary ending in "Read More".',
    ]);
  });
});

describe('unmatchedNames', () => {
  const aliases = [
    { actorId: 1, alias: 'Russia' },
    { actorId: 2, alias: 'Lavrov' },
    { actorId: 3, alias: 'US' },
  ];

  it('lists capitalised names no alias accounts for, alphabetically, without sentence-initial words', async () => {
    expect(await unmatchedNames('Lavrov met officials in Geneva and Brussels. The Coalition of the Willing and the US agreed.', aliases)).toEqual([
      'Brussels',
      'Coalition of the Willing',
      'Geneva',
    ]);
  });

  it('drops possessives and known names, matched as mentions are', async () => {
    expect(await unmatchedNames('He cited Russia’s demands and Zelenskiy’s answer.', aliases)).toEqual(['Zelenskiy']);
  });

  it('strips titles, keeps name particles, and tells names from common words at the start of a sentence', async () => {
    // Test input written for the name finder (test/fixtures/names): the cases of the evidence issue.
    const text = readFileSync(new URL('../fixtures/names/summit.txt', import.meta.url), 'utf8');
    const expected = JSON.parse(readFileSync(new URL('../fixtures/names/expected.json', import.meta.url), 'utf8'))['summit.txt'];
    const known = [
      { actorId: 1, alias: 'Zelenskyy' },
      { actorId: 2, alias: 'UK' },
      { actorId: 3, alias: 'EU' },
    ];
    expect(await unmatchedNames(text, known)).toEqual(expected);
    expect(
      await unmatchedNames('Strong European support helped. Key Trump administration figures agreed. Senior officials said so.', [
        { actorId: 1, alias: 'Trump' },
      ]),
    ).toEqual([]);
    expect(await unmatchedNames('Chancellor Friedrich Merz met Admiral Sir Tony Radakin.', [])).toEqual(['Friedrich Merz', 'Tony Radakin']);
  });
});
