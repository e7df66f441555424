import type { DecomposedStep, QuestionReq, QuestionRes } from '../../sim/mind';
import { findPlace } from './routine';
import { choose, tokens, unit } from './text';

/** What one does with an object, by a word in the object's name. */
const OBJECT_VERBS: [RegExp, string[], string][] = [
  [/coffee/, ['brewing coffee at the coffee machine', 'cleaning the coffee machine'], '☕'],
  [/bar counter/, ['pouring drinks at the bar counter', 'wiping down the bar counter'], '🍺'],
  [/checkout|cashier/, ['ringing up groceries at the checkout counter'], '🧾'],
  [/pharmacy counter/, ['filling prescriptions at the pharmacy counter'], '💊'],
  [/medicine/, ['sorting boxes on the medicine shelf'], '💊'],
  [/counter/, ['serving customers at the counter', 'chatting with customers at the counter'], '🧑‍🍳'],
  [/stove/, ['cooking at the stove', 'stirring a pot on the stove'], '🍳'],
  [/fridge/, ['getting something from the fridge'], '🥛'],
  [/dining table|^table|picnic/, ['sitting at the table', 'eating at the table'], '🍽️'],
  [/lectern/, ['lecturing from the lectern'], '🧑‍🏫'],
  [/blackboard/, ['writing notes on the blackboard'], '✏️'],
  [/desk/, ['working at the desk', 'writing at the desk', 'reading at the desk'], '📝'],
  [/bookshelf/, ['browsing the bookshelf', 'sorting books on the bookshelf'], '📚'],
  [/reading table/, ['reading at the reading table'], '📖'],
  [/meeting table/, ['meeting at the meeting table'], '🗂️'],
  [/shelf/, ['restocking the shelf', 'arranging goods on the shelf'], '📦'],
  [/workbench/, ['repairing something at the workbench'], '🔧'],
  [/piano/, ['playing the piano'], '🎹'],
  [/bench/, ['sitting on the bench'], '🪑'],
  [/fountain/, ['watching the fountain'], '⛲'],
  [/garden/, ['tending the garden bed'], '🌷'],
  [/sofa/, ['relaxing on the sofa', 'reading on the sofa'], '🛋️'],
  [/bed/, ['resting in bed'], '🛏️'],
];

/** Emoji by activity words. */
const ACTIVITY_EMOJI: [RegExp, string][] = [
  [/sleep|bed/, '😴'],
  [/wak|getting ready|wash|dress/, '🪥'],
  [/breakfast|lunch|dinner|eat|meal/, '🍽️'],
  [/host|party|celebrat/, '🎉'],
  [/going to|attend/, '🎈'],
  [/coffee|café|barista/, '☕'],
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
  [/clerk|office|budget|council|mayor/, '🗂️'],
  [/relax|rest/, '🛋️'],
  [/tidy|clean/, '🧹'],
];

export function emojiFor(text: string): string {
  const t = text.toLowerCase();
  return ACTIVITY_EMOJI.find(([re]) => re.test(t))?.[1] ?? '🙂';
}

function objectUse(object: string, key: string): { text: string; emoji: string } | null {
  const o = object.toLowerCase();
  const hit = OBJECT_VERBS.find(([re]) => re.test(o));
  if (!hit) return null;
  return { text: choose(hit[1], key).replace(/the (\w[\w ]*)$/, `the ${object}`), emoji: hit[2] };
}

/** Objects whose names share a word with the activity, else all of them. */
function relevantObjects(activity: string, objects: string[]): string[] {
  const words = new Set(tokens(activity));
  const hits = objects.filter((o) => tokens(o).some((t) => words.has(t)));
  return hits.length ? hits : objects;
}

/**
 * Offline decomposition of a schedule block into 5–15 minute steps. Meals and mornings follow a
 * fixed shape; everything else alternates uses of the arena's objects.
 */
export function decompose(req: QuestionReq<'decompose'>): QuestionRes<'decompose'> {
  const { block, objects, agent } = req;
  const a = block.activity.toLowerCase();
  const key = `${agent.id}|${block.startMinute}|${a}`;
  const steps: DecomposedStep[] = [];
  const push = (description: string, durationMin: number, object?: string, emoji?: string) =>
    steps.push({ description, durationMin, object, emoji: emoji ?? emojiFor(description) });
  const find = (re: RegExp) => objects.find((o) => re.test(o.toLowerCase()));

  if (/waking up/.test(a)) {
    push('waking up and stretching', 5, find(/bed/), '🥱');
    push('washing up and getting dressed', block.durationMin - 5, find(/desk/), '🪥');
    return { steps };
  }
  if (/breakfast|lunch|dinner/.test(a)) {
    const meal = /breakfast/.test(a) ? 'breakfast' : /lunch/.test(a) ? 'lunch' : 'dinner';
    const stove = find(/stove/);
    const table = find(/table/) ?? objects[0];
    // Where food is served over a counter (café, bar) one orders; at home one cooks.
    if (stove && !find(/counter/)) {
      push(`cooking ${meal}`, 15, stove, '🍳');
      push(`eating ${meal}`, Math.max(5, block.durationMin - 15), table, '🍽️');
    } else if (find(/counter/)) {
      push(`ordering ${meal}`, 5, find(/counter/), '🧾');
      push(`eating ${meal}`, Math.max(5, block.durationMin - 5), table, '🍽️');
    } else {
      push(`eating a packed ${meal}`, block.durationMin, table, '🥪');
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
    } else if (/^working/.test(a) && object) {
      const use = /table/.test(object)
        ? { text: `serving customers at ${object}`, emoji: '🧑‍🍳' }
        : objectUse(object, `${key}|${i}`);
      push(use?.text ?? `working at the ${object}`, chunk, object, use?.emoji);
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
  const place = findPlace(req.activity, req.places);
  const home = req.agent.home;
  const sector = place?.sector ?? home.sector;
  const arena =
    place?.arena ?? req.places.find((s) => s.sector === sector)?.arenas[0]?.arena ?? 'living room';
  return { sector, arena, emoji: emojiFor(req.activity) };
}
