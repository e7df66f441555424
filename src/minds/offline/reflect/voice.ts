import type { Persona } from '../../../sim/agent/persona';
import { choose } from '../text';

/** How a person words their thoughts, from their traits. */
export type Tone = 'warm' | 'reserved' | 'wry' | 'plain';

const WARM = /friendly|kind|warm|cheerful|caring|outgoing|gentle|generous|affectionate|sociable/i;
const RESERVED = /shy|quiet|reserved|introvert|private|solitary|gruff|serious|cautious/i;
const WRY = /witty|sarcastic|humorous|funny|playful|cynical|sharp|mischievous|irreverent/i;

export function toneOf(p: Persona): Tone {
  const t = p.traits.join(' ');
  if (WRY.test(t)) return 'wry';
  if (WARM.test(t)) return 'warm';
  if (RESERVED.test(t)) return 'reserved';
  return 'plain';
}

const OPENERS: Record<Tone, string[]> = {
  warm: ['', '', 'Honestly, ', 'I have to say, ', 'You know, '],
  reserved: ['', '', 'I suppose ', 'If I am honest, ', 'Privately, I think '],
  wry: ['', '', 'Funny thing: ', 'Well, ', 'Not that anyone asked, but '],
  plain: ['', '', 'Thinking it over, ', 'Looking back, ', 'All in all, '],
};

/** Sentence openers of the thought grammar that are ordinary words (names and places are not). */
const COMMON_START =
  /^(Being|Work|Most|My|Whenever|Since|When|Something|Deep|So|All|Good|These|Everyone|People|If|The|Talking|Ever|Hosting|At|Every|Both|It's|Its|It|Some|Half|Time|Whatever|Not|Much|A|An)\b/;

/**
 * A thought in the person's voice: sometimes an opener that fits their temperament. After an
 * opener only the grammar's own common opening words are lowered; names and places keep their case.
 */
export function voiced(text: string, p: Persona, key: string): string {
  const opener = choose(OPENERS[toneOf(p)], `${key}|open`);
  if (!opener) return text;
  return opener + (COMMON_START.test(text) ? text[0].toLowerCase() + text.slice(1) : text);
}
