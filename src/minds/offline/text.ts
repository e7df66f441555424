/** Small text utilities shared by the offline mind. */

const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from into onto is are was were be been being ' +
    'i me my we our you your he him his she her they them their it its this that these those there ' +
    'here what who whom which when where why how do does did doing have has had not no so than too ' +
    'very can will just about up down out over under again then once all any both each few more most ' +
    'other some such only own same s t now am as'
  ).split(' '),
);

/** Lower-case word tokens without stopwords, lightly stemmed. */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/[^a-z0-9\u00e0-\u024f]+/)) {
    if (raw.length < 2 || STOPWORDS.has(raw)) continue;
    out.push(stem(raw));
  }
  return out;
}

function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** Deterministic choice from a list, keyed by a string (no RNG state needed). */
export function choose<T>(items: readonly T[], key: string): T {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return items[(h >>> 0) % items.length];
}

/** Deterministic number in [0, 1) keyed by a string. */
export function unit(key: string): number {
  let h = 0x9747b28c;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x5bd1e995);
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  return ((h ^ (h >>> 15)) >>> 0) / 4294967296;
}

export function firstName(name: string): string {
  return name.split(' ')[0];
}

/** "a, b and c" */
export function listWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
