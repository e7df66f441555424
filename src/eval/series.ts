import type { Storyline } from '../sim/agent/persona';
import { gameTime, STEPS_PER_DAY, STEPS_PER_HOUR } from '../sim/clock';
import type { World } from '../sim/world/world';
import { carries, storylineNews } from './knowledge';
import { SAMPLE_MINUTES } from './recorder';
import { measureDensity } from './social';

/**
 * The dashboard's series ("Over time"), as plain arrays: knowers of each storyline (told vs only
 * saw), acquaintance density, conversations per game hour, and where people are over the day.
 * Pure: a function of the world and occupancy samples, so the data export can reuse it.
 */

/** Steps between occupancy samples (as the behaviour recorder: every ten game minutes). */
export const OCCUPANCY_SAMPLE_STEPS = SAMPLE_MINUTES * (STEPS_PER_HOUR / 60);
/** Places shown by name in the occupancy table; the rest are summed as "Other places". */
export const MAX_PLACES = 8;
/** Label of people on no place's ground (streets, paths). */
export const OUTDOORS = 'Outdoors';
export const OTHER_PLACES = 'Other places';
/** Label of every home together (a town has many; each alone says little). */
export const HOMES = 'Homes';

/** People per place (sector name; '' for outdoors) at one step. */
export interface OccupancySample {
  step: number;
  counts: Record<string, number>;
}

export interface StorySeries {
  id: string;
  /** The storyline's label, or its id. */
  label: string;
  /** Knowers (a memory carries it) at each of `steps`. */
  told: number[];
  /** Only saw it (no memory carries it) at each of `steps`. */
  sawOnly: number[];
}

export interface OccupancyRow {
  label: string;
  kind: 'place' | 'homes' | 'outdoors' | 'other';
  /** Mean people there in each hour of the day (index = hour); null before the first sample. */
  people: (number | null)[];
}

export interface DashboardSeries {
  /** The step the series end at (the town shown). */
  step: number;
  population: number;
  /** Every whole game hour of the run, and the current step. */
  steps: number[];
  storylines: StorySeries[];
  /** Acquaintance density (0–1) at each of `steps`. */
  density: number[];
  /** Conversations started in each game hour: the hour's first step and the count. */
  conversations: { hourSteps: number[]; counts: number[] };
  /** Where people were during the day shown (by hour of day), busiest places first. */
  occupancy: { day: number; rows: OccupancyRow[] };
}

/** Every whole game hour from the start of the run to now, and now. */
export function seriesSteps(world: World): number[] {
  const out: number[] = [];
  const first = Math.ceil(world.startStep / STEPS_PER_HOUR) * STEPS_PER_HOUR;
  for (let s = first; s <= world.step; s += STEPS_PER_HOUR) out.push(s);
  if (out[out.length - 1] !== world.step) out.push(world.step);
  return out;
}

// ─── Knowledge, scanned incrementally ─────────────────────────────────────────────

/** What one agent's memory says of a storyline so far (the rules of `storyKnowledge`). */
interface Scan {
  toldStep: number | null;
  sawStep: number | null;
  /** Memories already read (memory streams only grow, and these fields never change). */
  scanned: number;
}

interface StoryScans {
  news: string | null;
  words: string[];
  byAgent: Map<string, Scan>;
}

/**
 * Remembers how far each agent's memory was read for each storyline, so asking again after a
 * few steps reads only the new memories. One per world; a world that went back in time (a
 * replay seeking backwards restores another world object) gets a fresh one.
 */
export class KnowledgeScanner {
  private readonly stories = new Map<string, StoryScans>();
  private lastStep = -1;

  /** Told and saw steps of every agent (in `world.agents` order) for a storyline. */
  scan(world: World, story: Storyline): Scan[] {
    if (world.step < this.lastStep) this.stories.clear();
    this.lastStep = world.step;
    const news = storylineNews(world, story);
    let s = this.stories.get(story.id);
    if (!s || s.news !== news) {
      s = { news, words: story.knowsIfMentions.map((w) => w.toLowerCase()), byAgent: new Map() };
      this.stories.set(story.id, s);
    }
    return world.agents.map((agent) => {
      let k = s.byAgent.get(agent.id);
      if (!k) {
        k = {
          toldStep: agent.id === story.seedAgentId ? world.startStep : null,
          sawStep: null,
          scanned: 0,
        };
        s.byAgent.set(agent.id, k);
      }
      const nodes = agent.memory.nodes;
      for (let i = k.scanned; i < nodes.length; i++) {
        if (k.toldStep !== null && k.sawStep !== null) break;
        const n = nodes[i];
        if (k.toldStep === null && carries(n, story, news)) k.toldStep = n.created;
        if (k.sawStep === null && n.type === 'event' && !n.source) {
          const d = n.description.toLowerCase();
          if (s.words.every((w) => d.includes(w))) k.sawStep = n.created;
        }
      }
      k.scanned = nodes.length;
      return k;
    });
  }
}

/** How many of `sorted` (ascending) are ≤ each of `steps` (ascending). */
function countsAtOrBefore(sorted: number[], steps: number[]): number[] {
  let i = 0;
  return steps.map((step) => {
    while (i < sorted.length && sorted[i] <= step) i++;
    return i;
  });
}

function storySeries(world: World, story: Storyline, steps: number[], scanner: KnowledgeScanner) {
  const scans = scanner.scan(world, story);
  const told: number[] = [];
  // Saw-only at a step: saw by then and not told by then. Counted as (saw by then) minus (saw
  // by then and told by then) = sawBy − max(saw, told) by then, over agents with a saw step.
  const saw: number[] = [];
  const both: number[] = [];
  for (const k of scans) {
    if (k.toldStep !== null) told.push(k.toldStep);
    if (k.sawStep !== null) {
      saw.push(k.sawStep);
      if (k.toldStep !== null) both.push(Math.max(k.sawStep, k.toldStep));
    }
  }
  const asc = (a: number, b: number) => a - b;
  const toldAt = countsAtOrBefore(told.sort(asc), steps);
  const sawAt = countsAtOrBefore(saw.sort(asc), steps);
  const bothAt = countsAtOrBefore(both.sort(asc), steps);
  return {
    id: story.id,
    label: story.label ?? story.id,
    told: toldAt,
    sawOnly: sawAt.map((n, i) => n - bothAt[i]),
  };
}

// ─── Conversations ───────────────────────────────────────────────────────────────

/** Conversations started in each game hour, from the run's first hour to the current one. */
export function conversationsPerHour(world: World): DashboardSeries['conversations'] {
  const first = Math.floor(world.startStep / STEPS_PER_HOUR);
  const last = Math.floor(world.step / STEPS_PER_HOUR);
  const counts = new Array<number>(Math.max(0, last - first + 1)).fill(0);
  const add = (startStep: number) => {
    const h = Math.floor(startStep / STEPS_PER_HOUR) - first;
    if (h >= 0 && h < counts.length) counts[h]++;
  };
  for (const c of world.conversations) add(c.startStep);
  for (const c of world.openConversations.values()) add(c.startStep);
  return { hourSteps: counts.map((_, i) => (first + i) * STEPS_PER_HOUR), counts };
}

// ─── Occupancy ───────────────────────────────────────────────────────────────────

/** Key of all homes in the sums (no sector name is a single control character). */
const HOME_KEY = '\u0001homes';

/** People per place now, from the world's positions. */
export function occupancyNow(world: World): OccupancySample {
  const counts: Record<string, number> = {};
  for (const agent of world.agents) {
    const key = world.map.arenaOf(agent.s.tile)?.sector ?? '';
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return { step: world.step, counts };
}

/**
 * Keeps one occupancy sample per ten game minutes. `observe` after every step (cheap between
 * samples); a sample can come late in its slot (a replay that jumps samples when it passes).
 */
export class OccupancyRecorder {
  private readonly slots = new Map<number, OccupancySample>();

  observe(world: World): void {
    const slot = Math.floor(world.step / OCCUPANCY_SAMPLE_STEPS);
    if (!this.slots.has(slot)) this.slots.set(slot, occupancyNow(world));
  }

  /** Samples taken on a day (1-based) up to a step, oldest first. */
  samples(day: number, upTo: number): OccupancySample[] {
    const out: OccupancySample[] = [];
    const from = Math.floor(((day - 1) * STEPS_PER_DAY) / OCCUPANCY_SAMPLE_STEPS);
    const to = Math.floor(upTo / OCCUPANCY_SAMPLE_STEPS);
    for (let slot = from; slot <= to; slot++) {
      const s = this.slots.get(slot);
      if (s && s.step <= upTo) out.push(s);
    }
    return out;
  }
}

/**
 * Mean people per place in each hour of the day of `world.step`, from `samples` (other days and
 * later steps are ignored) and the world's positions now. Busiest places first; past
 * `MAX_PLACES` named places the rest are summed; then all homes together, then outdoors.
 */
export function occupancyByHour(
  world: World,
  samples: readonly OccupancySample[],
): DashboardSeries['occupancy'] {
  const day = gameTime(world.step).day;
  const dayStart = (day - 1) * STEPS_PER_DAY;
  const now = occupancyNow(world);
  const sums = new Map<string, number[]>();
  const n = new Array<number>(24).fill(0);
  const add = (s: OccupancySample) => {
    const hour = Math.floor((s.step - dayStart) / STEPS_PER_HOUR);
    n[hour]++;
    for (const [sector, count] of Object.entries(s.counts)) {
      const key = sector && world.map.sector(sector)?.kind === 'home' ? HOME_KEY : sector;
      const row = sums.get(key) ?? new Array<number>(24).fill(0);
      row[hour] += count;
      sums.set(key, row);
    }
  };
  for (const s of samples) if (s.step >= dayStart && s.step < world.step) add(s);
  add(now);
  const mean = (row: number[]) =>
    row.map((v, h) => (n[h] ? Math.round((v / n[h]) * 10) / 10 : null));
  const total = (row: number[]) => row.reduce((a, b) => a + b, 0);
  const places = [...sums.entries()]
    .filter(([key]) => key !== '' && key !== HOME_KEY)
    .sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]));
  const rows: OccupancyRow[] = places
    .slice(0, MAX_PLACES)
    .map(([label, row]) => ({ label, kind: 'place', people: mean(row) }));
  if (places.length > MAX_PLACES) {
    const rest = new Array<number>(24).fill(0);
    for (const [, row] of places.slice(MAX_PLACES)) row.forEach((v, h) => (rest[h] += v));
    rows.push({ label: OTHER_PLACES, kind: 'other', people: mean(rest) });
  }
  const homes = sums.get(HOME_KEY);
  if (homes) rows.push({ label: HOMES, kind: 'homes', people: mean(homes) });
  const out = sums.get('');
  if (out) rows.push({ label: OUTDOORS, kind: 'outdoors', people: mean(out) });
  return { day, rows };
}

// ─── All together ────────────────────────────────────────────────────────────────

/**
 * Every dashboard series of the town shown. `scanner` keeps memory reads incremental across
 * calls on the same world (optional: a one-off export reads everything once).
 */
export function dashboardSeries(
  world: World,
  samples: readonly OccupancySample[],
  scanner: KnowledgeScanner = new KnowledgeScanner(),
): DashboardSeries {
  const steps = seriesSteps(world);
  const density = measureDensity(world).hourly.map((h) => Math.round(h.density * 1000) / 1000);
  return {
    step: world.step,
    population: world.agents.length,
    steps,
    storylines: world.storylines.map((s) => storySeries(world, s, steps, scanner)),
    density,
    conversations: conversationsPerHour(world),
    occupancy: occupancyByHour(world, samples),
  };
}
