import { tokens } from './text';

/**
 * Lexicon importance ("poignancy", 1–10): mundane routine ≈ 1–2, social and news ≈ 4–7,
 * life-changing ≈ 8–10. Stems as produced by `tokens`.
 */
const LEXICON: Record<string, number> = {
  // life-changing
  die: 10,
  died: 10,
  dead: 10,
  death: 10,
  funeral: 9,
  married: 9,
  marry: 9,
  wed: 9,
  pregnant: 9,
  divorce: 9,
  fire: 8,
  accident: 8,
  hospital: 8,
  fired: 8,
  emergency: 9,
  storm: 7,
  flood: 8,
  born: 9,
  baby: 8,
  // civic and social news
  mayor: 8,
  election: 8,
  elect: 8,
  candidate: 8,
  campaign: 7,
  vote: 7,
  council: 6,
  party: 7,
  celebration: 6,
  festival: 6,
  wedding: 8,
  birthday: 6,
  invite: 6,
  invitation: 6,
  concert: 6,
  announce: 6,
  announcement: 6,
  news: 5,
  promotion: 7,
  exam: 6,
  deadline: 6,
  // feelings and relationships
  love: 6,
  crush: 6,
  argument: 6,
  fight: 6,
  worry: 5,
  worried: 5,
  afraid: 5,
  sick: 6,
  ill: 6,
  lonely: 5,
  proud: 5,
  excited: 5,
  angry: 6,
  sad: 5,
  miss: 4,
  secret: 6,
  apologize: 5,
  told: 4,
  plan: 3,
  project: 4,
  friend: 3,
  talk: 3,
  chatt: 3,
  conversation: 3,
  inner: 5,
  // routine
  sleep: 1,
  slept: 1,
  idle: 1,
  walk: 1,
  eat: 2,
  breakfast: 2,
  lunch: 2,
  dinner: 2,
  coffee: 2,
  read: 2,
  work: 2,
  brew: 1,
  use: 1,
  bed: 1,
  shower: 1,
  clean: 1,
  break: 1,
};

export function rateImportance(text: string): number {
  let best = 0;
  let sum = 0;
  for (const t of tokens(text)) {
    const v = LEXICON[t];
    if (v === undefined) continue;
    best = Math.max(best, v);
    sum += v;
  }
  if (best === 0) return 2;
  // Several salient words nudge it up a little; the strongest word dominates.
  return Math.max(1, Math.min(10, Math.round(best + Math.min(1, (sum - best) / 10))));
}
