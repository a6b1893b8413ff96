// A typed client of Stancegraph, as a frontend or script would write one with graphql-codegen.
import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { graphql } from './gql/index.js';

export const StanceGrid = graphql(`
  query StanceGrid($actors: [String!], $topics: [String!]) {
    stanceMatrix(actors: $actors, topics: $topics) {
      topics { slug name }
      rows {
        actor { slug name kind }
        cells { stance position { quote article { title url } } }
      }
    }
  }
`);

export const RecordPosition = graphql(`
  mutation RecordPosition($input: RecordPositionInput!) {
    recordPosition(input: $input) {
      position { id stance version }
      userErrors { field code message }
    }
  }
`);

/** Posts one typed operation to a Stancegraph server and returns its data, or throws its errors. */
export async function request<Q extends typeof StanceGrid | typeof RecordPosition>(
  endpoint: string,
  query: Q,
  variables: VariablesOf<Q>,
  token?: string,
): Promise<ResultOf<Q>> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(query), variables }),
  });
  const body = (await response.json()) as { data?: ResultOf<Q>; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data!;
}

/** The grid a tracker draws: one line per actor, one stance (or "—") per topic. */
export function gridLines(data: ResultOf<typeof StanceGrid>): string[] {
  return data.stanceMatrix.rows.map((row) => `${row.actor.name}: ${row.cells.map((cell) => cell.stance ?? '—').join(' | ')}`);
}
