/** Word tokens shared by the offline mind (embeddings, importance) and the evaluation. */

export const STOPWORDS = new Set(
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

/** "Ada Quill" → "Ada". */
export function firstName(name: string): string {
  return name.split(' ')[0] ?? name;
}

/** A message for a person from anything thrown: an Error's message, or the value as text. */
export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Words as an id or file name: "Ana María López" → "ana-maria-lopez" (`fallback` if nothing is left). */
export function slug(text: string, fallback: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || fallback
  );
}

/** A name made safe for a file name: "Maple Street" → "maple-street" ("town" if nothing is left). */
export function fileSafeName(name: string): string {
  return slug(name, '').slice(0, 60) || 'town';
}
