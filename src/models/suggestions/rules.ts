import { findMentions, type Mention } from '../names.js';
import type { Stance } from '../topic.js';
import {
  ABANDON,
  BETWEEN_SUBJECT_AND_VERB,
  BODIES,
  CLAUSE_OPENERS,
  CONDITIONS,
  DEONTIC,
  GROUPS,
  INTENDING,
  INTENTIONS,
  NEGATIONS,
  NEUTRAL_CUES,
  PREDICATE_CUES,
  PRAISE,
  REFERENCES,
  SPEECH,
  SPEECH_NOUNS,
  SPOKESPEOPLE,
  SPOKESPERSON_TITLES,
  STANCE_CUES,
  STANCE_NOUNS,
  TITLES,
  type Polarity,
} from './cues.js';
import type { ArticleField, ArticleText, Extractor, Known, KnownTopic, Suggestion } from './extractor.js';
import { draftStatement } from './statement.js';
import { readText, type ReadText, type Token } from './text.js';

// The rules engine. For each clause of the article's summary and body (a headline restates them, coarser
// and in worse grammar, and a position's passage is to come from the article's own sentences): who speaks (an actor
// named as the subject of a speech or stance verb, or through its spokespeople; after "according to";
// after a quotation; as a possessive; or a pronoun, title or body taking the one named before), what
// side the clause takes (a cue, a condition, a negation turning it), and on which topic (its keywords or
// name after the cue, or before a predicate such as "unacceptable"). Only known actors and topics; a
// passage that is exact; a confidence from the rules that fired. When in doubt it suggests nothing: a
// curator reviews every suggestion, and a wrong one costs more attention than a missing one.

export const RULES_VERSION = '6';

/** How far each way of finding the speaker is to be trusted. */
const SPEAKER_CONFIDENCE = {
  subject: 0.9,
  spokesperson: 0.85,
  quotation: 0.85,
  'according-to': 0.8,
  coordinated: 0.8,
  possessive: 0.65,
  participle: 0.6,
  pronoun: 0.55,
  title: 0.5,
  body: 0.5,
  reference: 0.45,
} as const;
type SpeakerRule = keyof typeof SPEAKER_CONFIDENCE;

interface Speaker {
  actorId: number;
  rule: SpeakerRule;
  /** The tokens its stance is read from: from its verb (or the clause's start) to where its words end. */
  from: number;
  to: number;
  /** Where it is named (or the clause's start): what another speaker's words stop at. */
  subjectFrom: number;
  /** Whether its verb only reports ("said", "told"): what follows may be its own country's position, or another's. */
  reports: boolean;
  /** Named inside another's words ("rejected Moscow's proposal that …"): it does not end them. */
  embedded?: boolean;
}

interface Clause {
  from: number;
  to: number;
}

type Range = { id: number; from: number; to: number };

interface Context {
  known: Known;
  depth: Map<number, number>;
  kind: Map<number, string>;
  memberOf: Map<number, number[]>;
}

export const rulesExtractor: Extractor = {
  id: 'rules',
  version: RULES_VERSION,
  extract(article: ArticleText, known: Known): Suggestion[] {
    const names = known.actors.flatMap((a) => [a.name, ...a.aliases].map((name) => ({ id: a.id, name })));
    const phrases = known.topics.flatMap((t) => [t.name, ...t.keywords].map((name) => ({ id: t.id, name })));
    const context: Context = {
      known,
      depth: depths(known.topics),
      kind: new Map(known.actors.map((a) => [a.id, a.kind])),
      memberOf: new Map(known.actors.map((a) => [a.id, a.memberOf])),
    };
    const found: Suggestion[] = [];
    for (const field of ['summary', 'body'] as const) {
      const text = article[field];
      if (!text) continue;
      const read = readText(text);
      if (!read) continue;
      found.push(...readField(read, field, findMentions(text, names), findMentions(text, phrases), context));
    }
    return best(found);
  },
};

/** Each topic's depth in the tree: a deeper topic is the more specific one. */
function depths(topics: KnownTopic[]): Map<number, number> {
  const byId = new Map(topics.map((t) => [t.id, t]));
  const depth = new Map<number, number>();
  for (const topic of topics) {
    let d = 0;
    for (let t: KnownTopic | undefined = topic; t?.parentId != null && d < 20; t = byId.get(t.parentId)) d++;
    depth.set(topic.id, d);
  }
  return depth;
}

/** The mentions as token ranges: the first token a mention covers and one past its last. */
function tokenRanges(read: ReadText, mentions: Mention<number>[]): Range[] {
  return mentions.flatMap((m) => {
    const from = read.tokens.findIndex((t) => t.end > m.start);
    let to = from;
    while (to < read.tokens.length && read.tokens[to]!.start < m.end) to++;
    return from < 0 || to === from ? [] : [{ id: m.id, from, to }];
  });
}

/** What the sentences before a clause said: who spoke last, the last person, the last actor named of each kind. */
interface Memory {
  speaker?: number;
  person?: number;
  byKind: Map<string, number>;
}

function readField(read: ReadText, field: ArticleField, actorMentions: Mention<number>[], topicMentions: Mention<number>[], context: Context): Suggestion[] {
  const actors = withoutModifiers(read.tokens, tokenRanges(read, actorMentions), context);
  const topics = tokenRanges(read, topicMentions);
  const found: Suggestion[] = [];
  const memory: Memory = { byKind: new Map() };
  for (const sentence of read.sentences) {
    // A question takes no side.
    if (read.tokens[sentence.to - 1]?.text === '?' || read.tokens[sentence.to - 2]?.text === '?') continue;
    const subject = subjectOf(read.tokens, sentence, actors);
    let spoke: number | undefined;
    let previous: Speaker[] = [];
    for (const clause of clauses(read.tokens, sentence)) {
      const inClause = actors.filter((a) => a.from >= clause.from && a.to <= clause.to);
      let speakers = ownPositions(read.tokens, speakersOf(read.tokens, clause, inClause, memory, spoke ?? subject, context), context);
      // "X said …, and that …": the same speakers go on; "…, and pledged …": they speak again.
      if (!speakers.length && continues(read.tokens, clause))
        speakers = previous.filter((s) => s.reports).map((s) => ({ ...s, from: clause.from, to: clause.to, subjectFrom: clause.from }));
      const verb = clause.from + 1;
      if (!speakers.length && ['and', 'but'].includes(textAt(read.tokens, clause.from)) && isVerbLike(read.tokens[verb]) && isSpeechOrStance(read.tokens, verb))
        speakers = previous.map((s) => ({
          ...s,
          from: verb,
          to: clause.to,
          subjectFrom: clause.from,
          reports: SPEECH.has(lemmaAt(read.tokens, verb)) && !cueAt(read.tokens, verb),
        }));
      if (speakers.length) previous = speakers;
      for (const speaker of speakers) {
        spoke ??= speaker.actorId;
        // What another speaker later in the clause says is theirs ("X confirmed that Y is ready to …").
        const next = speakers.find((other) => other !== speaker && !other.embedded && other.subjectFrom > speaker.from);
        const to = Math.min(speaker.to, next ? next.subjectFrom : clause.to);
        for (const position of unsaid(read.tokens, speaker, positionsOf(read.tokens, clause, speaker, to, topics, inClause, context))) {
          const start = read.tokens[clause.from]!.start;
          const end = read.tokens[lastWordOf(read.tokens, clause)]!.end;
          found.push({
            actorId: speaker.actorId,
            topicId: position.topicId,
            stance: position.stance,
            quote: read.text.slice(start, end),
            field,
            start,
            end,
            statement: draftStatement(context.known, speaker.actorId, position.topicId, position.stance),
            confidence: round(SPEAKER_CONFIDENCE[speaker.rule] * position.factor),
            rule: `${speaker.rule}+${position.rule}`,
          });
        }
      }
      for (const mention of inClause) memory.byKind.set(context.kind.get(mention.id)!, mention.id);
    }
    const about = spoke ?? subject;
    if (about !== undefined) {
      memory.speaker = about;
      if (context.kind.get(about) === 'PERSON') memory.person = about;
    }
  }
  return found;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Positions read after a negated verb of speech: of belief ("Washington does not believe Russia should
 * have a veto"), the other side; of saying ("did not say it would …"), none: nothing was said.
 */
function unsaid<P extends { stance: Stance }>(tokens: Token[], speaker: Speaker, positions: P[]): P[] {
  if (!speaker.reports || ![1, 2].some((back) => NEGATIONS.has(textAt(tokens, speaker.from - back)))) return positions;
  if (!['believe', 'think'].includes(lemmaAt(tokens, speaker.from))) return [];
  const other: Partial<Record<Stance, Stance>> = { SUPPORTS: 'OPPOSES', OPPOSES: 'SUPPORTS' };
  return positions.flatMap((p): P[] => (other[p.stance] ? [{ ...p, stance: other[p.stance] }] : []));
}

/** Whether a clause goes on with the reported words of the one before ("…, and that …", "…, but that …"). */
const continues = (tokens: Token[], clause: Clause) =>
  textAt(tokens, clause.from) === 'that' || (['and', 'but'].includes(textAt(tokens, clause.from)) && textAt(tokens, clause.from + 1) === 'that');

/**
 * The mentions that can speak: not a country or organisation named before a person, as their
 * modifier ("U.S. President Donald Trump", "German Chancellor Friedrich Merz").
 */
function withoutModifiers(tokens: Token[], mentions: Range[], context: Context): Range[] {
  return mentions.filter((m, i) => {
    if (context.kind.get(m.id) === 'PERSON') return true;
    const next = mentions[i + 1];
    if (!next || context.kind.get(next.id) !== 'PERSON' || next.from - m.to > 3) return true;
    return !onlyTitlesBetween(tokens, m.to, next.from);
  });
}

/** The actor a sentence is about: the first one named before its first verb. */
function subjectOf(tokens: Token[], sentence: { from: number; to: number }, mentions: Range[]): number | undefined {
  const verb = tokens.findIndex((t, i) => i >= sentence.from && i < sentence.to && (t.pos === 'VERB' || t.pos === 'AUX'));
  const first = mentions.find((m) => m.from >= sentence.from && m.to <= sentence.to);
  return first && (verb < 0 || first.from < verb) ? first.id : undefined;
}

/**
 * A sentence's clauses: split at semicolons and dashes, at a comma followed by a word that opens a new
 * clause, at a comma followed by a participle that speaks or takes a side ("…, saying …", "…, calling for …"),
 * and before "and" followed by an inflected verb that does ("… and pledged …").
 */
function clauses(tokens: Token[], sentence: { from: number; to: number }): Clause[] {
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
function lastWordOf(tokens: Token[], clause: Clause): number {
  let last = clause.to - 1;
  while (last > clause.from && tokens[last]!.pos === 'PUNCT' && !/[”"’)]/.test(tokens[last]!.text)) last--;
  return last;
}

const lemmaAt = (tokens: Token[], i: number) => tokens[i]?.lemma ?? '';
const textAt = (tokens: Token[], i: number) => tokens[i]?.text.toLowerCase() ?? '';
const isVerbLike = (t: Token | undefined) =>
  t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'ADJ' && (t.lemma === 'ready' || t.lemma === 'willing')));
const isSpeechOrStance = (tokens: Token[], i: number) => SPEECH.has(lemmaAt(tokens, i)) || cueAt(tokens, i) !== undefined || neutralAt(tokens, i);
/** Whether a run of lemmas starts at token i: one adverb may stand inside it ("calling instead for"). */
function runAt(tokens: Token[], run: string[], i: number): boolean {
  let at = i;
  for (let k = 0; k < run.length; k++, at++) {
    if (k > 0 && lemmaAt(tokens, at) !== run[k] && tokens[at]?.pos === 'ADV' && at === i + k) at++;
    if (lemmaAt(tokens, at) !== run[k]) return false;
  }
  return true;
}
const neutralAt = (tokens: Token[], i: number) => NEUTRAL_CUES.some((cue) => runAt(tokens, cue, i));
/** "for X to decide": "for", up to four words, "to decide" (settle, determine). */
const leftToOthers = (tokens: Token[], i: number) =>
  textAt(tokens, i) === 'for' &&
  [2, 3, 4, 5].some((k) => textAt(tokens, i + k) === 'to' && ['decide', 'settle', 'determine'].includes(lemmaAt(tokens, i + k + 1)));

/**
 * "… remained the most reliable security guarantee", "… would be a better guarantee than …": a copula,
 * an article, words of praise among its adjectives, then a noun. The length of the run, or 0.
 */
function praiseAt(tokens: Token[], i: number): number {
  if (!['be', 'remain'].includes(lemmaAt(tokens, i))) return 0;
  // (A quotation may open after the verb: "would be “the most credible deterrent”".)
  let k = /^[“"‘']$/.test(textAt(tokens, i + 1)) ? i + 2 : i + 1;
  if (!['the', 'a', 'an'].includes(textAt(tokens, k++))) return 0;
  let praised = false;
  for (; k < i + 9 && ['ADJ', 'ADV', 'CCONJ'].includes(tokens[k]?.pos ?? ''); k++) praised ||= PRAISE.has(textAt(tokens, k));
  return praised && tokens[k]?.pos === 'NOUN' ? k + 1 - i : 0;
}

/** The stance cue that starts at token i, if one does: a stance verb, or a verb of doing stated as an intention ("would not send"). */
function cueAt(tokens: Token[], i: number): { polarity: Polarity; length: number } | undefined {
  for (const cue of STANCE_CUES) if (runAt(tokens, cue.lemmas, i)) return { polarity: cue.polarity, length: cue.lemmas.length };
  if (INTENTIONS.has(lemmaAt(tokens, i))) {
    let k = i - 1;
    while (k > i - 3 && NEGATIONS.has(textAt(tokens, k))) k--;
    if (INTENDING.has(textAt(tokens, k))) return { polarity: 'SUPPORTS', length: 1 };
  }
  return undefined;
}

/** The first token at or after `from` that is not an auxiliary, adverb or negation between a subject and its verb. */
function skipToVerb(tokens: Token[], from: number, to: number): number {
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
function skipApposition(tokens: Token[], from: number, to: number): number {
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
function onlyTitlesBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/^[A-Z]/.test(tokens[i]!.text)) return false;
  return true;
}

/** Words after which a name is not a subject ("including Trump", "with Macron"). */
const PREPOSITIONS = new Set(['including', 'in', 'with', 'among', 'between', 'alongside', 'of', 'against', 'about', 'on', 'at', 'than', 'like']);

/** Who speaks in a clause: each with the tokens its stance is read from (`from` to `to`), and where it is named. */
function speakersOf(tokens: Token[], clause: Clause, mentions: Range[], memory: Memory, before: number | undefined, context: Context): Speaker[] {
  const found: Speaker[] = [];
  const add = (speaker: Speaker) => {
    const same = found.findIndex((s) => s.actorId === speaker.actorId);
    if (same < 0) found.push(speaker);
    // The words an actor is quoted as saying are theirs, rather than what it was the subject of within them.
    else if (speaker.rule === 'quotation' && found[same]!.subjectFrom >= speaker.from && found[same]!.subjectFrom < speaker.to) found[same] = speaker;
  };
  const verbAfter = (from: number) => {
    const verb = skipToVerb(tokens, from, clause.to);
    return verb < clause.to && isSpeechOrStance(tokens, verb) ? verb : undefined;
  };
  const reports = (verb: number) => SPEECH.has(lemmaAt(tokens, verb)) && cueAt(tokens, verb) === undefined;

  // "He said …", "The prime minister rejected …", "The bloc said …", "This stance rejects …": whoever was named before.
  const referred = referenceAt(tokens, clause, memory, context);
  if (referred) {
    const verb = verbAfter(skipApposition(tokens, referred.end, clause.to));
    if (verb !== undefined)
      add({ actorId: referred.actorId, rule: referred.rule, from: verb, to: clause.to, subjectFrom: clause.from, reports: reports(verb) });
  }
  // "…, saying …", "…, calling for …": the participle's subject is whoever spoke before it in the sentence.
  if (before !== undefined && /ing$/i.test(textAt(tokens, clause.from)) && isSpeechOrStance(tokens, clause.from) && tokens[clause.from - 1]?.text === ',')
    add({ actorId: before, rule: 'participle', from: clause.from, to: clause.to, subjectFrom: clause.from, reports: reports(clause.from) });

  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m]!;
    // "… whether Russia would accept …": an indirect question takes no side; "urged Russia to agree": an object does not speak.
    const before = tokens[mention.from - 1];
    // (But "rejected Moscow's proposal that …": the object's own proposal is still its position.)
    const ownNoun = /^[’']s?$/.test(tokens[mention.to]?.text ?? '') && STANCE_NOUNS[textAt(tokens, mention.to + 1)] !== undefined;
    if (['whether', 'if'].includes(textAt(tokens, mention.from - 1)) || (before?.pos === 'VERB' && !SPEECH.has(before.lemma) && !ownNoun)) continue;
    // "… saw no sign that the Kremlin was ready …": what a denial says another would do is no one's position.
    const that = ['that'].includes(textAt(tokens, mention.from - 1)) ? mention.from - 1 : textAt(tokens, mention.from - 2) === 'that' ? mention.from - 2 : -1;
    if (that > clause.from && [1, 2, 3, 4].some((k) => ['no', 'not', "n't", 'never', 'doubt', 'doubted'].includes(textAt(tokens, that - k)))) continue;
    // "according to X, …": the clause is X's.
    if (lemmaAt(tokens, mention.from - 1) === 'to' && lemmaAt(tokens, mention.from - 2) === 'accord') {
      add({ actorId: mention.id, rule: 'according-to', from: clause.from, to: clause.to, subjectFrom: mention.from, reports: true });
      continue;
    }
    // "Members of the Coalition of the Willing agreed …": a group speaks for the actor after "of".
    const of = textAt(tokens, mention.from - 1) === 'of' ? mention.from - 1 : textAt(tokens, mention.from - 2) === 'of' ? mention.from - 2 : -1;
    if (of > clause.from && GROUPS.has(textAt(tokens, of - 1))) {
      const verb = verbAfter(skipApposition(tokens, mention.to, clause.to));
      if (verb !== undefined) add({ actorId: mention.id, rule: 'spokesperson', from: verb, to: clause.to, subjectFrom: of - 1, reports: reports(verb) });
      continue;
    }
    // "… including U.S. President Donald Trump, …": named in a phrase, not as a subject.
    if (PREPOSITIONS.has(textAt(tokens, mention.from - 1)) || PREPOSITIONS.has(textAt(tokens, mention.from - 2))) continue;
    // "…,” X said." or "…, said X.": the words before are X's.
    // (Not after a participle's phrase: "Asked whether …, X said …", "Speaking in Kyiv, X said …".)
    const participial = tokens[clause.from]?.pos === 'VERB' && /(ing|ed)$/i.test(textAt(tokens, clause.from));
    const saidAfter = SPEECH.has(lemmaAt(tokens, mention.to)) && /^[,”"’]$/.test(tokens[mention.from - 1]?.text ?? '') && !participial;
    // (Not "…, said Britain should be ready …": there Britain is the subject of what was said.)
    const saidBefore =
      SPEECH.has(lemmaAt(tokens, mention.from - 1)) &&
      /^[,”"’]$/.test(tokens[mention.from - 2]?.text ?? '') &&
      !tokens.slice(mention.to, clause.to).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    if (saidAfter || saidBefore) {
      add({
        actorId: mention.id,
        rule: 'quotation',
        from: clause.from,
        to: saidAfter ? mention.from : mention.from - 1,
        subjectFrom: mention.from,
        reports: true,
      });
      continue;
    }
    // "Moscow, which insists on a veto over any guarantee, called …": the relative clause is X's too.
    if (tokens[mention.to]?.text === ',' && ['which', 'who'].includes(textAt(tokens, mention.to + 1))) {
      const verb = verbAfter(mention.to + 2);
      let end = verb ?? clause.to;
      while (end < clause.to && tokens[end]!.text !== ',') end++;
      if (verb !== undefined && cueAt(tokens, verb))
        add({ actorId: mention.id, rule: 'subject', from: verb, to: end, subjectFrom: mention.from, reports: false });
    }
    // "X's rejection of …", "X's comments also reiterated …", "X's office said …".
    if (/^[’']s?$/.test(tokens[mention.to]?.text ?? '')) {
      // "Ukraine's foreign ministry said": one word may qualify who speaks.
      const qualified = !SPOKESPEOPLE.has(textAt(tokens, mention.to + 1)) && SPOKESPEOPLE.has(textAt(tokens, mention.to + 2));
      const noun = textAt(tokens, mention.to + (qualified ? 2 : 1));
      if (SPOKESPEOPLE.has(noun)) {
        const verb = verbAfter(mention.to + (qualified ? 3 : 2));
        if (verb !== undefined)
          add({ actorId: mention.id, rule: 'spokesperson', from: verb, to: clause.to, subjectFrom: mention.from, reports: reports(verb) });
      } else if (STANCE_NOUNS[noun] || SPEECH_NOUNS.has(noun))
        add({
          actorId: mention.id,
          rule: 'possessive',
          from: mention.to + 1,
          to: clause.to,
          subjectFrom: mention.from,
          reports: false,
          embedded: ownNoun && before?.pos === 'VERB',
        });
      continue;
    }
    // "X and Y are prepared to …", "a statement from X, Y and Z reaffirmed …": all are the subject of what follows.
    let end = mention.to;
    const listed: Range[] = [mention];
    for (;;) {
      let gap = end;
      while (gap < clause.to && [',', 'and', 'the'].includes(textAt(tokens, gap))) gap++;
      const next = mentions.find((n) => n.from >= gap && n.from <= gap + 3 && gap > end && onlyTitlesBetween(tokens, gap, n.from));
      if (!next) break;
      listed.push(next);
      end = next.to;
    }
    const byStatement = SPEECH_NOUNS.has(textAt(tokens, mention.from - 2)) && ['from', 'by'].includes(textAt(tokens, mention.from - 1));
    // "A Kremlin spokesman said", "Ukrainian officials dismissed": who speaks for the actor.
    let after = end;
    let spokesperson = false;
    // Up to two words may qualify who speaks ("a French foreign ministry spokesman").
    const qualifiers = [0, 1, 2].find(
      (k) => SPOKESPEOPLE.has(textAt(tokens, end + k)) && tokens.slice(end, end + k).every((t) => t.pos !== 'VERB' && t.text !== ','),
    );
    if (qualifiers !== undefined) {
      spokesperson = true;
      after = end + qualifiers;
      while (SPOKESPEOPLE.has(textAt(tokens, after))) after++;
    }
    after = skipApposition(tokens, after, clause.to);
    // A list of names closed by a comma before its verb ("…, and Merz, reaffirmed").
    if (listed.length > 1 && tokens[after]?.text === ',' && isSpeechOrStance(tokens, after + 1)) after++;
    let verb = skipToVerb(tokens, after, clause.to);
    // "Zelenskyy called the answer manipulative and said …": the subject's later verb of speech.
    if (verb < clause.to && tokens[verb]!.pos === 'VERB' && !isSpeechOrStance(tokens, verb)) {
      const said = laterSpeech(tokens, verb + 1, clause.to, mentions);
      if (said !== undefined) verb = said;
    }
    // After auxiliaries ("appeared to back", "has backed") a cue is a verb whatever the tagger says; right
    // after a name, one it took for a plural noun is too ("Rutte pledges NATO security").
    const verbLike = isVerbLike(tokens[verb]) || verb > after || (verb === after && tokens[verb]?.pos === 'NOUN' && /(s|ed)$/.test(textAt(tokens, verb)));
    if (verb < clause.to && isSpeechOrStance(tokens, verb) && verbLike) {
      const rule: SpeakerRule = spokesperson ? 'spokesperson' : byStatement ? 'possessive' : listed.length > 1 ? 'coordinated' : 'subject';
      // "“…,” a French foreign ministry spokesman said.": the quotation before is what was said.
      const quoted =
        SPEECH.has(lemmaAt(tokens, verb)) &&
        /^[“"]$/.test(tokens[clause.from]!.text) &&
        /[”"]/.test(
          tokens
            .slice(clause.from + 1, mention.from)
            .map((t) => t.text)
            .join(''),
        );
      // "Any deployment … would be unacceptable, a Kremlin spokesman said (after talks).": reported words
      // before the speaker, when nothing said follows the verb.
      const opener = mention.from - (['a', 'an', 'the'].includes(textAt(tokens, mention.from - 1)) ? 1 : 0);
      const fronted =
        SPEECH.has(lemmaAt(tokens, verb)) &&
        opener - 1 > clause.from &&
        tokens[opener - 1]!.text === ',' &&
        !tokens.slice(verb + 1, clause.to).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.text.toLowerCase() === 'that');
      for (const named of listed)
        add(
          quoted || fronted
            ? { actorId: named.id, rule: 'quotation', from: clause.from, to: quoted ? mention.from : opener - 1, subjectFrom: named.from, reports: true }
            : { actorId: named.id, rule, from: verb, to: clause.to, subjectFrom: named.from, reports: reports(verb) },
        );
      m += listed.length - 1;
    }
  }
  // Who is named inside reported words ("France and Britain are ready …, French officials said") is not speaking.
  return found.filter((s) => !found.some((q) => q !== s && q.rule === 'quotation' && s.subjectFrom >= q.from && s.subjectFrom < q.to));
}

/** "… and said", "… and added" after a subject's other verb, before anyone else is named: where the verb of speech stands. */
function laterSpeech(tokens: Token[], from: number, to: number, mentions: Range[]): number | undefined {
  for (let i = from; i < to - 1; i++) {
    if (mentions.some((m) => m.from === i) || tokens[i]!.text === ',') return undefined;
    if (textAt(tokens, i) === 'and' && tokens[i + 1]!.pos === 'VERB' && SPEECH.has(lemmaAt(tokens, i + 1))) return i + 1;
  }
  return undefined;
}

/** A clause that opens with a pronoun, a title, a body or a back-reference: who it refers to, by which rule, and where its subject ends. */
function referenceAt(tokens: Token[], whole: Clause, memory: Memory, context: Context): { actorId: number; rule: SpeakerRule; end: number } | undefined {
  // "In a statement, the bloc said …": a short opening phrase before the subject.
  // "In a closing statement the group said …": without the comma, the subject starts at its "the".
  let start = whole.from;
  if (tokens[start]?.pos === 'ADP')
    for (let i = start + 1; i < Math.min(whole.to, start + 6); i++) {
      if (tokens[i]!.text === ',') {
        start = i + 1;
        break;
      }
      if (textAt(tokens, i) === 'the' && i > start + 1) {
        start = i;
        break;
      }
    }
  const clause = { from: start, to: whole.to };
  const first = textAt(tokens, clause.from);
  if ((first === 'he' || first === 'she') && memory.person !== undefined) return { actorId: memory.person, rule: 'pronoun', end: clause.from + 1 };
  // "They also said …": whoever spoke last, when that was not one person.
  if (first === 'they' && memory.speaker !== undefined && context.kind.get(memory.speaker) !== 'PERSON')
    return { actorId: memory.speaker, rule: 'pronoun', end: clause.from + 1 };
  if (first === 'this' && REFERENCES.has(textAt(tokens, clause.from + 1)) && memory.speaker !== undefined)
    return { actorId: memory.speaker, rule: 'reference', end: clause.from + 2 };
  if (first !== 'the') return undefined;
  // "the Russian leader", "the prime minister", "the US president", "the defence chief": up to two modifiers, then title words.
  const title = [1, 2, 3].map((k) => clause.from + k).find((i) => TITLES.has(textAt(tokens, i)));
  const modifiers = title !== undefined && tokens.slice(clause.from + 1, title).every((t) => ['ADJ', 'NOUN', 'PROPN'].includes(t.pos));
  if (title !== undefined && modifiers && memory.person !== undefined) {
    let end = title + 1;
    while (end < clause.to && TITLES.has(textAt(tokens, end))) end++;
    return { actorId: memory.person, rule: 'title', end };
  }
  if (SPOKESPERSON_TITLES.has(textAt(tokens, clause.from + 1)) && memory.speaker !== undefined)
    return { actorId: memory.speaker, rule: 'title', end: clause.from + 2 };
  const kind = BODIES[textAt(tokens, clause.from + 1)];
  const body = kind && memory.byKind.get(kind);
  if (body !== undefined && body !== 0) return { actorId: body, rule: 'body', end: clause.from + 2 };
  return undefined;
}

/**
 * A person who reports what their own country or body will do ("Starmer told parliament that the UK
 * was prepared to …") takes that position themselves: the country named there is not another speaker.
 * Where the clause names others as well ("the UK and France are prepared"), each speaks for itself.
 */
function ownPositions(tokens: Token[], speakers: Speaker[], context: Context): Speaker[] {
  return speakers.filter((s) => {
    // Whoever reports before it ("X said …"; "X called the answer manipulative and said …").
    const reporter = speakers.find((r) => r !== s && r.from < s.subjectFrom && (r.reports || speaksBetween(tokens, r.from, s.subjectFrom)));
    if (!reporter) return true;
    // "Trump said Ukraine would have to accept …": what another must do is the reporter's demand.
    if (demanded(tokens, s.subjectFrom, s.from)) return false;
    if (context.kind.get(reporter.actorId) !== 'PERSON') return true;
    const alongside = speakers.filter((o) => o.from === s.from);
    return !alongside.every((o) => context.memberOf.get(reporter.actorId)?.includes(o.actorId));
  });
}

/** How far after a modal of obligation the topic it demands may be named ("should include a commitment to come to its defence"). */
const DEMAND_REACH = 9;

/** The length of the modal of obligation at token i ("must", "should", "cannot"; "has to", "had to", "needs to"), or 0. */
function deonticAt(tokens: Token[], i: number): number {
  if (DEONTIC.has(textAt(tokens, i)) || (textAt(tokens, i) === 'can' && textAt(tokens, i + 1) === 'not')) return 1;
  return ['have', 'need'].includes(lemmaAt(tokens, i)) && textAt(tokens, i + 1) === 'to' ? 2 : 0;
}

/** Whether a verb of speech that takes no side stands between two tokens ("… and said Ukraine was ready"). */
function speaksBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SPEECH.has(lemmaAt(tokens, i)) && tokens[i]!.pos === 'VERB' && !cueAt(tokens, i)) return true;
  return false;
}

/** Whether a modal of obligation stands between a subject and its verb ("must", "should", "would have to"). */
function demanded(tokens: Token[], from: number, verb: number): boolean {
  for (let i = from; i < verb; i++)
    if (
      DEONTIC.has(textAt(tokens, i)) ||
      ['could', 'can', 'ought'].includes(textAt(tokens, i)) ||
      (['have', 'need'].includes(lemmaAt(tokens, i)) && textAt(tokens, i + 1) === 'to')
    )
      return true;
  return false;
}

/**
 * The positions a speaker's words take, from its cue on: on each topic named after the cue, the cue's
 * side (a negation before the cue, or between it and the topic, turns it; a condition makes it
 * conditional), the most specific topic of each side kept; before a predicate cue ("would be
 * unacceptable"), the topic named before it. Without a cue, a condition on a topic is a conditional
 * position, and "no" right before a topic opposes it. None for a cue in the passive ("China will be
 * excluded": the subject is not the one taking a side).
 */
function positionsOf(
  tokens: Token[],
  clause: Clause,
  speaker: Speaker,
  to: number,
  topics: Range[],
  mentions: Range[],
  context: Context,
): { topicId: number; stance: Stance; factor: number; rule: string }[] {
  const lowered = (i: number) => tokens[i]?.text.toLowerCase() ?? '';
  const wordsAt = (run: string[], i: number) => run.every((word, k) => lowered(i + k) === word);
  const conditionIn = (from: number) => {
    for (let i = from; i < to; i++) if (CONDITIONS.some((run) => wordsAt(run, i)) || onlyThen(i) || providedAt(i)) return i;
    return -1;
  };
  // "would sign provided the agreement …": "provided" after a verb or a comma, not as a verb of its own ("the US provided").
  const providedAt = (i: number) => ['provided', 'providing'].includes(lowered(i)) && (tokens[i - 1]?.pos === 'VERB' || tokens[i - 1]?.text === ',');
  // "could only begin once …", "will only go ahead if …", "would only work with …": "only", a verb or two, then the condition.
  const onlyThen = (i: number) =>
    lowered(i) === 'only' &&
    [2, 3].some(
      (k) => ['if', 'once', 'when', 'after', 'with'].includes(lowered(i + k)) && tokens.slice(i + 1, i + k).every((t) => isVerbLike(t) || t.pos === 'ADV'),
    );
  // "Asked whether British troops should be sent, X said that was for ministers to decide": a reply that
  // names nothing is about the question.
  const asked = (named: Range[]) => (named.length || lemmaAt(tokens, clause.from) !== 'ask' ? named : after(clause.from, speaker.subjectFrom));
  for (let i = speaker.from; i < to; i++) if (neutralAt(tokens, i)) return onTopics(asked(after(i)), 'NEUTRAL', 0.9, 'neutral');
  // "… it was for Ukrainians alone to decide what territorial compromises …", "… was for ministers to decide": left to others.
  for (let i = speaker.from; i < to; i++)
    if (leftToOthers(tokens, i)) {
      const named = after(i);
      return onTopics(asked(named.length ? named : after(speaker.from, i)), 'NEUTRAL', 0.8, 'left-to-others');
    }
  let cue: { polarity: Polarity; index: number; length: number; predicate?: boolean } | undefined;
  if (speaker.rule === 'possessive' && STANCE_NOUNS[textAt(tokens, speaker.from)])
    cue = { polarity: STANCE_NOUNS[textAt(tokens, speaker.from)]!, index: speaker.from, length: 1 };
  // The speaker's own words end where a condition begins ("…, provided that Washington offered backing").
  const firstCondition = conditionIn(speaker.from);
  const cueEnd = firstCondition >= 0 ? firstCondition : to;
  // "… Russia must have a say over …", "… should not hold a veto …": a demand on the topic named after it.
  let demand = -1;
  let demandLength = 1;
  for (let i = speaker.from; i < cueEnd && speaker.reports && demand < 0; i++) {
    demandLength = deonticAt(tokens, i);
    if (demandLength) demand = i;
  }
  for (let i = speaker.from; i < cueEnd && !cue && (demand < 0 || i < demand); i++) {
    const praised = praiseAt(tokens, i);
    if (praised) {
      cue = { polarity: 'SUPPORTS', index: i, length: praised, predicate: true };
      break;
    }
    // "guarantees agreed after a ceasefire": a participle describing a noun takes no side.
    if (i > speaker.from && tokens[i - 1]!.pos === 'NOUN' && /ed$/.test(lowered(i))) continue;
    const found = cueAt(tokens, i);
    if (found) cue = { ...found, index: i };
    const predicate = PREDICATE_CUES.find((c) => runAt(tokens, c.lemmas, i));
    if (!cue && predicate) cue = { polarity: predicate.polarity, index: i, length: predicate.lemmas.length, predicate: true };
  }
  // Only a demand on what follows it closely ("must have a say over", "should not hold veto power"), not in
  // an indirect question ("which countries should act as guarantors").
  if (!cue && demand >= 0 && !['which', 'whether', 'what', 'who', 'how'].some((w) => [1, 2, 3].some((back) => lowered(demand - back) === w))) {
    const denied = ['not', 'never'].includes(lowered(demand + demandLength)) || lowered(demand).startsWith('can');
    const demandedTopics = after(demand + demandLength, Math.min(to, demand + demandLength + DEMAND_REACH));
    // "Kyiv must abandon its ambition to join NATO": a demand to give the topic up is against it.
    const givenUp = demandedTopics[0] !== undefined && tokens.slice(demand + demandLength, demandedTopics[0].from).some((t) => ABANDON.has(t.lemma));
    const demanded = onTopics(demandedTopics, denied !== givenUp ? 'OPPOSES' : 'SUPPORTS', 0.75, 'demand');
    if (demanded.length) return demanded;
    // "… a ceasefire had to come first", "borders must not be moved by force": a demand on the topic it
    // follows, when that topic is the subject (not in a phrase: "guarantees short of NATO membership must").
    const subject = topics.find((t) => t.to === demand && t.from >= speaker.from);
    let head = subject ? subject.from - 1 : -1;
    while (head > speaker.from && tokens[head]!.pos === 'DET') head--;
    const specific = subject && context.depth.get(subject.id) !== 0;
    return specific && tokens[head]?.pos !== 'ADP' ? onTopics([subject], denied ? 'OPPOSES' : 'SUPPORTS', 0.75, 'demand-on') : [];
  }
  if (!cue && demand >= 0) return [];
  if (!cue) {
    // "… will go to Ukraine only if there is a ceasefire": a condition on a topic named before it.
    if (firstCondition >= 0) return onTopics(after(speaker.from, firstCondition), 'CONDITIONAL', 0.8, 'condition-only');
    // "… would have no veto over …": a topic denied outright.
    if (speaker.reports) {
      // (Or "… could not be a guarantor".)
      const notBe = (t: Range) =>
        ['a', 'an', 'the'].includes(lowered(t.from - 1)) && lemmaAt(tokens, t.from - 2) === 'be' && NEGATIONS.has(lowered(t.from - 3));
      const denied = topics.filter((t) => t.from >= speaker.from && t.to <= to && (['no', 'never'].includes(lowered(t.from - 1)) || notBe(t)));
      return onTopics(denied, 'OPPOSES', 0.7, 'denied');
    }
    return [];
  }
  // Reported words with a subject of their own ("X announced that the coalition agreed …") are that subject's;
  // a predicate's subject is the topic it judges.
  if (
    speaker.reports &&
    !cue.predicate &&
    cue.index > speaker.from + 1 &&
    hasOwnSubject(tokens, speaker.from + 1, cue.index, ownTokens(speaker, mentions, context))
  )
    return [];
  const passive =
    ['be', 'get'].includes(lemmaAt(tokens, cue.index - 1)) &&
    /(ed|en)$/.test(lowered(cue.index)) &&
    !['ready', 'prepare', 'willing', 'open'].includes(lemmaAt(tokens, cue.index));
  // "a ceasefire could be agreed only if …": a cue in the passive takes no side, but its condition may.
  if (passive) return firstCondition >= 0 ? onTopics(after(speaker.from, firstCondition), 'CONDITIONAL', 0.8, 'condition-only') : [];
  const negated = [1, 2, 3].some((back) => cue.index - back >= Math.min(speaker.from, speaker.subjectFrom) && NEGATIONS.has(lowered(cue.index - back)));
  const conditional = (() => {
    if (conditionIn(cue.index) >= 0) return true;
    // "will only accept … if …"
    let only = false;
    for (let i = speaker.from; i <= cue.index; i++) only ||= lowered(i) === 'only';
    for (let i = cue.index; i < to && only; i++) if (lowered(i) === 'if') return true;
    return false;
  })();
  // A topic may begin with the cue itself ("meet Putin", "deploy troops"); what the condition names is not
  // what the cue is about ("would sign provided the agreement contained security guarantees").
  const condition = conditionIn(cue.index);
  const named = cue.predicate ? after(speaker.from, cue.index) : after(cue.index, condition > cue.index ? condition : to);
  if (negated && cue.polarity === 'OPPOSES')
    // "did not rule out …, as long as …": conditional; "did not rule out" alone neither opposes nor supports.
    return conditional ? onTopics(named, 'CONDITIONAL', 0.7, 'negated-cue+condition') : [];
  // "warned against any ceasefire that was not backed by guarantees": against it only without them.
  const unless = cue.polarity === 'OPPOSES' && !negated && named[0] !== undefined && restrictedBy(named[0].to);
  if (unless) return onTopics([named[0]!], 'CONDITIONAL', 0.8, 'cue+unless');
  const stance: Stance = negated ? 'OPPOSES' : conditional && cue.polarity === 'SUPPORTS' ? 'CONDITIONAL' : cue.polarity;
  return onTopics(
    named,
    stance,
    negated ? 0.8 : conditional ? 0.9 : 1,
    negated ? 'negated-cue' : conditional ? 'condition' : 'cue',
    cue.predicate ? undefined : cue.index + cue.length,
  );

  /** Whether a relative clause that denies something follows a topic ("… that was not backed by", "… without"). */
  function restrictedBy(end: number): boolean {
    if (lowered(end) === 'without') return true;
    if (!['that', 'which'].includes(lowered(end))) return false;
    return [1, 2, 3].some((k) => NEGATIONS.has(lowered(end + k)));
  }

  /**
   * The topic a cue is about is the first named after it (before `end`); those after count when joined
   * to it ("a ceasefire and talks"), or set against it ("guarantees, though not membership").
   */
  function after(from: number, end = to): Range[] {
    const all = topics.filter((t) => t.from >= from && t.to <= end);
    // A broad topic made specific further on ("guarantees modelled on Article 5"): the specific one.
    const narrower = all[0] && context.depth.get(all[0].id) === 0 ? all.find((t) => isBelow(context, t.id, all[0]!.id)) : undefined;
    if (narrower && !tokens.slice(all[0]!.to, narrower.from).some((t) => NEGATIONS.has(t.text.toLowerCase()))) return [narrower];
    const kept: Range[] = [];
    for (const topic of all) {
      const previous = kept.at(-1);
      if (!previous) kept.push(topic);
      else if (all.indexOf(previous) !== all.indexOf(topic) - 1) break;
      else {
        const gap = tokens.slice(previous.to, topic.from);
        // ("… a defence clause without granting it membership": a restriction, not a topic set against.)
        const against = gap.some((t) => NEGATIONS.has(t.text.toLowerCase()) && t.text.toLowerCase() !== 'without');
        if (gap.every((t) => [',', 'and', 'or'].includes(t.text.toLowerCase()) || t.pos === 'DET') || against) kept.push(topic);
        else break;
      }
    }
    return kept;
  }

  function onTopics(named: Range[], side: Stance, factor: number, rule: string, from?: number) {
    const positions = named.flatMap((topic) => {
      let turned = false;
      for (let i = from ?? topic.from; i < topic.from; i++) turned ||= NEGATIONS.has(lowered(i));
      if (!turned) return [{ topicId: topic.id, stance: side }];
      if (side === 'SUPPORTS' || side === 'OPPOSES') return [{ topicId: topic.id, stance: side === 'SUPPORTS' ? ('OPPOSES' as const) : ('SUPPORTS' as const) }];
      return [];
    });
    // Of one side, the most specific topics: a topic whose subtopic is named too gives way to it.
    const kept = positions.filter((p) => !positions.some((q) => q.stance === p.stance && q.topicId !== p.topicId && isBelow(context, q.topicId, p.topicId)));
    return [...new Map(kept.map((p) => [`${p.topicId}:${p.stance}`, p])).values()].map((p) => {
      const broad = context.depth.get(p.topicId) === 0;
      return { ...p, factor: factor * (broad ? 0.85 : 1), rule: `${rule}+${broad ? 'broad-topic' : 'topic'}` };
    });
  }
}

/**
 * Whether a verb at `cue` has a subject of its own after `from`: a noun or name right before it,
 * auxiliaries aside; not the speaker itself, its own country or body (`own`: their tokens), nor a
 * pronoun ("he said he backed …").
 */
function hasOwnSubject(tokens: Token[], from: number, cue: number, own: Set<number>): boolean {
  if (tokens[cue]!.pos !== 'VERB') return false;
  let i = cue - 1;
  while (i > from && BETWEEN_SUBJECT_AND_VERB.has(lemmaAt(tokens, i))) i--;
  return i >= from && ['NOUN', 'PROPN'].includes(tokens[i]!.pos) && !own.has(i);
}

/** The tokens of the mentions of a speaker and of the countries and bodies it belongs to. */
function ownTokens(speaker: Speaker, mentions: Range[], context: Context): Set<number> {
  const own = new Set<number>();
  for (const m of mentions)
    if (m.id === speaker.actorId || context.memberOf.get(speaker.actorId)?.includes(m.id)) for (let i = m.from; i < m.to; i++) own.add(i);
  return own;
}

/** Whether topic `below` is under topic `above` in the tree. */
function isBelow(context: Context, below: number, above: number): boolean {
  for (let t = context.known.topics.find((x) => x.id === below); t?.parentId != null; t = context.known.topics.find((x) => x.id === t!.parentId))
    if (t.parentId === above) return true;
  return false;
}

/** One suggestion per actor and topic: a conditional one before plain support (the condition says more), then the most trusted, then the earliest. */
function best(found: Suggestion[]): Suggestion[] {
  const sorted = [...found].sort(
    (a, b) => Number(b.stance === 'CONDITIONAL') - Number(a.stance === 'CONDITIONAL') || b.confidence - a.confidence || a.start - b.start,
  );
  const kept = new Map<string, Suggestion>();
  for (const s of sorted) if (!kept.has(`${s.actorId}:${s.topicId}`)) kept.set(`${s.actorId}:${s.topicId}`, s);
  return [...kept.values()];
}
