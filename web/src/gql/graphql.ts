/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What kind of actor takes a position. */
export type ActorKind =
  /** An informal grouping of states, such as the Coalition of the Willing. */
  | 'COALITION'
  /** A state, or its government acting as one. */
  | 'COUNTRY'
  /** A standing international organisation such as NATO or the EU. */
  | 'ORGANIZATION'
  /** A person: a head of state, minister, official, commentator. */
  | 'PERSON';

/** Where an actor stands on a topic. */
export type Stance =
  /** For it only under conditions the statement names. */
  | 'CONDITIONAL'
  /** Takes no side, or declines to. */
  | 'NEUTRAL'
  /** Against it. */
  | 'OPPOSES'
  /** For it. */
  | 'SUPPORTS';

export type TrackerMatrixQueryVariables = Exact<{
  actors?: Array<string> | string | null | undefined;
  topics?: Array<string> | string | null | undefined;
}>;


export type TrackerMatrixQuery = { stanceMatrix: { topics: Array<{ slug: string, name: string }>, rows: Array<{ actor: { slug: string, name: string, kind: ActorKind }, cells: Array<{ stance: Stance | null, position: { id: string, stance: Stance, statement: string, quote: string, statedAt: string | null, article: { slug: string, title: string, sourceName: string | null } } | null }> }> } };

export type TrackerPositionRecordedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TrackerPositionRecordedSubscription = { positionRecorded: { id: string } };


export const TrackerMatrixDocument = {"__meta__":{"hash":"sha256:471401f01fcab48f15f088285993dbd32fd4272d95353265fb0724e43e7c783e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackerMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actors"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topics"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stanceMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actors"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actors"}}},{"kind":"Argument","name":{"kind":"Name","value":"topics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topics"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"statedAt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrackerMatrixQuery, TrackerMatrixQueryVariables>;
export const TrackerPositionRecordedDocument = {"__meta__":{"hash":"sha256:e15f91f2998f0d18315469d3e1eb9f19ef11ddeb7ba02df784189c3d8a0c319c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TrackerPositionRecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positionRecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TrackerPositionRecordedSubscription, TrackerPositionRecordedSubscriptionVariables>;