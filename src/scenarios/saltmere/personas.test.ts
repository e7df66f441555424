import { describe, expect, it } from 'vitest';
import raw from './personas.json';
import town from './town.json';
import { parsePersonasFile } from '../../sim/scenario';
import type { PlaceRef } from '../../sim/agent/persona';
import { checkPlaces } from '../../sim/world/placeGuess';
import { TownMap } from '../../sim/world/townMap';
import { personaText } from '../testing/personaText';

const { personas, storylines } = parsePersonasFile(raw);
const map = new TownMap(town);
const ids = new Set(personas.map((p) => p.id));
const byId = new Map(personas.map((p) => [p.id, p]));

/** True when the sector (and arena, if given) exist on Saltmere's map. */
function onMap(place: PlaceRef): boolean {
  const sector = map.sector(place.sector);
  if (!sector) return false;
  return place.arena === undefined || sector.arenas.some((a) => a.name === place.arena);
}

describe('Saltmere personas', () => {
  it('has 12–15 people with unique ids, distinct sprites and a spawn each', () => {
    expect(personas.length).toBeGreaterThanOrEqual(12);
    expect(personas.length).toBeLessThanOrEqual(15);
    expect(ids.size).toBe(personas.length);
    expect(new Set(personas.map((p) => p.sprite)).size).toBe(personas.length);
    for (const p of personas) expect(map.spawns.has(p.id), p.id).toBe(true);
  });

  it('puts every home, workplace, hobby and event on the map', () => {
    for (const p of personas) {
      expect(onMap(p.home), `${p.id} home`).toBe(true);
      expect(map.sector(p.home.sector)?.kind, `${p.id} home kind`).toBe('home');
      if (p.workplace) {
        expect(onMap(p.workplace), `${p.id} workplace`).toBe(true);
        expect(map.sector(p.workplace.sector)?.kind, `${p.id} workplace`).not.toBe('home');
      }
      for (const h of p.hobbies) {
        expect(onMap(h.place), `${p.id} hobby ${h.activity}`).toBe(true);
        const kind = map.sector(h.place.sector)?.kind;
        if (kind === 'home') expect(h.place.sector, `${p.id} hobby`).toBe(p.home.sector);
      }
      for (const m of p.seedMemories)
        if (m.event) expect(onMap(m.event.place), `${p.id} event`).toBe(true);
    }
    expect(checkPlaces(town, personas).warnings).toEqual([]);
  });

  it('works within its workplace opening hours and its own day', () => {
    for (const p of personas) {
      expect(p.workplace === undefined, p.id).toBe(p.workHours === undefined);
      if (!p.workplace || !p.workHours) continue;
      const [start, end] = p.workHours;
      expect(start, p.id).toBeGreaterThanOrEqual(p.wakeHour);
      expect(end, p.id).toBeLessThanOrEqual(p.sleepHour);
      const hours = map.sector(p.workplace.sector)?.hours;
      if (hours) {
        expect(start * 60, p.id).toBeGreaterThanOrEqual(hours.open);
        expect(end * 60, p.id).toBeLessThanOrEqual(hours.close);
      }
    }
  });

  it('only references people who exist, and never oneself', () => {
    for (const p of personas) {
      expect(p.relationships.length, p.id).toBeGreaterThanOrEqual(3);
      for (const r of p.relationships) {
        expect(ids.has(r.id), `${p.id} → ${r.id}`).toBe(true);
        expect(r.id, p.id).not.toBe(p.id);
      }
    }
  });

  it('has an event storyline and a news storyline, seeded by people who exist', () => {
    expect(storylines).toHaveLength(2);
    for (const s of storylines) {
      expect(ids.has(s.seedAgentId), s.id).toBe(true);
      expect(s.question.length, s.id).toBeGreaterThan(0);
      expect(s.label, s.id).toBeDefined();
    }
    const event = storylines.find((s) => s.eventId)!;
    const host = byId.get(event.seedAgentId)!;
    const memory = host.seedMemories.find((m) => m.event?.id === event.eventId);
    expect(memory?.event?.hostId).toBe(host.id);
    expect(memory?.event?.day).toBe(2);
    const news = storylines.find((s) => !s.eventId)!;
    const teller = byId.get(news.seedAgentId)!;
    expect(teller.seedMemories.some((m) => m.news === news.id)).toBe(true);
  });

  it('lets only the seed agents know their storyline, worded unlike the default town', () => {
    for (const s of storylines) {
      const words = s.knowsIfMentions.map((w) => w.toLowerCase());
      for (const p of personas) {
        const knows = words.every((w) => personaText(p).includes(w));
        expect(knows, `${p.id} and storyline ${s.id}`).toBe(p.id === s.seedAgentId);
      }
    }
    expect(JSON.stringify(raw).toLowerCase()).not.toMatch(/party|mayor/);
  });
});
