/**
 * Work and visitor uses of objects for a person, from the object classes (objectClasses.ts), the
 * occupation's words and the place kind.
 */
import type { PlaceKind } from '../../../sim/world/places';
import { choose, tokens, unit } from '../text';
import { CLASSES, type ObjectClass } from './objectClasses';

/** Words that name the person's role rather than their subject ("student", "professor"). */
const ROLE_WORDS = new Set(
  'student pupil apprentice trainee intern professor lecturer teacher tutor assistant owner manager officer clerk head senior junior chief deputy graduate'.split(
    ' ',
  ),
);
const LEARNER = /\b(student|pupil|apprentice|trainee)\b/;

/** A score for how much an object is a place to sit (for choosing a visitor's room). */
export function seatScore(object: string): number {
  return classOf(object)?.seat ? 1 : 0;
}

function classOf(object: string): ObjectClass | undefined {
  const o = object.toLowerCase();
  return CLASSES.find((c) => c.re.test(o));
}

/** The occupation without where it is done ("chemistry professor at X" → "chemistry professor"). */
function jobPhrase(occupation: string): string {
  return occupation
    .toLowerCase()
    .split(/\b(?:at|of|for|in)\b/)[0]
    .trim();
}

/** The subject of an occupation ("chemistry" of "chemistry student"), or ''. */
export function occupationTopic(occupation: string): string {
  const words = jobPhrase(occupation)
    .split(/[^a-z-]+/)
    .filter(Boolean);
  const conjuncts: string[][] = [[]];
  for (const w of words) {
    if (w === 'and') conjuncts.push([]);
    else conjuncts[conjuncts.length - 1].push(w);
  }
  // The last word of each conjunct is the role ("student"); what comes before is the subject.
  const topic = conjuncts
    .map((c) => c.slice(0, -1).filter((w) => !ROLE_WORDS.has(w)))
    .filter((c) => c.length)[0];
  return topic?.join(' ') ?? '';
}

/** True when the occupation is a learner's (a student takes notes, not the lectern). */
export function isLearner(occupation: string): boolean {
  return LEARNER.test(jobPhrase(occupation));
}

function stems(text: string): string[] {
  return tokens(text).map((t) => t.slice(0, 5));
}

/** How well an occupation fits an object: shared word beginnings with the object or its trade. */
function affinity(occupation: string, object: string, c: ObjectClass): number {
  const job = stems(jobPhrase(occupation));
  const own = new Set([...stems(object), ...c.affinity]);
  return job.filter((w) => own.has(w) || c.affinity.some((a) => w.startsWith(a))).length;
}

function clientele(kind: PlaceKind | null): string {
  return kind === 'school'
    ? 'student'
    : kind === 'civic' || kind === 'park'
      ? 'visitor'
      : 'customer';
}

function fill(template: string, object: string, topic: string, kind: PlaceKind | null): string {
  return (
    template
      // "the bookshelf 2" reads oddly: a numbered object goes without the article.
      .replace(/\bthe \{o\}/, /\d$/.test(object) ? object : `the ${object}`)
      .replace('{o}', object)
      .replace('{t}', topic)
      .replace('{c}', clientele(kind))
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function staffTemplates(c: ObjectClass, kind: PlaceKind | null): string[] {
  return (kind && c.staff[kind]) || c.staff['*'] || [];
}

/** A use of an object at work, or null when this person would not use it. */
export interface ObjectUse {
  object: string;
  text: string;
  emoji: string;
}

/**
 * The objects a person on duty uses, weighted: those matching the occupation first; skilled
 * objects (a lectern) only for those whose occupation fits. Learners take seats.
 */
export function workUses(occupation: string, kind: PlaceKind | null, objects: string[]) {
  const topic = occupationTopic(occupation);
  const learner = isLearner(occupation);
  const uses: { object: string; c: ObjectClass; weight: number; templates: string[] }[] = [];
  for (const object of objects) {
    const c = classOf(object);
    if (!c) continue;
    const fit = affinity(occupation, object, c);
    if (learner && !fit) {
      if (!/desk|table|chair|seat|bench|sofa|bookshel/.test(object.toLowerCase())) continue;
      const t = topic || 'class';
      uses.push({
        object,
        c,
        weight: 2,
        templates: [
          `taking ${t} notes at {o}`,
          `working through a ${t} problem at {o}`,
          `listening to the ${t} lecture at {o}`,
          `reading ${t} handouts at {o}`,
        ],
      });
      continue;
    }
    const templates = staffTemplates(c, kind);
    if (!templates.length || (c.skilled && !fit)) continue;
    uses.push({ object, c, weight: fit ? 6 * fit : 1, templates });
  }
  return uses;
}

/**
 * One step of work with an object, chosen by weight for this person and step key (`seatKey`: the
 * block's key, so a learner stays in one seat).
 */
export function workStep(
  occupation: string,
  kind: PlaceKind | null,
  objects: string[],
  key: string,
  seatKey = key,
): ObjectUse | null {
  const uses = workUses(occupation, kind, objects);
  if (!uses.length) return null;
  const total = uses.reduce((a, u) => a + u.weight, 0);
  // A learner keeps one seat for the whole class; staff move between their objects.
  let r = unit(`${isLearner(occupation) ? seatKey : key}|obj`) * total;
  const u = uses.find((x) => (r -= x.weight) < 0) ?? uses[uses.length - 1];
  const topic = occupationTopic(occupation);
  return {
    object: u.object,
    text: fill(choose(u.templates, `${key}|verb`), u.object, topic, kind),
    emoji: u.c.emoji,
  };
}

/** A visitor's use of an object (sitting, browsing), or null when visitors do not use it. */
export function visitorUse(object: string, kind: PlaceKind | null, key: string): ObjectUse | null {
  const c = classOf(object);
  if (!c || !c.visitor.length) return null;
  return { object, text: fill(choose(c.visitor, key), object, '', kind), emoji: c.emoji };
}

/** Objects a visitor may use (no counters' staff side, no ovens or lecterns). */
export function visitorObjects(objects: string[]): string[] {
  return objects.filter((o) => (classOf(o)?.visitor.length ?? 0) > 0);
}

/** Objects a visitor may sit at. */
export function seats(objects: string[]): string[] {
  return objects.filter((o) => classOf(o)?.seat);
}
