import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSortedSchema, schema } from '../../src/graphql/schema.js';

const SCHEMA_FILE = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));

describe('schema/schema.graphql', () => {
  it('is the schema the server serves (run `npm run schema:print` after changing it)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printSortedSchema());
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('exposes the read API of the design, with its arguments', () => {
    const query = schema.getQueryType()!.getFields();
    expect(Object.keys(query).sort()).toEqual(
      [
        'actor',
        'actorByName',
        'actors',
        'article',
        'articles',
        'node',
        'nodes',
        'positionSuggestions',
        'positions',
        'search',
        'stanceChanges',
        'stanceMatrix',
        'topic',
        'topics',
        'writer',
      ].sort(),
    );
    const args = (field: string) => query[field]!.args.map((a) => a.name).sort();
    expect(args('articles')).toEqual(['after', 'before', 'filter', 'first', 'last', 'orderBy']);
    expect(args('stanceMatrix')).toEqual(['actors', 'topics']);
    const filterFields = (name: string) => Object.keys((schema.getType(name) as { getFields(): object }).getFields()).sort();
    expect(filterFields('ArticleFilter')).toEqual(['actor', 'includeSubtopics', 'publishedAfter', 'publishedBefore', 'search', 'topic']);
    expect(filterFields('ActorFilter')).toEqual(['hasPositions', 'includeSubtopics', 'kind', 'search', 'topic']);
    expect(filterFields('TopicFilter')).toEqual(['parent', 'rootsOnly']);
    expect(filterFields('PositionFilter')).toEqual(['actor', 'includeSubtopics', 'stance', 'statedAfter', 'statedBefore', 'topic']);
    expect(filterFields('StanceChangeFilter')).toEqual(['actor', 'includeSubtopics', 'statedAfter', 'statedBefore', 'topic']);
    expect(args('stanceChanges')).toEqual(['after', 'before', 'filter', 'first', 'last']);
    expect(args('positionSuggestions')).toEqual(['after', 'before', 'filter', 'first', 'last', 'orderBy']);
    expect(filterFields('SuggestionFilter')).toEqual(['actor', 'article', 'minConfidence', 'status', 'topic']);
  });
});
