import { describe, it, expect } from 'vitest';
import raw from './personas.json';
import { PersonasFileSchema, type PlaceRef } from '../../sim/agent/persona';
import { personaText } from '../testing/personaText';

const file = PersonasFileSchema.parse(raw);
const { personas, storylines } = file;
const ids = new Set(personas.map((p) => p.id));
const byId = new Map(personas.map((p) => [p.id, p]));

/** Public sectors and their arenas, exactly as the town map names them. */
const PUBLIC: Record<string, string[]> = {
  'Maple Café': ['café'],
  'Oak Hill College': ['classroom', 'faculty office', 'common room'],
  'Willow Market': ['grocery', 'pharmacy'],
  'Rusty Anchor Bar': ['bar'],
  'Town Park': ['park'],
  'Town Hall': ['library', 'council office'],
  'Harbor Hardware': ['shop'],
};

/** Fixed home assignment: id → [home sector, bedroom arena]. */
const HOMES: Record<string, [string, string]> = {
  'elena-moreno': ['Moreno House', 'bedroom 1'],
  'tomas-moreno': ['Moreno House', 'bedroom 2'],
  'lucia-moreno': ['Moreno House', 'bedroom 3'],
  'chidi-okafor': ['Okafor House', 'bedroom 1'],
  'amara-okafor': ['Okafor House', 'bedroom 2'],
  'victor-hale': ['Hale House', 'bedroom 1'],
  'june-hale': ['Hale House', 'bedroom 2'],
  'kenji-nakamura': ['Nakamura House', 'bedroom 1'],
  'yui-nakamura': ['Nakamura House', 'bedroom 2'],
  'sora-nakamura': ['Nakamura House', 'bedroom 3'],
  'liam-brennan': ['Brennan House', 'bedroom 1'],
  'nora-brennan': ['Brennan House', 'bedroom 2'],
  'ivan-petrov': ['Petrov House', 'bedroom 1'],
  'mila-petrov': ['Petrov House', 'bedroom 2'],
  'tunde-adeyemi': ['Adeyemi House', 'bedroom 1'],
  'grace-adeyemi': ['Adeyemi House', 'bedroom 2'],
  'rosa-castillo': ['Castillo House', 'bedroom 1'],
  'diego-castillo': ['Castillo House', 'bedroom 2'],
  'harold-whitfield': ['Whitfield Cottage', 'bedroom 1'],
  'anna-kowalski': ['Kowalski House', 'bedroom 1'],
  'piotr-kowalski': ['Kowalski House', 'bedroom 2'],
  'samir-haddad': ['Haddad House', 'bedroom 1'],
  'layla-haddad': ['Haddad House', 'bedroom 2'],
  'maeve-sullivan': ['Sullivan House', 'bedroom 1'],
  'owen-sullivan': ['Sullivan House', 'bedroom 2'],
};

/** Bedrooms per home = number of residents. */
const HOME_SECTORS = new Map<string, number>();
for (const [sector] of Object.values(HOMES)) {
  HOME_SECTORS.set(sector, (HOME_SECTORS.get(sector) ?? 0) + 1);
}

function homeArenas(sector: string): string[] {
  const n = HOME_SECTORS.get(sector) ?? 0;
  return ['kitchen', 'living room', ...Array.from({ length: n }, (_, i) => `bedroom ${i + 1}`)];
}

function isValidPlace(place: PlaceRef): boolean {
  if (place.object !== undefined) return false;
  const arenas =
    PUBLIC[place.sector] ?? (HOME_SECTORS.has(place.sector) ? homeArenas(place.sector) : null);
  if (!arenas) return false;
  return place.arena === undefined || arenas.includes(place.arena);
}

describe('default personas', () => {
  it('has 25 personas with unique ids and distinct sprites 0–24', () => {
    expect(personas).toHaveLength(25);
    expect(ids.size).toBe(25);
    expect(new Set(personas.map((p) => p.id))).toEqual(new Set(Object.keys(HOMES)));
    const sprites = personas.map((p) => p.sprite).sort((a, b) => a - b);
    expect(sprites).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });

  it('gives each persona sensible basics', () => {
    for (const p of personas) {
      expect(p.age, p.id).toBeGreaterThanOrEqual(19);
      expect(p.age, p.id).toBeLessThanOrEqual(78);
      expect(p.traits.length, p.id).toBeGreaterThanOrEqual(3);
      expect(p.traits.length, p.id).toBeLessThanOrEqual(5);
      expect(p.wakeHour, p.id).toBeGreaterThanOrEqual(5);
      expect(p.wakeHour, p.id).toBeLessThanOrEqual(9);
      expect(p.sleepHour, p.id).toBeGreaterThanOrEqual(21);
      expect(p.sleepHour, p.id).toBeLessThanOrEqual(24);
      expect(p.hobbies.length, p.id).toBeGreaterThanOrEqual(1);
      expect(p.hobbies.length, p.id).toBeLessThanOrEqual(3);
      expect(p.relationships.length, p.id).toBeGreaterThanOrEqual(3);
      expect(p.relationships.length, p.id).toBeLessThanOrEqual(8);
      // A workplace and working hours go together.
      expect(p.workplace === undefined, p.id).toBe(p.workHours === undefined);
      if (p.workHours) {
        const [start, end] = p.workHours;
        expect(start, p.id).toBeLessThan(end);
        expect(start, p.id).toBeGreaterThanOrEqual(p.wakeHour);
        expect(end, p.id).toBeLessThanOrEqual(p.sleepHour);
      }
    }
  });

  it('only references people who exist, and never oneself', () => {
    for (const p of personas) {
      const relIds = p.relationships.map((r) => r.id);
      expect(new Set(relIds).size, p.id).toBe(relIds.length);
      for (const r of p.relationships) {
        expect(ids.has(r.id), `${p.id} → ${r.id}`).toBe(true);
        expect(r.id, p.id).not.toBe(p.id);
      }
    }
  });

  it('has some mild rivalries', () => {
    const negatives = personas.flatMap((p) => p.relationships.filter((r) => r.closeness < 0));
    expect(negatives.length).toBeGreaterThanOrEqual(2);
    for (const r of negatives) expect(r.closeness).toBeGreaterThanOrEqual(-0.5);
  });

  it('leaves room for the acquaintance network to grow (density 0.15–0.2)', () => {
    const pairs = new Set<string>();
    for (const p of personas) {
      for (const r of p.relationships) pairs.add([p.id, r.id].sort().join('|'));
    }
    const density = pairs.size / ((25 * 24) / 2);
    expect(density).toBeGreaterThanOrEqual(0.15);
    expect(density).toBeLessThanOrEqual(0.2);
  });

  it('uses only the town’s sector and arena names', () => {
    for (const p of personas) {
      const [sector, arena] = HOMES[p.id];
      expect(p.home, p.id).toEqual({ sector, arena });
      if (p.workplace) {
        expect(PUBLIC[p.workplace.sector], `${p.id} workplace`).toBeDefined();
        expect(isValidPlace(p.workplace), `${p.id} workplace`).toBe(true);
      }
      for (const h of p.hobbies) {
        expect(isValidPlace(h.place), `${p.id} hobby ${h.activity}`).toBe(true);
        // Hobbies at a home happen at one's own home, never in a bedroom.
        if (HOME_SECTORS.has(h.place.sector)) {
          expect(h.place.sector, `${p.id} hobby ${h.activity}`).toBe(sector);
          expect(h.place.arena ?? '', `${p.id} hobby ${h.activity}`).not.toMatch(/^bedroom/);
        }
      }
      for (const m of p.seedMemories) {
        if (m.event) expect(isValidPlace(m.event.place), `${p.id} event`).toBe(true);
      }
    }
  });

  it('gives everyone 1–3 ordinary seed memories of modest importance', () => {
    for (const p of personas) {
      const ordinary = p.seedMemories.filter((m) => !m.event && m.news === undefined);
      expect(ordinary.length, p.id).toBeGreaterThanOrEqual(1);
      expect(ordinary.length, p.id).toBeLessThanOrEqual(3);
      for (const m of ordinary) {
        expect(m.importance ?? 0, p.id).toBeGreaterThanOrEqual(2);
        expect(m.importance ?? 0, p.id).toBeLessThanOrEqual(6);
      }
    }
  });

  it('has both storylines, seeded by agents who exist', () => {
    const party = storylines.find((s) => s.id === 'party');
    const mayor = storylines.find((s) => s.id === 'mayor');
    expect(party).toBeDefined();
    expect(mayor).toBeDefined();
    expect(party!.seedAgentId).toBe('chidi-okafor');
    expect(mayor!.seedAgentId).toBe('victor-hale');
    for (const s of storylines) expect(ids.has(s.seedAgentId), s.id).toBe(true);
  });

  it('hosts the party event by its seed agent', () => {
    const party = storylines.find((s) => s.id === 'party')!;
    const seed = byId.get(party.seedAgentId)!;
    const memory = seed.seedMemories.find((m) => m.event?.id === party.eventId);
    expect(memory).toBeDefined();
    expect(memory!.importance).toBe(8);
    expect(memory!.event).toMatchObject({
      hostId: party.seedAgentId,
      place: { sector: 'Maple Café', arena: 'café' },
      day: 2,
      startHour: 17,
      endHour: 19,
    });
    // The event is seeded only once, by its host.
    const events = personas.flatMap((p) => p.seedMemories.filter((m) => m.event));
    expect(events).toHaveLength(1);
  });

  it('seeds the candidacy as news with Victor only', () => {
    const mayor = storylines.find((s) => s.id === 'mayor')!;
    const news = personas.flatMap((p) =>
      p.seedMemories.filter((m) => m.news !== undefined).map((m) => ({ id: p.id, m })),
    );
    expect(news).toHaveLength(1);
    expect(news[0].id).toBe(mayor.seedAgentId);
    expect(news[0].m.news).toBe('mayor');
    expect(news[0].m.importance).toBe(8);
  });

  it('lets the seed agents know their storyline, and no one else', () => {
    for (const s of storylines) {
      const words = s.knowsIfMentions.map((w) => w.toLowerCase());
      for (const p of personas) {
        const text = personaText(p);
        const knows = words.every((w) => text.includes(w));
        expect(knows, `${p.id} and storyline ${s.id}`).toBe(p.id === s.seedAgentId);
      }
    }
    // Stricter: the topic words themselves appear only in the seed agents' own text.
    for (const p of personas) {
      const text = personaText(p);
      if (p.id !== 'chidi-okafor') expect(text, p.id).not.toContain('party');
      if (p.id !== 'victor-hale') expect(text, p.id).not.toContain('mayor');
    }
  });
});
