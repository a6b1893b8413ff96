import type { ActorKind } from '../actor.js';
import type { Stance } from '../topic.js';

// What any suggestion engine is: pure functions over an article's text and the actors and topics
// known, returning suggested positions with their exact passage. The rules engine (rules.ts) is the
// one there is; another (an OpenAI-compatible endpoint, say) would implement the same interface, and
// the store (store.ts) records which engine and version made each suggestion.

export interface KnownActor {
  id: number;
  slug: string;
  name: string;
  kind: ActorKind;
  /** Every name it is known by, its own included. */
  aliases: string[];
  /** The actors it belongs to (affiliations): a leader's country, a minister's government. */
  memberOf: number[];
}

export interface KnownTopic {
  id: number;
  slug: string;
  name: string;
  parentId: number | null;
  /** Phrases that signal it in text (topic_keywords), its name aside. */
  keywords: string[];
}

/** The actors and topics a suggestion may name: only these, never a name the engine made up. */
export interface Known {
  actors: KnownActor[];
  topics: KnownTopic[];
}

/** The texts of an article a suggestion's passage may come from. */
export interface ArticleText {
  title: string;
  summary: string;
  body?: string | null;
}

export type ArticleField = 'title' | 'summary' | 'body';

export interface Suggestion {
  actorId: number;
  topicId: number;
  stance: Stance;
  /** The passage, exactly as `field` holds it from `start` to `end` (JavaScript string offsets). */
  quote: string;
  field: ArticleField;
  start: number;
  end: number;
  /** One plain sentence saying what the position is, drafted from the speaker, the cue and the topic. */
  statement: string;
  /** From 0 to 1, from the rule that fired. */
  confidence: number;
  /** Which rules fired, for the curator and the evaluation: e.g. "subject+cue". */
  rule: string;
}

export interface Extractor {
  id: string;
  version: string;
  extract(article: ArticleText, known: Known): Suggestion[];
}
