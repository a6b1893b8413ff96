import { findMentions, type Mention } from '../names.js';
import { SPEECH } from './cues.js';
import type { ArticleField, ArticleText, Extractor, Known, KnownTopic, Suggestion } from './extractor.js';
import { clauses, type Context, continues, cueAt, isSpeechOrStance, isVerbLike, lastWordOf, lemmaAt, type Range, textAt } from './reading.js';
import { type Memory, ownPositions, type Speaker, SPEAKER_CONFIDENCE, speakersOf, subjectOf, withoutModifiers } from './speakers.js';
import { positionsOf, unsaid } from './stance.js';
import { draftStatement } from './statement.js';
import { type ReadText, readText } from './text.js';

// The rules engine. For each clause of the article's summary and body (a headline restates them, coarser
// and in worse grammar, and a position's passage is to come from the article's own sentences): who speaks (an actor
// named as the subject of a speech or stance verb, or through its spokespeople; after "according to";
// after a quotation; as a possessive; or a pronoun, title or body taking the one named before), what
// side the clause takes (a cue, a condition, a negation turning it), and on which topic (its keywords or
// name after the cue, or before a predicate such as "unacceptable"). Only known actors and topics; a
// passage that is exact; a confidence from the rules that fired. When in doubt it suggests nothing: a
// curator reviews every suggestion, and a wrong one costs more attention than a missing one.

export const RULES_VERSION = '6';

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

/** One suggestion per actor and topic: a conditional one before plain support (the condition says more), then the most trusted, then the earliest. */
function best(found: Suggestion[]): Suggestion[] {
  const sorted = [...found].sort(
    (a, b) => Number(b.stance === 'CONDITIONAL') - Number(a.stance === 'CONDITIONAL') || b.confidence - a.confidence || a.start - b.start,
  );
  const kept = new Map<string, Suggestion>();
  for (const s of sorted) if (!kept.has(`${s.actorId}:${s.topicId}`)) kept.set(`${s.actorId}:${s.topicId}`, s);
  return [...kept.values()];
}
