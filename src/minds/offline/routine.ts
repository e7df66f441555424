import type { EventInfo, Persona, PlaceRef } from '../../sim/agent/persona';
import { formatHourSpoken } from '../../sim/clock';
import type { PlaceOption, QuestionReq, QuestionRes, ScheduleBlock } from '../../sim/mind';
import { isWeekend } from '../../sim/agent/workdays';
import type { JointPlan, PersonHome } from '../../sim/mind';
import type { PlaceKind } from '../../sim/world/places';
import { intentionsOf, placeIntention } from './plans/intentions';
import { openFor, outings, visitRef } from './plans/places';
import { choose, firstName, unit } from './text';

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
export function willAttend(p: Persona, e: EventInfo, seed = 0): boolean {
  if (e.hostId === p.id) return true;
  const closeness = p.relationships.find((r) => r.id === e.hostId)?.closeness ?? 0;
  const [ws, we] = p.workHours ?? [0, 0];
  const clashes = ws < e.endHour && we > e.startHour;
  const want = 0.45 + 0.4 * closeness - (clashes ? 0.35 : 0);
  return unit(`${seed}|${p.id}|attend|${e.id}`) < want;
}

export function eventActivity(p: Persona, e: EventInfo): string {
  return e.hostId === p.id ? `hosting ${e.what}` : `going to ${e.what}`;
}

/** Today's shape: working day or a day off, and how long the morning lie-in is. */
interface DayShape {
  wd: number;
  workday: boolean;
  /** Minutes of lie-in on a day off (0 on working days and for late risers). */
  lieIn: number;
}

function shapeOf(req: {
  agent: Persona;
  day: number;
  weekdayIndex?: number;
  workday?: boolean;
}): DayShape {
  const p = req.agent;
  const wd = req.weekdayIndex ?? 0;
  const workday = req.workday ?? (!!p.workplace && !!p.workHours && !isWeekend(wd));
  // A lie-in at the weekend, or on a worker's day off; early risers only.
  const restful = !workday && (isWeekend(wd) || !!p.workplace);
  const lieIn =
    restful && p.wakeHour < 9 ? 30 + Math.floor(unit(`${p.id}|${req.day}|liein`) * 4) * 15 : 0;
  return { wd, workday, lieIn };
}

/** Whether a pastime is on today's plan: most days, a little more often on days off. */
function hobbyToday(p: Persona, day: number, i: number, shape: DayShape): boolean {
  return unit(`${p.id}|${day}|hobby${i}`) < (shape.workday ? 0.7 : 0.85);
}

/** A pastime that names someone is planned jointly (see `joint`), not alone. */
function namesSomeone(activity: string, joint: JointPlan[], people: PersonHome[] = []): boolean {
  const names = [...joint.map((j) => j.partnerName), ...people.map((x) => x.name)];
  return (
    joint.some((j) => activity === j.activity) ||
    names.some((n) =>
      [n, firstName(n)].some((w) =>
        new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(activity),
      ),
    )
  );
}

/** The offline broad-strokes plan for a day. */
export function planDay(req: QuestionReq<'planDay'>): QuestionRes<'planDay'> {
  const p = req.agent;
  const shape = shapeOf(req);
  const joint = req.joint ?? [];
  const wake = p.wakeHour + shape.lieIn / 60;
  const items = [
    shape.lieIn
      ? `sleep in and get up around ${formatHourSpoken(Math.round(wake * 4) / 4)}`
      : `wake up at ${formatHourSpoken(p.wakeHour)} and get ready`,
  ];
  if (shape.workday && p.workHours)
    items.push(
      `work as ${p.occupation} from ${formatHourSpoken(p.workHours[0])} to ${formatHourSpoken(p.workHours[1])}`,
    );
  else if (p.workplace)
    items.push(
      choose(
        ['take the day off work', 'enjoy a day off', 'rest from work'],
        `${p.id}|${req.day}|off`,
      ),
    );
  else items.push(`spend the day on my own projects`);
  if (!shape.workday && unit(`${p.id}|${req.day}|errand`) < 0.6) items.push('run some errands');
  items.push('have lunch');
  p.hobbies.forEach((h, i) => {
    if (hobbyToday(p, req.day, i, shape) && !namesSomeone(h.activity, joint, req.people))
      items.push(h.activity);
  });
  for (const j of joint) items.push(`${j.activity} at ${formatHourSpoken(j.startMinute / 60)}`);
  for (const e of req.knownEvents) {
    if (e.day === req.day && willAttend(p, e, req.seed))
      items.push(`${eventActivity(p, e)} at ${formatHourSpoken(e.startHour)}`);
  }
  items.push('have dinner', `go to bed at ${formatHourSpoken(p.sleepHour % 24)}`);
  return { wakeHour: Math.min(23, Math.floor(wake)), items };
}

/** Where a meal out can be had now: an open eatery (or bar, for dinner), else null. */
function mealOut(
  p: Persona,
  places: PlaceOption[],
  kinds: PlaceKind[],
  wd: number,
  start: number,
  dur: number,
  key: string,
): PlaceRef | null {
  const open = outings(p, places, kinds, wd, start, start + dur);
  if (!open.length) return null;
  return visitRef(open[Math.floor(unit(`${key}|where`) * open.length)], key);
}

/** The offline hourly schedule from `fromMinute` to bedtime. */
export function scheduleHours(req: QuestionReq<'scheduleHours'>): QuestionRes<'scheduleHours'> {
  const p = req.agent;
  const d = req.day;
  const shape = shapeOf(req);
  const wd = shape.wd;
  const joint = req.joint ?? [];
  const wake = p.wakeHour * 60;
  const sleep = (p.sleepHour <= p.wakeHour ? p.sleepHour + 24 : p.sleepHour) * 60;
  const drafts: Draft[] = [];
  const add = (start: number, dur: number, activity: string, place?: PlaceRef, priority = 1) =>
    drafts.push({ start, end: start + dur, activity, place, priority });
  const bedroom = home(p, p.home.arena ?? 'bedroom 1');

  if (shape.lieIn) add(wake, shape.lieIn, 'sleeping in', bedroom, 2);
  const up = wake + shape.lieIn;
  add(up, 30, 'waking up and getting ready', bedroom, 2);
  const out = unit(`${p.id}|${d}|breakfast out`) < (shape.workday ? 0.2 : 0.4);
  const breakfastOut = out
    ? mealOut(p, req.places, ['eatery'], wd, up + 30, 30, `${p.id}|${d}|b`)
    : null;
  add(
    up + 30,
    30,
    shape.workday ? 'having breakfast' : 'having a slow breakfast',
    breakfastOut ?? home(p, 'kitchen'),
    2,
  );

  let lunch = 12 * 60 + jitter(p, d, 'lunch');
  let dayStart = 9 * 60 + jitter(p, d, 'am');
  if (shape.workday && p.workplace && p.workHours) {
    const [ws, we] = p.workHours.map((h) => h * 60);
    const lunchInShift = lunch > ws + 60 && lunch < we - 60;
    if (!lunchInShift) lunch = we < 13 * 60 ? we + 30 : ws > 11 * 60 ? ws - 90 : lunch;
    const work = `working as ${p.occupation}`;
    if (lunchInShift) {
      add(ws, lunch - ws, work, p.workplace, 3);
      add(lunch + 45, we - lunch - 45, work, p.workplace, 3);
    } else add(ws, we - ws, work, p.workplace, 3);
  } else {
    dayStart = Math.max(dayStart, up + 60);
    // A day off: errands in the morning on some days, a pastime or one's own projects on others.
    const errand = unit(`${p.id}|${d}|errand`) < 0.6 && !shape.workday;
    const shops = errand ? outings(p, req.places, ['shop'], wd, dayStart, dayStart + 60) : [];
    if (shops.length) {
      const s = shops[Math.floor(unit(`${p.id}|${d}|shop`) * shops.length)];
      const what = choose(
        [
          'picking up groceries',
          'running errands',
          'doing the weekly shopping',
          'buying a few things',
        ],
        `${p.id}|${d}|errandverb`,
      );
      add(dayStart, 60, `${what} at ${s.sector}`, visitRef(s, `${p.id}|${d}`), 1);
    } else if (!shape.workday) {
      // Every day off has an outing: a walk, a coffee, a visit to a public place.
      const kinds: (PlaceKind | null)[] = ['park', 'eatery', 'civic', null];
      const open = outings(p, req.places, kinds, wd, dayStart, dayStart + 60);
      const s = open[Math.floor(unit(`${p.id}|${d}|outing`) * open.length)];
      if (s) {
        const verbs = OUTING[s.kind ?? 'null'] ?? OUTING.null!;
        const what = choose(verbs, `${p.id}|${d}|outingverb`).replace('{s}', s.sector);
        add(dayStart, 60, what, visitRef(s, `${p.id}|${d}`), 1);
      }
    }
    if (!p.workplace) {
      // One's own projects: a pastime somewhere open at that time.
      const open = p.hobbies.filter(
        (h) =>
          openFor(req.places, h.place.sector, wd, dayStart + 60, dayStart + 180) &&
          !namesSomeone(h.activity, joint, req.people),
      );
      const project = open[Math.floor(unit(`${p.id}|${d}|proj`) * open.length)];
      add(
        dayStart + 60,
        120,
        project?.activity ?? 'reading at home',
        project?.place ?? home(p, 'living room'),
      );
    }
  }
  const lunchKinds: PlaceKind[] = ['eatery', 'park'];
  const lunchOut = unit(`${p.id}|${d}|lunchout`) < (shape.workday ? 0.4 : 0.5);
  add(
    lunch,
    45,
    'having lunch',
    (lunchOut && mealOut(p, req.places, lunchKinds, wd, lunch, 45, `${p.id}|${d}|l`)) ||
      home(p, 'kitchen'),
    2,
  );
  p.hobbies.forEach((h, i) => {
    if (!hobbyToday(p, d, i, shape) || namesSomeone(h.activity, joint, req.people)) return;
    if (joint.some((j) => j.activity === h.activity)) return;
    const hour = h.hour ?? 15 + i * 2;
    const start = hour * 60 + jitter(p, d, `hobby${i}`);
    // Somewhere closed at that time: the pastime waits for another day.
    if (!openFor(req.places, h.place.sector, wd, start, start + 60)) return;
    add(start, 60, h.activity, h.place, 1);
  });
  const dinner = Math.min(sleep - 120, 18 * 60 + 30 + jitter(p, d, 'dinner'));
  const dinnerOut = unit(`${p.id}|${d}|dinnerout`) < (shape.workday ? 0.12 : 0.3);
  add(
    dinner,
    45,
    'having dinner',
    (dinnerOut && mealOut(p, req.places, ['eatery', 'bar'], wd, dinner, 45, `${p.id}|${d}|d`)) ||
      home(p, 'kitchen'),
    2,
  );
  add(sleep - 60, 60, 'winding down before bed', bedroom, 1);
  for (const j of joint) add(j.startMinute, j.durationMin, j.activity, j.place, 4);
  for (const e of req.knownEvents) {
    if (e.day !== d || !willAttend(p, e, req.seed)) continue;
    const start = e.startHour * 60 - (e.hostId === p.id ? 60 : 0);
    add(start, e.endHour * 60 - start, eventActivity(p, e), e.place, 5);
  }
  // Intentions: whispers and decisions today; the standing concern in `currently` on some days.
  const busy = (start: number, end: number) =>
    drafts.some((dr) => dr.priority >= 3 && dr.start < end && dr.end > start);
  for (const it of intentionsOf(p, req.memories, req.places, req.people ?? [])) {
    if (!it.urgent && unit(`${p.id}|${d}|${it.activity}`) >= (shape.workday ? 0.5 : 0.7)) continue;
    const slot = placeIntention(it, p, {
      day: d,
      weekdayIndex: wd,
      from: Math.max(req.fromMinute, up + 60),
      bed: sleep,
      busy,
      places: req.places,
    });
    if (!slot) continue;
    add(slot.start, it.person ? 30 : 60, it.activity, slot.place, it.urgent ? 4 : 2);
  }
  return { blocks: resolve(drafts, Math.max(wake, req.fromMinute), sleep, p, d, req, shape) };
}

/** Free-time outings by place kind, worded for the kind. */
const OUTING: Partial<Record<PlaceKind | 'null', string[]>> = {
  park: ['taking a walk in {s}', 'getting some fresh air in {s}', 'sitting outside in {s}'],
  eatery: ['having a coffee at {s}', 'getting a snack at {s}', 'reading the paper at {s}'],
  bar: ['having a drink at {s}', 'meeting friends at {s}'],
  shop: ['browsing at {s}', 'picking up a few things at {s}'],
  civic: ['dropping by {s}', 'reading at {s}'],
  null: ['spending some time at {s}'],
};

/** Quiet things to do at home, varied per day. */
const AT_HOME = [
  'relaxing at home',
  'tidying up the house',
  'reading a book at home',
  'catching up on letters at home',
  'doing the laundry',
  'having a cup of tea at home',
  'writing a shopping list at home',
  'napping on the sofa',
];

/** Free time: short outings to open public places or quiet time at home, varied per day. */
function freeTime(
  p: Persona,
  req: QuestionReq<'scheduleHours'>,
  shape: DayShape,
  minute: number,
): { activity: string; place: PlaceRef } {
  const key = `${p.id}|${req.day}|${Math.floor(minute / 30)}`;
  const evening = minute >= 18 * 60;
  const kinds: (PlaceKind | null)[] = evening
    ? ['bar', 'park', 'eatery']
    : ['park', 'eatery', 'shop', 'civic', null];
  const open = outings(p, req.places, kinds, shape.wd, minute, minute + 60);
  const outChance = shape.workday ? 0.3 : 0.4;
  if (open.length && unit(`${key}|out`) < outChance) {
    const s = open[Math.floor(unit(`${key}|where`) * open.length)];
    const verbs = OUTING[s.kind ?? 'null'] ?? OUTING.null!;
    return { activity: choose(verbs, key).replace('{s}', s.sector), place: visitRef(s, key) };
  }
  return { activity: choose(AT_HOME, `${key}|home`), place: home(p, 'living room') };
}

/** Lays drafts on a minute timeline (higher priority wins) and fills gaps with free time. */
function resolve(
  drafts: Draft[],
  from: number,
  to: number,
  p: Persona,
  day: number,
  req: QuestionReq<'scheduleHours'>,
  shape: DayShape,
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
    const free = dr ? null : freeTime(p, req, shape, from + m);
    const prev = blocks[blocks.length - 1];
    // The same free-time activity twice in a row is one longer block.
    if (free && prev?.activity === free.activity && prev.durationMin + e - m <= 2 * FREE_CHUNK_MIN)
      prev.durationMin += e - m;
    else
      blocks.push({
        startMinute: (from + m) % (24 * 60),
        durationMin: e - m,
        activity: dr?.activity ?? free!.activity,
        place: dr?.place ?? free!.place,
      });
    m = e;
  }
  void day;
  return blocks.filter((b) => b.durationMin >= 5);
}
