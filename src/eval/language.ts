import { Rng } from '../sim/rng';
import type { World } from '../sim/world/world';
import {
  distinctN,
  isClosing,
  makeMasker,
  overlap,
  sentenceShape,
  words,
  type Lexicon,
} from './text';
import type { LanguageMetrics, TextMetrics } from './types';

/**
 * Distinct-n is measured on a sample of this many tokens, so towns of different size (and runs of
 * different length) compare: distinct-n falls as a corpus grows.
 */
export const SAMPLE_TOKENS = 2000;

/** A reply that opens like an answer ("Yes…", "Not much…", "I…"), even with no shared word. */
const ANSWER_OPENING =
  /^(yes|yeah|yep|no|nope|not|nothing|well|oh|sure|i|i'm|i've|it|it's|it was|we|my|pretty|good|fine|great|busy|quiet|probably|maybe|definitely|honestly|hmm|ha|absolutely|of course)\b/i;

function lastSentence(text: string): string {
  const parts = text.trim().split(/(?<=[.!?])\s+/);
  return parts[parts.length - 1] ?? '';
}

/** A line asks a question when its last sentence ends in "?". */
export function asksQuestion(line: string): boolean {
  return lastSentence(line).endsWith('?');
}

/** A reply answers a question when it is not a goodbye or a bare counter-question, and it picks
 *  up the question's words or opens as an answer does. */
export function answers(question: string, reply: string): boolean {
  const r = reply.trim();
  if (!r || isClosing(r)) return false;
  if (r.endsWith('?') && r.split(/(?<=[.!?])\s+/).length === 1) return false;
  return overlap(question, r) > 0 || ANSWER_OPENING.test(r);
}

function top(counts: Map<string, number>, n: number, min = 2): { text: string; count: number }[] {
  return [...counts.entries()]
    .filter(([, c]) => c >= min)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([text, count]) => ({ text, count }));
}

/** Variety figures over a list of texts, masked with the town's names. */
export function textMetrics(texts: string[], mask: (t: string) => string, seed: number) {
  const masked = texts.map(mask);
  const counts = new Map<string, number>();
  for (const m of masked) counts.set(m.toLowerCase(), (counts.get(m.toLowerCase()) ?? 0) + 1);
  const dup = masked.filter((m) => (counts.get(m.toLowerCase()) ?? 0) > 1).length;
  // A seeded shuffle, then texts until the sample holds SAMPLE_TOKENS tokens.
  const order = masked.map((_, i) => i);
  const rng = Rng.fromSeed(seed, 'eval:sample');
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const sample: string[][] = [];
  let tokens = 0;
  for (const i of order) {
    if (tokens >= SAMPLE_TOKENS) break;
    const w = words(masked[i]).slice(0, SAMPLE_TOKENS - tokens);
    sample.push(w);
    tokens += w.length;
  }
  const metrics: TextMetrics = {
    count: texts.length,
    duplicateRate: texts.length ? dup / texts.length : 0,
    distinct1: distinctN(sample, 1),
    distinct2: distinctN(sample, 2),
    distinct3: distinctN(sample, 3),
    sampleTokens: tokens,
    shapes: new Set(masked.map(sentenceShape)).size,
  };
  return { metrics, counts };
}

/** The town's names, for masking and recognising people and places in text. */
export function lexicon(world: World): Lexicon {
  const places = new Set<string>();
  for (const s of world.map.sectors) {
    places.add(s.name);
    for (const a of s.arenas) places.add(a.name);
  }
  return {
    people: world.agents.map((a) => ({ id: a.id, name: a.name })),
    places: [...places],
  };
}

/** Language figures over the run's conversations, plans and reflections. */
export function measureLanguage(world: World): LanguageMetrics {
  const mask = makeMasker(lexicon(world));
  const convs = world.conversations.filter((c) => c.lines.length);
  const lines = convs.flatMap((c) => c.lines.map((l) => l.text));
  const { metrics, counts } = textMetrics(lines, mask, world.seed);
  let asked = 0;
  let answered = 0;
  const endings = new Map<string, number>();
  for (const c of convs) {
    c.lines.forEach((l, i) => {
      if (!asksQuestion(l.text)) return;
      asked++;
      const reply = c.lines.slice(i + 1).find((r) => r.speakerId !== l.speakerId);
      if (reply && answers(lastSentence(l.text), reply.text)) answered++;
    });
    const last = mask(c.lines[c.lines.length - 1].text).toLowerCase();
    endings.set(last, (endings.get(last) ?? 0) + 1);
  }
  const nodes = world.agents.flatMap((a) => a.memory.nodes);
  const plans = nodes.filter((n) => n.type === 'plan').map((n) => n.description);
  const thoughts = nodes
    .filter((n) => n.type === 'thought' && n.evidence.length)
    .map((n) => n.description);
  return {
    ...metrics,
    utterances: lines.length,
    conversations: convs.length,
    meanConversationLength: convs.length ? lines.length / convs.length : 0,
    questionsAsked: asked,
    questionsAnswered: asked ? answered / asked : 0,
    endingVariety: convs.length ? endings.size / convs.length : 0,
    topEndings: top(endings, 5, 1),
    topRepeats: top(counts, 10),
    plans: textMetrics(plans, mask, world.seed).metrics,
    reflections: textMetrics(thoughts, mask, world.seed).metrics,
  };
}
