import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.js';
// Each domain file adds its types and root fields to the builder when imported.
import './node.js';
import './article.js';
import './actor.js';
import './topic.js';
import './position.js';

export const schema = builder.toSchema();

/** The SDL committed as schema/schema.graphql, sorted so that its diffs show real changes only. */
export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
