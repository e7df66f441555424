import type { ImportanceItem } from '../../sim/mind';
import { tokens } from './text';

/**
 * A broad, town-independent lexicon of weighty words (life events, health, conflict, feelings,
 * money, work). It only ever raises a structural rating; it holds no storyline words: what a town
 * talks about becomes important through structure (an invitation, news from the one it concerns,
 * who told it), not through its vocabulary. Stems as produced by `tokens`.
 */
const LEXICON: Record<string, number> = {
  // life events
  die: 10,
  died: 10,
  dead: 10,
  death: 10,
  funeral: 9,
  married: 9,
  marry: 9,
  engag: 8,
  engaged: 8,
  wedd: 8,
  wedding: 8,
  pregnant: 9,
  divorce: 9,
  born: 9,
  baby: 8,
  birthday: 5,
  mov: 4,
  // health and danger
  accident: 8,
  hospital: 8,
  emergency: 9,
  injur: 7,
  injured: 7,
  hurt: 6,
  sick: 6,
  ill: 6,
  fire: 7,
  flood: 8,
  storm: 6,
  // conflict
  argument: 6,
  argu: 6,
  fight: 6,
  quarrel: 6,
  shout: 5,
  betray: 8,
  secret: 6,
  apologiz: 5,
  apologize: 5,
  // feelings
  love: 6,
  crush: 6,
  heartbroken: 8,
  worry: 5,
  worried: 5,
  afraid: 5,
  scared: 5,
  anxiou: 5,
  lonely: 5,
  proud: 5,
  excited: 5,
  angry: 6,
  upset: 5,
  sad: 5,
  cry: 5,
  cri: 5,
  miss: 4,
  hope: 4,
  dream: 4,
  // money and work
  money: 4,
  debt: 6,
  rent: 4,
  loan: 5,
  broke: 5,
  fired: 8,
  hired: 7,
  promotion: 7,
  raise: 5,
  quit: 6,
  exam: 6,
  deadline: 5,
  interview: 5,
  // mundane
  sleep: 1,
  slept: 1,
  idle: 1,
};

/** The strongest lexicon word of a text (0 when none), nudged up a little by other salient words. */
export function wordWeight(text: string): number {
  let best = 0;
  let sum = 0;
  for (const t of tokens(text)) {
    const v = LEXICON[t];
    if (v === undefined || v < 2) continue;
    best = Math.max(best, v);
    sum += v;
  }
  return best ? best + Math.min(1, (sum - best) / 10) : 0;
}

function heard(item: ImportanceItem): number {
  const src = item.source!;
  let s = item.event || item.news ? 5 : 4;
  if (item.invitation) s += 2;
  if (item.concernsSelf) s += 3;
  if (item.fromConcerned) s += 1;
  // Who told it matters: someone close is listened to; someone one dislikes, less so.
  if (src.closeness >= 0.5) s += 1;
  else if (src.closeness < 0) s -= 1;
  // So does how much it mattered to the teller (a big deal for them is a bigger deal to hear).
  if (src.importance !== null && src.importance >= 7) s += 1;
  return s;
}

function seen(item: ImportanceItem): number {
  // The same sight again (same person, same action) adds nothing new.
  if ((item.repeats ?? 0) > 0) return 1;
  if (!item.seen?.subjectId) return 1;
  // A stranger passing by is mundane; someone one knows a little more so, someone close more.
  const rel = item.subjectRelation;
  if (!rel) return 1;
  return rel.closeness >= 0.5 ? 3 : 2;
}

function structural(item: ImportanceItem): number {
  if (item.source) return heard(item);
  if (item.seen) return seen(item);
  if (item.keywords?.includes('inner voice')) return 7;
  switch (item.type) {
    case 'event':
      // Known without being told (e.g. from the start): an event or news one is part of.
      if (item.event || item.news) return 5 + (item.concernsSelf ? 3 : 0);
      return 2;
    case 'chat':
      return 4 + (item.subjectRelation && item.subjectRelation.closeness >= 0.5 ? 1 : 0);
    case 'thought':
      return 4;
    case 'plan':
      return 2;
  }
}

/**
 * Importance ("poignancy", 1–10) of a new memory from its structure: a repeated sight or a
 * stranger is 1, an acquaintance 2, someone close 3; a conversation 4–5; a thing heard 4–5, more when it is an invitation,
 * concerns the agent, comes from the one it concerns, from someone close, or mattered to the teller.
 * Weighty words (life events, health, conflict, feelings) can raise it, never lower it.
 */
export function rateImportance(item: ImportanceItem): number {
  const s = structural(item);
  if (s <= 1 && (item.repeats ?? 0) > 0) return 1;
  // Words weigh less in what was merely seen than in what was said or thought.
  const w = wordWeight(item.description) - (item.seen ? 2 : 0);
  return Math.max(1, Math.min(10, Math.round(Math.max(s, w))));
}
