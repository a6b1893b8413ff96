import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// Text read by wink-nlp (its English model ships inside the npm package; nothing is downloaded):
// tokens with their exact offsets in the text, lemma, part of speech and whether a negation governs
// them, and sentences. Loaded once, on first use (~0.1 s).

export interface Token {
  text: string;
  /** Lower-case lemma: "confirmed" → "confirm", "are" → "be". */
  lemma: string;
  /** Universal POS tag: VERB, AUX, NOUN, PROPN, ADJ, ADV, PART, PRON, ADP, PUNCT… */
  pos: string;
  start: number;
  end: number;
  /** Whether wink's negation model puts the token in the scope of a negation ("did not rule out"). */
  negated: boolean;
}

export interface Sentence {
  /** Indexes of its first token and one past its last. */
  from: number;
  to: number;
}

export interface ReadText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

let reader: WinkMethods | undefined;

/** The tokens and sentences of a text, with offsets; undefined when wink's tokens do not add up to the text (then it is not read). */
export function readText(text: string): ReadText | undefined {
  reader ??= winkNLP(model, ['sbd', 'negation', 'pos']);
  const its = reader.its;
  const doc = reader.readDoc(text);
  const values = doc.tokens().out();
  const spaces = doc.tokens().out(its.precedingSpaces);
  const lemmas = doc.tokens().out(its.lemma as never) as unknown as string[];
  const pos = doc.tokens().out(its.pos);
  const negated = doc.tokens().out(its.negationFlag) as unknown as boolean[];
  const tokens: Token[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]!.length;
    const value = values[i]!;
    if (text.slice(offset, offset + value.length) !== value) return undefined;
    tokens.push({
      text: value,
      lemma: String(lemmas[i]).toLowerCase(),
      pos: String(pos[i]),
      start: offset,
      end: offset + value.length,
      negated: Boolean(negated[i]),
    });
    offset += value.length;
  }
  const sentences = (doc.sentences().out(its.span) as unknown as [number, number][]).map(([from, last]) => ({ from, to: last + 1 }));
  return { text, tokens, sentences };
}
