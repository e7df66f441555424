import { describe, expect, it, vi } from 'vitest';
import type { SimClient, SimClientHandlers } from '../protocol/client';
import type { Control, Frame, TownMeta } from '../protocol';
import { connectTown, createTownStore, initOptionsFromUrl } from './store';

function fakeClient() {
  let handlers: SimClientHandlers | null = null;
  const controls: Control[] = [];
  const request = vi.fn(async (kind: string): Promise<unknown> => {
    if (kind === 'announce') return { reached: ['a'] };
    if (kind === 'whisper') return { memory: { id: 'm1', importance: 8 } };
    return {};
  });
  const client: SimClient = {
    start: (_o, h) => {
      handlers = h;
    },
    control: (c) => controls.push(c),
    request: request as unknown as SimClient['request'],
    dispose: () => {},
  };
  return { client, controls, request, handlers: () => handlers! };
}

const meta = {
  agents: [
    { id: 'a', name: 'Ada Quill', sprite: 0, age: 30, occupation: 'baker' },
    { id: 'b', name: 'Ben Marsh', sprite: 1, age: 40, occupation: 'keeper' },
  ],
} as TownMeta;

function frame(step: number, running = true, speed: Frame['speed'] = 5): Frame {
  return {
    clock: { step, day: 1, minuteOfDay: 360, weekday: 'Monday' },
    running,
    speed,
    steps: 1,
    stepsPerSecond: 5,
    intervalMs: 200,
    agents: [],
  };
}

describe('town store', () => {
  it('goes from loading to ready and keeps the latest frame', () => {
    const { client, handlers } = fakeClient();
    const store = createTownStore(client);
    connectTown(store, client, {});
    expect(store.getState().status).toBe('loading');
    handlers().onReady(meta, frame(1));
    expect(store.getState()).toMatchObject({ status: 'ready', agentIndex: { a: 0, b: 1 } });
    handlers().onFrame(frame(2));
    expect(store.getState().frame?.clock.step).toBe(2);
  });

  it('throttles the panel view while running but shows pauses at once', () => {
    const { client, handlers } = fakeClient();
    const store = createTownStore(client);
    connectTown(store, client, {});
    handlers().onReady(meta, frame(1));
    handlers().onFrame(frame(2));
    handlers().onFrame(frame(3));
    expect(store.getState().frame?.clock.step).toBe(3);
    expect(store.getState().view?.clock.step).toBeLessThan(3);
    handlers().onFrame(frame(4, false));
    expect(store.getState().view?.clock.step).toBe(4);
  });

  it('shows a fatal error', () => {
    const { client, handlers } = fakeClient();
    const store = createTownStore(client);
    connectTown(store, client, {});
    handlers().onFatal('boom');
    expect(store.getState()).toMatchObject({ status: 'error', error: 'boom' });
  });

  it('sends controls: pause toggle, step and speed nudges', () => {
    const { client, controls, handlers } = fakeClient();
    const store = createTownStore(client);
    connectTown(store, client, {});
    handlers().onReady(meta, frame(1, true, 5));
    store.getState().togglePause();
    store.getState().step();
    store.getState().nudgeSpeed(1);
    store.getState().nudgeSpeed(-1);
    expect(controls).toEqual([
      { kind: 'pause' },
      { kind: 'step' },
      { kind: 'setSpeed', speed: 10 },
      { kind: 'setSpeed', speed: 2 },
    ]);
  });

  it('selects only known agents, follows only with a selection', () => {
    const { client, handlers } = fakeClient();
    const store = createTownStore(client);
    connectTown(store, client, {});
    handlers().onReady(meta, frame(1));
    store.getState().setFollow(true);
    expect(store.getState().follow).toBe(false);
    store.getState().select('zzz');
    expect(store.getState().selectedId).toBeNull();
    store.getState().select('b', { focus: true });
    expect(store.getState()).toMatchObject({ selectedId: 'b', focusSeq: 1 });
    store.getState().toggleFollow();
    expect(store.getState().follow).toBe(true);
    store.getState().select(null);
    expect(store.getState().follow).toBe(false);
  });

  it('announces, names who heard it and asks views to refetch', async () => {
    const { client, handlers } = fakeClient();
    const store = createTownStore(client);
    connectTown(store, client, {});
    handlers().onReady(meta, frame(1));
    const rev = store.getState().revision;
    await store.getState().announce('Fire!', { sector: 'Ash House' });
    expect(store.getState().notices.at(-1)?.text).toMatch(/Announced to 1: Ada Quill/);
    expect(store.getState().revision).toBe(rev + 1);
  });

  it('keeps an interview transcript per agent', async () => {
    const { client, handlers, request } = fakeClient();
    request.mockImplementationOnce(async () => ({ answer: 'Fine.', used: [], remembered: false }));
    const store = createTownStore(client);
    connectTown(store, client, {});
    handlers().onReady(meta, frame(1));
    await store.getState().interview('a', 'How are you?', false);
    expect(store.getState().interviews.a).toMatchObject([
      { question: 'How are you?', result: { answer: 'Fine.' } },
    ]);
  });
});

describe('initOptionsFromUrl', () => {
  it('reads agents, seed, speed and paused', () => {
    expect(initOptionsFromUrl('?agents=200&seed=3&speed=max&paused=1')).toEqual({
      agents: 200,
      seed: 3,
      speed: 'max',
      paused: true,
    });
    expect(initOptionsFromUrl('?agents=-4&speed=7')).toEqual({
      agents: undefined,
      seed: undefined,
      speed: undefined,
      paused: false,
    });
  });
});
