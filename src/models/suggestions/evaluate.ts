import type { Stance } from '../topic.js';
import type { ArticleText, Suggestion } from './extractor.js';

// How well an engine's suggestions match positions a person recorded: a suggestion is right when its
// actor, topic and stance are a labelled position's and its passage overlaps the labelled quote (by at
// least OVERLAP of the shorter of the two, after the Gender Gap Tracker's evaluation at 0.3 overlap).
// Precision: right suggestions over all suggestions; recall: labels found over all labels.

export const OVERLAP = 0.3;

export interface Label {
  actorId: number;
  topicId: number;
  stance: Stance;
  quote: string;
}

export interface LabelledArticle {
  id: string;
  text: ArticleText;
  labels: Label[];
}

export interface Score {
  suggested: number;
  right: number;
  labels: number;
  found: number;
  /** Suggestions whose actor and topic are a label's, with an overlapping passage, but the wrong stance. */
  wrongStance: { label: Label; suggestion: Suggestion }[];
}

/** Where a labelled quote stands: the first field that holds it, and its offsets there. */
function locate(text: ArticleText, quote: string): { field: keyof ArticleText; start: number; end: number } | undefined {
  for (const field of ['summary', 'body', 'title'] as const) {
    const start = (text[field] ?? '').indexOf(quote);
    if (start >= 0) return { field, start, end: start + quote.length };
  }
  return undefined;
}

function overlaps(text: ArticleText, label: Label, suggestion: Suggestion): boolean {
  const where = locate(text, label.quote);
  if (!where || where.field !== suggestion.field) return false;
  const shared = Math.min(where.end, suggestion.end) - Math.max(where.start, suggestion.start);
  return shared > 0 && shared >= OVERLAP * Math.min(where.end - where.start, suggestion.end - suggestion.start);
}

/** One article's score. */
export function scoreArticle(article: LabelledArticle, suggestions: Suggestion[]): Score {
  const matches = (l: Label, s: Suggestion) => l.actorId === s.actorId && l.topicId === s.topicId && overlaps(article.text, l, s);
  const right = suggestions.filter((s) => article.labels.some((l) => matches(l, s) && l.stance === s.stance));
  const found = article.labels.filter((l) => suggestions.some((s) => matches(l, s) && l.stance === s.stance));
  const wrongStance = article.labels.flatMap((label) =>
    suggestions.filter((s) => matches(label, s) && label.stance !== s.stance).map((suggestion) => ({ label, suggestion })),
  );
  return { suggested: suggestions.length, right: right.length, labels: article.labels.length, found: found.length, wrongStance };
}

/** Scores added up. */
export function total(scores: Score[]): Score {
  return scores.reduce(
    (sum, s) => ({
      suggested: sum.suggested + s.suggested,
      right: sum.right + s.right,
      labels: sum.labels + s.labels,
      found: sum.found + s.found,
      wrongStance: [...sum.wrongStance, ...s.wrongStance],
    }),
    { suggested: 0, right: 0, labels: 0, found: 0, wrongStance: [] },
  );
}

/** Precision, recall and F1 of a score (precision 1 of no suggestion, recall 1 of no label). */
export function rates(score: Score): { precision: number; recall: number; f1: number } {
  const precision = score.suggested ? score.right / score.suggested : 1;
  const recall = score.labels ? score.found / score.labels : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
