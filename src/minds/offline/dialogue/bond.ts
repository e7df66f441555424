import type { RelationshipBrief } from '../../../sim/mind';

/** What the listener is to the speaker, read from the relationship's own words and history. */
export type BondKind =
  'family' | 'partner' | 'colleague' | 'regular' | 'friend' | 'acquaintance' | 'stranger';

export interface Bond {
  kind: BondKind;
  /** They know each other: family, colleagues and regulars from the start; others once they talked. */
  known: boolean;
  closeness: number;
  timesTalked: number;
  /** "my sister", "a regular at my shop" — how the speaker sees the listener, if said. */
  relation: string | null;
}

// Generic English kinship and social words (a relation is written by the town's author).
const PARTNER = /\b(wife|husband|partner|girlfriend|boyfriend|fianc[eé]e?|spouse)\b/i;
const FAMILY =
  /\b(mother|father|mum|mom|dad|son|daughter|brother|sister|grand(mother|father|son|daughter|ma|pa)|aunt|uncle|niece|nephew|cousin|parent|child|sibling|in-law)\b/i;
const COLLEAGUE =
  /\b(colleague|co-?worker|boss|employer|employee|works (for|with|at)|assistant|apprentice|staff|student|teacher|professor|supervisor)\b/i;
const REGULAR = /\b(regular|customer|client|patron|supplier|comes in|buys|shop ?keeper)\b/i;
const FRIEND = /\b(friend|neighbou?r|mate|pal|classmate|teammate|old acquaintance)\b/i;
/** The relation cognition writes for someone first met in passing. */
const MET = /met in town|someone i met/i;

/** The speaker's bond with the listener. */
export function bondOf(rel: RelationshipBrief | null): Bond {
  if (!rel) return { kind: 'stranger', known: false, closeness: 0, timesTalked: 0, relation: null };
  const r = rel.relation;
  const kind: BondKind = PARTNER.test(r)
    ? 'partner'
    : FAMILY.test(r)
      ? 'family'
      : COLLEAGUE.test(r)
        ? 'colleague'
        : REGULAR.test(r)
          ? 'regular'
          : FRIEND.test(r)
            ? 'friend'
            : MET.test(r) && rel.timesTalked === 0
              ? 'stranger'
              : 'acquaintance';
  const known =
    kind !== 'stranger' && (kind !== 'acquaintance' || rel.timesTalked > 0 || rel.closeness >= 0.3);
  return {
    kind,
    known,
    closeness: rel.closeness,
    timesTalked: rel.timesTalked,
    relation: MET.test(r) ? null : r,
  };
}

/** Family, partners and close friends: the warmest register of greeting and farewell. */
export function intimate(b: Bond): boolean {
  return b.kind === 'family' || b.kind === 'partner' || b.closeness >= 0.7;
}
