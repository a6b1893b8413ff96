import { COUNTRY_CODE_PATTERN, SLUG_PATTERN } from '../db/tables.js';
import { UserInputError, type UserError, type UserErrorCode } from './errors.js';
import { textProblem } from './text-rules.js';

/** The longest value each kind of text may have, in characters. */
export const LIMITS = {
  name: 200,
  title: 500,
  slug: 100,
  summary: 20_000,
  body: 500_000,
  description: 2_000,
  statement: 1_000,
  quote: 2_000,
  alias: 200,
  keyword: 200,
  reason: 1_000,
  url: 2_000,
  digest: 1_000_000,
} as const;

const SLUG = new RegExp(SLUG_PATTERN);
const COUNTRY_CODE = new RegExp(COUNTRY_CODE_PATTERN);

/** A slug from a title: "Zelenskyy Rejects China’s Offer" → "zelenskyy-rejects-chinas-offer". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, LIMITS.slug)
    .replace(/-+$/, '');
}

/**
 * Checks the values of one input, collecting every problem before anything is written, then
 * throws them together. Each check returns the value as it is to be stored.
 */
/** 0100-01-01T00:00:00Z, the first instant a date may hold. */
const FIRST_DAY = Date.parse('0100-01-01T00:00:00Z');

export class Checker {
  private readonly problems: UserError[] = [];

  add(field: (string | number)[], code: UserErrorCode, message: string): void {
    this.problems.push({ field: field.map(String), code, message });
  }

  get any(): boolean {
    return this.problems.length > 0;
  }

  throwIfAny(): void {
    if (this.problems.length) throw new UserInputError(this.problems);
  }

  /** A required text: trimmed, not empty, not longer than the limit, by the text rule (models/text-rules.ts). */
  text(field: string[], value: string, limit: number): string {
    const trimmed = value.trim();
    const problem = textProblem(trimmed);
    if (trimmed === '') this.add(field, 'INVALID', 'must not be empty.');
    else if (trimmed.length > limit) this.add(field, 'INVALID', `must be at most ${limit} characters (got ${trimmed.length}).`);
    else if (problem) this.add(field, 'INVALID', problem);
    return trimmed;
  }

  /** An optional text: null or undefined stay as they are (null clears, undefined keeps); blank clears. */
  optionalText(field: string[], value: string | null | undefined, limit: number): string | null | undefined {
    if (value == null) return value;
    const trimmed = value.trim();
    if (trimmed === '') return null;
    return this.text(field, trimmed, limit);
  }

  /** A slug as given, or derived from `fallbackFrom` when none is given. */
  slug(field: string[], value: string | null | undefined, fallbackFrom: string): string {
    if (value == null) {
      const derived = slugify(fallbackFrom);
      if (!derived) this.add(field, 'INVALID', 'cannot be derived from the name or title; give one.');
      return derived;
    }
    if (!SLUG.test(value) || value.length > LIMITS.slug)
      this.add(
        field,
        'INVALID',
        `must be lower-case letters and digits joined by single hyphens, at most ${LIMITS.slug} characters (got "${value.slice(0, LIMITS.slug)}").`,
      );
    return value;
  }

  url(field: string[], value: string | null | undefined): string | null | undefined {
    if (value == null || value.trim() === '') return value == null ? value : null;
    const trimmed = value.trim();
    if (trimmed.length > LIMITS.url) {
      this.add(field, 'INVALID', `must be at most ${LIMITS.url} characters (got ${trimmed.length}).`);
      return trimmed;
    }
    const parsed = URL.canParse(trimmed) ? new URL(trimmed) : undefined;
    if (!parsed || !/^https?:$/.test(parsed.protocol)) this.add(field, 'INVALID', `must be an http:// or https:// URL (got "${trimmed}").`);
    return trimmed;
  }

  /**
   * A date no later than a day from now (clocks differ; the future beyond that is a typo), and in
   * year 100 or later: the driver reads the years 1 to 99 back as 1901 to 1999 (JavaScript's date
   * parsing), and year 0 is PostgreSQL's 1 BC. No source of this tracker is that old.
   */
  pastDate(field: string[], value: Date | null | undefined): Date | null | undefined {
    if (value == null) return value;
    if (Number.isNaN(value.getTime())) {
      this.add(field, 'INVALID', 'is not a valid date.');
      return undefined;
    }
    if (value.getTime() < FIRST_DAY) this.add(field, 'INVALID', `must be in year 100 or later (got ${value.toISOString()}).`);
    if (value.getTime() > Date.now() + 24 * 3600 * 1000) this.add(field, 'INVALID', `must not be more than a day in the future (got ${value.toISOString()}).`);
    return value;
  }

  countryCode(field: string[], value: string | null | undefined): string | null | undefined {
    if (value == null || value === '') return value == null ? value : null;
    if (!COUNTRY_CODE.test(value)) this.add(field, 'INVALID', `must be an ISO 3166-1 alpha-2 code such as "GB" (got "${value.slice(0, 10)}").`);
    return value;
  }
}
