import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';

/** Postgres full-text search vector; never selected by the API, only filtered and ranked on. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Lower-case letters, digits and single hyphens between them: `united-kingdom`. */
export const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
/** ISO 3166-1 alpha-2: `GB`. */
export const COUNTRY_CODE_PATTERN = '^[A-Z]{2}$';
const slugCheck = (name: string, column: SQL) => check(name, sql`${column} ~ ${sql.raw(`'${SLUG_PATTERN}'`)}`);

const id = () => integer('id').primaryKey().generatedAlwaysAsIdentity();
const timestamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
/** Bumped by every update; writers send the version they read to detect a lost update. */
const version = () => integer('version').notNull().default(1);

export const actorKind = pgEnum('actor_kind', ['PERSON', 'COUNTRY', 'ORGANIZATION', 'COALITION']);
export const stance = pgEnum('stance', ['SUPPORTS', 'OPPOSES', 'CONDITIONAL', 'NEUTRAL']);
export const suggestionStatus = pgEnum('suggestion_status', ['PENDING', 'ACCEPTED', 'REJECTED']);
/** Which text of an article a passage is in. */
export const articleField = pgEnum('article_field', ['title', 'summary', 'body']);
export const revisionAction = pgEnum('revision_action', ['CREATED', 'UPDATED', 'DELETED', 'RESTORED', 'MERGED']);
export const recordType = pgEnum('record_type', ['POSITION', 'ACTOR', 'TOPIC', 'ARTICLE', 'AFFILIATION']);

export const actors = pgTable(
  'actors',
  {
    id: id(),
    slug: text('slug').notNull().unique('actors_slug_unique'),
    name: text('name').notNull(),
    kind: actorKind('kind').notNull(),
    description: text('description'),
    /** ISO 3166-1 alpha-2 code, for countries and people tied to one. */
    countryCode: text('country_code'),
    ...timestamps(),
  },
  (t) => [
    // The order of `actors`: by name, ties by id.
    index('actors_name_idx').on(t.name, t.id),
    slugCheck('actors_slug_format', sql`${t.slug}`),
    check('actors_name_not_blank', sql`btrim(${t.name}) <> ''`),
    check('actors_country_code_format', sql`${t.countryCode} ~ ${sql.raw(`'${COUNTRY_CODE_PATTERN}'`)}`),
  ],
);

export const actorAliases = pgTable(
  'actor_aliases',
  {
    id: id(),
    actorId: integer('actor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    /** The alias as written in the sources ("Zelenskiy", "U.S."). */
    alias: text('alias').notNull(),
    /**
     * The alias folded for lookup: lower case, diacritics and punctuation removed, spaces
     * collapsed. Computed by the application (foldName in src/models/names.ts) so that every lookup folds
     * its input the same way.
     */
    normalized: text('normalized').notNull(),
    /** Short all-caps aliases (US, UK, EU) only match when written exactly so. */
    caseSensitive: boolean('case_sensitive').notNull().default(false),
  },
  (t) => [
    // One actor per folded form: "von der Leyen" and "Von der Leyen" are one alias, as lookup reads them.
    unique('actor_aliases_normalized_unique').on(t.normalized),
    index('actor_aliases_actor_idx').on(t.actorId),
    check('actor_aliases_alias_not_blank', sql`btrim(${t.alias}) <> ''`),
  ],
);

export const affiliations = pgTable(
  'affiliations',
  {
    id: id(),
    /** The member: a person holding an office, a country in a coalition. */
    actorId: integer('actor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    /** The body the member belongs to: a country, an organisation, a coalition. */
    organizationId: integer('organization_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    startedOn: date('started_on', { mode: 'string' }),
    endedOn: date('ended_on', { mode: 'string' }),
  },
  (t) => [
    unique('affiliations_actor_organization_role_unique').on(t.actorId, t.organizationId, t.role),
    index('affiliations_organization_idx').on(t.organizationId),
    check('affiliations_not_self', sql`${t.actorId} <> ${t.organizationId}`),
    check('affiliations_role_not_blank', sql`btrim(${t.role}) <> ''`),
    check('affiliations_dates_ordered', sql`${t.endedOn} is null or ${t.startedOn} is null or ${t.startedOn} <= ${t.endedOn}`),
  ],
);

export const topics = pgTable(
  'topics',
  {
    id: id(),
    slug: text('slug').notNull().unique('topics_slug_unique'),
    name: text('name').notNull(),
    description: text('description'),
    parentId: integer('parent_id'),
    ...timestamps(),
  },
  (t) => [
    foreignKey({ name: 'topics_parent_fk', columns: [t.parentId], foreignColumns: [t.id] }).onDelete('restrict'),
    index('topics_parent_idx').on(t.parentId),
    slugCheck('topics_slug_format', sql`${t.slug}`),
    check('topics_name_not_blank', sql`btrim(${t.name}) <> ''`),
    check('topics_not_own_parent', sql`${t.parentId} <> ${t.id}`),
  ],
);

/**
 * Every (ancestor, descendant) pair of the topic tree, each topic its own ancestor at depth 0.
 * Kept by a trigger on `topics` (migration `topic_closure_triggers`), which also refuses a parent
 * that would make a cycle. It lets "a topic and all its subtopics" be one join, in any query.
 */
export const topicClosure = pgTable(
  'topic_closure',
  {
    ancestorId: integer('ancestor_id')
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
    descendantId: integer('descendant_id')
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
    depth: integer('depth').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.ancestorId, t.descendantId] }),
    index('topic_closure_descendant_idx').on(t.descendantId),
    check('topic_closure_depth_non_negative', sql`${t.depth} >= 0`),
  ],
);

/**
 * Phrases that signal a topic in text ("troops on the ground", "reassurance force"): what the
 * suggestion engine and the import's topic tagging look for, folded as actor aliases are.
 */
export const topicKeywords = pgTable(
  'topic_keywords',
  {
    id: id(),
    topicId: integer('topic_id')
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
    /** The phrase as a curator wrote it. */
    keyword: text('keyword').notNull(),
    /** The phrase folded for matching (foldName in src/models/names.ts), as `actor_aliases.normalized`. */
    normalized: text('normalized').notNull(),
    /** Short all-caps phrases (NATO, EU) only match when written exactly so. */
    caseSensitive: boolean('case_sensitive').notNull().default(false),
  },
  (t) => [
    // A phrase signals one topic: the engine never has to choose between two for the same words.
    unique('topic_keywords_normalized_unique').on(t.normalized),
    index('topic_keywords_topic_idx').on(t.topicId, t.id),
    check('topic_keywords_keyword_not_blank', sql`btrim(${t.keyword}) <> ''`),
  ],
);

/**
 * A publication date for ordering, with undated articles after every dated one in the given
 * direction: -infinity or infinity instead of null. Unlike a nullable column, it compares as a
 * row value, `(key, id) < (cursor key, cursor id)`, so a page starts where its cursor points, in
 * the index, whatever page it is. The indexes and the queries use this one expression.
 */
export function undatedLast(publishedAt: SQL | SQLWrapper, direction: 'asc' | 'desc'): SQL {
  return sql`coalesce(${publishedAt}, ${sql.raw(direction === 'desc' ? `'-infinity'` : `'infinity'`)}::timestamptz)`;
}

export const articles = pgTable(
  'articles',
  {
    id: id(),
    slug: text('slug').notNull().unique('articles_slug_unique'),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    body: text('body'),
    url: text('url').unique('articles_url_unique'),
    /** Null when the source gives no date; never guessed. */
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    sourceName: text('source_name'),
    version: version(),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          sql`setweight(to_tsvector('english', ${articles.title}), 'A') || setweight(to_tsvector('english', ${articles.summary}), 'B') || setweight(to_tsvector('english', coalesce(${articles.body}, '')), 'C')`,
      ),
    ...timestamps(),
  },
  (t) => [
    index('articles_search_idx').using('gin', t.search),
    // The orders of `articles`, so that a page is read off an index from its cursor on: newest first
    // and oldest first (undated articles last in both: see undatedLast), and by title; ties by id.
    index('articles_newest_idx').on(sql`${undatedLast(t.publishedAt, 'desc')} desc`, t.id.desc().nullsFirst()),
    index('articles_oldest_idx').on(undatedLast(t.publishedAt, 'asc'), t.id),
    index('articles_title_idx').on(t.title, t.id),
    slugCheck('articles_slug_format', sql`${t.slug}`),
    check('articles_title_not_blank', sql`btrim(${t.title}) <> ''`),
    check('articles_summary_not_blank', sql`btrim(${t.summary}) <> ''`),
    check('articles_url_http', sql`${t.url} ~ '^https?://'`),
  ],
);

export const articleTopics = pgTable(
  'article_topics',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    topicId: integer('topic_id')
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.topicId] }), index('article_topics_topic_idx').on(t.topicId, t.articleId)],
);

export const mentions = pgTable(
  'mentions',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    actorId: integer('actor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.actorId] }), index('mentions_actor_idx').on(t.actorId, t.articleId)],
);

/**
 * Mentions removed by hand (updateArticle without the actor): linking by name (a new alias, a merge,
 * relinkMentions) never puts them back. Giving the actor to the article again lifts the exclusion.
 */
export const mentionExclusions = pgTable(
  'mention_exclusions',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    actorId: integer('actor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.actorId] }), index('mention_exclusions_actor_idx').on(t.actorId, t.articleId)],
);

export const positions = pgTable(
  'positions',
  {
    id: id(),
    actorId: integer('actor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'restrict' }),
    topicId: integer('topic_id')
      .notNull()
      .references(() => topics.id, { onDelete: 'restrict' }),
    /** The evidence: every position rests on the article that reports it. */
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'restrict' }),
    stance: stance('stance').notNull(),
    /** One sentence in the system's words. */
    statement: text('statement').notNull(),
    /** The passage of the article that shows the position, as the article writes it. Required: the evidence. */
    quote: text('quote').notNull(),
    /** When the actor took the position, as given when it was recorded; null when not given. */
    statedAt: timestamp('stated_at', { withTimezone: true, mode: 'date' }),
    /**
     * The position's date: `stated_at`, else its article's publication date; null when neither is
     * known (never guessed). Kept by triggers (migration position_dates), for positions and articles alike.
     */
    datedAt: timestamp('dated_at', { withTimezone: true, mode: 'date' }),
    /** The name of the write token that recorded it (API_TOKENS `name:token`); null for an unnamed token or the seed. */
    recordedBy: text('recorded_by'),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    // An article reports an actor's stance on a topic once; this is also the seed's natural key.
    unique('positions_actor_topic_article_unique').on(t.actorId, t.topicId, t.articleId),
    // Each list of positions in the order recorded, read off an index: an actor's, a topic's, an article's.
    index('positions_actor_idx').on(t.actorId, t.id),
    index('positions_topic_idx').on(t.topicId, t.id),
    index('positions_article_idx').on(t.articleId, t.id),
    // An actor's latest position on a topic (stanceOn, the stance matrix): the first entry; read
    // backwards, an actor's series on a topic in time order (stanceHistory, a change's previous position).
    index('positions_latest_idx').on(t.actorId, t.topicId, t.datedAt.desc().nullsLast(), t.id.desc().nullsFirst()),
    // Dated positions in time order: the stance change feed, date ranges.
    index('positions_dated_idx').on(t.datedAt, t.id),
    check('positions_statement_not_blank', sql`btrim(${t.statement}) <> ''`),
    check('positions_quote_not_blank', sql`btrim(${t.quote}) <> ''`),
  ],
);

/**
 * Positions the suggestion engine read in an article, waiting for a person's decision: a suggestion is
 * never a position until a curator accepts it (then `position_id` names what it became).
 */
export const positionSuggestions = pgTable(
  'position_suggestions',
  {
    id: id(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    actorId: integer('actor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    topicId: integer('topic_id')
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
    stance: stance('stance').notNull(),
    /** The passage of the article that shows it, exactly as written there. */
    quote: text('quote').notNull(),
    /** Where the passage is: the article's field, and its start and end in that text (JavaScript string offsets, UTF-16 code units). */
    quoteField: articleField('quote_field').notNull(),
    quoteStart: integer('quote_start').notNull(),
    quoteEnd: integer('quote_end').notNull(),
    /** One sentence saying what the position is, drafted by the engine (a curator may rewrite it on accepting). */
    statement: text('statement').notNull(),
    /** From 0 to 1: how much the rule that fired is to be trusted. */
    confidence: doublePrecision('confidence').notNull(),
    /** Which engine made it, and which version of it. */
    extractor: text('extractor').notNull(),
    extractorVersion: text('extractor_version').notNull(),
    status: suggestionStatus('status').notNull().default('PENDING'),
    /** The name of the write token that decided (API_TOKENS `name:token`), and when. */
    reviewedBy: text('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'date' }),
    /** Why it was rejected. */
    reason: text('reason'),
    /** The position it became, once accepted (null again if that position is deleted). */
    positionId: integer('position_id').references(() => positions.id, { onDelete: 'set null' }),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    // One suggestion per article, actor, topic and stance: a rejected one stays, so it never comes back.
    unique('position_suggestions_unique').on(t.articleId, t.actorId, t.topicId, t.stance),
    // The review queue, newest first or by confidence, and narrowed to an actor or a topic; an article's.
    index('position_suggestions_status_idx').on(t.status, t.id),
    index('position_suggestions_confidence_idx').on(t.status, t.confidence, t.id),
    index('position_suggestions_actor_idx').on(t.actorId, t.status, t.id),
    index('position_suggestions_topic_idx').on(t.topicId, t.status, t.id),
    index('position_suggestions_article_idx').on(t.articleId, t.id),
    check('position_suggestions_confidence_range', sql`${t.confidence} >= 0 and ${t.confidence} <= 1`),
    check('position_suggestions_quote_not_blank', sql`btrim(${t.quote}) <> ''`),
    check('position_suggestions_statement_not_blank', sql`btrim(${t.statement}) <> ''`),
    check('position_suggestions_quote_offsets', sql`${t.quoteStart} >= 0 and ${t.quoteEnd} > ${t.quoteStart}`),
    check('position_suggestions_review', sql`(${t.status} = 'PENDING') = (${t.reviewedAt} is null) and (${t.status} = 'REJECTED' or ${t.reason} is null)`),
  ],
);

/**
 * What every write to a position, actor, topic, article or affiliation replaced: written by a trigger
 * in the write's own statement (migration revisions), with the name of the token that wrote it
 * (`stancegraph.writer`, set for the transaction by the mutation) and each changed column's value
 * before and after. Never updated; kept when its record is deleted (a deleted position comes back from it).
 */
export const revisions = pgTable(
  'revisions',
  {
    id: id(),
    recordType: recordType('record_type').notNull(),
    recordId: integer('record_id').notNull(),
    action: revisionAction('action').notNull(),
    /** The name of the write token (API_TOKENS `name:token`); null for an unnamed one, the seed or an import from the command line. */
    by: text('by'),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** `{column: [before, after]}` of the columns the write changed (all of them when it created or deleted the record). */
    changes: jsonb('changes').notNull(),
  },
  (t) => [index('revisions_record_idx').on(t.recordType, t.recordId, t.id), index('revisions_action_idx').on(t.recordType, t.action, t.id)],
);

/**
 * Facts about the database itself. `seed`: the seed data set was loaded once (the server loads it
 * on its first start, whatever else was written before, and never again).
 */
export const appState = pgTable('app_state', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
