import type { Transaction } from '../db/client.js';
import { UserInputError } from './errors.js';
import { importArticles, type ImportItem, type ImportReport } from './imports.js';
import { withoutForbidden } from './text-rules.js';
import { Checker, LIMITS, slugify } from './validate.js';

// RSS 2.0 and Atom feeds as input. @rowanmanning/feed-parser reads both into one shape; it forgives
// broken XML, so fast-xml-parser's validator checks the document first and says where it breaks.
// Entity declarations are refused outright: the parser expands them without limit. The three
// libraries load on the first feed (about 0.1 s), not with the server.

interface Libraries {
  parseFeed: typeof import('@rowanmanning/feed-parser').parseFeed;
  XMLValidator: typeof import('fast-xml-parser').XMLValidator;
  convert: typeof import('html-to-text').convert;
  Parser: typeof import('htmlparser2').Parser;
}
let loaded: Promise<Libraries> | undefined;
const libraries = (): Promise<Libraries> =>
  (loaded ??= Promise.all([import('@rowanmanning/feed-parser'), import('fast-xml-parser'), import('html-to-text'), import('htmlparser2')]).then(
    ([feed, xml, html, parser]) => ({
      parseFeed: feed.parseFeed,
      XMLValidator: xml.XMLValidator,
      convert: html.convert,
      Parser: parser.Parser,
    }),
  ));

/**
 * How deep an item's HTML may nest elements. html-to-text walks the tree recursively and runs out of
 * stack past ~1,500 levels (a feed of 100,000 nested <div>s answered a 500); real articles nest a few
 * dozen. Deeper HTML is refused, not cut.
 */
export const MAX_HTML_DEPTH = 500;

/** The deepest nesting of elements in an HTML text, read by htmlparser2's streaming parser (no tree, no recursion). */
function nestingDepth(Parser: Libraries['Parser'], html: string): number {
  let depth = 0;
  let deepest = 0;
  const parser = new Parser(
    {
      onopentag: () => {
        deepest = Math.max(deepest, ++depth);
      },
      onclosetag: () => {
        depth--;
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  parser.end();
  return deepest;
}

/** HTML of a feed's summaries and contents as plain text: tags, scripts and styles dropped, links as their words. */
export async function htmlToText(html: string): Promise<string> {
  const { convert } = await libraries();
  return toText(convert, html);
}

function toText(convert: Libraries['convert'], html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The items of a feed as articles to import, or every problem found, each naming its item. */
export async function readFeed(xml: string): Promise<{ sourceName: string | null; items: ImportItem[] }> {
  const { parseFeed, XMLValidator, convert, Parser } = await libraries();
  const htmlToText = (html: string) => toText(convert, html);
  const problems: string[] = [];
  const fail = (message: string) => new UserInputError([{ field: ['xml'], code: 'INVALID', message }]);
  if (/<!ENTITY/i.test(xml)) throw fail('declares XML entities (<!ENTITY …>), which a feed does not need and this server does not expand.');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw fail(`is not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col}).`);
  let feed: ReturnType<Libraries['parseFeed']>;
  try {
    feed = parseFeed(xml);
  } catch {
    throw fail('is XML but neither an RSS 2.0 nor an Atom feed (its root element must be <rss> or <feed>).');
  }
  if (feed.items.length === 0) throw fail('holds no items (<item> in RSS, <entry> in Atom): there is nothing to import.');

  const items = feed.items.map((entry, index) => {
    // Another site's text as published, without the characters no stored text may hold (counted in the
    // report); HTML nested too deep to convert is refused.
    let removedCharacters = 0;
    let tooDeep = false;
    const plain = (html: string | null | undefined) => {
      if (html && nestingDepth(Parser, html) > MAX_HTML_DEPTH) {
        tooDeep = true;
        return '';
      }
      const { text, removed } = withoutForbidden(html ? htmlToText(html) : '');
      removedCharacters += removed;
      return text;
    };
    const title = entry.title?.trim() ? plain(entry.title) : '';
    const name = `item ${index + 1}${title ? ` ("${title.slice(0, 80)}")` : entry.url ? ` (${entry.url.slice(0, 200)})` : ''}`;
    const summary = plain(entry.description ?? entry.content);
    const content = entry.description && entry.content ? plain(entry.content) : '';
    const url = entry.url ?? (entry.id && /^https?:\/\//.test(entry.id) ? entry.id : null);
    if (tooDeep) problems.push(`${name}: its HTML nests elements more than ${MAX_HTML_DEPTH} levels deep, which no article needs; it was not read.`);
    else itemProblems(name, title, summary, content, url, entry.published);
    return { title, summary, body: content && content !== summary ? content : null, url, publishedAt: entry.published ?? null, removedCharacters };
  });
  if (problems.length) throw new UserInputError(problems.map((message) => ({ field: ['xml'], code: 'INVALID', message })));
  const sourceName =
    feed.title && nestingDepth(Parser, feed.title) <= MAX_HTML_DEPTH ? withoutForbidden(htmlToText(feed.title)).text.slice(0, LIMITS.name) : null;
  return { sourceName: sourceName || null, items };

  /** What is wrong with an item read from the feed, each naming it. */
  function itemProblems(name: string, title: string, summary: string, content: string, url: string | null, published: Date | null | undefined) {
    if (!title) problems.push(`${name} has no title.`);
    else if (!slugify(title)) problems.push(`${name}: its title gives no slug.`);
    else if (title.length > LIMITS.title) problems.push(`${name}: its title is longer than ${LIMITS.title} characters.`);
    if (!summary) problems.push(`${name} has no summary or content.`);
    else if (summary.length > LIMITS.summary) problems.push(`${name}: its summary is longer than ${LIMITS.summary} characters.`);
    if (content.length > LIMITS.body) problems.push(`${name}: its content is longer than ${LIMITS.body} characters.`);
    if (url && (!/^https?:\/\//.test(url) || url.length > LIMITS.url))
      problems.push(`${name}: its link is not an http(s) address of at most ${LIMITS.url} characters.`);
    if (published && published.getTime() > Date.now() + 24 * 3600 * 1000)
      problems.push(`${name}: its publication date ${published.toISOString()} is in the future.`);
  }
}

/**
 * Imports an RSS 2.0 or Atom feed: one article per item (title; summary from its description or
 * summary, else its content; body from its content when it has both; link; publication date; source
 * name from the feed's title unless given), idempotent by link (or by a guid/id that is a URL; by title
 * when an item has neither). A feed with a problem writes nothing. It invents no positions and no dates.
 */
export async function importFeed(tx: Transaction, input: { xml: string; sourceName?: string | null }): ReturnType<typeof importArticles> {
  return importArticles(tx, await feedItems(input));
}

/** A feed's items as items to import, checked (every problem at once, each naming its item): no database needed. */
export async function feedItems(input: { xml: string; sourceName?: string | null }): Promise<ImportItem[]> {
  const check = new Checker();
  if (input.xml.length > LIMITS.digest) check.add(['xml'], 'INVALID', `must be at most ${LIMITS.digest} characters.`);
  const sourceName = check.optionalText(['sourceName'], input.sourceName, LIMITS.name);
  check.throwIfAny();
  const feed = await readFeed(input.xml);
  return feed.items.map((item) => ({ ...item, sourceName: sourceName ?? feed.sourceName }));
}
