import type { EventInfo, Persona, PlaceRef } from '../../sim/agent/persona';
import { formatHourSpoken } from '../../sim/clock';
import type {
  MemoryBrief,
  PlaceOption,
  QuestionReq,
  QuestionRes,
  ScheduleBlock,
} from '../../sim/mind';
import { tokens, unit } from './text';

/** Minutes of seeded jitter applied to routine start times. */
const JITTER_MIN = 15;
/** Longest stretch of unplanned time before something else is planned. */
const FREE_CHUNK_MIN = 60;

interface Draft {
  start: number;
  end: number;
  activity: string;
  place?: PlaceRef;
  /** Higher wins when blocks overlap. */
  priority: number;
}

function jitter(p: Persona, day: number, label: string): number {
  return Math.round((unit(`${p.id}|${day}|${label}`) - 0.5) * 2 * JITTER_MIN);
}

function home(p: Persona, arena: string): PlaceRef {
  return { sector: p.home.sector, arena };
}

/** Whether this person goes to an event they know of: hosts always; others by feelings and time. */
export function willAttend(p: Persona, e: EventInfo): boolean {
  if (e.hostId === p.id) return true;
  const closeness = p.relationships.find((r) => r.id === e.hostId)?.closeness ?? 0;
  const [ws, we] = p.workHours ?? [0, 0];
  const clashes = ws < e.endHour && we > e.startHour;
  const want = 0.45 + 0.4 * closeness - (clashes ? 0.35 : 0);
  return unit(`${p.id}|attend|${e.id}`) < want;
}

export function eventActivity(p: Persona, e: EventInfo): string {
  return e.hostId === p.id ? `hosting ${e.what}` : `going to ${e.what}`;
}

/** Intentions: important thoughts that name a place ("I want to visit the library this afternoon"). */
function intentions(
  p: Persona,
  memories: MemoryBrief[],
  places: PlaceOption[],
): { place: PlaceRef; hour: number | null; text: string }[] {
  const out: { place: PlaceRef; hour: number | null; text: string }[] = [];
  for (const m of memories) {
    // Reflections (thoughts with evidence) are conclusions, not intentions.
    if (m.importance < 7 || m.event || m.news || m.gist || m.evidence?.length) continue;
    if (m.type === 'plan') continue;
    if (m.type !== 'thought' && !(m.type === 'event' && unit(`${p.id}|${m.id}`) < 0.5)) continue;
    const place = findPlace(m.description, places);
    if (!place) continue;
    out.push({ place, hour: hourMentioned(m.description), text: m.description });
  }
  return out.slice(-2);
}

/** The place a text names, by matching arena and sector names. */
export function findPlace(text: string, places: PlaceOption[]): PlaceRef | null {
  const words = new Set(tokens(text));
  let best: { ref: PlaceRef; score: number } | null = null;
  for (const s of places) {
    const sectorToks = tokens(s.sector);
    const sectorHits = sectorToks.filter((t) => words.has(t)).length;
    for (const a of s.arenas) {
      const arenaToks = tokens(a.arena).filter((t) => !/^\d+$/.test(t));
      const arenaHits = arenaToks.filter((t) => words.has(t)).length;
      // A home's generic rooms ("kitchen") only count together with the home's name.
      if (arenaHits && !sectorHits && /house|cottage|home/i.test(s.sector)) continue;
      const score = sectorHits * 2 + arenaHits * 3;
      if (score > 0 && (!best || score > best.score))
        best = { ref: { sector: s.sector, arena: a.arena }, score };
    }
  }
  return best?.ref ?? null;
}

function hourMentioned(text: string): number | null {
  const t = text.toLowerCase();
  const m = /\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)\b/.exec(t);
  if (m) return (Number(m[1]) % 12) + (m[3] === 'pm' ? 12 : 0);
  if (/\bmorning\b/.test(t)) return 10;
  if (/\b(afternoon|after lunch)\b/.test(t)) return 15;
  if (/\b(evening|tonight)\b/.test(t)) return 19;
  return null;
}

/** The offline broad-strokes plan for a day. */
export function planDay(req: QuestionReq<'planDay'>): QuestionRes<'planDay'> {
  const p = req.agent;
  const items = [`wake up at ${formatHourSpoken(p.wakeHour)} and get ready`];
  if (p.workplace && p.workHours) {
    items.push(
      `work as ${p.occupation} from ${formatHourSpoken(p.workHours[0])} to ${formatHourSpoken(p.workHours[1])}`,
    );
  } else items.push(`spend the day on my own projects`);
  items.push('have lunch');
  for (const h of p.hobbies.slice(0, 2)) items.push(h.activity);
  for (const e of req.knownEvents) {
    if (e.day === req.day && willAttend(p, e))
      items.push(`${eventActivity(p, e)} at ${formatHourSpoken(e.startHour)}`);
  }
  items.push('have dinner', `go to bed at ${formatHourSpoken(p.sleepHour % 24)}`);
  return { wakeHour: p.wakeHour, items };
}

/** The offline hourly schedule from `fromMinute` to bedtime. */
export function scheduleHours(req: QuestionReq<'scheduleHours'>): QuestionRes<'scheduleHours'> {
  const p = req.agent;
  const d = req.day;
  const wake = p.wakeHour * 60;
  const sleep = (p.sleepHour <= p.wakeHour ? p.sleepHour + 24 : p.sleepHour) * 60;
  const drafts: Draft[] = [];
  const add = (start: number, dur: number, activity: string, place?: PlaceRef, priority = 1) =>
    drafts.push({ start, end: start + dur, activity, place, priority });

  add(wake, 30, 'waking up and getting ready', home(p, p.home.arena ?? 'bedroom 1'));
  const cafeBreakfast = unit(`${p.id}|${d}|cafe`) < 0.25;
  const cafe = req.places.find((s) => /caf[eé]/i.test(s.sector));
  add(
    wake + 30,
    30,
    'having breakfast',
    cafeBreakfast && cafe
      ? { sector: cafe.sector, arena: cafe.arenas[0].arena }
      : home(p, 'kitchen'),
  );
  let lunch = 12 * 60 + jitter(p, d, 'lunch');
  if (p.workplace && p.workHours) {
    const [ws, we] = p.workHours.map((h) => h * 60);
    const lunchInShift = lunch > ws + 60 && lunch < we - 60;
    if (!lunchInShift) lunch = we < 13 * 60 ? we + 30 : ws > 11 * 60 ? ws - 90 : lunch;
    const work = `working as ${p.occupation}`;
    if (lunchInShift) {
      add(ws, lunch - ws, work, p.workplace, 3);
      add(lunch + 45, we - lunch - 45, work, p.workplace, 3);
    } else add(ws, we - ws, work, p.workplace, 3);
  } else {
    const project = p.hobbies[0];
    add(
      9 * 60 + jitter(p, d, 'am'),
      120,
      project?.activity ?? 'reading at home',
      project?.place ?? home(p, 'living room'),
    );
  }
  add(lunch, 45, 'having lunch', lunchPlace(p, d, req.places), 2);
  p.hobbies.forEach((h, i) => {
    const hour = h.hour ?? 15 + i * 2;
    add(hour * 60 + jitter(p, d, `hobby${i}`), 60, h.activity, h.place, 1);
  });
  const dinner = Math.min(sleep - 120, 18 * 60 + 30 + jitter(p, d, 'dinner'));
  add(dinner, 45, 'having dinner', home(p, 'kitchen'), 2);
  add(sleep - 60, 60, 'winding down before bed', home(p, p.home.arena ?? 'bedroom 1'), 1);
  for (const e of req.knownEvents) {
    if (e.day !== d || !willAttend(p, e)) continue;
    const start = e.startHour * 60 - (e.hostId === p.id ? 60 : 0);
    add(start, e.endHour * 60 - start, eventActivity(p, e), e.place, 5);
  }
  for (const it of intentions(p, req.memories, req.places)) {
    const start = it.hour !== null ? it.hour * 60 : Math.max(req.fromMinute + 15, 10 * 60);
    add(start, 60, `visiting ${it.place.arena ?? it.place.sector} as I intended`, it.place, 4);
  }
  return { blocks: resolve(drafts, Math.max(wake, req.fromMinute), sleep, p, d, req.places) };
}

/** Homes are recognised by their names; everything else is a public place one can visit. */
const HOME_NAME = /house|cottage|home|apartment|flat/i;

/** Free time: short outings to public places or quiet time at home, varied per day. */
function freeTime(
  p: Persona,
  day: number,
  minute: number,
  places: PlaceOption[],
): { activity: string; place: PlaceRef } {
  const key = `${p.id}|${day}|${Math.floor(minute / 30)}`;
  const publicPlaces = places.filter((s) => !HOME_NAME.test(s.sector) && s.arenas.length);
  if (publicPlaces.length && unit(`${key}|out`) < 0.5) {
    const s = publicPlaces[Math.floor(unit(`${key}|where`) * publicPlaces.length)];
    const a = s.arenas[Math.floor(unit(`${key}|arena`) * s.arenas.length)];
    return {
      activity: `spending some time at the ${a.arena} in ${s.sector}`,
      place: { sector: s.sector, arena: a.arena },
    };
  }
  const options = ['relaxing at home', 'tidying up the house', 'reading a book at home'];
  return {
    activity: options[Math.floor(unit(key) * options.length)],
    place: home(p, 'living room'),
  };
}

function lunchPlace(p: Persona, d: number, places: PlaceOption[]): PlaceRef {
  const options = places.filter((s) => /caf[eé]|bar|park/i.test(s.sector));
  if (!options.length || unit(`${p.id}|${d}|lunchout`) < 0.5) return home(p, 'kitchen');
  const s = options[Math.floor(unit(`${p.id}|${d}|lunchwhere`) * options.length)];
  return { sector: s.sector, arena: s.arenas[0].arena };
}

/** Lays drafts on a minute timeline (higher priority wins) and fills gaps with free time. */
function resolve(
  drafts: Draft[],
  from: number,
  to: number,
  p: Persona,
  day: number,
  places: PlaceOption[],
): ScheduleBlock[] {
  const len = to - from;
  if (len <= 0) return [];
  const owner = new Int16Array(len).fill(-1);
  drafts.forEach((dr, i) => {
    for (let m = Math.max(from, dr.start); m < Math.min(to, dr.end); m++) {
      const cur = owner[m - from];
      if (cur < 0 || drafts[cur].priority < dr.priority) owner[m - from] = i;
    }
  });
  const blocks: ScheduleBlock[] = [];
  let m = 0;
  while (m < len) {
    const o = owner[m];
    let e = m;
    // Free time comes in chunks of at most FREE_CHUNK_MIN so the afternoon has some variety.
    while (e < len && owner[e] === o && (o >= 0 || e - m < FREE_CHUNK_MIN)) e++;
    const dr = o >= 0 ? drafts[o] : null;
    const free = dr ? null : freeTime(p, day, from + m, places);
    blocks.push({
      startMinute: (from + m) % (24 * 60),
      durationMin: e - m,
      activity: dr?.activity ?? free!.activity,
      place: dr?.place ?? free!.place,
    });
    m = e;
  }
  return blocks.filter((b) => b.durationMin >= 5);
}
