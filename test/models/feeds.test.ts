import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDigest } from '../../src/models/digest.js';
import type { UserInputError } from '../../src/models/errors.js';
import { htmlToText } from '../../src/models/feed.js';
import { seededSuite } from '../helpers/suite.js';

// RSS 2.0 and Atom feeds as input, from the fixtures in test/fixtures/feeds (seed articles wrapped as
// feeds; their links and dates are placeholders).
const suite = seededSuite();
const fixture = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8');

const IMPORT = `mutation ($input: ImportFeedInput!) { importFeed(input: $input) {
  created { slug title summary body url sourceName publishedAt actors { slug } }
  skipped { slug }
  articles { created article { slug } actors { slug } }
  userErrors { field code message } } }`;

describe('importFeed', () => {
  it('imports an RSS 2.0 feed: text stripped of HTML, link, date, source; a second import creates nothing', async () => {
    // The seed holds these articles by title already: a feed item is its own article, known by its link.
    const before = await suite.rowCounts();
    const first = (await suite.gql.data(IMPORT, { input: { xml: fixture('digest.rss.xml') } })).importFeed;
    expect(first.userErrors).toEqual([]);
    expect(first.created).toHaveLength(2);
    const [uk, zelenskyy] = first.created;
    expect(uk.title).toBe('UK Military Chief: Russian Support for Putin’s Views Fuels War');
    // The seed's article holds the title's slug: the feed's gets a suffix from its link.
    expect(uk.slug).toMatch(/^uk-military-chief-russian-support-for-putins-views-fuels-war-[0-9a-f]{8}$/);
    expect(uk.summary).toBe(
      'Admiral Sir Tony Radakin, the outgoing Chief of the Defence Staff of the UK, discussed post-war security guarantees for Ukraine in a final interview. ' +
        'Radakin confirmed that the UK and France are prepared to deploy troops in Ukraine as part of these guarantees.',
    );
    expect(uk.summary).not.toMatch(/alert|<|>/);
    expect(uk.body).toBeNull();
    expect(uk.url).toBe('https://example.org/uk-military-chief');
    expect(uk.sourceName).toBe('Stancegraph test wire');
    expect(uk.publishedAt).toBe('2025-12-01T09:00:00.000Z');
    expect(uk.actors.map((a: { slug: string }) => a.slug).sort()).toEqual(['france', 'russia', 'tony-radakin', 'ukraine', 'united-kingdom', 'vladimir-putin']);
    // No date in the item: none invented.
    expect(zelenskyy.publishedAt).toBeNull();
    expect(zelenskyy.url).toBe('https://example.org/zelenskyy-rejects-china');

    const counts = await suite.rowCounts();
    expect(counts.articles).toBe(before.articles + 2);
    const again = (await suite.gql.data(IMPORT, { input: { xml: fixture('digest.rss.xml'), sourceName: 'Elsewhere' } })).importFeed;
    expect(again.created).toEqual([]);
    expect(again.skipped.map((a: { slug: string }) => a.slug)).toEqual([uk.slug, zelenskyy.slug]);
    expect(await suite.rowCounts()).toEqual(counts);
  });

  it('imports an Atom feed: summary, and the content as body', async () => {
    const { importFeed } = await suite.gql.data(IMPORT, { input: { xml: fixture('digest.atom.xml'), sourceName: 'Test desk' } });
    expect(importFeed.userErrors).toEqual([]);
    const [article] = importFeed.created;
    expect(article.url).toBe('https://example.org/russia-demands-veto');
    expect(article.publishedAt).toBe('2025-12-02T09:00:00.000Z');
    expect(article.sourceName).toBe('Test desk');
    expect(article.summary).toMatch(/^Russia has stated it will only accept collective security guarantees/);
    expect(article.body).toBe(
      'Russia has stated it will only accept collective security guarantees for Ukraine if they are negotiated with its participation and on an equal basis with countries like China, the United States, the United Kingdom, and France.\n\n' +
        'Lavrov’s comments also reiterated a previous demand for a unanimous clause requiring Russian approval for any security guarantees, hindering progress towards a potential peace deal.',
    );
    // Named in the body only: Lavrov.
    expect(article.actors.map((a: { slug: string }) => a.slug)).toContain('sergey-lavrov');
  });

  it('removes the control characters of a third party’s text and counts them in the report, never silently', async () => {
    // The characters come as references in the items' HTML (escaped, or in CDATA), which the HTML is decoded from.
    const xml = `<rss version="2.0"><channel><title>Wire</title>
      <item><title>Clean item</title><link>https://example.org/clean-item</link><description>Nothing odd.</description></item>
      <item><title><![CDATA[Bell&#7; in the title]]></title><link>https://example.org/bell</link><description>&lt;p&gt;A form&amp;#12;feed and&amp;#1; a start-of-heading.&lt;/p&gt;</description></item>
    </channel></rss>`;
    const { importFeed } = await suite.gql.data(
      `mutation ($input: ImportFeedInput!) { importFeed(input: $input) { created { title summary sourceName } articles { removedCharacters } userErrors { message } } }`,
      { input: { xml } },
    );
    expect(importFeed.userErrors).toEqual([]);
    // (A form feed is white space in HTML: it becomes a space, not a removed character.)
    expect(importFeed.articles).toEqual([{ removedCharacters: 0 }, { removedCharacters: 2 }]);
    expect(importFeed.created[1]).toEqual({ title: 'Bell in the title', summary: 'A form feed and a start-of-heading.', sourceName: 'Wire' });
    // Nesting as deep as the limit is read.
    const nested = `${'<div>'.repeat(500)}Deep but readable.${'</div>'.repeat(500)}`;
    const deepXml = `<rss version="2.0"><channel><title>T</title><item><title>Nested</title><link>https://example.org/nested</link><description><![CDATA[${nested}]]></description></item></channel></rss>`;
    const deepImport = (await suite.gql.data(`mutation ($xml: String!) { importFeed(input: { xml: $xml }) { created { summary } } }`, { xml: deepXml }))
      .importFeed;
    expect(deepImport.created).toEqual([{ summary: 'Deep but readable.' }]);
  });

  it('refuses a digest with a control character, naming its line and column, and writes nothing', async () => {
    const counts = await suite.rowCounts();
    const text = 'Title one\nA summary.\n\nTitle two\nA sum\u0007mary.\n';
    const { errors } = await suite.gql.request(`mutation ($text: String!) { importDigest(input: { text: $text }) { userErrors { message } } }`, { text });
    expect(errors?.[0]).toMatchObject({
      message: 'Argument "input.text" must not contain control characters (found U+0007 at line 5, column 6).',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    // The same rule where no GraphQL is between (npm run import of a digest file).
    const direct = await suite.handle.db.transaction((tx) => importDigest(tx, { text })).catch((e: unknown) => e);
    expect((direct as UserInputError).errors).toEqual([
      { field: ['text'], code: 'INVALID', message: 'must not contain control characters (found U+0007 at line 5, column 6).' },
    ]);
    expect(await suite.rowCounts()).toEqual(counts);
  });

  it('refuses a broken feed whole, naming where or which item, and writes nothing', async () => {
    const counts = await suite.rowCounts();
    const refused = async (xml: string) => (await suite.refused(IMPORT, { input: { xml } })).map((e) => `${e.field.join('.')} ${e.code}: ${e.message}`);
    expect(await refused('<rss version="2.0"><channel><item><title>x</title></channel></rss>')).toEqual([
      "xml INVALID: is not well-formed XML: Expected closing tag 'item' (opened in line 1, col 29) instead of closing tag 'channel'. (line 1, column 51).",
    ]);
    expect(await refused('<html><body>Not a feed</body></html>')).toEqual([
      'xml INVALID: is XML but neither an RSS 2.0 nor an Atom feed (its root element must be <rss> or <feed>).',
    ]);
    expect(await refused('<rss version="2.0"><channel><title>Empty</title></channel></rss>')).toEqual([
      'xml INVALID: holds no items (<item> in RSS, <entry> in Atom): there is nothing to import.',
    ]);
    const twoBad = `<rss version="2.0"><channel><title>T</title>
      <item><title>Fine item</title><link>https://example.org/fine</link><description>Fine.</description></item>
      <item><link>https://example.org/untitled</link><description>No title here.</description></item>
      <item><title>Empty one</title><link>https://example.org/empty</link></item>
      <item><title>Bad link</title><link>javascript:alert(1)</link><description>Text.</description></item>
    </channel></rss>`;
    expect(await refused(twoBad)).toEqual([
      'xml INVALID: item 2 (https://example.org/untitled) has no title.',
      'xml INVALID: item 3 ("Empty one") has no summary or content.',
      'xml INVALID: item 4 ("Bad link"): its link is not an http(s) address of at most 2000 characters.',
    ]);
    // HTML nested deeper than any article (it would exhaust the converter's stack): refused, not cut.
    const deep = '<div>'.repeat(40_000) + 'deep' + '</div>'.repeat(40_000);
    const nested = `<rss version="2.0"><channel><title>T</title><item><title>Deep</title><link>https://example.org/deep</link><description><![CDATA[${deep}]]></description></item></channel></rss>`;
    expect(await refused(nested)).toEqual([
      'xml INVALID: item 1 ("Deep"): its HTML nests elements more than 500 levels deep, which no article needs; it was not read.',
    ]);
    const laughs = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><rss version="2.0"><channel><item><title>&b;</title></item></channel></rss>`;
    expect(await refused(laughs)).toEqual(['xml INVALID: declares XML entities (<!ENTITY …>), which a feed does not need and this server does not expand.']);
    expect(await suite.rowCounts()).toEqual(counts);
  });
});

describe('htmlToText', () => {
  it('keeps the words, drops markup, scripts, styles and images, and decodes entities', async () => {
    expect(
      await htmlToText(
        '<p>Orbán <b>blocked</b> the &amp; package.<script>alert(1)</script><style>p{}</style></p><p>See <a href="https://x">the text</a><img src=x onerror=alert(1)></p>',
      ),
    ).toBe('Orbán blocked the & package.\n\nSee the text');
  });
});
