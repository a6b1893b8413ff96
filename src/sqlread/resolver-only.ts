// The fields of the types the compiled read serves (those with fields declared in declare.ts, and
// Query) that only the resolvers answer, each with the reason. A query that asks for one of them is
// answered through graphql-js and plugin-drizzle, whole. test/sqlread/declarations.test.ts fails on a
// field of such a type that is neither declared nor listed here, and on an entry that names no field.

export const RESOLVER_ONLY: Readonly<Record<string, string>> = {
  'Actor.stanceOn': 'one row chosen by latestFirst under a topic argument: the compiled read has no single-row relation with arguments',
  'Actor.stanceHistory': 'a page in a keyset order of its own (time) under each actor: nested pages are compiled only in a relation’s own order',
  'Actor.agreement': 'computed by models/agreement.ts over every topic two actors share, batched across parent actors (DataLoader)',
  'Actor.alignedActors': 'a ranking computed by models/agreement.ts over every other actor, batched across parent actors (DataLoader)',
  'Actor.revisions': 'the history of a record, newest first: a list under each object, answered by listField through the resolvers',
  'Affiliation.revisions': 'the history of a record, newest first: a list under each object, answered by listField through the resolvers',
  'Article.revisions': 'the history of a record, newest first: a list under each object, answered by listField through the resolvers',
  'Position.revisions': 'the history of a record, newest first: a list under each object, answered by listField through the resolvers',
  'Topic.revisions': 'the history of a record, newest first: a list under each object, answered by listField through the resolvers',
  'Topic.stanceSummary': 'counts per stance read as one JSON object and completed with zeros in JavaScript (models/topic.ts stanceSummary)',
  'Query.node': 'any type by global ID, through plugin-relay’s node loaders',
  'Query.nodes': 'any types by global ID, through plugin-relay’s node loaders',
  'Query.search': 'a ranked union over three tables with snippets, checked and paged by models/search.ts',
  'Query.writer': 'read from the request’s Authorization header, not from the database',
  'Query.stanceChanges': 'each change needs the position before it: models/stance-history.ts pages them itself',
};
