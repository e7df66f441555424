import nlp from 'compromise';

/**
 * Third-person persona text → the persona's own words. Personas are written about the person
 * ("Ana is worried that her daughter Mia is taking on too much in her first year at college");
 * a speaker says it in the first person ("I'm worried that my daughter Mia is taking on too much
 * in her first year at college"). `compromise` tags the words (pronoun, possessive, verb, proper
 * noun) and conjugates verbs; the rules below decide which pronouns refer to the persona.
 *
 * Reference rules (centering, simplified):
 * - the persona's name → I / me / my;
 * - subject pronouns (she/he) start a new main clause about the main subject → I;
 * - object pronouns (her/him) refer to the persona (another person would be "herself") → me;
 * - possessives (her/his) → my, unless another person was named earlier in the same clause
 *   ("…Mia is taking on too much in her first year": her = Mia's, kept);
 * - verbs whose subject became I lose their -s ("I misses" → "I miss", "and wants" → "and want").
 */

interface Term {
  pre: string;
  text: string;
  post: string;
  implicit?: string;
  tags: string[];
}

const SUBJECT = new Set(['she', 'he']);
const FEMININE = new Set(['she', 'her', 'hers', 'herself', "she's", "she'd", "she'll"]);

/** The persona's name, plus (optionally) its other texts, which tell its grammatical gender. */
export interface PersonaText {
  name: string;
  currently?: string;
  learned?: string;
  lifestyle?: string;
}

/**
 * 'f' or 'm' from the persona's own texts: the pronoun that opens a sentence, or the first one
 * after a sentence that opens with the persona's name. null when the texts do not tell.
 */
export function personaGender(p: PersonaText): 'f' | 'm' | null {
  const first = p.name.split(/\s+/)[0];
  const all = [p.currently, p.learned, p.lifestyle].filter(Boolean).join(' ');
  for (const sentence of all.split(/(?<=[.;!?])\s+/)) {
    const opener = /^(She|He)\b/.exec(sentence);
    if (opener) return opener[1] === 'She' ? 'f' : 'm';
    if (sentence.startsWith(first)) {
      const pro = /\b(she|her|hers|herself|he|him|his|himself)\b/.exec(sentence);
      if (pro) return FEMININE.has(pro[1]) ? 'f' : 'm';
    }
  }
  return null;
}
const OBJECT_OR_POSSESSIVE = new Set(['her', 'him', 'his']);
const CONTRACTED: Record<string, string> = {
  "she's": "I'm",
  "he's": "I'm",
  "she'd": "I'd",
  "he'd": "I'd",
  "she'll": "I'll",
  "he'll": "I'll",
};
const COORDINATORS = new Set(['and', 'but', 'or', 'yet', 'then']);
/** Words that open a clause whose subject is someone else ("who comes", "which is"). */
const RELATIVE = new Set(['who', 'which', 'whom', 'whose']);

function has(t: Term | undefined, tag: string): boolean {
  return !!t && t.tags.includes(tag);
}

/** Matches the case of the original word's first letter. */
function likeCase(original: string, word: string): string {
  if (word === 'I' || word.startsWith("I'")) return word;
  return /^[A-Z]/.test(original) ? word[0].toUpperCase() + word.slice(1) : word;
}

/** First-person present form of a third-person verb ("is" → "am", "misses" → "miss"). */
function firstPersonVerb(verb: string): string | null {
  const v = verb.toLowerCase();
  if (v === 'is') return 'am';
  if (v === 'was') return 'was';
  if (v === 'has') return 'have';
  if (v === 'does') return 'do';
  if (!/s$/.test(v) || v.endsWith('ss')) return null;
  const inf = nlp(`she ${v}`).verbs().toInfinitive().text().trim();
  return inf && inf !== v && !inf.includes(' ') ? inf : null;
}

/** A verb that carries its own subject's agreement ("is", "would", "wants"), not a bare one. */
function finiteVerb(t: Term | undefined): boolean {
  if (!has(t, 'Verb') || has(t, 'Infinitive') || has(t, 'Gerund')) return false;
  return has(t, 'Copula') || has(t, 'Modal') || has(t, 'Auxiliary') || /s$/.test(t!.text);
}

/** A term's words are the persona's name (full, first, or possessive of either). */
function nameMatch(
  terms: Term[],
  i: number,
  names: string[],
): { len: number; possessive: boolean } | null {
  for (const name of names) {
    const parts = name.split(/\s+/);
    let ok = true;
    let possessive = false;
    for (let k = 0; k < parts.length; k++) {
      const raw = terms[i + k]?.text ?? '';
      const bare = raw.replace(/['’]s$/, '');
      if (bare !== parts[k] || (k < parts.length - 1 && bare !== raw)) {
        ok = false;
        break;
      }
      if (k === parts.length - 1) possessive = bare !== raw || has(terms[i + k], 'Possessive');
    }
    if (ok) return { len: parts.length, possessive };
  }
  return null;
}

/** Possessive use of "her" (before a noun, adjective, number), as opposed to an object. */
function possessiveHer(next: Term | undefined): boolean {
  if (!next || !next.text) return false;
  if (has(next, 'Preposition') || has(next, 'Particle') || has(next, 'Pronoun')) return false;
  return has(next, 'Noun') || has(next, 'Adjective') || has(next, 'Value') || has(next, 'Adverb');
}

/**
 * Turns third-person text about `persona` into first person with verb agreement. Text that does
 * not speak about the persona comes back unchanged.
 */
export function toFirstPerson(text: string, persona: PersonaText): string {
  // Pure and called with the same persona texts again and again: memoised (bounded).
  const key = `${persona.name}|${persona.currently ?? ''}|${persona.learned ?? ''}|${persona.lifestyle ?? ''}|${text}`;
  const hit = CACHE.get(key);
  if (hit !== undefined) return hit;
  const out = convert(text, persona);
  if (CACHE.size > 2000) CACHE.clear();
  CACHE.set(key, out);
  return out;
}

const CACHE = new Map<string, string>();

function convert(text: string, persona: PersonaText): string {
  const first = persona.name.split(/\s+/)[0];
  const gender = personaGender(persona);
  // pronouns of the other gender never refer to the persona
  const mine = (w: string) => !gender || (FEMININE.has(w) ? gender === 'f' : gender === 'm');
  const names = persona.name === first ? [first] : [persona.name, first];
  const terms: Term[] = (nlp(text).json() as { terms: Term[] }[]).flatMap((s) => s.terms);
  const out: string[] = terms.map((t) => t.text);
  let otherInClause = false;
  let subjectIsI = false;
  let afterI = false;
  let clauseStart = true;
  // the verb chain that runs straight from I ("I've decided to tell him"): an object pronoun in
  // it is someone else; once a noun intervenes ("I want people to hear it from him") it is me
  let chainFromI = false;

  const conjugateAt = (i: number): boolean => {
    const t = terms[i];
    if (!has(t, 'Verb') || has(t, 'Gerund') || (has(t, 'PastTense') && t.text !== 'was'))
      return false;
    const v = firstPersonVerb(t.text);
    if (!v) return has(t, 'Modal') || has(t, 'Auxiliary');
    // "I am" → "I'm", "I have been" → "I've been" when it directly follows the I we wrote.
    const prev = out[i - 1];
    if (
      afterI &&
      prev === 'I' &&
      !terms[i - 1].post.trim() &&
      (v === 'am' || (v === 'have' && has(terms[i + 1], 'Verb')))
    ) {
      out[i - 1] = v === 'am' ? "I'm" : "I've";
      out[i] = '';
      terms[i - 1] = { ...terms[i - 1], post: t.post };
      terms[i] = { ...t, pre: '', post: '' };
      return true;
    }
    out[i] = v;
    return true;
  };

  const conjugateCoordinated = (from: number): void => {
    for (let j = from; j < Math.min(terms.length, from + 4); j++) {
      const u = terms[j];
      const w = u.text.toLowerCase();
      if (COORDINATORS.has(w)) continue;
      if (RELATIVE.has(w) || w === 'that' || w === 'whether') return;
      // a bare verb right after a comma may be tagged as a plural noun ("…at 6, works at…")
      const verbLike =
        has(u, 'Verb') || (j === from && has(u, 'Plural') && !has(terms[j + 1], 'Verb'));
      if (verbLike) {
        if (!has(u, 'Gerund') && !has(u, 'Infinitive') && !has(u, 'PastTense')) {
          const v = firstPersonVerb(u.text);
          if (v) {
            out[j] = v;
            chainFromI = true;
          }
        }
        return;
      }
      if (['Determiner', 'Pronoun', 'ProperNoun', 'Preposition', 'Value'].some((g) => has(u, g)))
        return;
      if (/[,;:.!?]/.test(u.post)) return;
    }
  };

  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    const lower = t.text.toLowerCase();
    const m = nameMatch(terms, i, names);
    if (m) {
      const subject = !m.possessive && has(terms[i + m.len], 'Verb');
      out[i] = m.possessive ? likeCase(t.text, 'my') : subject ? 'I' : clauseStart ? 'I' : 'me';
      for (let k = 1; k < m.len; k++) {
        out[i + k] = '';
        terms[i + k - 1] = { ...terms[i + k - 1], post: '' };
      }
      // keep the last word's spacing on the replacement
      terms[i] = { ...terms[i], post: terms[i + m.len - 1].post };
      if (m.len > 1) terms[i + m.len - 1] = { ...terms[i + m.len - 1], pre: '', post: '' };
      i += m.len - 1;
      if (subject) {
        subjectIsI = true;
        afterI = true;
        chainFromI = true;
        clauseStart = false;
      }
      continue;
    }
    if ((CONTRACTED[lower] || SUBJECT.has(lower)) && !mine(lower.replace(/'.*/, ''))) {
      // someone else is the subject now
      subjectIsI = false;
      afterI = false;
      otherInClause = true;
      clauseStart = false;
      continue;
    }
    if (OBJECT_OR_POSSESSIVE.has(lower) && !mine(lower)) {
      otherInClause = true;
      continue;
    }
    if (CONTRACTED[lower]) {
      out[i] = CONTRACTED[lower];
      if (terms[i + 1] && !terms[i + 1].text) i++;
      subjectIsI = true;
      chainFromI = true;
      afterI = false;
      clauseStart = false;
      continue;
    }
    if (SUBJECT.has(lower)) {
      out[i] = 'I';
      subjectIsI = true;
      afterI = true;
      chainFromI = true;
      clauseStart = false;
      continue;
    }
    if (lower === 'herself' || lower === 'himself') {
      out[i] = 'myself';
      continue;
    }
    if (lower === 'hers') {
      out[i] = likeCase(t.text, 'mine');
      continue;
    }
    if (OBJECT_OR_POSSESSIVE.has(lower)) {
      const possessive = lower === 'his' || (lower === 'her' && possessiveHer(terms[i + 1]));
      // an object pronoun in a clause whose subject is the persona is someone else ("tell him")
      if (!possessive) out[i] = subjectIsI && chainFromI ? t.text : likeCase(t.text, 'me');
      else if (!otherInClause) out[i] = likeCase(t.text, 'my');
      afterI = false;
      continue;
    }
    const chainWord =
      has(t, 'Verb') ||
      has(t, 'Adverb') ||
      has(t, 'Negative') ||
      lower === 'to' ||
      has(t, 'Particle');
    if (subjectIsI && COORDINATORS.has(lower)) chainFromI = true;
    else if (!chainWord) chainFromI = false;
    if (afterI) {
      // the verb right after I (adverbs may stand between: "I also has")
      if (has(t, 'Adverb') || has(t, 'Negative')) continue;
      conjugateAt(i);
      afterI = false;
    } else if (subjectIsI && (COORDINATORS.has(lower) || /,/.test(t.post))) {
      // "…and wants to invite", "wakes at 6, works at…": verbs that share the subject I
      conjugateCoordinated(i + 1);
    }
    if (
      has(t, 'ProperNoun') ||
      has(t, 'Person') ||
      (/^[A-Z]/.test(t.text) && i > 0 && !clauseStart)
    ) {
      otherInClause = true;
      if (has(terms[i + 1], 'Verb')) subjectIsI = false;
    } else if (
      RELATIVE.has(lower) ||
      (has(t, 'Noun') && !has(t, 'Pronoun') && !/,/.test(t.post) && finiteVerb(terms[i + 1]))
    ) {
      subjectIsI = false;
    }
    clauseStart = false;
    if (/[,;:.!?]/.test(t.post) || COORDINATORS.has(lower)) {
      otherInClause = false;
      clauseStart = true;
    }
  }
  return terms.map((t, i) => (out[i] ? t.pre + out[i] + t.post : t.pre + t.post)).join('');
}
