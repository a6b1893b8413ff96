import {
  BETWEEN_SUBJECT_AND_VERB,
  BODIES,
  DEONTIC,
  GROUPS,
  REFERENCES,
  SPEECH,
  SPEECH_NOUNS,
  SPOKESPEOPLE,
  SPOKESPERSON_TITLES,
  STANCE_NOUNS,
  TITLES,
} from './cues.js';
import {
  type Clause,
  type Context,
  cueAt,
  isSpeechOrStance,
  isVerbLike,
  lemmaAt,
  onlyTitlesBetween,
  type Range,
  skipApposition,
  skipToVerb,
  speaksBetween,
  textAt,
} from './reading.js';
import type { Token } from './text.js';

// Who speaks in a clause, for the rules engine (src/models/suggestions/rules.ts): an actor named as the
// subject of a verb of speech or stance, its spokespeople, "according to", a quotation, a possessive, or
// a pronoun, title or body taking the one named before; and how far each way is to be trusted.

/** How far each way of finding the speaker is to be trusted. */
export const SPEAKER_CONFIDENCE = {
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

export interface Speaker {
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

/** What the sentences before a clause said: who spoke last, the last person, the last actor named of each kind. */
export interface Memory {
  speaker?: number;
  person?: number;
  byKind: Map<string, number>;
}

/** Words after which a name is not a subject ("including Trump", "with Macron"). */
const PREPOSITIONS = new Set(['including', 'in', 'with', 'among', 'between', 'alongside', 'of', 'against', 'about', 'on', 'at', 'than', 'like']);

/**
 * The mentions that can speak: not a country or organisation named before a person, as their
 * modifier ("U.S. President Donald Trump", "German Chancellor Friedrich Merz").
 */
export function withoutModifiers(tokens: Token[], mentions: Range[], context: Context): Range[] {
  return mentions.filter((m, i) => {
    if (context.kind.get(m.id) === 'PERSON') return true;
    const next = mentions[i + 1];
    if (!next || context.kind.get(next.id) !== 'PERSON' || next.from - m.to > 3) return true;
    return !onlyTitlesBetween(tokens, m.to, next.from);
  });
}

/** The actor a sentence is about: the first one named before its first verb. */
export function subjectOf(tokens: Token[], sentence: { from: number; to: number }, mentions: Range[]): number | undefined {
  const verb = tokens.findIndex((t, i) => i >= sentence.from && i < sentence.to && (t.pos === 'VERB' || t.pos === 'AUX'));
  const first = mentions.find((m) => m.from >= sentence.from && m.to <= sentence.to);
  return first && (verb < 0 || first.from < verb) ? first.id : undefined;
}

/** Who speaks in a clause: each with the tokens its stance is read from (`from` to `to`), and where it is named. */
export function speakersOf(tokens: Token[], clause: Clause, mentions: Range[], memory: Memory, before: number | undefined, context: Context): Speaker[] {
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
export function ownPositions(tokens: Token[], speakers: Speaker[], context: Context): Speaker[] {
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

/** Whether a modal of obligation stands between a subject and its verb ("must", "should", "would have to"). */
export function demanded(tokens: Token[], from: number, verb: number): boolean {
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
 * Whether a verb at `cue` has a subject of its own after `from`: a noun or name right before it,
 * auxiliaries aside; not the speaker itself, its own country or body (`own`: their tokens), nor a
 * pronoun ("he said he backed …").
 */
export function hasOwnSubject(tokens: Token[], from: number, cue: number, own: Set<number>): boolean {
  if (tokens[cue]!.pos !== 'VERB') return false;
  let i = cue - 1;
  while (i > from && BETWEEN_SUBJECT_AND_VERB.has(lemmaAt(tokens, i))) i--;
  return i >= from && ['NOUN', 'PROPN'].includes(tokens[i]!.pos) && !own.has(i);
}

/** The tokens of the mentions of a speaker and of the countries and bodies it belongs to. */
export function ownTokens(speaker: Speaker, mentions: Range[], context: Context): Set<number> {
  const own = new Set<number>();
  for (const m of mentions)
    if (m.id === speaker.actorId || context.memberOf.get(speaker.actorId)?.includes(m.id)) for (let i = m.from; i < m.to; i++) own.add(i);
  return own;
}
