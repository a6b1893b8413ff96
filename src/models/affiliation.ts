import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../db/client.js';
import { affiliations } from '../db/tables.js';
import { UserInputError } from './errors.js';
import { checkExists } from './references.js';
import { Checker, LIMITS } from './validate.js';

// Affiliations: a member (a person, a country) holds a role in an organisation (a country, a body, a
// coalition), from a date to a date when known. One is named by its member, organisation and role.

export type AffiliationRow = typeof affiliations.$inferSelect;

interface AffiliationKey {
  actorId: number;
  organizationId: number;
  role: string;
}

/**
 * A calendar date (the GraphQL Date scalar gives a Date at UTC midnight) as YYYY-MM-DD, refused when
 * malformed or more than a day ahead; null clears, undefined keeps.
 */
function day(check: Checker, field: string, given: Date | string | null | undefined): string | null | undefined {
  if (given == null) return given;
  const value = given instanceof Date ? (Number.isNaN(given.getTime()) ? 'invalid' : given.toISOString().slice(0, 10)) : given;
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()))
    check.add([field], 'INVALID', `must be a date such as 2025-08-15 (got "${value.slice(0, 20)}").`);
  else check.pastDate([field], date);
  return value;
}

type Dates = { startedOn?: Date | string | null; endedOn?: Date | string | null };

export async function recordAffiliation(tx: Transaction, input: AffiliationKey & Dates): Promise<{ affiliation: AffiliationRow }> {
  const check = new Checker();
  const role = check.text(['role'], input.role, LIMITS.name);
  const startedOn = day(check, 'startedOn', input.startedOn);
  const endedOn = day(check, 'endedOn', input.endedOn);
  await checkExists(tx, check, ['actorId'], 'actor', input.actorId);
  await checkExists(tx, check, ['organizationId'], 'actor', input.organizationId);
  check.throwIfAny();
  const [affiliation] = await tx
    .insert(affiliations)
    .values({ actorId: input.actorId, organizationId: input.organizationId, role, startedOn, endedOn })
    .returning();
  return { affiliation: affiliation! };
}

/** Changes the dates of an affiliation: its start, or its end (an affiliation that ended). */
export async function updateAffiliation(tx: Transaction, input: AffiliationKey & Dates): Promise<{ affiliation: AffiliationRow }> {
  const check = new Checker();
  const changes = { startedOn: day(check, 'startedOn', input.startedOn), endedOn: day(check, 'endedOn', input.endedOn) };
  check.throwIfAny();
  const [affiliation] = await tx.update(affiliations).set(changes).where(matching(input)).returning();
  if (!affiliation) throw UserInputError.of(['role'], 'NOT_FOUND', 'no affiliation of this actor to this organisation has this role.');
  return { affiliation };
}

export async function deleteAffiliation(tx: Transaction, input: AffiliationKey): Promise<void> {
  const deleted = await tx.delete(affiliations).where(matching(input)).returning({ id: affiliations.id });
  if (!deleted.length) throw UserInputError.of(['role'], 'NOT_FOUND', 'no affiliation of this actor to this organisation has this role.');
}

const matching = ({ actorId, organizationId, role }: AffiliationKey) =>
  and(eq(affiliations.actorId, actorId), eq(affiliations.organizationId, organizationId), eq(affiliations.role, role.trim()));
