import type { Persona } from '../../../sim/agent/persona';
import { choose } from '../text';

/**
 * A persona's interview voice: how it opens, hedges and warms an answer, from its traits and age.
 * Only the wording varies (chosen by hashing the agent and the question); the facts around it are
 * fixed by the composer, so two wordings of one question still say the same things.
 */
export interface Voice {
  /** A short opener ("Oh,", "Well,", "Hm.") or "" — never "Yes". */
  open(key: string): string;
  /** Joins the opener to a sentence. */
  say(key: string, sentence: string): string;
  /** A warm or dry closing remark, or "". */
  tail(key: string): string;
  /** Whether this person tends to say more. */
  talkative: boolean;
}

const has = (p: Persona, re: RegExp) => p.traits.some((t) => re.test(t));

/** The voice of a persona. */
export function voiceOf(p: Persona): Voice {
  const warm = has(p, /warm|friendly|kind|cheer|gentle|generous|affection|sociable/i);
  const chatty = has(p, /chatty|talkative|outgoing|enthusias|lively|energetic|extrovert/i);
  const quiet = has(p, /quiet|shy|reserved|introvert|private|taciturn|stoic/i);
  const witty = has(p, /witty|funny|humor|humour|dry|playful|sarcas/i);
  const young = p.age < 25;
  const old = p.age >= 65;
  const openers = [
    '',
    '',
    ...(warm ? ['Oh,', 'Ah,'] : []),
    ...(chatty ? ['Oh!', 'Well,', 'So,'] : []),
    ...(quiet ? ['Hm.', ''] : []),
    ...(young ? ['Honestly,', 'Okay, so'] : []),
    ...(old ? ['Well now,', 'Let me see.'] : []),
    ...(!quiet && !warm && !chatty ? ['Well,', 'Let me think.'] : []),
  ];
  const tails = [
    '',
    '',
    '',
    ...(warm ? ["It's a good life, really.", 'I feel lucky, most days.'] : []),
    ...(witty ? ['Never a dull moment.', "Don't tell anyone I said so."] : []),
    ...(old ? ["That's how it goes at my age."] : []),
    ...(young ? ["Anyway, that's me."] : []),
  ];
  return {
    talkative: chatty || (warm && !quiet),
    open: (key) => choose(openers, `${p.id}|open|${key}`),
    say(key, sentence) {
      const o = choose(openers, `${p.id}|open|${key}`);
      if (!o) return sentence;
      if (/[.!]$/.test(o)) return `${o} ${sentence}`;
      // A comma opener only goes before "I…", whose capital survives the join.
      return /^I\b/.test(sentence) ? `${o} ${sentence}` : sentence;
    },
    tail: (key) => choose(tails, `${p.id}|tail|${key}`),
  };
}
