// Reading a digest, with no database: the text in, its articles out.
// A digest is a heading line, then blocks of a title line and a summary of one or more
// paragraphs, each block ending in a "Read More" line or a paragraph ending in "… Continue
// reading". Real digests vary: blank lines anywhere, "Read more", "... Continue reading", CRLF line
// ends, straight or curly quotes, a "Source: …" line, and a last block without any ending.

export interface DigestArticle {
  title: string;
  summary: string;
  sourceName?: string;
  /** 1-based line of the title in the digest, for messages. */
  line: number;
}

export interface ParsedDigest {
  heading: string;
  articles: DigestArticle[];
  problems: string[];
}

const READ_MORE = /^read\s+more\.?$/i;
const CONTINUE = /^(.*?)\s*(…|\.\.\.)?\s*continue\s+reading\.?$/i;
const SOURCE = /^(?:source|via)\s*:\s*(.+)$/i;

export function parseDigest(text: string): ParsedDigest {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const result: ParsedDigest = { heading: '', articles: [], problems: [] };
  let block: { title: string; line: number; paragraphs: string[][]; sourceName?: string } | null = null;
  let blankBefore = false;

  const close = () => {
    if (!block) return;
    const summary = block.paragraphs
      .map((p) => p.join(' '))
      .filter(Boolean)
      .join('\n\n');
    if (summary) result.articles.push({ title: block.title, summary, sourceName: block.sourceName, line: block.line });
    else result.problems.push(`line ${block.line}: "${block.title}" has a title but no summary.`);
    block = null;
  };

  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') {
      blankBefore = true;
      return;
    }
    if (!result.heading) {
      result.heading = line;
      return;
    }
    const source = line.match(SOURCE);
    if (source) {
      const previous = result.articles[result.articles.length - 1];
      if (block) block.sourceName = source[1]!.trim();
      else if (previous) previous.sourceName = source[1]!.trim();
      return;
    }
    if (READ_MORE.test(line)) {
      if (!block) result.problems.push(`line ${index + 1}: "${line}" ends no article.`);
      close();
      return;
    }
    const ending = line.match(CONTINUE);
    if (!block) {
      block = { title: line, line: index + 1, paragraphs: [] };
    } else {
      const content = ending ? `${ending[1] ?? ''}${ending[2] ? '…' : ''}`.trim() : line;
      if (content) {
        if (blankBefore || block.paragraphs.length === 0) block.paragraphs.push([content]);
        else block.paragraphs[block.paragraphs.length - 1]!.push(content);
      }
      if (ending) close();
    }
    blankBefore = false;
  });
  close();
  if (!result.heading) result.problems.push('the digest is empty.');
  else if (result.articles.length === 0 && result.problems.length === 0)
    result.problems.push('no article found: expected a heading line, then blocks of a title and a summary ending in "Read More".');
  return result;
}
