/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "subscription NewArticles {\n  articleAdded {\n    slug\n    title\n  }\n}": typeof types.NewArticlesDocument,
    "mutation RecordPosition($input: RecordPositionInput!) {\n  recordPosition(input: $input) {\n    position {\n      id\n      stance\n      version\n    }\n    userErrors {\n      field\n      code\n      message\n    }\n  }\n}": typeof types.RecordPositionDocument,
    "subscription StanceChanged($actor: String, $topic: String, $includeSubtopics: Boolean) {\n  stanceChanged(\n    filter: {actor: $actor, topic: $topic, includeSubtopics: $includeSubtopics}\n  ) {\n    at\n    from\n    to\n    previous {\n      quote\n      article {\n        title\n      }\n    }\n    position {\n      quote\n      article {\n        title\n      }\n    }\n  }\n}": typeof types.StanceChangedDocument,
    "query StanceGrid($actors: [String!], $topics: [String!]) {\n  stanceMatrix(actors: $actors, topics: $topics) {\n    topics {\n      slug\n      name\n    }\n    rows {\n      actor {\n        slug\n        name\n        kind\n      }\n      cells {\n        stance\n        position {\n          quote\n          statedAt\n          article {\n            title\n            url\n          }\n        }\n      }\n    }\n  }\n}": typeof types.StanceGridDocument,
};
const documents: Documents = {
    "subscription NewArticles {\n  articleAdded {\n    slug\n    title\n  }\n}": types.NewArticlesDocument,
    "mutation RecordPosition($input: RecordPositionInput!) {\n  recordPosition(input: $input) {\n    position {\n      id\n      stance\n      version\n    }\n    userErrors {\n      field\n      code\n      message\n    }\n  }\n}": types.RecordPositionDocument,
    "subscription StanceChanged($actor: String, $topic: String, $includeSubtopics: Boolean) {\n  stanceChanged(\n    filter: {actor: $actor, topic: $topic, includeSubtopics: $includeSubtopics}\n  ) {\n    at\n    from\n    to\n    previous {\n      quote\n      article {\n        title\n      }\n    }\n    position {\n      quote\n      article {\n        title\n      }\n    }\n  }\n}": types.StanceChangedDocument,
    "query StanceGrid($actors: [String!], $topics: [String!]) {\n  stanceMatrix(actors: $actors, topics: $topics) {\n    topics {\n      slug\n      name\n    }\n    rows {\n      actor {\n        slug\n        name\n        kind\n      }\n      cells {\n        stance\n        position {\n          quote\n          statedAt\n          article {\n            title\n            url\n          }\n        }\n      }\n    }\n  }\n}": types.StanceGridDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription NewArticles {\n  articleAdded {\n    slug\n    title\n  }\n}"): (typeof documents)["subscription NewArticles {\n  articleAdded {\n    slug\n    title\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordPosition($input: RecordPositionInput!) {\n  recordPosition(input: $input) {\n    position {\n      id\n      stance\n      version\n    }\n    userErrors {\n      field\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation RecordPosition($input: RecordPositionInput!) {\n  recordPosition(input: $input) {\n    position {\n      id\n      stance\n      version\n    }\n    userErrors {\n      field\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription StanceChanged($actor: String, $topic: String, $includeSubtopics: Boolean) {\n  stanceChanged(\n    filter: {actor: $actor, topic: $topic, includeSubtopics: $includeSubtopics}\n  ) {\n    at\n    from\n    to\n    previous {\n      quote\n      article {\n        title\n      }\n    }\n    position {\n      quote\n      article {\n        title\n      }\n    }\n  }\n}"): (typeof documents)["subscription StanceChanged($actor: String, $topic: String, $includeSubtopics: Boolean) {\n  stanceChanged(\n    filter: {actor: $actor, topic: $topic, includeSubtopics: $includeSubtopics}\n  ) {\n    at\n    from\n    to\n    previous {\n      quote\n      article {\n        title\n      }\n    }\n    position {\n      quote\n      article {\n        title\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StanceGrid($actors: [String!], $topics: [String!]) {\n  stanceMatrix(actors: $actors, topics: $topics) {\n    topics {\n      slug\n      name\n    }\n    rows {\n      actor {\n        slug\n        name\n        kind\n      }\n      cells {\n        stance\n        position {\n          quote\n          statedAt\n          article {\n            title\n            url\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query StanceGrid($actors: [String!], $topics: [String!]) {\n  stanceMatrix(actors: $actors, topics: $topics) {\n    topics {\n      slug\n      name\n    }\n    rows {\n      actor {\n        slug\n        name\n        kind\n      }\n      cells {\n        stance\n        position {\n          quote\n          statedAt\n          article {\n            title\n            url\n          }\n        }\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;