import type { Stance } from '../topic.js';
import { ABANDON, CONDITIONS, NEGATIONS, type Polarity, PREDICATE_CUES, STANCE_NOUNS } from './cues.js';
import {
  type Clause,
  type Context,
  cueAt,
  DEMAND_REACH,
  deonticAt,
  isBelow,
  isVerbLike,
  leftToOthers,
  lemmaAt,
  neutralAt,
  praiseAt,
  type Range,
  runAt,
  textAt,
} from './reading.js';
import { demanded, hasOwnSubject, ownTokens, type Speaker } from './speakers.js';
import type { Token } from './text.js';

// What side a speaker's words take, and on which topic, for the rules engine (src/models/suggestions/rules.ts):
// a cue, a condition, a negation turning it, a demand, a refusal to take sides.

/**
 * The positions a speaker's words take, from its cue on: on each topic named after the cue, the cue's
 * side (a negation before the cue, or between it and the topic, turns it; a condition makes it
 * conditional), the most specific topic of each side kept; before a predicate cue ("would be
 * unacceptable"), the topic named before it. Without a cue, a condition on a topic is a conditional
 * position, and "no" right before a topic opposes it. None for a cue in the passive ("China will be
 * excluded": the subject is not the one taking a side).
 */
export function positionsOf(
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
 * Positions read after a negated verb of speech: of belief ("Washington does not believe Russia should
 * have a veto"), the other side; of saying ("did not say it would …"), none: nothing was said.
 */
export function unsaid<P extends { stance: Stance }>(tokens: Token[], speaker: Speaker, positions: P[]): P[] {
  if (!speaker.reports || ![1, 2].some((back) => NEGATIONS.has(textAt(tokens, speaker.from - back)))) return positions;
  if (!['believe', 'think'].includes(lemmaAt(tokens, speaker.from))) return [];
  const other: Partial<Record<Stance, Stance>> = { SUPPORTS: 'OPPOSES', OPPOSES: 'SUPPORTS' };
  return positions.flatMap((p): P[] => (other[p.stance] ? [{ ...p, stance: other[p.stance] }] : []));
}
