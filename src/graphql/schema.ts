import { isObjectType, lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.js';
import { TOTAL_COUNT } from '../sqlread/declare.js';
// Each domain file adds its types, root queries and mutations to the builder when imported.
import './payload.js';
import './node.js';
import './article.js';
import './actor.js';
import './affiliation.js';
import './topic.js';
import './position.js';
import './suggestion.js';
import './writer.js';
import './search.js';
import './stance-matrix.js';
import './stance-history.js';
import './agreement.js';
import './mentions.js';
import './subscriptions.js';
import './digest.js';
import './revision.js';

export const schema = builder.toSchema();

// plugin-drizzle adds `totalCount` to connections without a description and offers no option for
// one; every field of the contract is described, so fill it in here.
for (const type of Object.values(schema.getTypeMap())) {
  const totalCount = isObjectType(type) && type.name.endsWith('Connection') ? type.getFields().totalCount : undefined;
  if (totalCount && !totalCount.description) totalCount.description = TOTAL_COUNT;
}

/** The SDL committed as schema/schema.graphql, sorted so that its diffs show real changes only. */
export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
