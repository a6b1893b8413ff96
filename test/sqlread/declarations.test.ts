import { describe, expect, it } from 'vitest';
import { getNamedType, isObjectType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { schema } from '../../src/graphql/schema.js';
import type { FieldRead, RootRead } from '../../src/sqlread/declare.js';
import { RESOLVER_ONLY } from '../../src/sqlread/resolver-only.js';

// Which engine answers each field. A field of a type the compiled read serves (a type with fields
// declared by src/sqlread/declare.ts, and Query) is either declared, with a read of the right kind for
// where it is, or listed in RESOLVER_ONLY with the reason; a field added with neither fails here, named.

const readOf = (field: GraphQLField<unknown, unknown>) => (field.extensions as { sqlRead?: FieldRead | RootRead }).sqlRead;
const isNode = (type: GraphQLObjectType) => type.getInterfaces().some((i) => i.name === 'Node');

/** The object types the compiled read serves. */
const served = Object.values(schema.getTypeMap()).filter(
  (type): type is GraphQLObjectType => isObjectType(type) && (type === schema.getQueryType() || Object.values(type.getFields()).some((f) => readOf(f))),
);

/** Whether a declaration is of a kind the compiled read takes where it stands: a root read on Query, a field read elsewhere. */
function wellPlaced(type: GraphQLObjectType, read: FieldRead | RootRead): boolean {
  if (type === schema.getQueryType()) return 'list' in read || 'row' in read || ('custom' in read && typeof read.custom === 'function');
  return 'column' in read || 'computed' in read || 'relation' in read || ('custom' in read && typeof read.custom === 'string');
}

describe('which engine answers each field', () => {
  it('serves the table types, the stance matrix and Query', () => {
    expect(served.map((t) => t.name).sort()).toEqual(
      ['Actor', 'Affiliation', 'Article', 'Position', 'PositionSuggestion', 'Query', 'StanceMatrix', 'StanceMatrixCell', 'StanceMatrixRow', 'Topic'].sort(),
    );
  });

  it('every field of a served type is declared where it stands, or listed as the resolvers’ only', () => {
    const neither: string[] = [];
    const misplaced: string[] = [];
    for (const type of served)
      for (const field of Object.values(type.getFields())) {
        const name = `${type.name}.${field.name}`;
        const read = readOf(field);
        // A Node's global ID is written by the compiled read itself (json.ts, globalIdSql).
        if (field.name === 'id' && isNode(type)) continue;
        if (read && !wellPlaced(type, read)) misplaced.push(name);
        if (!read && !(name in RESOLVER_ONLY)) neither.push(name);
        if (read && name in RESOLVER_ONLY) misplaced.push(`${name} (declared, and listed in RESOLVER_ONLY)`);
      }
    expect(neither, 'fields neither declared (src/sqlread/declare.ts) nor listed in src/sqlread/resolver-only.ts').toEqual([]);
    expect(misplaced, 'declarations of a kind the compiled read does not take there').toEqual([]);
  });

  it('serves every type a declared relation or root read leads to', () => {
    const reached = new Set<string>();
    const visit = (type: GraphQLObjectType) => {
      if (reached.has(type.name)) return;
      reached.add(type.name);
      for (const field of Object.values(type.getFields())) {
        const read = readOf(field);
        if (!read || !('relation' in read || 'custom' in read || 'list' in read || 'row' in read)) continue;
        let target = getNamedType(field.type);
        // A connection leads to its nodes' type.
        if (isObjectType(target) && 'nodes' in target.getFields()) target = getNamedType(target.getFields().nodes!.type);
        if (isObjectType(target)) visit(target);
      }
    };
    visit(schema.getQueryType()!);
    expect([...reached].filter((name) => !served.some((t) => t.name === name))).toEqual([]);
  });

  it('lists only fields that exist and have no declaration, each with its reason', () => {
    for (const [name, reason] of Object.entries(RESOLVER_ONLY)) {
      const [typeName, fieldName] = name.split('.') as [string, string];
      const type = schema.getType(typeName);
      expect(type && isObjectType(type) && type.getFields()[fieldName], `${name} is not a field of the schema`).toBeTruthy();
      expect(reason.length, `${name} needs a reason`).toBeGreaterThan(20);
    }
  });

  it('loads the columns declared with every row (rowSelect), and lazy ones only when asked', () => {
    const tableTypes = served.filter((type) =>
      Object.values(type.getFields()).some((f) => {
        const read = readOf(f);
        return read && 'column' in read;
      }),
    );
    expect(tableTypes.map((t) => t.name).sort()).toEqual(['Actor', 'Affiliation', 'Article', 'Position', 'PositionSuggestion', 'Topic']);
    for (const type of tableTypes) {
      const loaded = Object.keys((type.extensions as { pothosDrizzleSelect: { columns: Record<string, true> } }).pothosDrizzleSelect.columns).sort();
      const declared = Object.values(type.getFields()).flatMap((f) => {
        const read = readOf(f);
        return read && 'column' in read && !read.lazy ? [read.column] : [];
      });
      expect(loaded, type.name).toEqual(['id', ...declared].sort());
    }
    const loadedOf = (type: string) =>
      Object.keys((schema.getType(type)!.extensions as { pothosDrizzleSelect: { columns: object } }).pothosDrizzleSelect.columns);
    // As they were chosen (small columns with every row), so that a column moved to or from `lazy` shows here.
    expect(loadedOf('Actor').sort()).toEqual(['countryCode', 'id', 'kind', 'name', 'slug']);
    expect(loadedOf('Article').sort()).toEqual(['id', 'publishedAt', 'slug', 'sourceName', 'title', 'url', 'version']);
    expect(loadedOf('Position').sort()).toEqual(['datedAt', 'id', 'recordedBy', 'stance', 'statement', 'version']);
    expect(loadedOf('Topic').sort()).toEqual(['id', 'name', 'slug']);
    expect(loadedOf('Affiliation').sort()).toEqual(['endedOn', 'id', 'role', 'startedOn']);
    expect(loadedOf('PositionSuggestion').sort()).toEqual([
      'confidence',
      'createdAt',
      'extractor',
      'extractorVersion',
      'id',
      'quoteEnd',
      'quoteField',
      'quoteStart',
      'reviewedAt',
      'reviewedBy',
      'stance',
      'statement',
      'status',
      'version',
    ]);
    // The long texts stay out of every row until a query asks for them.
    for (const [type, column] of [
      ['Article', 'summary'],
      ['Article', 'body'],
      ['Position', 'quote'],
      ['PositionSuggestion', 'quote'],
      ['PositionSuggestion', 'reason'],
      ['Actor', 'description'],
      ['Topic', 'description'],
    ])
      expect(loadedOf(type!), `${type}.${column}`).not.toContain(column);
  });
});
