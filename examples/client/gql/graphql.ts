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

/** Input of recordPosition. */
export type RecordPositionInput = {
  /** Global ID of the actor; the article must mention it. */
  actorId: string | number;
  /** Global ID of the article that reports the position: its evidence. */
  articleId: string | number;
  /** A passage of the article’s title, summary or body that shows the position. Matched with typographic and straight quotation marks alike and any run of whitespace as one space; stored as the article writes it. */
  quote: string;
  /** Supports, opposes, conditional or neutral. */
  stance: Stance;
  /** When the actor took it, if the source says; leave unset otherwise: the position then takes the publication date of its article, if it has one. */
  statedAt?: string | null | undefined;
  /** The position in one sentence, in your words. */
  statement: string;
  /** Global ID of the topic. */
  topicId: string | number;
};

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

/** Why a mutation refused its input. */
export type UserErrorCode =
  /** A record with this slug, URL, alias or key exists already. */
  | 'ALREADY_EXISTS'
  /** The record changed since it was read (stale version), or other records depend on it. */
  | 'CONFLICT'
  /** A value is malformed, out of range, or breaks a rule of the model. */
  | 'INVALID'
  /** An ID names nothing (of the expected type). */
  | 'NOT_FOUND';

export type NewArticlesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NewArticlesSubscription = { articleAdded: { slug: string, title: string } };

export type RecordPositionMutationVariables = Exact<{
  input: RecordPositionInput;
}>;


export type RecordPositionMutation = { recordPosition: { position: { id: string, stance: Stance, version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type StanceChangedSubscriptionVariables = Exact<{
  actor?: string | null | undefined;
  topic?: string | null | undefined;
  includeSubtopics?: boolean | null | undefined;
}>;


export type StanceChangedSubscription = { stanceChanged: { at: string, from: Stance, to: Stance, previous: { quote: string, article: { title: string } }, position: { quote: string, article: { title: string } } } };

export type StanceGridQueryVariables = Exact<{
  actors?: Array<string> | string | null | undefined;
  topics?: Array<string> | string | null | undefined;
}>;


export type StanceGridQuery = { stanceMatrix: { topics: Array<{ slug: string, name: string }>, rows: Array<{ actor: { slug: string, name: string, kind: ActorKind }, cells: Array<{ stance: Stance | null, position: { quote: string, statedAt: string | null, article: { title: string, url: string | null } } | null }> }> } };


export const NewArticlesDocument = {"__meta__":{"hash":"sha256:39542d390479fb4b1611bb539f4c6229e0d62aeab94aa99b9048d091ce58f0de"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NewArticles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articleAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<NewArticlesSubscription, NewArticlesSubscriptionVariables>;
export const RecordPositionDocument = {"__meta__":{"hash":"sha256:02cb44b91f1611b9a876a976b28fee8242a4eb38f79c4e299caf7a04a53e39ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPositionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPositionMutation, RecordPositionMutationVariables>;
export const StanceChangedDocument = {"__meta__":{"hash":"sha256:7a5e51ecf230889a27102dc858f53b0cd8a9ccfbb2d59acb5e9e85f35c7046a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StanceChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSubtopics"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stanceChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"actor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actor"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"includeSubtopics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSubtopics"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StanceChangedSubscription, StanceChangedSubscriptionVariables>;
export const StanceGridDocument = {"__meta__":{"hash":"sha256:db512aa3efa2cb2356b5bfb0e72de926a6feee0fd8b4cdc9b352398c54a9266e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StanceGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actors"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topics"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stanceMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actors"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actors"}}},{"kind":"Argument","name":{"kind":"Name","value":"topics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topics"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"statedAt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StanceGridQuery, StanceGridQueryVariables>;