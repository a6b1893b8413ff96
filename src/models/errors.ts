import { postgresError } from '../db/client.js';

/** Machine-readable reasons the models refuse a value. */
export const USER_ERROR_CODES = ['INVALID', 'NOT_FOUND', 'ALREADY_EXISTS', 'CONFLICT'] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

/** One problem with a value a caller gave: where it was, what kind, and in words. */
export interface UserError {
  /** Path into the input object or arguments, e.g. ["topicIds", "2"] or ["filter", "topic"]. */
  field: string[];
  code: UserErrorCode;
  /** What was wrong, phrased to follow the field's name: "must not be empty." */
  message: string;
}

/**
 * The one error the models throw for bad input, in reads and writes alike. A mutation answers it
 * as `userErrors` (after rolling its transaction back), a query as a BAD_USER_INPUT error naming
 * the argument, the CLI commands as lines on stderr.
 */
export class UserInputError extends Error {
  override name = 'UserInputError';
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => `${e.field.join('.')}: ${e.message}`).join('; '));
  }

  static of(field: (string | number)[], code: UserErrorCode, message: string): UserInputError {
    return new UserInputError([{ field: field.map(String), code, message }]);
  }
}

/**
 * What each constraint the database enforces means for the record being written, for the case
 * where a concurrent writer (or a file) gets past the models' own checks. Fields name the record's
 * own columns, as the create and update inputs do.
 */
const CONSTRAINTS: Record<string, UserError> = {
  actors_slug_unique: { field: ['slug'], code: 'ALREADY_EXISTS', message: 'An actor with this slug exists already.' },
  topics_slug_unique: { field: ['slug'], code: 'ALREADY_EXISTS', message: 'A topic with this slug exists already.' },
  articles_slug_unique: { field: ['slug'], code: 'ALREADY_EXISTS', message: 'An article with this slug exists already.' },
  articles_url_unique: { field: ['url'], code: 'ALREADY_EXISTS', message: 'An article with this URL exists already.' },
  actor_aliases_normalized_unique: {
    field: ['alias'],
    code: 'ALREADY_EXISTS',
    message: 'This alias (or one written alike but for case, accents or punctuation) belongs to an actor already.',
  },
  positions_actor_topic_article_unique: {
    field: ['articleId'],
    code: 'ALREADY_EXISTS',
    message: 'This article already reports a position of this actor on this topic; update that one instead.',
  },
  affiliations_actor_organization_role_unique: {
    field: ['role'],
    code: 'ALREADY_EXISTS',
    message: 'This actor already holds this role in this organisation; change that affiliation instead.',
  },
  affiliations_not_self: { field: ['organizationId'], code: 'INVALID', message: 'is the actor itself: an actor cannot belong to itself.' },
  affiliations_dates_ordered: { field: ['endedOn'], code: 'INVALID', message: 'is before `startedOn`.' },
  topics_acyclic: { field: ['parentId'], code: 'INVALID', message: 'would place the topic under its own subtopic.' },
  topic_keywords_normalized_unique: {
    field: ['keyword'],
    code: 'ALREADY_EXISTS',
    message: 'This phrase (or one written alike but for case, accents or punctuation) is a keyword of a topic already.',
  },
};

/**
 * The domain error behind a failed statement, when the database refused the data rather than
 * failed: a known constraint, or a concurrent writer (serialization failure or deadlock).
 */
export function domainErrorOf(error: unknown): UserInputError | undefined {
  if (error instanceof UserInputError) return error;
  const { code, constraint } = postgresError(error);
  if (constraint && CONSTRAINTS[constraint]) return new UserInputError([CONSTRAINTS[constraint]!]);
  if (code === '40001' || code === '40P01') return UserInputError.of([], 'CONFLICT', 'Another write touched the same records at the same time; try again.');
  return undefined;
}
