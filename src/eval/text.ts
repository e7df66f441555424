import { STOPWORDS, tokens } from '../sim/text';

/** Names the evaluation masks or recognises: people (full and first names) and places. */
export interface Lexicon {
  people: { id: string; name: string }[];
  places: string[];
}

// Word edges that also hold next to accented letters ("Café"), unlike \b.
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';

/** True when a text contains a phrase as whole words (case-insensitive). */
export function hasPhrase(text: string, phrase: string): boolean {
  return (
    phrase.length > 1 &&
    new RegExp(`${EDGE_BEFORE}${escapeRe(phrase)}${EDGE_AFTER}`, 'iu').test(text)
  );
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternation(words: string[]): RegExp | null {
  const uniq = [...new Set(words.filter((w) => w.length > 1))].sort((a, b) => b.length - a.length);
  return uniq.length
    ? new RegExp(`${EDGE_BEFORE}(?:${uniq.map(escapeRe).join('|')})${EDGE_AFTER}`, 'giu')
    : null;
}

/** A compiled masker: replaces people's and places' names, numbers and clock times. */
export function makeMasker(lex: Lexicon): (text: string) => string {
  const names = alternation(
    lex.people.flatMap((p) => [p.name, p.name.split(' ')[0], p.name.split(' ').slice(-1)[0]]),
  );
  const places = alternation(lex.places);
  return (text: string) => {
    let t = text;
    if (places) t = t.replace(places, '<place>');
    if (names) t = t.replace(names, '<name>');
    return t
      .replace(/\b\d{1,2}(:\d\d)?\s*(am|pm)\b/gi, '<time>')
      .replace(/\b\d{1,2}:\d\d\b/g, '<time>')
      .replace(/\b\d+\b/g, '<n>')
      .replace(/\s+/g, ' ')
      .trim();
  };
}

/** Lower-case word tokens, keeping function words (for n-grams). */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9<>'\u00e0-\u024f]+/)
    .filter(Boolean);
}

/** Distinct n-grams / all n-grams of a token sequence (0 when there are none). */
export function distinctN(tokenSeqs: string[][], n: number): number {
  let total = 0;
  const seen = new Set<string>();
  for (const seq of tokenSeqs) {
    for (let i = 0; i + n <= seq.length; i++) {
      seen.add(seq.slice(i, i + n).join(' '));
      total++;
    }
  }
  return total ? seen.size / total : 0;
}

/**
 * The shape of a sentence: function words kept, masked slots kept, every other word replaced by
 * one placeholder and runs of placeholders collapsed. "I saw Ana at the café" and "I met Bo at the
 * park" share a shape.
 */
export function sentenceShape(masked: string): string {
  const out: string[] = [];
  for (const w of words(masked)) {
    const slot = w.startsWith('<') || STOPWORDS.has(w.replace(/'.*$/, '')) ? w : '_';
    if (slot === '_' && out[out.length - 1] === '_') continue;
    out.push(slot);
  }
  return out.join(' ');
}

/** Content-word overlap between two texts (stemmed tokens without stopwords). */
export function overlap(a: string, b: string): number {
  const set = new Set(tokens(a));
  let n = 0;
  for (const t of new Set(tokens(b))) if (set.has(t)) n++;
  return n;
}

const NON_ANSWER =
  /\b(not sure|no idea|don'?t know|do not know|haven'?t heard|have not heard|can'?t say|cannot say|can'?t remember|don'?t remember|nothing comes to mind|couldn'?t tell you|i'?m not certain)\b/i;

/**
 * True for an evasive answer: one that opens by admitting it does not know, or is too short to say
 * anything. Only the opening counts: "I have no idea how to tell my parents" later in an answer is
 * content, not evasion.
 */
export function isNonAnswer(answer: string): boolean {
  const opening = answer.trim().split(/(?<=[.!?])\s+/)[0] ?? '';
  return NON_ANSWER.test(opening) || tokens(answer).length < 2;
}

const CLOSING =
  /\b(bye|goodbye|see you|see ya|take care|get going|should go|have to go|must go|gotta go|talk later|catch you later|good night|later then)\b/i;

/** True for a line that closes a conversation rather than saying something. */
export function isClosing(line: string): boolean {
  return CLOSING.test(line);
}

/** The people (by id) and places named in a text. */
export function entitiesIn(
  text: string,
  lex: Lexicon,
): { people: Set<string>; places: Set<string> } {
  const has = (name: string) => hasPhrase(text, name);
  const people = new Set<string>();
  for (const p of lex.people) if (has(p.name) || has(p.name.split(' ')[0])) people.add(p.id);
  const places = new Set<string>();
  for (const place of lex.places) if (has(place)) places.add(place);
  return { people, places };
}
