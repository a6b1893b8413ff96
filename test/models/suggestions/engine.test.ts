import { describe, expect, it } from 'vitest';
import { rates, scoreArticle, total } from '../../../src/models/suggestions/evaluate.js';
import type { Known, Suggestion } from '../../../src/models/suggestions/extractor.js';
import { DEVELOPMENT, HELD_OUT, knownOfSeed, seedSet, writtenSet } from '../../../src/models/suggestions/labelled.js';
import { RULES_VERSION, rulesExtractor } from '../../../src/models/suggestions/rules.js';
import { readText } from '../../../src/models/suggestions/text.js';
import { readSeedData } from '../../../src/seed/files.js';

// The rules engine on its own: pure functions over text and the seed's actors and topics, no database.
// Each stage on sentences written here (who speaks, which side, on what, the exact passage, the
// confidence), then the labelled sets' figures as floors, so that a change that loses quality fails.

const data = readSeedData();
const known: Known = knownOfSeed(data);
const actor = (id: number) => known.actors.find((a) => a.id === id)!.slug;
const topic = (id: number) => known.topics.find((t) => t.id === id)!.slug;

/** What the engine suggests for a summary, as "actor topic STANCE". */
function read(summary: string): { said: string[]; suggestions: Suggestion[] } {
  const suggestions = rulesExtractor.extract({ title: '', summary }, known);
  return { said: suggestions.map((s) => `${actor(s.actorId)} ${topic(s.topicId)} ${s.stance}`).sort(), suggestions };
}

describe('reading text', () => {
  it('splits sentences and keeps every token at its offset in the text', () => {
    const text = 'Macron said France “would send troops”.  Putin rejected it. Was that the end?';
    const read = readText(text)!;
    expect(read.sentences).toHaveLength(3);
    for (const token of read.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(read.tokens.find((t) => t.text === 'said')).toMatchObject({ lemma: 'say', pos: 'VERB' });
  });
});

describe('the rules engine', () => {
  it('is an Extractor with an id and a version', () => {
    expect(rulesExtractor).toMatchObject({ id: 'rules', version: RULES_VERSION });
  });

  it('finds who speaks: a subject, "according to", a quotation, a spokesperson, and a pronoun or title (trusted less)', () => {
    expect(read('Keir Starmer said the UK was ready to deploy troops to Ukraine.').said).toEqual(['keir-starmer troop-deployment SUPPORTS']);
    expect(read('According to Lavrov, Russia must have a veto over any guarantees.').said).toEqual(['sergey-lavrov russian-veto SUPPORTS']);
    expect(read('“We will never accept a land swap,” Zelenskyy said.').said).toEqual(['volodymyr-zelenskyy border-changes OPPOSES']);
    expect(read('A Kremlin spokesman rejected the deployment of troops.').said).toEqual(['russia troop-deployment OPPOSES']);
    const named = read('Friedrich Merz met reporters in Berlin. The chancellor backed a ceasefire.');
    expect(named.said).toEqual(['friedrich-merz ceasefire SUPPORTS']);
    const direct = read('Friedrich Merz backed a ceasefire.').suggestions[0]!;
    expect(named.suggestions[0]!.confidence).toBeLessThan(direct.confidence);
    expect(read('Macron spoke in Paris. He called for a ceasefire.').said).toEqual(['emmanuel-macron ceasefire SUPPORTS']);
  });

  it('reads the side: a cue for or against, a condition, a negation turning the cue, and a refusal to take sides', () => {
    expect(read('Giorgia Meloni welcomed the minerals deal.').said).toEqual(['giorgia-meloni minerals-deal SUPPORTS']);
    expect(read('Donald Trump ruled out NATO membership for Ukraine.').said).toEqual(['donald-trump nato-membership OPPOSES']);
    expect(read('Starmer said the UK would send troops only if the US provided air cover.').said).toEqual(['keir-starmer troop-deployment CONDITIONAL']);
    expect(read('Meloni said she would not send troops to Ukraine.').said).toEqual(['giorgia-meloni troop-deployment OPPOSES']);
    expect(read('China said it would remain neutral on the deployment of troops.').said).toEqual(['china troop-deployment NEUTRAL']);
    // "did not rule out" alone is neither for nor against.
    expect(read('Merz did not rule out sending troops.').said).toEqual([]);
  });

  it('suggests nothing for names it does not know, for questions, or for what others are asked to do', () => {
    expect(read('Hungary’s prime minister rejected the deployment of troops.').said).toEqual([]);
    expect(read('Would Berlin back a ceasefire?').said).toEqual([]);
    expect(read('Macron urged Russia to accept a ceasefire.').said).toEqual(['emmanuel-macron ceasefire SUPPORTS']);
    expect(read('Analysts said the plan for troops was unworkable.').said).toEqual([]);
  });

  it('quotes the passage exactly as the summary or body has it, drafts a statement, and gives a confidence from 0 to 1', () => {
    const summary = 'Analysts met in Kyiv.  Zelenskyy rejected China as a guarantor, citing its support for Moscow.';
    const [suggestion] = read(summary).suggestions;
    expect(suggestion).toMatchObject({ field: 'summary', statement: 'Volodymyr Zelenskyy opposes guarantor eligibility.' });
    expect(summary.slice(suggestion!.start, suggestion!.end)).toBe(suggestion!.quote);
    expect(suggestion!.quote).toMatch(/^Zelenskyy rejected China as a guarantor/);
    expect(suggestion!.confidence).toBeGreaterThan(0);
    expect(suggestion!.confidence).toBeLessThanOrEqual(1);
    const body = 'Donald Trump backed a ceasefire.';
    const [fromBody] = rulesExtractor.extract({ title: 'Trump backs a ceasefire', summary: 'A summary without positions.', body }, known);
    expect(fromBody).toMatchObject({ field: 'body', start: 0, end: body.length - 1, quote: 'Donald Trump backed a ceasefire' });
  });

  it('reads no title: a headline restates the text coarser, and a passage is to come from the summary or body', () => {
    expect(rulesExtractor.extract({ title: 'Trump backs a ceasefire', summary: 'A meeting took place.' }, known)).toEqual([]);
  });

  it('reads a predicate of praise, a question asked before a reply, a second verb of the same speaker, and a negation inside a cue', () => {
    // "… remained the surest …": the subject of the praise is supported; a denial of it is not read as praise.
    expect(read('Rutte said a ceasefire remained the surest path to a settlement.').said).toEqual(['mark-rutte ceasefire SUPPORTS']);
    expect(read('Rutte said a ceasefire was not the surest path to a settlement.').said).toEqual([]);
    // "Asked whether …, X said that was for others to decide": the reply is about the question.
    expect(read('Asked whether a ceasefire was near, Rutte said that was for Kyiv to decide.').said).toEqual(['mark-rutte ceasefire NEUTRAL']);
    // A participle's phrase before the speaker is not a quotation, nor is a place in it a speaker.
    expect(read('Speaking in Kyiv, Merz said he backed a truce.').said).toEqual(['friedrich-merz ceasefire SUPPORTS']);
    // "… and pledged …": the same speaker's second verb is read on its own.
    const two = read('Merz said the minerals deal was unacceptable and pledged security guarantees for Ukraine.');
    expect(two.said).toEqual(['friedrich-merz minerals-deal OPPOSES', 'friedrich-merz security-guarantees SUPPORTS']);
    expect(two.suggestions.find((s) => s.stance === 'SUPPORTS')!.quote).toBe('and pledged security guarantees for Ukraine');
    // The "no" of "has no plans to" is the cue's own, not a negation that turns it.
    expect(read('Merz said Germany had no plans to deploy troops.').said).toEqual(['friedrich-merz troop-deployment OPPOSES']);
    // "would only succeed with …": a condition.
    expect(read('Macron said a reassurance force would only succeed with American air cover.').said).toEqual(['emmanuel-macron troop-deployment CONDITIONAL']);
  });

  it('reads reported words before their speaker, a negated verb of belief or of saying, a demand to give a topic up, and a refusal to be drawn', () => {
    // "…, a Kremlin spokesman said after talks.": the words before are the spokesman's; who is named in them does not speak.
    expect(read('Any deployment of troops in Ukraine would be unacceptable, a Kremlin spokesman said after talks.').said).toEqual([
      'russia troop-deployment OPPOSES',
    ]);
    expect(read('Ukraine will never accept a land swap, Zelenskyy said.').said).toEqual(['volodymyr-zelenskyy border-changes OPPOSES']);
    // "…, said X" only when X is not the subject of what follows.
    expect(read('Radakin, the defence chief, said Britain should be ready to deploy troops.').said).toEqual(['tony-radakin troop-deployment SUPPORTS']);
    // Not believing is the other side; not saying is no position.
    expect(read('Washington does not believe Russia should have a veto over the guarantees.').said).toEqual(['united-states russian-veto OPPOSES']);
    expect(read('Macron did not say he backed a ceasefire.').said).toEqual([]);
    expect(read('Putin said Kyiv must abandon its bid to join NATO.').said).toEqual(['vladimir-putin nato-membership OPPOSES']);
    expect(read('Zelenskyy said China could not be a guarantor.').said).toEqual(['volodymyr-zelenskyy guarantor-eligibility OPPOSES']);
    expect(read('Lavrov said NATO membership for Ukraine was not on the table.').said).toEqual(['sergey-lavrov nato-membership OPPOSES']);
    expect(read('Rutte would not be drawn on a ceasefire.').said).toEqual(['mark-rutte ceasefire NEUTRAL']);
    // An adverb set off by commas stands between a subject and its verb.
    expect(read('Macron spoke. He did, however, call for a ceasefire.').said).toEqual(['emmanuel-macron ceasefire SUPPORTS']);
  });

  it('keeps one suggestion per actor and topic', () => {
    const { said } = read('Macron backed a ceasefire. Macron also welcomed a truce.');
    expect(said).toEqual(['emmanuel-macron ceasefire SUPPORTS']);
  });
});

describe('the evaluation', () => {
  it('counts a suggestion right when actor, topic and stance match and the passages overlap', () => {
    const text = { title: '', summary: 'Macron backed a ceasefire. Putin rejected it.' };
    const label = { actorId: 17, topicId: 9, stance: 'SUPPORTS' as const, quote: 'Macron backed a ceasefire' };
    const suggestion = (over: Partial<Suggestion>): Suggestion => ({
      actorId: 17,
      topicId: 9,
      stance: 'SUPPORTS',
      quote: 'Macron backed a ceasefire',
      field: 'summary',
      start: 0,
      end: 25,
      statement: '',
      confidence: 1,
      rule: '',
      ...over,
    });
    const score = scoreArticle({ id: 'x', text, labels: [label] }, [suggestion({}), suggestion({ stance: 'OPPOSES' }), suggestion({ start: 27, end: 44 })]);
    expect(score).toMatchObject({ suggested: 3, right: 1, labels: 1, found: 1 });
    expect(score.wrongStance).toHaveLength(1);
    expect(rates(score).precision).toBeCloseTo(1 / 3);
  });

  // Floors, not targets: the figures as measured (README, npm run eval:suggestions), a little below.
  it('holds its measured quality on the seed digest, the development set and the held-out set', () => {
    const measure = (set: ReturnType<typeof seedSet>) => rates(total(set.map((a) => scoreArticle(a, rulesExtractor.extract(a.text, known)))));
    const seed = measure(seedSet(data, known));
    expect(seed.precision).toBeGreaterThanOrEqual(0.85);
    expect(seed.recall).toBeGreaterThanOrEqual(0.75);
    const dev = measure(writtenSet(known, DEVELOPMENT));
    expect(dev.precision).toBeGreaterThanOrEqual(0.9);
    // The held-out set was never tuned on: its precision is the target (0.8); its recall is below the target of 0.6.
    const heldOut = measure(writtenSet(known, HELD_OUT));
    expect(heldOut.precision).toBeGreaterThanOrEqual(0.8);
    expect(heldOut.recall).toBeGreaterThanOrEqual(0.47);
  });
});
