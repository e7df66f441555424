import type { DayPlan } from '../sim/agent/agent';
import { formatClock } from '../sim/clock';
import type { ScheduleBlock } from '../sim/mind';
import type { PlanView } from '../protocol';

const STOPWORDS = new Set(
  'the and for with from into at to of in on my a an up go get have work day'.split(' '),
);

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2 && !STOPWORDS.has(w)),
  );
}

/** Index of the schedule block running at a minute of the day, or -1 (as the planner finds it). */
export function blockIndexAt(blocks: ScheduleBlock[], minute: number): number {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (minute >= b.startMinute && minute < b.startMinute + b.durationMin) return i;
  }
  return -1;
}

/** The day-plan item that shares most words with an activity (broad items carry no times). */
function closestItem(items: string[], activity: string): number {
  const target = words(activity);
  let best = -1;
  let bestScore = 0;
  items.forEach((item, i) => {
    let score = 0;
    for (const w of words(item)) if (target.has(w)) score++;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/** Today's plan for the inspector: day plan → hourly blocks → current decomposition. */
export function planView(plan: DayPlan, minuteOfDay: number): PlanView {
  const currentBlock = blockIndexAt(plan.blocks, minuteOfDay);
  const block = plan.blocks[currentBlock];
  let decomp: PlanView['decomp'] = null;
  if (plan.decomp) {
    const base = plan.blocks[plan.decomp.blockIndex];
    let start = base?.startMinute ?? 0;
    let current = -1;
    const steps = plan.decomp.steps.map((s, i) => {
      const view = {
        start: formatClock(start),
        description: s.description,
        durationMin: s.durationMin,
        emoji: s.emoji,
      };
      const last = i === plan.decomp!.steps.length - 1;
      if (
        plan.decomp!.blockIndex === currentBlock &&
        minuteOfDay >= start &&
        (minuteOfDay < start + s.durationMin || last)
      )
        current = i;
      start += s.durationMin;
      return view;
    });
    decomp = { block: plan.decomp.blockIndex, steps, current };
  }
  return {
    day: plan.day,
    wakeHour: plan.wakeHour,
    items: plan.items,
    currentItem: block ? closestItem(plan.items, block.activity) : -1,
    blocks: plan.blocks.map((b) => ({
      start: formatClock(b.startMinute),
      end: formatClock(b.startMinute + b.durationMin),
      activity: b.activity,
      place: b.place ? [b.place.sector, b.place.arena].filter(Boolean).join(' › ') : undefined,
    })),
    currentBlock,
    decomp,
  };
}
