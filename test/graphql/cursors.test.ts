import { describe, expect, it } from 'vitest';
import { argumentPath } from '../../src/http/errors.js';
import { IdDecoder, parseGlobalId } from '../../src/graphql/input.js';
import { decodeCursor, encodeCursor, pageProblems } from '../../src/graphql/pagination.js';

// The edge's codecs: cursors, page arguments and global IDs, without a database or a request.

describe('cursors', () => {
  it('round-trip the values of a position, nulls and text included', () => {
    for (const values of [[1], ['2025-02-14T09:00:00.123456', 42], [null, 7], ['0.123456', 3, 99]]) expect(decodeCursor(encodeCursor(values))).toEqual(values);
  });

  it('read cursors plugin-drizzle wrote', () => {
    expect(decodeCursor(Buffer.from('DC:N:5').toString('base64'))).toEqual([5]);
    expect(decodeCursor(Buffer.from('DC:T:["S:Title","N:3"]').toString('base64'))).toEqual(['Title', 3]);
  });

  it('refuse anything else', () => {
    const forged = [
      '%%%',
      'garbage',
      '',
      Buffer.from('XX:N:5').toString('base64'),
      Buffer.from('DC:Q:5').toString('base64'),
      Buffer.from('DC:O:{"a":1}').toString('base64'),
      Buffer.from('DC:I:5').toString('base64'),
      Buffer.from('DC:T:[]').toString('base64'),
      Buffer.from('DC:N:Infinity').toString('base64'),
    ];
    for (const cursor of forged) expect(decodeCursor(cursor), cursor).toBeUndefined();
  });
});

describe('pageProblems', () => {
  it('names each bad page argument', () => {
    expect(pageProblems({ first: 20 })).toEqual([]);
    expect(pageProblems({ first: 101, last: -1, after: 'x' }).map((p) => p.field.join('.'))).toEqual(['first', 'last', 'last', 'after']);
  });
});

describe('global IDs', () => {
  const id = (text: string) => Buffer.from(text).toString('base64');

  it('name a row of a node type, or nothing', () => {
    expect(parseGlobalId(id('Actor:12'))).toEqual({ typename: 'Actor', id: 12 });
    for (const bad of ['%%%', id('Planet:1'), id('Actor:0'), id('Actor:-3'), id('Actor:2147483648'), id('Actor:1.5')])
      expect(parseGlobalId(bad), bad).toBeUndefined();
  });

  it('decode into row ids, with a userError by path for each bad one', () => {
    const ids = new IdDecoder();
    expect(ids.list('topicIds', [id('Topic:3'), id('Actor:3'), 'garbage'], 'Topic')).toEqual([3, 0, 0]);
    expect(ids.optional('parentId', null, 'Topic')).toBeNull();
    expect(ids.problems).toEqual([
      { field: ['topicIds', '1'], code: 'NOT_FOUND', message: `is not the ID of a Topic (got "${id('Actor:3')}").` },
      { field: ['topicIds', '2'], code: 'INVALID', message: 'is not the ID of a Topic (got "garbage").' },
    ]);
  });

  it('argument paths read as a client writes them', () => {
    expect(argumentPath(['filter', 'topic'])).toBe('filter.topic');
    expect(argumentPath(['topics', '1'])).toBe('topics[1]');
  });
});
