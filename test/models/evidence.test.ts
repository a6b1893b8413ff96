import { describe, expect, it } from 'vitest';
import { findQuote, quoteOccursIn } from '../../src/models/evidence.js';

// How a quote is matched against its article, without a database.

const article = {
  title: 'Zelenskyy Rejects China as Security Guarantor',
  summary: 'Zelenskyy cited China’s failure to prevent the war.\nHe called it a “bad   idea”.',
  body: null,
};

describe('quotes', () => {
  it('are found as written, and returned as the article writes them', () => {
    expect(findQuote(article, 'cited China’s failure')).toBe('cited China’s failure');
    expect(findQuote(article, "cited China's failure")).toBe('cited China’s failure');
    expect(findQuote(article, 'a "bad idea"')).toBe('a “bad   idea”');
    expect(findQuote(article, '  to prevent\tthe   war.  ')).toBe('to prevent the war.');
    expect(findQuote(article, 'war. He called')).toBe('war.\nHe called');
  });

  it('are not found when any word differs, and a blank quote is never found', () => {
    expect(findQuote(article, 'cited Chinas failure')).toBeUndefined();
    expect(findQuote(article, 'Cited China’s failure')).toBeUndefined();
    expect(findQuote(article, '   ')).toBeUndefined();
    expect(quoteOccursIn(article, 'Security Guarantor')).toBe(true);
    expect(quoteOccursIn({ ...article, body: 'Later, the body said more.' }, 'the body said more')).toBe(true);
  });
});
