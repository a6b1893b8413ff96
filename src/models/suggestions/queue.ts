import { sql } from 'drizzle-orm';
import { positionSuggestions, suggestionStatus } from '../../db/tables.js';
import { allOf, type Condition } from '../conditions.js';
import { byId, type KeysetOrder, type ListQuery } from '../keyset.js';
import { actorRef, articleRef, topicRef, type NameRef } from '../lookups.js';

// The review queue: suggestions narrowed as a curator asks, newest first or most trusted first, paged
// by keyset like every other list (an index serves each order for one status, alone or with an actor or
// a topic: migration suggestions).

export type SuggestionStatus = (typeof suggestionStatus.enumValues)[number];
export const SUGGESTION_ORDERS = ['NEWEST', 'CONFIDENCE'] as const;
export type SuggestionOrder = (typeof SUGGESTION_ORDERS)[number];

export interface SuggestionFilter {
  article?: string | null;
  actor?: string | null;
  topic?: string | null;
  status?: readonly SuggestionStatus[] | null;
  minConfidence?: number | null;
}

type Table = typeof positionSuggestions;

/** The suggestions a filter asks for, in the order asked. */
export function suggestionsQuery(filter: SuggestionFilter | null | undefined, order: SuggestionOrder): ListQuery<Table> {
  const parts: Condition<Table>[] = [];
  const names: NameRef[] = [];
  const refused = [];
  if (filter?.article != null) {
    const article = articleRef(['filter', 'article'], filter.article);
    names.push(article);
    parts.push((s) => sql`${s.articleId} = ${article}`);
  }
  if (filter?.actor != null) {
    const actor = actorRef(['filter', 'actor'], filter.actor);
    names.push(actor);
    parts.push((s) => sql`${s.actorId} = ${actor}`);
  }
  if (filter?.topic != null) {
    const topic = topicRef(['filter', 'topic'], filter.topic);
    names.push(topic);
    parts.push((s) => sql`${s.topicId} in ${topic}`);
  }
  if (filter?.status != null) {
    const statuses = [...new Set(filter.status)];
    if (statuses.length === 0)
      refused.push({ field: ['filter', 'status'], code: 'INVALID' as const, message: 'must name at least one status, or be left out for all.' });
    // One status is an equality an index serves in order; several, a list.
    else
      parts.push((s) =>
        statuses.length === 1
          ? sql`${s.status} = ${statuses[0]}`
          : sql`${s.status} in (${sql.join(
              statuses.map((v) => sql`${v}`),
              sql`, `,
            )})`,
      );
  }
  if (filter?.minConfidence != null) {
    const min = filter.minConfidence;
    if (!(min >= 0 && min <= 1))
      refused.push({ field: ['filter', 'minConfidence'], code: 'INVALID' as const, message: `must be between 0 and 1 (got ${min}).` });
    else parts.push((s) => sql`${s.confidence} >= ${min}`);
  }
  const keys: KeysetOrder<Table> =
    order === 'CONFIDENCE' ? [{ expression: (s) => sql`${s.confidence}`, direction: 'desc', type: 'float8' }, byId('desc')] : [byId('desc')];
  return { where: allOf(parts), names, refused, order: keys };
}
