/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Input of acceptSuggestion. Fields left out are taken from the suggestion as it is. */
export type AcceptSuggestionInput = {
  /** Another actor (one the article mentions): its global ID, slug, name or alias. */
  actor?: string | number | null | undefined;
  /** The `version` of the suggestion you read; when it has moved on, nothing is written (CONFLICT). */
  expectedVersion?: number | null | undefined;
  /** Global ID of the suggestion. */
  id: string | number;
  /** Another passage of the same article, matched as in recordPosition (typographic and straight quotation marks alike, runs of whitespace as one). */
  quote?: string | null | undefined;
  /** Another stance. */
  stance?: Stance | null | undefined;
  /** The position in one sentence, in your words, instead of the drafted one. */
  statement?: string | null | undefined;
  /** Another topic: its global ID or slug. */
  topic?: string | number | null | undefined;
};

/** Narrows a list of actors; every condition given must hold. */
export type ActorFilter = {
  /** true: only actors with at least one position; false: only actors with none. */
  hasPositions?: boolean | null | undefined;
  /** With `topic`: also positions on topics below it. Default false. */
  includeSubtopics?: boolean | null | undefined;
  /** Only actors of this kind. */
  kind?: ActorKind | null | undefined;
  /** Only actors with a name or alias containing this text (case and diacritics ignored; US/UK/EU only in capitals). */
  search?: string | null | undefined;
  /** Only actors that took a position on the topic of this slug (an unknown slug is an error). */
  topic?: string | null | undefined;
};

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

/** Which text of an article a passage is in. */
export type ArticleField =
  /** The full text. */
  | 'BODY'
  /** The summary. */
  | 'SUMMARY'
  /** The headline. */
  | 'TITLE';

/** Where the date of a position comes from. */
export type DateSource =
  /** No date was given: the publication date of the article that reports it. */
  | 'ARTICLE_PUBLISHED'
  /** Given when the position was recorded: when the source says the actor took it. */
  | 'STATED';

/** Input of deletePosition. */
export type DeletePositionInput = {
  /** The `version` of the position you read; when it has moved on, nothing is deleted (CONFLICT). */
  expectedVersion?: number | null | undefined;
  /** Global ID of the position. */
  id: string | number;
};

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

/** Input of rejectSuggestion. */
export type RejectSuggestionInput = {
  /** The `version` of the suggestion you read; when it has moved on, nothing is written (CONFLICT). */
  expectedVersion?: number | null | undefined;
  /** Global ID of the suggestion. */
  id: string | number;
  /** Why: what the engine got wrong. At most 1000 characters. */
  reason: string;
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

/** Narrows a list of suggestions; every condition given must hold. */
export type SuggestionFilter = {
  /** Only suggestions of this actor, given by slug, name or any alias (an unknown name is an error). */
  actor?: string | null | undefined;
  /** Only suggestions read in the article of this slug (an unknown slug is an error). */
  article?: string | null | undefined;
  /** Only suggestions at least this trusted, from 0 to 1. */
  minConfidence?: number | null | undefined;
  /** Only suggestions in one of these states, e.g. [PENDING] for the review queue; all when omitted. */
  status?: Array<SuggestionStatus> | null | undefined;
  /** Only suggestions on the topic of this slug (an unknown slug is an error). */
  topic?: string | null | undefined;
};

/** How a list of suggestions is ordered. */
export type SuggestionOrder =
  /** The most trusted first (by `confidence`), then the most recent. */
  | 'CONFIDENCE'
  /** The most recently made first. */
  | 'NEWEST';

/** Where a suggestion stands in review. */
export type SuggestionStatus =
  /** A curator accepted it (perhaps corrected): `position` is what it became. */
  | 'ACCEPTED'
  /** Waiting for a curator’s decision. */
  | 'PENDING'
  /** A curator rejected it, with a `reason`; the engine will not suggest it again for this article. */
  | 'REJECTED';

/** Input of updatePosition. Fields left out keep their value. */
export type UpdatePositionInput = {
  /** The `version` you read; when the position has moved on, nothing is written (CONFLICT). */
  expectedVersion?: number | null | undefined;
  /** Global ID of the position. */
  id: string | number;
  /** New quote from the same article, matched as in recordPosition; it cannot be cleared. */
  quote?: string | null | undefined;
  /** New stance. */
  stance?: Stance | null | undefined;
  /** New date; null removes it, and the position takes the publication date of its article again. */
  statedAt?: string | null | undefined;
  /** New statement. */
  statement?: string | null | undefined;
  /** Global ID of another topic. */
  topicId?: string | number | null | undefined;
};

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

export type TrackerActorQueryVariables = Exact<{
  slug: string;
}>;


export type TrackerActorQuery = { actor: { slug: string, name: string, kind: ActorKind, aliases: Array<string>, affiliations: Array<{ role: string, organization: { slug: string, name: string } }>, positions: { totalCount: number, nodes: Array<{ id: string, stance: Stance, statement: string, quote: string, statedAt: string | null, statedAtSource: DateSource | null, topic: { slug: string, name: string }, article: { slug: string, title: string } }> }, articles: { totalCount: number, nodes: Array<{ slug: string, title: string, publishedAt: string | null }> }, mostAgreed: Array<{ score: number | null, sharedTopics: number, actor: { slug: string, name: string }, topics: Array<{ agreement: number, topic: { slug: string, name: string } }> }>, leastAgreed: Array<{ score: number | null, sharedTopics: number, actor: { slug: string, name: string }, topics: Array<{ agreement: number, topic: { slug: string, name: string } }> }> } | null };

export type TrackerAgreementFragment = { score: number | null, sharedTopics: number, actor: { slug: string, name: string }, topics: Array<{ agreement: number, topic: { slug: string, name: string } }> };

export type TrackerArticleQueryVariables = Exact<{
  slug: string;
}>;


export type TrackerArticleQuery = { article: { id: string, slug: string, title: string, sourceName: string | null, url: string | null, publishedAt: string | null, summary: string, body: string | null, actors: Array<{ id: string, slug: string, name: string }>, positions: Array<{ id: string, version: number, stance: Stance, statement: string, quote: string, recordedBy: string | null, actor: { slug: string, name: string }, topic: { slug: string, name: string } }> } | null, topics: { nodes: Array<{ id: string, slug: string, name: string }> } };

export type TrackerWriterQueryVariables = Exact<{ [key: string]: never; }>;


export type TrackerWriterQuery = { writer: { canWrite: boolean, name: string | null } };

export type TrackerRecordPositionMutationVariables = Exact<{
  input: RecordPositionInput;
}>;


export type TrackerRecordPositionMutation = { recordPosition: { position: { id: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type TrackerUpdatePositionMutationVariables = Exact<{
  input: UpdatePositionInput;
}>;


export type TrackerUpdatePositionMutation = { updatePosition: { position: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type TrackerDeletePositionMutationVariables = Exact<{
  input: DeletePositionInput;
}>;


export type TrackerDeletePositionMutation = { deletePosition: { deletedId: string | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type TrackerMatrixRowsQueryVariables = Exact<{
  filter?: ActorFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type TrackerMatrixRowsQuery = { actors: { nodes: Array<{ slug: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, topics: { nodes: Array<{ slug: string, name: string, parent: { slug: string } | null }> } };

export type TrackerMatrixQueryVariables = Exact<{
  actors: Array<string> | string;
}>;


export type TrackerMatrixQuery = { stanceMatrix: { topics: Array<{ slug: string, name: string }>, rows: Array<{ actor: { slug: string, name: string, kind: ActorKind }, cells: Array<{ stance: Stance | null, position: { id: string, stance: Stance, statement: string, quote: string, statedAt: string | null, article: { slug: string, title: string, sourceName: string | null, url: string | null } } | null }> }> } };

export type TrackerPositionRecordedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TrackerPositionRecordedSubscription = { positionRecorded: { id: string } };

export type TrackerReviewQueueQueryVariables = Exact<{
  filter?: SuggestionFilter | null | undefined;
  orderBy?: SuggestionOrder | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type TrackerReviewQueueQuery = { positionSuggestions: { totalCount: number, nodes: Array<{ id: string, version: number, stance: Stance, quote: string, quoteField: ArticleField, quoteStart: number, quoteEnd: number, statement: string, confidence: number, actor: { id: string, slug: string, name: string }, topic: { id: string, slug: string, name: string }, article: { id: string, slug: string, title: string, summary: string, body: string | null, actors: Array<{ id: string, slug: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, topics: { nodes: Array<{ id: string, slug: string, name: string }> } };

export type TrackerAcceptSuggestionMutationVariables = Exact<{
  input: AcceptSuggestionInput;
}>;


export type TrackerAcceptSuggestionMutation = { acceptSuggestion: { position: { id: string, actor: { slug: string, name: string }, topic: { name: string } } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type TrackerRejectSuggestionMutationVariables = Exact<{
  input: RejectSuggestionInput;
}>;


export type TrackerRejectSuggestionMutation = { rejectSuggestion: { suggestion: { id: string, status: SuggestionStatus } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type TrackerSuggestionAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TrackerSuggestionAddedSubscription = { suggestionAdded: { id: string } };

export type TrackerSearchQueryVariables = Exact<{
  query: string;
}>;


export type TrackerSearchQuery = { search: { totalCount: number, edges: Array<{ snippet: string | null, node:
        | { __typename: 'Actor', slug: string, name: string }
        | { __typename: 'Article', slug: string, title: string }
        | { __typename: 'Topic', slug: string, name: string }
       }> } };

export type TrackerTopicQueryVariables = Exact<{
  slug: string;
}>;


export type TrackerTopicQuery = { topic: { slug: string, name: string, description: string | null, parent: { slug: string, name: string } | null, children: Array<{ slug: string, name: string }>, stanceSummary: Array<{ stance: Stance, count: number }>, positions: { totalCount: number, nodes: Array<{ id: string, stance: Stance, quote: string, actor: { slug: string, name: string }, topic: { name: string }, article: { slug: string, title: string } }> } } | null };

export const TrackerAgreementFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrackerAgreement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"sharedTopics"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TrackerAgreementFragment, unknown>;
export const TrackerActorDocument = {"__meta__":{"hash":"sha256:c21b98496688bb2809d7cbce4fb80fcbd117de13d45606bdcba732d0b12d7f96"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackerActor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"affiliations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"statedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statedAtSource"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mostAgreed"},"name":{"kind":"Name","value":"alignedActors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrackerAgreement"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"leastAgreed"},"name":{"kind":"Name","value":"alignedActors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"LEAST_AGREED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrackerAgreement"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrackerAgreement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"sharedTopics"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TrackerActorQuery, TrackerActorQueryVariables>;
export const TrackerArticleDocument = {"__meta__":{"hash":"sha256:647b5cf46081cf2267b4d7ea647d6c182d88d3dba8ee34e5b0422ef62496b79a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackerArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TrackerArticleQuery, TrackerArticleQueryVariables>;
export const TrackerWriterDocument = {"__meta__":{"hash":"sha256:efe84374f94d8c72edd969f5da114b06223e9ef8475d2aed3153a7bb88dfd5a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackerWriter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canWrite"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TrackerWriterQuery, TrackerWriterQueryVariables>;
export const TrackerRecordPositionDocument = {"__meta__":{"hash":"sha256:f2c637332fea5163ac32e09f540bfb7c3996dc23c86dfe18a3c374c2e8303337"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrackerRecordPosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPositionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TrackerRecordPositionMutation, TrackerRecordPositionMutationVariables>;
export const TrackerUpdatePositionDocument = {"__meta__":{"hash":"sha256:44fc45bc53a807fe31b745112e4437083b33e75cd78a19c6bf6c4960faa8ee4c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrackerUpdatePosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePositionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TrackerUpdatePositionMutation, TrackerUpdatePositionMutationVariables>;
export const TrackerDeletePositionDocument = {"__meta__":{"hash":"sha256:db1fd87c4dafd178a5a18ec4f7b2ecb7dfbbb9bf23e52c3ac68e553869b0e01d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrackerDeletePosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeletePositionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TrackerDeletePositionMutation, TrackerDeletePositionMutationVariables>;
export const TrackerMatrixRowsDocument = {"__meta__":{"hash":"sha256:416ed65b3a8daae12b61246ae75e0ad1af3b5d085c00bf30396379037439195e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackerMatrixRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActorFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrackerMatrixRowsQuery, TrackerMatrixRowsQueryVariables>;
export const TrackerMatrixDocument = {"__meta__":{"hash":"sha256:12d57d09c3ab2ac3fb3ab0fd5f742dc43819faa0a72c4468d9f4810bc837d249"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackerMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actors"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stanceMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actors"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actors"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"statedAt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrackerMatrixQuery, TrackerMatrixQueryVariables>;
export const TrackerPositionRecordedDocument = {"__meta__":{"hash":"sha256:e15f91f2998f0d18315469d3e1eb9f19ef11ddeb7ba02df784189c3d8a0c319c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TrackerPositionRecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positionRecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TrackerPositionRecordedSubscription, TrackerPositionRecordedSubscriptionVariables>;
export const TrackerReviewQueueDocument = {"__meta__":{"hash":"sha256:45d0d6e0bc2c35347e9c4297663e5c7e2e86dcc1e3399016d39ca1929860b99d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackerReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positionSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"quoteField"}},{"kind":"Field","name":{"kind":"Name","value":"quoteStart"}},{"kind":"Field","name":{"kind":"Name","value":"quoteEnd"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TrackerReviewQueueQuery, TrackerReviewQueueQueryVariables>;
export const TrackerAcceptSuggestionDocument = {"__meta__":{"hash":"sha256:bb646d721dc99a83d67a5b2a8fbada974721c75d4df227d177bd39ab86eae7ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrackerAcceptSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TrackerAcceptSuggestionMutation, TrackerAcceptSuggestionMutationVariables>;
export const TrackerRejectSuggestionDocument = {"__meta__":{"hash":"sha256:6d069d3e1689c3bae5aa97a50345f18958d891200100de19b4d38aa0d16972ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrackerRejectSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TrackerRejectSuggestionMutation, TrackerRejectSuggestionMutationVariables>;
export const TrackerSuggestionAddedDocument = {"__meta__":{"hash":"sha256:3b985af09e17b0e5921ab86a43b3b42e5f6ffbbe0bcf46d7c66e5e9a5ced9a58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TrackerSuggestionAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TrackerSuggestionAddedSubscription, TrackerSuggestionAddedSubscriptionVariables>;
export const TrackerSearchDocument = {"__meta__":{"hash":"sha256:5bc98282abb3940295859ff9b314dd3445fe54895cf1f3254850e6a49ff147dd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrackerSearchQuery, TrackerSearchQueryVariables>;
export const TrackerTopicDocument = {"__meta__":{"hash":"sha256:46d58780f8be3766d131548fe9bea8ce6ce191f7d63892b60d7192d6605233a0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackerTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stanceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrackerTopicQuery, TrackerTopicQueryVariables>;