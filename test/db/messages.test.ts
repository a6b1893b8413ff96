import { DrizzleQueryError } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../src/db/client.js';

// What a person is told of a failure (npm run import, npm run export, npm start): the problem, never
// the SQL of the statement or the values it carried.

describe('messageOf', () => {
  it('says a statement failed and what the database said, without its SQL or parameters', () => {
    const refused = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' });
    const failed = new DrizzleQueryError(`insert into articles values ($1, $2)`, ['x'.repeat(700_000), 'y'], refused);
    const message = messageOf(failed);
    expect(message).toBe('a database statement failed: invalid byte sequence for encoding "UTF8": 0x00');
    expect(messageOf(new Error('the file is empty'))).toBe('the file is empty');
  });
});
