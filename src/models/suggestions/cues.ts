// The words the rules engine reads a position by, as lemmas (wink-nlp's: "ruled" → "rule"). Lists
// after the Gender Gap Tracker's reporting verbs and the cue words of the suggestions issue; each
// cue is a run of lemmas that must follow one another.

/** Verbs that report speech without taking a side themselves: the stance is in what follows. */
export const SPEECH = new Set([
  'say',
  'tell',
  'state',
  'announce',
  'add',
  'warn',
  'insist',
  'argue',
  'claim',
  'confirm',
  'reveal',
  'emphasize',
  'emphasise',
  'stress',
  'indicate',
  'caution',
  'note',
  'explain',
  'declare',
  'assert',
  'maintain',
  'reiterate',
  'repeat',
  'suggest',
  'signal',
  'acknowledge',
  'write',
  'tweet',
  'post',
  'describe',
  'cite',
  'express',
  'hint',
  'voice',
  'reaffirm',
  'restate',
  'predict',
  'report',
  'believe',
  'think',
  'make',
]);

export type Polarity = 'SUPPORTS' | 'OPPOSES';

/** Verbs, and runs of lemmas, that take a side on what follows them. */
export const STANCE_CUES: { lemmas: string[]; polarity: Polarity }[] = [
  ...[
    'support',
    'back',
    'welcome',
    'endorse',
    'favour',
    'favor',
    'urge',
    'demand',
    'pledge',
    'promise',
    'propose',
    'advocate',
    'champion',
    'embrace',
    'seek',
    'want',
    'accept',
    'agree',
    'offer',
    'approve',
    'hail',
    'praise',
    'applaud',
    'recognise',
    'recognize',
  ].map((lemma) => ({ lemmas: [lemma], polarity: 'SUPPORTS' as const })),
  ...[
    ['call', 'for'],
    ['push', 'for'],
    ['press', 'for'],
    ['argue', 'for'],
    ['ask', 'for'],
    ['insist', 'on'],
    ['commit', 'to'],
    ['be', 'ready', 'to'],
    ['be', 'ready', 'for'],
    ['be', 'open', 'for'],
    ['be', 'prepare', 'to'],
    ['be', 'willing', 'to'],
    ['be', 'open', 'to'],
    ['readiness', 'to'],
    ['willingness', 'to'],
    ['in', 'favour', 'of'],
    ['in', 'favor', 'of'],
    ['need', 'for'],
    ['stand', 'ready', 'to'],
    ['remain', 'open', 'to'],
    ['remain', 'ready', 'to'],
    ['remain', 'committed', 'to'],
  ].map((lemmas) => ({ lemmas, polarity: 'SUPPORTS' as const })),
  ...[
    'reject',
    'oppose',
    'refuse',
    'dismiss',
    'condemn',
    'criticise',
    'criticize',
    'exclude',
    'resist',
    'denounce',
    'decry',
    'object',
    'scrap',
    'block',
    'ineligible',
    'unfit',
  ].map((lemma) => ({
    lemmas: [lemma],
    polarity: 'OPPOSES' as const,
  })),
  ...[
    ['rule', 'out'],
    ['warn', 'against'],
    ['argue', 'against'],
    ['speak', 'out', 'against'],
    ['push', 'back', 'against'],
    ['have', 'no', 'plan', 'to'],
    ['no', 'plan', 'to'],
    ['forget', 'about'],
  ].map((lemmas) => ({ lemmas, polarity: 'OPPOSES' as const })),
];

/**
 * Verbs of doing that take a side only as intentions ("would send troops", "ready to meet Putin", "plans
 * to deploy"): cues when a modal or "to" stands right before them, not in a report of what was done.
 */
export const INTENTIONS = new Set([
  'send',
  'deploy',
  'contribute',
  'commit',
  'provide',
  'join',
  'sign',
  'meet',
  'negotiate',
  'talk',
  'speak',
  'station',
  'guarantee',
]);
/** What makes a verb of doing an intention. */
export const INTENDING = new Set(['will', 'would', "'ll", 'could', 'can', 'to', 'shall']);

/**
 * Predicates that take a side on what came before them ("the deployment … would be unacceptable",
 * "membership is a red line"): the topic is looked for before the cue.
 */
export const PREDICATE_CUES: { lemmas: string[]; polarity: Polarity }[] = [
  ['unacceptable'],
  ['out', 'of', 'the', 'question'],
  ['red', 'line'],
  ['not', 'go', 'to', 'happen'],
  ['non', '-', 'starter'],
  ['legitimate', 'target'],
  ['not', 'on', 'the', 'table'],
  ['off', 'the', 'table'],
].map((lemmas) => ({ lemmas, polarity: 'OPPOSES' as const }));
PREDICATE_CUES.push(...[['irreversible'], ['acceptable']].map((lemmas) => ({ lemmas, polarity: 'SUPPORTS' as const })));

/** Words of praise in a predicate ("… remained the most reliable guarantee"): the subject is supported. */
export const PRAISE = new Set(['best', 'better', 'only', 'surest', 'safest', 'strongest', 'cheapest', 'reliable', 'lasting', 'credible', 'effective']);

/** Nouns that carry a side after a possessive: "Zelenskyy's rejection of …", "Meloni's proposal to …". */
export const STANCE_NOUNS: Record<string, Polarity> = {
  support: 'SUPPORTS',
  backing: 'SUPPORTS',
  endorsement: 'SUPPORTS',
  proposal: 'SUPPORTS',
  call: 'SUPPORTS',
  calls: 'SUPPORTS',
  demand: 'SUPPORTS',
  pledge: 'SUPPORTS',
  offer: 'SUPPORTS',
  readiness: 'SUPPORTS',
  insistence: 'SUPPORTS',
  rejection: 'OPPOSES',
  opposition: 'OPPOSES',
  refusal: 'OPPOSES',
  condemnation: 'OPPOSES',
  criticism: 'OPPOSES',
};

/** Nouns for who speaks for an actor: "a Kremlin spokesman said", "Ukrainian officials dismissed", "Meloni's office said". */
export const SPOKESPEOPLE = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'officials',
  'ministry',
  'minister',
  'ministers',
  'office',
  'government',
  'envoy',
  'diplomat',
  'diplomats',
  'negotiator',
  'negotiators',
  'leadership',
]);

/** Nouns for what someone said, after a possessive ("Lavrov's comments also …"). */
export const SPEECH_NOUNS = new Set([
  'comment',
  'comments',
  'remark',
  'remarks',
  'statement',
  'statements',
  'position',
  'stance',
  'view',
  'words',
  'message',
  'response',
]);

/** Runs of lower-case words that make a stance conditional. */
export const CONDITIONS: string[][] = [
  ['only', 'if'],
  ['provided', 'that'],
  ['providing', 'that'],
  ['as', 'long', 'as'],
  ['only', 'once'],
  ['on', 'condition'],
  ['on', 'the', 'condition'],
  ['unless'],
  ['only', 'when'],
  ['only', 'after'],
  ['only', 'at'],
  ['only', 'with'],
  ['only', 'as', 'part', 'of'],
  ['though', 'not', 'before'],
  ['but', 'not', 'before'],
  ['in', 'principle', 'but'],
  ['but', 'only'],
];

/** Runs of lemmas that decline to take a side. */
export const NEUTRAL_CUES: string[][] = [
  ['remain', 'neutral'],
  ['stay', 'neutral'],
  ['decline', 'to', 'take'],
  ['take', 'no', 'side'],
  ['take', 'no', 'position'],
  ['refuse', 'to', 'take', 'side'],
  ['decline', 'to', 'say'],
  ['decline', 'to', 'comment'],
  ['refuse', 'to', 'say'],
  ['refuse', 'to', 'comment'],
  ['not', 'take', 'a', 'position'],
  ['not', 'take', 'side'],
  ['not', 'take', 'a', 'side'],
  ['too', 'early', 'to'],
  ['not', 'be', 'draw'],
];

/** Verbs of giving something up: a demand to do so is against what is given up ("must abandon its bid to join NATO"). */
export const ABANDON = new Set(['abandon', 'drop', 'renounce', 'forgo', 'forsake', 'relinquish', 'withdraw']);

/** Words that negate what follows them in a clause. */
export const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without']);

/** Words between a subject and its verb: auxiliaries, adverbs, negations. */
export const BETWEEN_SUBJECT_AND_VERB = new Set([
  'be',
  'have',
  'do',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'shall',
  'should',
  'also',
  'again',
  'previously',
  'reportedly',
  'allegedly',
  'repeatedly',
  'already',
  'still',
  'once',
  'firmly',
  'publicly',
  'openly',
  'strongly',
  'quickly',
  'immediately',
  'now',
  'then',
  'today',
  'has',
  'not',
  "n't",
  'never',
  'only',
  'flatly',
  'explicitly',
  'appear',
  'seem',
]);

/** Modals that put what follows as a demand: "Russia must have a say", "Russia should not hold a veto"; "cannot" denies. */
export const DEONTIC = new Set(['must', 'should', 'cannot', "can't"]);

/** Words that open a new clause after a comma: what follows may have another subject. */
export const CLAUSE_OPENERS = new Set(['but', 'while', 'whereas', 'although', 'though', 'however', 'yet', 'and', 'as']);

/** Words naming an office: "the Russian leader", "the prime minister" refer back to the person who spoke last. */
export const TITLES = new Set([
  'leader',
  'president',
  'chancellor',
  'minister',
  'premier',
  'secretary',
  'general',
  'admiral',
  'chief',
  'prime',
  'foreign',
  'head',
  'official',
]);

/** Words naming someone who speaks for whoever spoke last, person or not: "the spokesman added …". */
export const SPOKESPERSON_TITLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'ministry', 'statement', 'declaration']);

/** Nouns for a group that speaks for the actor after "of": "Members of the Coalition of the Willing agreed". */
export const GROUPS = new Set(['members', 'leaders', 'ministers', 'representatives', 'officials', 'head', 'chief', 'government']);

/** Words naming a body: "the bloc", "the alliance" refer back to the last actor of that kind named. */
export const BODIES: Record<string, 'ORGANIZATION' | 'COALITION'> = {
  bloc: 'ORGANIZATION',
  alliance: 'ORGANIZATION',
  coalition: 'COALITION',
  group: 'COALITION',
};

/** Back-references to what was said before: "This stance rejects …". */
export const REFERENCES = new Set(['stance', 'position', 'statement', 'move', 'view', 'demand', 'proposal', 'comment', 'comments', 'remarks']);
