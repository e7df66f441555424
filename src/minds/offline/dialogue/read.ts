import type { Utterance } from '../../../sim/mind';

/** What a question asks about, from generic English question forms (any town, any mind). */
export type QuestionKind =
  | 'wellbeing'
  | 'doing'
  | 'later'
  | 'work'
  | 'news'
  | 'attend'
  | 'opinion'
  | 'who'
  | 'propose'
  | 'advice'
  | 'other';

/** The last question sentence of a line, or null when the line asks nothing. */
export function questionIn(text: string): string | null {
  const parts = text.trim().split(/(?<=[.!?])\s+/);
  const last = parts[parts.length - 1] ?? '';
  return last.endsWith('?') ? last : null;
}

const KINDS: [QuestionKind, RegExp][] = [
  ['advice', /\badvice\b|\bwhat would you do\b|\bany ideas\b|\bwhat should i do\b/i],
  [
    'attend',
    /\b(are|will|would|can|could) you (be )?(going|coming|come|make it|join|be there)\b|\blike to come\b|\bcome along\b|\bsee you there\b|\b(you|of|will) (go|going)\?$/i,
  ],
  ['propose', /\bwould you like to\b|\bfancy\b|\bshall we\b|\b(together|with me)( sometime)?\?$/i],
  [
    'opinion',
    /\bwhat do you (think|make)\b|\bhow do you feel about\b|\byour (take|view|opinion)\b|\bwhat('s| is) your (take|view)\b|\bthink of\b/i,
  ],
  [
    'news',
    /\b(have|had) you heard\b|\bany news\b|\banything new\b|\bwhat('s| is) new\b|\bheard anything\b|\bhearing\b|\bgossip\b|\bwhat('s| is) the news\b/i,
  ],
  [
    'who',
    /\bwho are you\b|\bwhat do you do\b|\bwhat('s| is) your name\b|\bare you new\b|\bwhere are you from\b/i,
  ],
  [
    'later',
    /\b(later|tonight|this evening|tomorrow|weekend|after work|after this|rest of your day|heading home|plans?)\b/i,
  ],
  ['work', /\b(work|job|shop|business|classes|studies|customers|shift)\b|\bkeeping you busy\b/i],
  [
    'doing',
    /\bwhat are you (up to|doing|working on|reading|making)\b|\bwhat brings you\b|^still \w+ing\b|\btaking a break\b|\bwhat('s| is) that\b|\bbusy\b/i,
  ],
  [
    'wellbeing',
    /\bhow (are|have) you\b|\bhow('s| is| has| was) (your|the|it|things|life|everything)\b|\bhow are things\b|\byou (doing|holding up)\b|\ball (right|well)\b|\bfeeling\b|\bkeeping warm\b|\bget some rest\b|\beaten\b|\bgoing well\b|\bkeeping well\b/i,
  ],
];

/** Classifies a question sentence. */
export function questionKind(q: string): QuestionKind {
  for (const [kind, re] of KINDS) if (re.test(q)) return kind;
  return 'other';
}

/** The partner's last line, if the partner spoke last. */
export function partnerLast(history: Utterance[], speakerId: string): Utterance | null {
  const last = history[history.length - 1];
  return last && last.speakerId !== speakerId ? last : null;
}

/** Lines the speaker itself said in this conversation. */
export function ownLines(history: Utterance[], speakerId: string): string[] {
  return history.filter((u) => u.speakerId === speakerId).map((u) => u.text);
}
