import { describe, expect, it } from 'vitest';
import { aliasColumns, aliasMatches, findMentionedActors, foldName, isCaseSensitiveAlias, likeEscape, stripDiacritics } from '../../src/models/names.js';
import { searchTerms } from '../../src/models/search.js';

// How names are folded and matched: pure functions, no database.

describe('foldName', () => {
  it('drops diacritics, dots and apostrophes, turns other punctuation into spaces, and lower-cases', () => {
    expect(foldName('Zelénskyy')).toBe('zelenskyy');
    expect(foldName('U.S.')).toBe('us');
    expect(foldName('Putin’s')).toBe('putins');
    expect(foldName('  Coalition-of   the Willing ')).toBe('coalition of the willing');
    expect(foldName('U.S.', true)).toBe('US');
  });
});

describe('aliases', () => {
  it('treat short all-caps aliases as case-sensitive', () => {
    expect(['US', 'U.S.', 'UK', 'EU'].map(isCaseSensitiveAlias)).toEqual([true, true, true, true]);
    expect(['Us', 'NATOS', 'Kyiv', '...'].map(isCaseSensitiveAlias)).toEqual([false, false, false, false]);
  });

  it('store the key a name folded the same way must equal: in its case for a case-sensitive alias', () => {
    // A name matches an alias when foldName(name, alias.caseSensitive) equals the stored key (actorIdSql).
    const matches = (alias: string, name: string) => {
      const stored = aliasColumns(alias);
      return foldName(name, stored.caseSensitive) === stored.normalized;
    };
    expect(aliasColumns('U.S.')).toEqual({ alias: 'U.S.', normalized: 'US', caseSensitive: true });
    expect(['US', 'U.S.', 'us', 'Us'].map((name) => matches('U.S.', name))).toEqual([true, true, false, false]);
    expect(['kremlin', 'KREMLIN', 'Kremlin’', 'Kreml'].map((name) => matches('Kremlin', name))).toEqual([true, true, true, false]);
  });
});

describe('findMentionedActors', () => {
  const aliases = [
    { actorId: 'russia', alias: 'Russian' },
    { actorId: 'us', alias: 'US' },
    { actorId: 'zelenskyy', alias: 'Zelenskyy' },
  ];

  it('finds aliases on word boundaries, ignoring diacritics, and case unless the alias is short and capitalised', () => {
    expect(findMentionedActors('Zelénskyy met the US envoy.', aliases)).toEqual(new Set(['zelenskyy', 'us']));
    expect(findMentionedActors('Russians said: tell us more.', aliases)).toEqual(new Set());
    expect(findMentionedActors('A RUSSIAN view.', aliases)).toEqual(new Set(['russia']));
  });

  it('reads an alias as its folded form does: dots and apostrophes within it, any separator between its words', () => {
    const more = [
      { actorId: 'uk', alias: 'UK' },
      { actorId: 'vdl', alias: 'von der Leyen' },
      { actorId: 'putin', alias: 'Putin' },
    ];
    expect(findMentionedActors('The U.K. and Von der  Leyen agreed; Putin’s envoy did not.', more)).toEqual(new Set(['uk', 'vdl', 'putin']));
    expect(findMentionedActors('The Uk said, der Leyen wrote; Putinism.', more)).toEqual(new Set());
    expect(findMentionedActors('U.S.-led talks', aliases)).toEqual(new Set(['us']));
  });

  it('finds what matching every alias letter by letter finds, though it matches only aliases whose words the text holds', () => {
    // A seeded random source: the same texts every run.
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const names = [
      'UK',
      'U.S.',
      'von der Leyen',
      'Russia',
      'Rashaian',
      'the Rozu Group',
      'Zelenskyy',
      'O’Brien',
      'Ostlopol Dorgelost',
      'NATO',
      'É. Macron',
      'Kyiv',
    ];
    const pieces = [...names, "Russia's", 'U.K.', 'us', 'the', 'Rozu', 'group', 'Leyen', 'o’brien', '—', '.', ',', "'", '-', 'x.UK', 'Kyiv-based'];
    const aliases = names.map((alias, i) => ({ actorId: i, alias }));
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let k = 0; k < 10; k++) {
        let piece = pieces[Math.floor(random() * pieces.length)]!;
        if (random() < 0.2) piece = piece.toUpperCase();
        else if (random() < 0.2) piece = piece.toLowerCase();
        text += piece + [' ', '', '.', "'", '-', ' '][Math.floor(random() * 6)];
      }
      const oneByOne = new Set(aliases.filter((a) => aliasMatches(stripDiacritics(text), a.alias, true).length > 0).map((a) => a.actorId));
      expect(findMentionedActors(text, aliases), text).toEqual(oneByOne);
    }
  });
});

describe('likeEscape', () => {
  it('makes LIKE wildcards literal', () => {
    expect(likeEscape('50%_off\\')).toBe('50\\%\\_off\\\\');
  });
});

describe('searchTerms', () => {
  it('reads wanted and excluded terms as websearch_to_tsquery does', () => {
    expect(searchTerms('troops -France')).toEqual({ wanted: ['troops'], excluded: ['France'] });
    expect(searchTerms('"security guarantees" OR Meloni -"Article 5"')).toEqual({ wanted: ['security guarantees', 'Meloni'], excluded: ['Article 5'] });
    expect(searchTerms('- OR ""')).toEqual({ wanted: [], excluded: [] });
  });
});
