import type { Stance } from '../topic.js';
import type { Known, KnownTopic } from './extractor.js';

// The statement a suggestion drafts: one plain sentence from its actor, stance and topic, for a curator
// to keep or rewrite on accepting. It says no more than the rule found; the passage is the evidence.

const VERB: Record<Stance, (topic: string) => string> = {
  SUPPORTS: (topic) => `supports ${topic}`,
  OPPOSES: (topic) => `opposes ${topic}`,
  CONDITIONAL: (topic) => `supports ${topic} only under conditions`,
  NEUTRAL: (topic) => `takes no side on ${topic}`,
};

/**
 * A topic's name in the middle of a sentence: its first word lowered ("Ceasefire" → "ceasefire") unless
 * it is written with capitals ("NATO", "US–Ukraine") or the data writes it capitalised elsewhere — as
 * the first word of an actor's name or alias ("Russian") or inside one of the topic's keywords ("Article 5").
 */
export function topicPhrase(topic: Pick<KnownTopic, 'name' | 'keywords'>, known: Pick<Known, 'actors'>): string {
  const [first = ''] = topic.name.split(/\s/);
  if (!/^[A-Z][a-z]+$/.test(first)) return topic.name;
  const named = known.actors.some((a) => [a.name, ...a.aliases].some((alias) => alias.split(/\s/)[0] === first));
  const inKeywords = topic.keywords.some((keyword) => keyword.split(/\s/).includes(first));
  return named || inKeywords ? topic.name : first.toLowerCase() + topic.name.slice(first.length);
}

export function draftStatement(known: Known, actorId: number, topicId: number, stance: Stance): string {
  const actor = known.actors.find((a) => a.id === actorId)!;
  const topic = known.topics.find((t) => t.id === topicId)!;
  return `${actor.name} ${VERB[stance](topicPhrase(topic, known))}.`;
}
