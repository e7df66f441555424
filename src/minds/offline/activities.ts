import type { DecomposedStep, QuestionReq, QuestionRes } from '../../sim/mind';
import { seats, visitorObjects, visitorUse, workStep } from './plans/objects';
import { findPlace } from './plans/places';
import { choose, tokens, unit } from './text';

/** Emoji by activity words. */
const ACTIVITY_EMOJI: [RegExp, string][] = [
  [/sleep|bed/, '😴'],
  [/wak|getting ready|wash|dress/, '🪥'],
  [/breakfast|lunch|dinner|eat|meal/, '🍽️'],
  [/host|celebrat|gathering/, '🎉'],
  [/going to|attend/, '🎈'],
  [/coffee|tea\b|barista/, '☕'],
  [/cook|recipe|bak/, '🍳'],
  [/bar|drink/, '🍺'],
  [/teach|lectur|professor|class|student|study|homework/, '📚'],
  [/read|book|librar/, '📖'],
  [/writ|novel|poem/, '✍️'],
  [/paint|draw|sketch/, '🎨'],
  [/music|guitar|piano|sing/, '🎵'],
  [/garden|plant|flower/, '🌱'],
  [/jog|run|walk|stroll/, '🚶'],
  [/shop|grocer|market/, '🛒'],
  [/pharmac|medicine/, '💊'],
  [/repair|fix|hardware/, '🔧'],
  [/clerk|office|budget|council|paperwork/, '🗂️'],
  [/relax|rest/, '🛋️'],
  [/tidy|clean/, '🧹'],
];

export function emojiFor(text: string): string {
  const t = text.toLowerCase();
  return ACTIVITY_EMOJI.find(([re]) => re.test(t))?.[1] ?? '🙂';
}

/** Objects whose names share a word with the activity, else all of them. */
function relevantObjects(activity: string, objects: string[]): string[] {
  const words = new Set(tokens(activity));
  const hits = objects.filter((o) => tokens(o).some((t) => words.has(t)));
  return hits.length ? hits : objects;
}

/**
 * Offline decomposition of a schedule block into 5–15 minute steps. Meals and mornings follow a
 * fixed shape; work uses the objects staff use, in the way the occupation suggests; visitors use
 * the public objects (seats, shelves to browse), never the counter's staff side or the oven.
 */
export function decompose(req: QuestionReq<'decompose'>): QuestionRes<'decompose'> {
  const { block, agent } = req;
  const kind = req.kind ?? null;
  const ownHome = block.place?.sector === agent.home.sector;
  const worksHere =
    req.worksHere ??
    (/^working/.test(block.activity) && block.place?.sector === agent.workplace?.sector);
  // Visitors only touch what visitors use; at home everything is one's own.
  const objects = ownHome || worksHere ? req.objects : visitorObjects(req.objects);
  const a = block.activity.toLowerCase();
  const key = `${agent.id}|${block.startMinute}|${a}`;
  const steps: DecomposedStep[] = [];
  const push = (description: string, durationMin: number, object?: string, emoji?: string) =>
    steps.push({ description, durationMin, object, emoji: emoji ?? emojiFor(description) });
  const find = (re: RegExp) => objects.find((o) => re.test(o.toLowerCase()));

  if (/^sleeping in/.test(a)) {
    push('sleeping in', block.durationMin, find(/bed/), '😴');
    return { steps };
  }
  if (/waking up/.test(a)) {
    push('waking up and stretching', 5, find(/bed/), '🥱');
    push('washing up and getting dressed', block.durationMin - 5, find(/desk/), '🪥');
    return { steps };
  }
  if (/breakfast|lunch|dinner|brunch/.test(a) && !worksHere) {
    const meal = (/breakfast|lunch|dinner|brunch/.exec(a) ?? ['meal'])[0];
    const stove = find(/stove|oven/);
    const seat = seats(objects)[Math.floor(unit(`${key}|seat`) * seats(objects).length)];
    const counter = find(/counter/);
    if (ownHome && stove) {
      push(`cooking ${meal}`, 15, stove, '🍳');
      push(`eating ${meal}`, Math.max(5, block.durationMin - 15), seat ?? objects[0], '🍽️');
    } else if (counter) {
      // Where food is served over a counter one orders, then sits down as a customer.
      push(`ordering ${meal} at the ${counter}`, 5, counter, '🧾');
      push(
        `eating ${meal} at ${seat ?? 'a table'}`,
        Math.max(5, block.durationMin - 5),
        seat,
        '🍽️',
      );
    } else {
      push(`eating a packed ${meal}`, block.durationMin, seat, '🥪');
    }
    return { steps };
  }
  if (/winding down/.test(a)) {
    push('getting ready for bed', block.durationMin, find(/bed/), '🪥');
    return { steps };
  }
  const pool = relevantObjects(a, objects);
  const isEvent = /^(hosting|going to) /.test(a);
  let left = block.durationMin;
  let i = 0;
  while (left > 0) {
    const chunk = Math.min(left, 5 + Math.floor(unit(`${key}|${i}`) * 11));
    const object = pool.length ? pool[Math.floor(unit(`${key}|o${i}`) * pool.length)] : undefined;
    if (isEvent) {
      const verbs = a.startsWith('hosting')
        ? ['welcoming guests', 'serving food to guests', 'chatting with guests', 'refilling drinks']
        : ['chatting with other guests', 'enjoying the food', 'listening to the music'];
      push(`${choose(verbs, `${key}|${i}`)} (${block.activity})`, chunk, object, '🎉');
    } else if (worksHere) {
      const use = workStep(agent.occupation, kind, req.objects, `${key}|${i}`, key);
      push(use?.text ?? block.activity, chunk, use?.object, use?.emoji ?? emojiFor(a));
    } else if (!ownHome && object && i % 3 === 2) {
      // Now and then a visitor uses the place's things as visitors do (sits, browses).
      const use = visitorUse(object, kind, `${key}|${i}`);
      push(use?.text ?? block.activity, chunk, object, use?.emoji ?? emojiFor(a));
    } else {
      push(block.activity, chunk, object, emojiFor(block.activity));
    }
    left -= chunk;
    i++;
  }
  return { steps };
}

/** Offline grounding: the place the activity names, else home. */
export function groundAction(req: QuestionReq<'groundAction'>): QuestionRes<'groundAction'> {
  const place = findPlace(req.activity, req.places, req.agent);
  const home = req.agent.home;
  const sector = place?.sector ?? home.sector;
  const arena =
    place?.arena ?? req.places.find((s) => s.sector === sector)?.arenas[0]?.arena ?? 'living room';
  return { sector, arena, emoji: emojiFor(req.activity) };
}
