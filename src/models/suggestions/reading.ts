import {
  BETWEEN_SUBJECT_AND_VERB,
  CLAUSE_OPENERS,
  CONDITIONS,
  DEONTIC,
  INTENDING,
  INTENTIONS,
  NEGATIONS,
  NEUTRAL_CUES,
  type Polarity,
  PRAISE,
  SPEECH,
  STANCE_CUES,
} from './cues.js';
import type { Known } from './extractor.js';
import type { Token } from './text.js';

// The rules engine's reading of tokens (src/models/suggestions/rules.ts): the shapes it passes around, a
// sentence's clauses, and what stands at a token — a cue, a verb of speech, a condition, a demand.

export interface Clause {
  from: number;
  to: number;
}

export type Range = { id: number; from: number; to: number };

export interface Context {
  known: Known;
  depth: Map<number, number>;
  kind: Map<number, string>;
  memberOf: Map<number, number[]>;
}

export const lemmaAt = (tokens: Token[], i: number) => tokens[i]?.lemma ?? '';

export const textAt = (tokens: Token[], i: number) => tokens[i]?.text.toLowerCase() ?? '';

export const isVerbLike = (t: Token | undefined) =>
  t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'ADJ' && (t.lemma === 'ready' || t.lemma === 'willing')));

export const isSpeechOrStance = (tokens: Token[], i: number) => SPEECH.has(lemmaAt(tokens, i)) || cueAt(tokens, i) !== undefined || neutralAt(tokens, i);

/** Whether a run of lemmas starts at token i: one adverb may stand inside it ("calling instead for"). */
export function runAt(tokens: Token[], run: string[], i: number): boolean {
  let at = i;
  for (let k = 0; k < run.length; k++, at++) {
    if (k > 0 && lemmaAt(tokens, at) !== run[k] && tokens[at]?.pos === 'ADV' && at === i + k) at++;
    if (lemmaAt(tokens, at) !== run[k]) return false;
  }
  return true;
}

export const neutralAt = (tokens: Token[], i: number) => NEUTRAL_CUES.some((cue) => runAt(tokens, cue, i));

/** "for X to decide": "for", up to four words, "to decide" (settle, determine). */
export const leftToOthers = (tokens: Token[], i: number) =>
  textAt(tokens, i) === 'for' &&
  [2, 3, 4, 5].some((k) => textAt(tokens, i + k) === 'to' && ['decide', 'settle', 'determine'].includes(lemmaAt(tokens, i + k + 1)));

/**
 * "… remained the most reliable security guarantee", "… would be a better guarantee than …": a copula,
 * an article, words of praise among its adjectives, then a noun. The length of the run, or 0.
 */
export function praiseAt(tokens: Token[], i: number): number {
  if (!['be', 'remain'].includes(lemmaAt(tokens, i))) return 0;
  // (A quotation may open after the verb: "would be “the most credible deterrent”".)
  let k = /^[“"‘']$/.test(textAt(tokens, i + 1)) ? i + 2 : i + 1;
  if (!['the', 'a', 'an'].includes(textAt(tokens, k++))) return 0;
  let praised = false;
  for (; k < i + 9 && ['ADJ', 'ADV', 'CCONJ'].includes(tokens[k]?.pos ?? ''); k++) praised ||= PRAISE.has(textAt(tokens, k));
  return praised && tokens[k]?.pos === 'NOUN' ? k + 1 - i : 0;
}

/** The stance cue that starts at token i, if one does: a stance verb, or a verb of doing stated as an intention ("would not send"). */
export function cueAt(tokens: Token[], i: number): { polarity: Polarity; length: number } | undefined {
  for (const cue of STANCE_CUES) if (runAt(tokens, cue.lemmas, i)) return { polarity: cue.polarity, length: cue.lemmas.length };
  if (INTENTIONS.has(lemmaAt(tokens, i))) {
    let k = i - 1;
    while (k > i - 3 && NEGATIONS.has(textAt(tokens, k))) k--;
    if (INTENDING.has(textAt(tokens, k))) return { polarity: 'SUPPORTS', length: 1 };
  }
  return undefined;
}

/** The first token at or after `from` that is not an auxiliary, adverb or negation between a subject and its verb. */
export function skipToVerb(tokens: Token[], from: number, to: number): number {
  let i = from;
  const between = (k: number) =>
    BETWEEN_SUBJECT_AND_VERB.has(lemmaAt(tokens, k)) || (lemmaAt(tokens, k) === 'to' && ['appear', 'seem'].includes(lemmaAt(tokens, k - 1)));
  for (let skipped = 0; i < to && skipped < 4 && !isSpeechOrStance(tokens, i); skipped++) {
    // "He did, however, call for …": an adverb set off by commas.
    if (tokens[i]!.text === ',' && tokens[i + 2]?.text === ',' && tokens[i + 1]!.pos === 'ADV') i += 3;
    else if (between(i)) i++;
    else break;
  }
  return i;
}

/** After a name, an apposition between commas ("Radakin, the outgoing chief of staff, said"; "Rutte, speaking in Warsaw, welcomed"): where it ends, or `from`. */
export function skipApposition(tokens: Token[], from: number, to: number): number {
  if (tokens[from]?.text !== ',') return from;
  // ", speaking in Warsaw," and ", who was due to meet Putin," hold verbs of their own.
  const clause = /ing$/i.test(textAt(tokens, from + 1)) || ['who', 'which'].includes(textAt(tokens, from + 1));
  for (let i = from + 1; i < Math.min(to, from + 16); i++) {
    if (tokens[i]!.text === ',') return i + 1;
    if (isVerbLike(tokens[i]) && !clause) return from;
  }
  return from;
}

/** Whether only capitalised words (titles: "Prime Minister", "Chancellor") stand between two tokens. */
export function onlyTitlesBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/^[A-Z]/.test(tokens[i]!.text)) return false;
  return true;
}

/** Whether a clause goes on with the reported words of the one before ("…, and that …", "…, but that …"). */
export const continues = (tokens: Token[], clause: Clause) =>
  textAt(tokens, clause.from) === 'that' || (['and', 'but'].includes(textAt(tokens, clause.from)) && textAt(tokens, clause.from + 1) === 'that');

/**
 * A sentence's clauses: split at semicolons and dashes, at a comma followed by a word that opens a new
 * clause, at a comma followed by a participle that speaks or takes a side ("…, saying …", "…, calling for …"),
 * and before "and" followed by an inflected verb that does ("… and pledged …").
 */
export function clauses(tokens: Token[], sentence: { from: number; to: number }): Clause[] {
  const result: Clause[] = [];
  let from = sentence.from;
  for (let i = sentence.from; i < sentence.to; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // ", as long as …" is a condition, not a clause of its own.
    const condition = CONDITIONS.some((run) => run.every((word, k) => textAt(tokens, i + 1 + k) === word));
    const opensClause = t.text === ',' && !condition && CLAUSE_OPENERS.has(next?.text.toLowerCase() ?? '') && hasVerbAhead(tokens, i + 2, sentence.to);
    const participle = t.text === ',' && next !== undefined && /ing$/i.test(next.text) && isSpeechOrStance(tokens, i + 1);
    // "… said borders must not be changed and pledged guarantees": a second verb of the same subject, inflected.
    // (Only after one that did too: "X called the answer manipulative and said …" stays whole.)
    const andSpeaks = t.text === 'and' && next?.pos === 'VERB' && next.text.toLowerCase() !== next.lemma && isSpeechOrStance(tokens, i + 1);
    if (andSpeaks && i > from && tokens.slice(from, i).some((u, k) => u.pos === 'VERB' && isSpeechOrStance(tokens, from + k))) {
      result.push({ from, to: i });
      from = i;
    } else if (t.text === ';' || t.text === '—' || opensClause || participle) {
      if (i > from) result.push({ from, to: i });
      from = i + 1;
    }
  }
  if (sentence.to > from) result.push({ from, to: sentence.to });
  return result;
}

/** Whether a verb follows within a few words and before another comma: a comma and "and" open a clause only then (not in a list of names). */
const hasVerbAhead = (tokens: Token[], from: number, to: number) => {
  for (let i = from; i < Math.min(to, from + 6) && tokens[i]!.text !== ','; i++) if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') return true;
  return false;
};

/** The last token of a clause that is not punctuation closing it (a passage ends on a word or a closing quote). */
export function lastWordOf(tokens: Token[], clause: Clause): number {
  let last = clause.to - 1;
  while (last > clause.from && tokens[last]!.pos === 'PUNCT' && !/[”"’)]/.test(tokens[last]!.text)) last--;
  return last;
}

/** Whether topic `below` is under topic `above` in the tree. */
export function isBelow(context: Context, below: number, above: number): boolean {
  for (let t = context.known.topics.find((x) => x.id === below); t?.parentId != null; t = context.known.topics.find((x) => x.id === t!.parentId))
    if (t.parentId === above) return true;
  return false;
}

/** How far after a modal of obligation the topic it demands may be named ("should include a commitment to come to its defence"). */
export const DEMAND_REACH = 9;

/** The length of the modal of obligation at token i ("must", "should", "cannot"; "has to", "had to", "needs to"), or 0. */
export function deonticAt(tokens: Token[], i: number): number {
  if (DEONTIC.has(textAt(tokens, i)) || (textAt(tokens, i) === 'can' && textAt(tokens, i + 1) === 'not')) return 1;
  return ['have', 'need'].includes(lemmaAt(tokens, i)) && textAt(tokens, i + 1) === 'to' ? 2 : 0;
}

/** Whether a verb of speech that takes no side stands between two tokens ("… and said Ukraine was ready"). */
export function speaksBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SPEECH.has(lemmaAt(tokens, i)) && tokens[i]!.pos === 'VERB' && !cueAt(tokens, i)) return true;
  return false;
}
