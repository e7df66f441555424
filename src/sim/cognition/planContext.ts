import type { Agent } from '../agent/agent';
import type { Persona } from '../agent/persona';
import { worksOn } from '../agent/workdays';
import type { JointPlan, PersonHome, PlaceOption } from '../mind';
import { firstName } from '../text';
import { isOpen } from '../world/places';
import type { World } from '../world/world';

/** Length of an agreed joint activity. */
const JOINT_MIN = 60;
/** Latest hour a joint activity may start when its usual hour does not suit both. */
const JOINT_LATEST_HOUR = 22;

/** The weekday index (0 = Monday) of a game day. */
export function weekdayIndexOf(world: World, day: number): number {
  return (world.firstWeekday + day - 1) % 7;
}

/**
 * The map's places for a mind, with a guess for sectors the map gives no kind: someone's home is a
 * home, someone's workplace is work; the rest stay unknown (public). Never guessed from names.
 */
export function placesFor(world: World): PlaceOption[] {
  const homes = new Set(world.agents.map((a) => a.persona.home.sector));
  const works = new Set(world.agents.map((a) => a.persona.workplace?.sector).filter(Boolean));
  return world.map.placeOptions().map((p) => {
    if (p.kind) return p;
    const kind = homes.has(p.sector) ? 'home' : works.has(p.sector) ? 'work' : null;
    return { ...p, kind };
  });
}

/** Whether the agent works today (the workplace's opening days, else Monday–Friday). */
export function isWorkday(world: World, p: Persona, weekdayIndex: number): boolean {
  const hours = p.workplace ? (world.map.sector(p.workplace.sector)?.hours ?? null) : null;
  return worksOn(p, hours, weekdayIndex);
}

/** People the agent knows, with the home each lives in (for visits). */
export function peopleFor(world: World, agent: Agent): PersonHome[] {
  const wd = weekdayIndexOf(world, world.time.day);
  const out: PersonHome[] = [];
  for (const [id, r] of Object.entries(agent.s.relationships)) {
    const other = world.agent(id);
    if (!other) continue;
    const person: PersonHome = {
      id,
      name: other.name,
      relation: r.relation,
      closeness: r.closeness,
      home: other.persona.home.sector,
    };
    const p = other.persona;
    if (p.workplace && p.workHours && isWorkday(world, p, wd))
      person.workToday = {
        place: p.workplace,
        startMinute: p.workHours[0] * 60,
        endMinute: p.workHours[1] * 60,
      };
    out.push(person);
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The way a text names a person (full name first, then first name), or null. */
function nameIn(text: string, name: string): RegExp | null {
  for (const n of [name, firstName(name)]) {
    // A text that does not contain the name cannot match it (most pairs): skip the regex.
    if (!text.includes(n)) continue;
    const re = new RegExp(`\\b${escape(n)}\\b`);
    if (re.test(text)) return re;
  }
  return null;
}

function bedMinute(p: Persona): number {
  return (p.sleepHour <= p.wakeHour ? p.sleepHour + 24 : p.sleepHour) * 60;
}

/** Free for [start, end): awake with time to spare, and not at work. */
function freeAt(world: World, p: Persona, wd: number, start: number, end: number): boolean {
  if (start < p.wakeHour * 60 + 60 || end > bedMinute(p) - 30) return false;
  if (!p.workHours || !isWorkday(world, p, wd)) return true;
  return end <= p.workHours[0] * 60 || start >= p.workHours[1] * 60;
}

/**
 * Activities agreed with others for a day: a pastime that names someone the agent knows ("playing
 * chess with Ben"), from either side. Both sides derive the same time and place from the same
 * data: the pastime's hour, or the next hour that suits both and when the place is open.
 */
export function jointPlans(world: World, agent: Agent, day: number): JointPlan[] {
  const wd = weekdayIndexOf(world, day);
  const out: JointPlan[] = [];
  for (const other of world.agents) {
    if (other === agent) continue;
    const mine = agent.persona.hobbies.find((h) => nameIn(h.activity, other.name));
    const theirs = other.persona.hobbies.find((h) => nameIn(h.activity, agent.name));
    if (!mine && !theirs) continue;
    // One canonical pastime per pair: the one of the person whose id sorts first.
    const canonical = mine && (!theirs || agent.id < other.id) ? mine : theirs!;
    const place = canonical.place;
    const hours = world.map.sector(place.sector)?.hours ?? null;
    const first = canonical.hour ?? 17;
    for (let h = first; h <= JOINT_LATEST_HOUR; h++) {
      const start = h * 60;
      const end = start + JOINT_MIN;
      if (!isOpen(hours, wd, start) || !isOpen(hours, wd, end - 1)) continue;
      if (!freeAt(world, agent.persona, wd, start, end)) continue;
      if (!freeAt(world, other.persona, wd, start, end)) continue;
      // Said from this side: its own wording, or the other's with the names swapped.
      const ownName = nameIn(canonical.activity, other.name);
      const activity =
        mine?.activity ??
        (ownName
          ? canonical.activity
          : canonical.activity.replace(
              nameIn(canonical.activity, agent.name)!,
              firstName(other.name),
            ));
      out.push({
        partnerId: other.id,
        partnerName: other.name,
        activity,
        place,
        startMinute: start,
        durationMin: JOINT_MIN,
      });
      break;
    }
  }
  return out;
}
