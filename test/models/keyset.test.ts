import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { pageOf, pageResult } from '../../src/graphql/pagination.js';
import { beyond, byId, isPosition, type KeysetOrder } from '../../src/models/keyset.js';

// Keyset pagination, without a database: which positions an order accepts, the condition past a
// position, and the one page rule both engines read a page by.

type Row = { name: unknown; id: unknown };
const text = (query: ReturnType<typeof sql>) => new PgDialect().sqlToQuery(query).sql;
const row = { name: sql.identifier('name'), id: sql.identifier('id') } as unknown as Row;
const byName: KeysetOrder<Row> = [{ expression: (r) => sql`${r.name}`, direction: 'asc', type: 'text' }, byId<Row & { id: never }>('asc') as never];

describe('positions', () => {
  it('hold one value of each key’s type', () => {
    expect(isPosition(byName, ['Macron', 3])).toBe(true);
    expect(isPosition(byName, ['Macron'])).toBe(false);
    expect(isPosition(byName, [3, 'Macron'])).toBe(false);
    expect(isPosition(byName, ['Macron', 2 ** 31])).toBe(false);
    expect(isPosition([{ type: 'timestamptz' }], ['2025-02-14 09:00:00.123456+00'])).toBe(true);
    expect(isPosition([{ type: 'timestamptz' }], ['2025-02-14T09:00:00.123+00:00'])).toBe(true);
    // What Date.parse takes and PostgreSQL refuses or reads otherwise.
    for (const date of ['Mar 7', '2025-02-29T00:00:00Z', '2025-02-14', '2025-02-14T24:00:00Z', '2025-02-14T09:00:00+16:00'])
      expect(isPosition([{ type: 'timestamptz' }], [date]), date).toBe(false);
    expect(isPosition(byName, ['Mac\u0000ron', 3])).toBe(false);
    expect(isPosition([{ type: 'numeric' }], ['0.5 or 1=1'])).toBe(false);
  });
});

describe('beyond a position', () => {
  it('is one row comparison when every key runs the same way, which an index answers as a range', () => {
    expect(text(beyond(byName, ['Macron', 3], 'after')(row))).toBe('("name", "id") > ($1::text, $2::int4)');
    expect(text(beyond(byName, ['Macron', 3], 'before')(row))).toBe('("name", "id") < ($1::text, $2::int4)');
  });

  it('expands into the lexicographic OR when directions differ', () => {
    const newest: KeysetOrder<Row> = [{ expression: (r) => sql`${r.name}`, direction: 'desc', type: 'text' }, byId<never>('asc') as never];
    expect(text(beyond(newest, ['Macron', 3], 'after')(row))).toBe('(("name" < $1::text) or ("name" = $2::text and "id" > $3::int4))');
  });
});

describe('the page rule', () => {
  const list = { order: byName, names: [] };

  it('reads one row more than the page only when asked whether more follow', () => {
    expect(pageOf(list, { first: 5 })).toMatchObject({ size: 5, limit: 6, backward: false });
    expect(pageOf(list, { first: 5 }, false)).toMatchObject({ size: 5, limit: 5 });
    expect(pageOf(list, {})).toMatchObject({ size: 20, limit: 21 });
  });

  it('reads a page counted from the end backwards, and turns it round', () => {
    const page = pageOf(list, { last: 2 });
    expect(page.backward).toBe(true);
    expect(text(sql.join(page.order(row), sql`, `))).toBe('"name" desc, "id" desc');
    const rows = [{ p: '["C",3]' }, { p: '["B",2]' }, { p: '["A",1]' }];
    const result = pageResult(page, { last: 2 }, rows, (r) => r.p);
    expect(result.rows.map((r) => r.p)).toEqual(['["B",2]', '["C",3]']);
    expect(result.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    expect(result.cursors).toHaveLength(2);
  });

  it('says a forward page has more when the extra row came back, and that a page after a cursor has rows before it', () => {
    const page = pageOf(list, { first: 2, after: null });
    expect(pageResult(page, { first: 2 }, [{ p: '["A",1]' }, { p: '["B",2]' }, { p: '["C",3]' }], (r) => r.p).pageInfo).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: false,
    });
    expect(pageResult(page, { first: 2, after: 'x' }, [{ p: '["A",1]' }], (r) => r.p).pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });
});
