import type { Stance } from '../topic.js';
import type { Known } from './extractor.js';

// The statement a suggestion drafts: one plain sentence from its actor, stance and topic, for a curator
// to keep or rewrite on accepting. It says no more than the rule found; the passage is the evidence.

const VERB: Record<Stance, (topic: string) => string> = {
  SUPPORTS: (topic) => `supports ${topic}`,
  OPPOSES: (topic) => `opposes ${topic}`,
  CONDITIONAL: (topic) => `supports ${topic} only under conditions`,
  NEUTRAL: (topic) => `takes no side on ${topic}`,
};

/** A topic's name in the middle of a sentence: its first letter lowered unless its first word is a name ("NATO membership", "Article 5-style guarantee", "Russian veto"). */
export function topicPhrase(name: string): string {
  const [first = ''] = name.split(/\s/);
  const common = /^[A-Z][a-z]+$/.test(first) && !/^(Article|Russian|Ukrainian|European|American|Chinese|French|German|British)$/.test(first);
  return common ? first.toLowerCase() + name.slice(first.length) : name;
}

export function draftStatement(known: Known, actorId: number, topicId: number, stance: Stance): string {
  const actor = known.actors.find((a) => a.id === actorId)!;
  const topic = known.topics.find((t) => t.id === topicId)!;
  return `${actor.name} ${VERB[stance](topicPhrase(topic.name))}.`;
}
