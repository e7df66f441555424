import { describe, expect, it } from 'vitest';
import type { SimClient, SimClientHandlers } from '../protocol/client';
import type { Control, Frame, TownMeta } from '../protocol';
import { STEPS_PER_DAY, stepAt } from '../sim/clock';
import { runTarget } from './maxRun';
import { connectTown, createTownStore } from './store';
import { memoryStorage } from './testing/memoryStorage';

function frameAt(day: number, minute: number, running: boolean, speed: Frame['speed']): Frame {
  return {
    clock: { step: stepAt(day, minute), day, minuteOfDay: minute, weekday: 'Monday' },
    running,
    speed,
    steps: 1,
    stepsPerSecond: 100,
    intervalMs: 33,
    agents: [],
  };
}

function setup() {
  let handlers: SimClientHandlers | null = null;
  const controls: Control[] = [];
  const client: SimClient = {
    start: (_o, h) => {
      handlers = h;
    },
    control: (c) => controls.push(c),
    request: (async () => ({})) as unknown as SimClient['request'],
    dispose: () => {},
  };
  stubSessionStorage();
  const store = createTownStore(client);
  connectTown(store, client, {});
  handlers!.onReady({ agents: [] } as unknown as TownMeta, frameAt(1, 360, false, 5));
  return { store, controls, h: handlers! };
}

/** The slice keeps the answer in sessionStorage: a fresh one per test. */
function stubSessionStorage() {
  Object.defineProperty(globalThis, 'sessionStorage', {
    value: memoryStorage(),
    configurable: true,
  });
}

describe('where a run at Max stops', () => {
  it('the next morning is 07:00 today before seven, else tomorrow', () => {
    const early = runTarget('morning', frameAt(2, 5 * 60, true, 'max').clock)!;
    expect(early).toEqual({ step: stepAt(2, 420), label: 'Day 2 07:00' });
    const late = runTarget('morning', frameAt(2, 7 * 60, true, 'max').clock)!;
    expect(late).toEqual({ step: stepAt(3, 420), label: 'Day 3 07:00' });
  });

  it('a day is 24 game hours on; until stopped has no stop', () => {
    const clock = frameAt(1, 600, true, 'max').clock;
    expect(runTarget('day', clock)).toEqual({
      step: clock.step + STEPS_PER_DAY,
      label: 'Day 2 10:00',
    });
    expect(runTarget('stopped', clock)).toBeNull();
  });
});

describe('Max asks once how far to run', () => {
  it('asks before the first Max, then sets the speed and remembers the answer', () => {
    const { store, controls } = setup();
    store.getState().setSpeed('max');
    expect(store.getState().maxAsking).toBe(true);
    expect(controls).toEqual([]);
    store.getState().chooseMaxRun('morning');
    expect(store.getState()).toMatchObject({ maxAsking: false, maxRun: 'morning' });
    expect(controls).toEqual([{ kind: 'setSpeed', speed: 'max' }]);
    expect(sessionStorage.getItem('generative-town:max-run')).toBe('morning');
    // Asked once: the next Max goes straight on.
    store.getState().setSpeed(5);
    store.getState().setSpeed('max');
    expect(store.getState().maxAsking).toBe(false);
    expect(controls.at(-1)).toEqual({ kind: 'setSpeed', speed: 'max' });
  });

  it('cancelling leaves the speed alone and asks again next time', () => {
    const { store, controls } = setup();
    store.getState().nudgeSpeed(1); // 5 → 10
    store.getState().setSpeed('max');
    store.getState().chooseMaxRun(null);
    expect(store.getState()).toMatchObject({ maxAsking: false, maxRun: null });
    expect(controls).toEqual([{ kind: 'setSpeed', speed: 10 }]);
    store.getState().setSpeed('max');
    expect(store.getState().maxAsking).toBe(true);
  });

  it('pauses once at the chosen point, and only while running at Max', () => {
    const { store, controls, h } = setup();
    store.getState().setSpeed('max');
    store.getState().chooseMaxRun('morning');
    controls.length = 0;
    h.onFrame(frameAt(1, 400, true, 'max'));
    expect(store.getState().runUntil).toEqual({ step: stepAt(1, 420), label: 'Day 1 07:00' });
    h.onFrame(frameAt(1, 419, true, 'max'));
    expect(controls).toEqual([]);
    h.onFrame(frameAt(1, 421, true, 'max'));
    expect(controls).toEqual([{ kind: 'pause' }]);
    expect(store.getState().notices.at(-1)?.text).toContain('Day 1 07:00');
    // The last batch still says "running": no second pause, no new target.
    h.onFrame(frameAt(1, 422, true, 'max'));
    expect(controls).toHaveLength(1);
    expect(store.getState().runUntil).toBeNull();
    // Played again at Max: the next stop is the next morning.
    h.onFrame(frameAt(1, 422, false, 'max'));
    h.onFrame(frameAt(1, 423, true, 'max'));
    expect(store.getState().runUntil?.label).toBe('Day 2 07:00');
    // Slower than Max: no stop.
    h.onFrame(frameAt(1, 424, true, 30));
    expect(store.getState().runUntil).toBeNull();
  });

  it('until stopped never pauses by itself', () => {
    const { store, controls, h } = setup();
    store.getState().setSpeed('max');
    store.getState().chooseMaxRun('stopped');
    controls.length = 0;
    h.onFrame(frameAt(1, 400, true, 'max'));
    h.onFrame(frameAt(5, 400, true, 'max'));
    expect(controls).toEqual([]);
    expect(store.getState().runUntil).toBeNull();
  });
});
