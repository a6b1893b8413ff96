/** Machine-readable reasons a mutation refused its input. */
export const USER_ERROR_CODES = ['INVALID', 'NOT_FOUND', 'ALREADY_EXISTS', 'CONFLICT'] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

/** One problem with a mutation's input: where in the input, what kind, and in words. */
export interface UserError {
  /** Path into the input object, e.g. ["topicIds", "2"]. */
  field: string[];
  code: UserErrorCode;
  message: string;
}

/**
 * Thrown by the models when the input cannot be written. The mutation runner rolls the
 * transaction back and answers with these errors in the payload's `userErrors`.
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

/** Collects problems while checking an input, and throws them all at once. */
export class Problems {
  private readonly list: UserError[] = [];
  add(field: (string | number)[], code: UserErrorCode, message: string): void {
    this.list.push({ field: field.map(String), code, message });
  }
  get any(): boolean {
    return this.list.length > 0;
  }
  throwIfAny(): void {
    if (this.list.length) throw new UserInputError(this.list);
  }
}
