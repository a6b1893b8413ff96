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
    "query TrackerActor($slug: String!) {\n  actor(slug: $slug) {\n    slug\n    name\n    kind\n    aliases\n    affiliations {\n      role\n      organization {\n        slug\n        name\n      }\n    }\n    positions(first: 100) {\n      totalCount\n      nodes {\n        id\n        stance\n        statement\n        quote\n        statedAt\n        statedAtSource\n        topic {\n          slug\n          name\n        }\n        article {\n          slug\n          title\n        }\n      }\n    }\n    articles(first: 50) {\n      totalCount\n      nodes {\n        slug\n        title\n        publishedAt\n      }\n    }\n  }\n}": typeof types.TrackerActorDocument,
    "query TrackerArticle($slug: String!) {\n  article(slug: $slug) {\n    slug\n    title\n    sourceName\n    url\n    publishedAt\n    summary\n    body\n    actors {\n      slug\n      name\n    }\n    positions {\n      id\n      stance\n      statement\n      quote\n      actor {\n        slug\n        name\n      }\n      topic {\n        slug\n        name\n      }\n    }\n  }\n}": typeof types.TrackerArticleDocument,
    "query TrackerMatrixRows($filter: ActorFilter, $first: Int!, $after: String) {\n  actors(filter: $filter, first: $first, after: $after) {\n    nodes {\n      slug\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n  topics(first: 100) {\n    nodes {\n      slug\n      name\n      parent {\n        slug\n      }\n    }\n  }\n}\n\nquery TrackerMatrix($actors: [String!]!) {\n  stanceMatrix(actors: $actors) {\n    topics {\n      slug\n      name\n    }\n    rows {\n      actor {\n        slug\n        name\n        kind\n      }\n      cells {\n        stance\n        position {\n          id\n          stance\n          statement\n          quote\n          statedAt\n          article {\n            slug\n            title\n            sourceName\n          }\n        }\n      }\n    }\n  }\n}": typeof types.TrackerMatrixRowsDocument,
    "subscription TrackerPositionRecorded {\n  positionRecorded {\n    id\n  }\n}": typeof types.TrackerPositionRecordedDocument,
    "query TrackerSearch($query: String!) {\n  search(query: $query, first: 10) {\n    totalCount\n    edges {\n      snippet\n      node {\n        __typename\n        ... on Article {\n          slug\n          title\n        }\n        ... on Actor {\n          slug\n          name\n        }\n        ... on Topic {\n          slug\n          name\n        }\n      }\n    }\n  }\n}": typeof types.TrackerSearchDocument,
    "query TrackerTopic($slug: String!) {\n  topic(slug: $slug) {\n    slug\n    name\n    description\n    parent {\n      slug\n      name\n    }\n    children {\n      slug\n      name\n    }\n    stanceSummary {\n      stance\n      count\n    }\n    positions(first: 100) {\n      totalCount\n      nodes {\n        id\n        stance\n        quote\n        actor {\n          slug\n          name\n        }\n        topic {\n          name\n        }\n        article {\n          slug\n          title\n        }\n      }\n    }\n  }\n}": typeof types.TrackerTopicDocument,
};
const documents: Documents = {
    "query TrackerActor($slug: String!) {\n  actor(slug: $slug) {\n    slug\n    name\n    kind\n    aliases\n    affiliations {\n      role\n      organization {\n        slug\n        name\n      }\n    }\n    positions(first: 100) {\n      totalCount\n      nodes {\n        id\n        stance\n        statement\n        quote\n        statedAt\n        statedAtSource\n        topic {\n          slug\n          name\n        }\n        article {\n          slug\n          title\n        }\n      }\n    }\n    articles(first: 50) {\n      totalCount\n      nodes {\n        slug\n        title\n        publishedAt\n      }\n    }\n  }\n}": types.TrackerActorDocument,
    "query TrackerArticle($slug: String!) {\n  article(slug: $slug) {\n    slug\n    title\n    sourceName\n    url\n    publishedAt\n    summary\n    body\n    actors {\n      slug\n      name\n    }\n    positions {\n      id\n      stance\n      statement\n      quote\n      actor {\n        slug\n        name\n      }\n      topic {\n        slug\n        name\n      }\n    }\n  }\n}": types.TrackerArticleDocument,
    "query TrackerMatrixRows($filter: ActorFilter, $first: Int!, $after: String) {\n  actors(filter: $filter, first: $first, after: $after) {\n    nodes {\n      slug\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n  topics(first: 100) {\n    nodes {\n      slug\n      name\n      parent {\n        slug\n      }\n    }\n  }\n}\n\nquery TrackerMatrix($actors: [String!]!) {\n  stanceMatrix(actors: $actors) {\n    topics {\n      slug\n      name\n    }\n    rows {\n      actor {\n        slug\n        name\n        kind\n      }\n      cells {\n        stance\n        position {\n          id\n          stance\n          statement\n          quote\n          statedAt\n          article {\n            slug\n            title\n            sourceName\n          }\n        }\n      }\n    }\n  }\n}": types.TrackerMatrixRowsDocument,
    "subscription TrackerPositionRecorded {\n  positionRecorded {\n    id\n  }\n}": types.TrackerPositionRecordedDocument,
    "query TrackerSearch($query: String!) {\n  search(query: $query, first: 10) {\n    totalCount\n    edges {\n      snippet\n      node {\n        __typename\n        ... on Article {\n          slug\n          title\n        }\n        ... on Actor {\n          slug\n          name\n        }\n        ... on Topic {\n          slug\n          name\n        }\n      }\n    }\n  }\n}": types.TrackerSearchDocument,
    "query TrackerTopic($slug: String!) {\n  topic(slug: $slug) {\n    slug\n    name\n    description\n    parent {\n      slug\n      name\n    }\n    children {\n      slug\n      name\n    }\n    stanceSummary {\n      stance\n      count\n    }\n    positions(first: 100) {\n      totalCount\n      nodes {\n        id\n        stance\n        quote\n        actor {\n          slug\n          name\n        }\n        topic {\n          name\n        }\n        article {\n          slug\n          title\n        }\n      }\n    }\n  }\n}": types.TrackerTopicDocument,
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
export function graphql(source: "query TrackerActor($slug: String!) {\n  actor(slug: $slug) {\n    slug\n    name\n    kind\n    aliases\n    affiliations {\n      role\n      organization {\n        slug\n        name\n      }\n    }\n    positions(first: 100) {\n      totalCount\n      nodes {\n        id\n        stance\n        statement\n        quote\n        statedAt\n        statedAtSource\n        topic {\n          slug\n          name\n        }\n        article {\n          slug\n          title\n        }\n      }\n    }\n    articles(first: 50) {\n      totalCount\n      nodes {\n        slug\n        title\n        publishedAt\n      }\n    }\n  }\n}"): (typeof documents)["query TrackerActor($slug: String!) {\n  actor(slug: $slug) {\n    slug\n    name\n    kind\n    aliases\n    affiliations {\n      role\n      organization {\n        slug\n        name\n      }\n    }\n    positions(first: 100) {\n      totalCount\n      nodes {\n        id\n        stance\n        statement\n        quote\n        statedAt\n        statedAtSource\n        topic {\n          slug\n          name\n        }\n        article {\n          slug\n          title\n        }\n      }\n    }\n    articles(first: 50) {\n      totalCount\n      nodes {\n        slug\n        title\n        publishedAt\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrackerArticle($slug: String!) {\n  article(slug: $slug) {\n    slug\n    title\n    sourceName\n    url\n    publishedAt\n    summary\n    body\n    actors {\n      slug\n      name\n    }\n    positions {\n      id\n      stance\n      statement\n      quote\n      actor {\n        slug\n        name\n      }\n      topic {\n        slug\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query TrackerArticle($slug: String!) {\n  article(slug: $slug) {\n    slug\n    title\n    sourceName\n    url\n    publishedAt\n    summary\n    body\n    actors {\n      slug\n      name\n    }\n    positions {\n      id\n      stance\n      statement\n      quote\n      actor {\n        slug\n        name\n      }\n      topic {\n        slug\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrackerMatrixRows($filter: ActorFilter, $first: Int!, $after: String) {\n  actors(filter: $filter, first: $first, after: $after) {\n    nodes {\n      slug\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n  topics(first: 100) {\n    nodes {\n      slug\n      name\n      parent {\n        slug\n      }\n    }\n  }\n}\n\nquery TrackerMatrix($actors: [String!]!) {\n  stanceMatrix(actors: $actors) {\n    topics {\n      slug\n      name\n    }\n    rows {\n      actor {\n        slug\n        name\n        kind\n      }\n      cells {\n        stance\n        position {\n          id\n          stance\n          statement\n          quote\n          statedAt\n          article {\n            slug\n            title\n            sourceName\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query TrackerMatrixRows($filter: ActorFilter, $first: Int!, $after: String) {\n  actors(filter: $filter, first: $first, after: $after) {\n    nodes {\n      slug\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n  topics(first: 100) {\n    nodes {\n      slug\n      name\n      parent {\n        slug\n      }\n    }\n  }\n}\n\nquery TrackerMatrix($actors: [String!]!) {\n  stanceMatrix(actors: $actors) {\n    topics {\n      slug\n      name\n    }\n    rows {\n      actor {\n        slug\n        name\n        kind\n      }\n      cells {\n        stance\n        position {\n          id\n          stance\n          statement\n          quote\n          statedAt\n          article {\n            slug\n            title\n            sourceName\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription TrackerPositionRecorded {\n  positionRecorded {\n    id\n  }\n}"): (typeof documents)["subscription TrackerPositionRecorded {\n  positionRecorded {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrackerSearch($query: String!) {\n  search(query: $query, first: 10) {\n    totalCount\n    edges {\n      snippet\n      node {\n        __typename\n        ... on Article {\n          slug\n          title\n        }\n        ... on Actor {\n          slug\n          name\n        }\n        ... on Topic {\n          slug\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query TrackerSearch($query: String!) {\n  search(query: $query, first: 10) {\n    totalCount\n    edges {\n      snippet\n      node {\n        __typename\n        ... on Article {\n          slug\n          title\n        }\n        ... on Actor {\n          slug\n          name\n        }\n        ... on Topic {\n          slug\n          name\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrackerTopic($slug: String!) {\n  topic(slug: $slug) {\n    slug\n    name\n    description\n    parent {\n      slug\n      name\n    }\n    children {\n      slug\n      name\n    }\n    stanceSummary {\n      stance\n      count\n    }\n    positions(first: 100) {\n      totalCount\n      nodes {\n        id\n        stance\n        quote\n        actor {\n          slug\n          name\n        }\n        topic {\n          name\n        }\n        article {\n          slug\n          title\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query TrackerTopic($slug: String!) {\n  topic(slug: $slug) {\n    slug\n    name\n    description\n    parent {\n      slug\n      name\n    }\n    children {\n      slug\n      name\n    }\n    stanceSummary {\n      stance\n      count\n    }\n    positions(first: 100) {\n      totalCount\n      nodes {\n        id\n        stance\n        quote\n        actor {\n          slug\n          name\n        }\n        topic {\n          name\n        }\n        article {\n          slug\n          title\n        }\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;