import { describe, expect, it, vi } from 'vitest';
import type { SimClient } from '../protocol/client';
import type { MindStatus, TownMeta, WorkerMessage } from '../protocol';
import { createTownStore } from './store';

const LLM: MindStatus = { kind: 'llm', label: 'LLM · m', chatModel: 'm', baseURL: 'http://x/v1' };

function setup() {
  const listeners = new Set<(m: WorkerMessage) => void>();
  const request = vi.fn(async (kind: string): Promise<unknown> => {
    if (kind === 'setMind') {
      for (const fn of listeners) fn({ type: 'mind', event: { kind: 'status', status: LLM } });
      return LLM;
    }
    return null;
  });
  const client: SimClient = {
    start: () => {},
    control: () => {},
    request: request as unknown as SimClient['request'],
    dispose: () => {},
    listen: (fn) => {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
  const store = createTownStore(client);
  store.setState({
    meta: { mind: 'offline', agents: [{ id: 'a' }] } as TownMeta,
    agentIndex: { a: 0 },
  });
  const push = (m: WorkerMessage) => listeners.forEach((fn) => fn(m));
  return { store, request, push };
}

const notice = (kind: 'auth' | 'server', count = 1) =>
  ({
    type: 'mind',
    event: { kind: 'notice', notice: { kind, level: 'error', message: `${kind}!`, count, at: 1 } },
  }) as WorkerMessage;

describe('mind slice', () => {
  it('starts offline and follows the worker on switching', async () => {
    const { store, request } = setup();
    expect(store.getState().mindStatus.kind).toBe('offline');
    await store.getState().setMind({ kind: 'offline' });
    expect(request).toHaveBeenCalledWith('setMind', { mind: { kind: 'offline' } });
    expect(store.getState().mindStatus).toEqual(LLM);
    expect(store.getState().meta?.mind).toBe('llm');
  });

  it('keeps one notice per kind of problem and clears them for a new mind', async () => {
    const { store, push } = setup();
    push(notice('auth'));
    push(notice('auth', 5));
    push(notice('server'));
    expect(store.getState().mindNotices.map((n) => n.kind)).toEqual(['auth', 'server']);
    store.getState().dismissMindNotice('auth');
    expect(store.getState().mindNotices.map((n) => n.kind)).toEqual(['server']);
    await store.getState().setMind({ kind: 'offline' });
    expect(store.getState().mindNotices).toEqual([]);
  });

  it('opens the Mind tab on the call behind something', () => {
    const { store } = setup();
    store.getState().showMindCall('a', 'op7');
    const s = store.getState();
    expect(s.tab).toBe('mind');
    expect(s.selectedId).toBe('a');
    expect(s.mindFocus).toMatchObject({ agentId: 'a', opId: 'op7' });
    const seq = s.mindFocus!.seq;
    store.getState().showMindCall('a', 'op7');
    expect(store.getState().mindFocus!.seq).toBe(seq + 1);
  });
});
