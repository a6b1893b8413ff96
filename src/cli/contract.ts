import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema, type GraphQLSchema } from 'graphql';

// The schema as a contract with its clients: what changed since the contract was last published
// (schema/published.graphql), sorted by what it does to them, and whether each breaking change has
// been acknowledged in CHANGELOG.md. Used by `npm run schema:check` and its test.

export interface ContractReport {
  breaking: Change[];
  dangerous: Change[];
  safe: Change[];
  /** Breaking changes whose path the changelog's "Unreleased" section does not name. */
  unacknowledged: Change[];
}

/** The "## Unreleased" section of a changelog: up to the next "## " heading. */
export function unreleased(changelog: string): string {
  const start = changelog.search(/^## Unreleased\b/m);
  if (start < 0) return '';
  const rest = changelog.slice(start + 1);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

/**
 * Compares the schema the code builds with the published one. A breaking change is acknowledged
 * when the Unreleased section of the changelog names its path in backticks, e.g. `Query.articles`
 * or `RecordPositionInput.quote` (or a path it is part of, such as its type).
 */
export async function checkContract(published: string, current: GraphQLSchema, changelog: string): Promise<ContractReport> {
  const changes = await diff(buildSchema(published), current);
  const by = (level: CriticalityLevel) => changes.filter((c) => c.criticality.level === level);
  const notes = unreleased(changelog);
  const named = new Set([...notes.matchAll(/`([A-Za-z_][\w.]*)`/g)].map((m) => m[1]!));
  const acknowledged = (change: Change) => {
    const path = change.path ?? '';
    return path.split('.').some((_, i, parts) => named.has(parts.slice(0, i + 1).join('.')));
  };
  const breaking = by(CriticalityLevel.Breaking);
  return {
    breaking,
    dangerous: by(CriticalityLevel.Dangerous),
    safe: by(CriticalityLevel.NonBreaking),
    unacknowledged: breaking.filter((c) => !acknowledged(c)),
  };
}
