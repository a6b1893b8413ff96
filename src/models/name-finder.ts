import { findMentionedActors, type AliasPattern } from './names.js';

type Nlp = typeof import('compromise').default;
let nlp: Promise<Nlp> | undefined;
/** compromise, loaded on first use (a quarter of a second): a server that imports nothing never pays for it. */
const loadNlp = () => (nlp ??= import('compromise').then((m) => m.default));

/** Parts of speech that start a sentence without being part of the name after them ("Strong European support", "Several", "Ukrainian President …"). */
const NOT_NAME_TAGS = ['Adjective', 'Determiner', 'Verb', 'Adverb', 'Preposition', 'Conjunction', 'Demonym', 'Pronoun'];

// The names in an imported text that no actor's alias accounts for: what the import report lists as
// candidates for new actors or aliases. Hand-written rules, measured against compromise (an English
// NLP library) on the seed digest and on test texts (docs/benchmarks.md, "Name finding"): these
// found more of the names and fewer non-names there, so they stay, kept small and in one place.
//
// 1. A name is a run of capitalised words ("Brussels", "Zelenskiy’s") or dotted abbreviations
//    ("U.S."), joined by spaces and lower-case particles ("Coalition of the Willing"), and may start
//    with name particles ("von der Leyen", "de Gaulle").
// 2. Titles and offices before a name are not part of it: "Prime Minister Viktor Orbán" → "Viktor
//    Orbán", "Commission President Ursula von der Leyen" → "Ursula von der Leyen". A run that is an
//    office itself ("Chief of the Defence Staff") is no name.
// 3. A sentence's first word is capitalised anyway. Alone, it counts as a name only when the text
//    also writes it capitalised in mid-sentence, or when a verb of saying follows it ("Orban told
//    state radio…", "Zelenskyy welcomed…") and it is not a common word ("Critics said…"). Before
//    other capitalised words, it is dropped when compromise's lexicon reads it as an adjective,
//    determiner, verb or demonym ("Strong European support", "Key Trump administration figures").
// 4. A run that names a known actor by an alias (matched as mentions are) is not reported.

const NOT_NAMES = new Set(
  (
    'A An The This That These Those It Its He His She Her They Their We Our Us I In On At For From With Without By As ' +
    'And Or But If While When Where After Before Despite Following However Furthermore Moreover Meanwhile Also Yet Still ' +
    'Is Are Was Were Be Been Read More Continue January February March April May June July August September October ' +
    'November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Several Some Many Most All Each Every No Other ' +
    'Such Few Then Now Here There Why How What Who Which Today Yesterday Tomorrow Last Next'
  ).split(' '),
);

/** Words that begin a sentence as ordinary nouns, also before a verb of saying. */
const COMMON_SUBJECTS = new Set(
  (
    'Critics Officials Analysts Leaders Diplomats Sources Ministers Experts Observers Lawmakers Allies Partners Members ' +
    'Opponents Supporters Residents Voters Authorities Negotiators Europeans Americans Ukrainians Russians Others Some Many ' +
    'Both Everyone Nobody Reports Polls Troops Soldiers Governments Countries Officers Commentators Spokesman Spokeswoman Aides'
  ).split(' '),
);

/** Titles, ranks and offices, which precede a name without being part of it. */
const TITLES = new Set(
  (
    'President Vice Prime Minister Ministers Chancellor Secretary Secretary-General General Foreign Defence Defense Interior Finance ' +
    'Admiral Sir Dame Lord Lady King Queen Prince Princess Pope Chief Ambassador Senator Governor Mayor Dr Dr. Mr Mr. Mrs Mrs. ' +
    'Ms Ms. Prof Prof. Professor Colonel Lieutenant Captain Commander Marshal Field Premier Deputy Speaker Envoy Special ' +
    'Representative Commissioner Chair Chairman Chairwoman Leader Spokesman Spokeswoman Spokesperson Director Head Executive ' +
    'Officer Sheikh Emir Crown High Supreme Staff Adviser Advisor Counsellor Councillor Judge Justice Attorney'
  ).split(' '),
);

const SAYING =
  /^\s+(?:has\s+|had\s+|also\s+|then\s+|later\s+)?(?:said|says|told|tells|welcomed|welcomes|warned|warns|added|argued|stated|insisted|pledged|pledges|confirmed|rejected|rejects|urged|urges|announced|claimed|noted|wrote|agreed|called|dismissed|accused|praised|criticised|criticized|vowed|promised|signalled|signaled|suggested|replied|responded|demanded|demands|proposed|proposes|threatened|blocked|vetoed|backed|opposed|supported)\b/u;

const PARTICLE = '(?:von|van|de|der|den|del|della|du|da|di|dos|al|el|bin|ibn|la|le)';
// A capitalised word ("Brussels", "Zelenskiy’s") or an abbreviation with dots ("U.S.").
const WORD = String.raw`(?:\p{Lu}(?:\.\p{Lu})+\.?|\p{Lu}[\p{L}\p{M}’'-]*)`;
const NAME = new RegExp(`(?<![\\p{L}\\p{M}])(?:${PARTICLE}\\s+)*${WORD}(?:\\s+(?:(?:of|the|${PARTICLE.slice(3, -1)})\\s+)*${WORD})*`, 'gu');

/** Whether position `start` of `text` begins a sentence (or the text). */
const startsSentence = (text: string, start: number) => start === 0 || /(?:[.!?:;]["”’)]?\s+|\n\s*)$/u.test(text.slice(Math.max(0, start - 4), start));

/** The words of a run without the titles and offices before the name; none when the run is an office. */
function withoutTitles(words: string[]): string[] {
  let last = -1;
  words.forEach((word, i) => {
    if (TITLES.has(word)) last = i;
  });
  if (last < 0) return words;
  // "Chief of the Defence Staff": an office, not a name.
  if (/^(?:of|the)$/.test(words[last + 1] ?? '')) return [];
  return words.slice(last + 1);
}

/**
 * Names in a text that no known alias accounts for, alphabetically: candidates for new actors or
 * aliases (the rules above).
 */
export async function unmatchedNames<Id>(text: string, aliases: readonly AliasPattern<Id>[]): Promise<string[]> {
  const names = new Set<string>();
  const notNames = new Map<string, boolean>();
  const runs = [...text.matchAll(NAME)];
  const midSentence = new Set(runs.filter((m) => !startsSentence(text, m.index)).flatMap((m) => m[0].split(/\s+/)));
  for (const match of runs) {
    if (findMentionedActors(match[0], aliases).size > 0) continue;
    let words = match[0]
      .replace(/[’']s$/u, '')
      .replace(/[’'-]+$/u, '')
      .split(/\s+/);
    const all = words.length;
    while (words.length && NOT_NAMES.has(words[0]!)) words = words.slice(1);
    if (words.length === 0) continue;
    if (startsSentence(text, match.index) && !midSentence.has(words[0]!)) {
      // The sentence's first capitalised word: is it a name, or an adjective, determiner or demonym
      // ("Strong European support", "Several European capitals")? compromise reads it in its sentence.
      // Read once per word and text: a long body starts many sentences with the same words.
      let terms: { text: string; tags: string[] }[] | undefined;
      const notName = async (word: string) => {
        if (!notNames.has(word)) {
          terms ??= (
            (await loadNlp())(text.slice(match.index, match.index + 120))
              .terms()
              .json() as { terms: { text: string; tags: string[] }[] }[]
          ).map((t) => t.terms[0]!);
          notNames.set(word, terms.find((t) => t.text === word)?.tags.some((tag) => NOT_NAME_TAGS.includes(tag)) ?? false);
        }
        return notNames.get(word)!;
      };
      while (words.length && (await notName(words[0]!))) words = words.slice(1);
      // Alone and first in its sentence: "Orban told…" is a name; "Critics said…" is not.
      if (all === 1 && words.length === 1) {
        const said = SAYING.test(text.slice(match.index + match[0].length, match.index + match[0].length + 40));
        if (COMMON_SUBJECTS.has(words[0]!) || !said) continue;
      }
    }
    words = withoutTitles(words);
    while (words.length && /^(?:of|the)$/.test(words.at(-1)!)) words = words.slice(0, -1);
    const name = words.join(' ');
    // No alias can match this part of the run: it would have matched the run, which was skipped then.
    if (name.length >= 2 && /\p{Lu}/u.test(name)) names.add(name);
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}
