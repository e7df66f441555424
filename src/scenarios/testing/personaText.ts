import type { Persona } from '../../sim/agent/persona';

/** Everything a persona "knows" in text form, lower-cased (for the towns' data tests). */
export function personaText(p: Persona): string {
  return [
    p.learned,
    p.currently,
    p.lifestyle,
    p.occupation,
    ...p.traits,
    ...p.hobbies.map((h) => h.activity),
    ...p.relationships.map((r) => r.relation),
    ...p.seedMemories.map((m) => m.text),
  ]
    .join(' \n ')
    .toLowerCase();
}
