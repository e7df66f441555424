import type { Persona } from '../../../sim/agent/persona';
import { unit } from '../text';

/**
 * A persona's voice: how it says things, from traits, age and occupation. The grammar offers
 * alternatives per register; the voice picks among them and decides how much to say.
 */
export interface Voice {
  /** casual (young, playful), plain, or formal (older, professional, reserved). */
  register: 'casual' | 'plain' | 'formal';
  /** 0 terse … 2 talkative: how many optional clauses a line gets. */
  length: 0 | 1 | 2;
  /** 0 … 1: friendliness markers (names, compliments, thanks). */
  warmth: number;
  /** 0 … 1: chance of a light or wry remark. */
  humour: number;
}

// Generic English trait and occupation words, not any town's names.
const TALKATIVE =
  /talkative|chatty|outgoing|sociable|gregarious|lively|energetic|curious|enthusiastic/i;
const TERSE = /shy|quiet|reserved|gruff|blunt|taciturn|solitary|private|introvert|stoic/i;
const WARM =
  /warm|kind|friendly|caring|gentle|generous|cheerful|patient|sweet|affectionate|helpful/i;
const COLD = /gruff|blunt|grumpy|stern|cold|impatient|stubborn|proud|cynical|sharp/i;
const FUNNY = /witty|funny|playful|humou?rous|cheeky|sarcastic|mischievous|jovial|dry/i;
const FORMAL = /formal|precise|proper|dignified|meticulous|serious|methodical|polite/i;
const PROFESSIONAL =
  /professor|doctor|pharmacist|clerk|librarian|lawyer|official|manager|accountant|priest|judge|director|treasurer|lecturer/i;

/** The voice of a persona. Deterministic: a small hashed jitter keeps similar personas apart. */
export function voiceOf(p: Persona): Voice {
  const traits = p.traits.join(' ');
  const jitter = unit(`${p.id}|voice`) - 0.5;
  let formality = (p.age >= 60 ? 0.4 : p.age < 30 ? -0.4 : 0) + jitter * 0.4;
  if (FORMAL.test(traits)) formality += 0.4;
  if (PROFESSIONAL.test(p.occupation)) formality += 0.3;
  if (FUNNY.test(traits) || /student/i.test(p.occupation)) formality -= 0.3;
  const register = formality > 0.3 ? 'formal' : formality < -0.25 ? 'casual' : 'plain';
  const talk = (TALKATIVE.test(traits) ? 1 : 0) - (TERSE.test(traits) ? 1 : 0) + jitter;
  const length = talk > 0.6 ? 2 : talk < -0.4 ? 0 : 1;
  const warmth = clamp(
    0.5 + (WARM.test(traits) ? 0.3 : 0) - (COLD.test(traits) ? 0.3 : 0) + jitter * 0.2,
  );
  const humour = clamp(0.15 + (FUNNY.test(traits) ? 0.45 : 0) + jitter * 0.2);
  return { register, length, warmth, humour };
}

function clamp(x: number): number {
  return Math.max(0, Math.min(1, x));
}

/** Alternatives for each register; `plain` is the fallback for a register without its own. */
export interface Variants {
  casual?: readonly string[];
  plain: readonly string[];
  formal?: readonly string[];
}

/** Picks an alternative in the voice's register, deterministically by key. */
export function inVoice(v: Voice, variants: Variants, key: string): string {
  const own = variants[v.register];
  // Mostly one's own register, sometimes plain, so a voice is recognisable without being a tic.
  const pool = own && unit(`${key}|reg`) < 0.75 ? own : variants.plain;
  return pool[Math.floor(unit(key) * pool.length)];
}

/** Whether to add an optional clause: talkative voices say more. */
export function saysMore(v: Voice, key: string): boolean {
  return unit(`${key}|more`) < [0.2, 0.5, 0.8][v.length];
}

/** An optional opener ("Oh,", "Well,", "Ha,") in the voice's register, or "". */
export function opener(v: Voice, key: string): string {
  if (unit(`${key}|op`) > 0.45) return '';
  return inVoice(
    v,
    {
      casual: ['Oh,', 'Ha,', 'Hey,', 'So,', 'Honestly,'],
      plain: ['Oh,', 'Well,', 'Hmm,', 'Ah,'],
      formal: ['Well,', 'Ah,', 'Indeed,', 'I must say,'],
    },
    `${key}|op`,
  );
}
