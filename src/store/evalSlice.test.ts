import { describe, expect, it, vi } from 'vitest';
import type { EvalReport } from '../eval/types';
import type { SimClient } from '../protocol/client';
import { EVAL_CANCELLED_MESSAGE, type TownMeta, type WorkerMessage } from '../protocol';
import { createTownStore } from './store';

const REPORT = { version: 1, interviews: [] } as unknown as EvalReport;

function setup(answer: () => Promise<unknown>) {
  const listeners = new Set<(m: WorkerMessage) => void>();
  let finish: ((v: unknown) => void) | null = null;
  let fail: ((e: Error) => void) | null = null;
  const request = vi.fn((kind: string): Promise<unknown> => {
    if (kind === 'evaluate')
      return new Promise((resolve, reject) => {
        finish = resolve;
        fail = reject;
      });
    return answer();
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
    meta: { agents: [{ id: 'ada', name: 'Ada Quill' }] } as TownMeta,
    agentIndex: { ada: 0 },
  });
  const push = (m: WorkerMessage) => listeners.forEach((fn) => fn(m));
  return { store, request, push, finish: (v: unknown) => finish!(v), fail: (e: Error) => fail!(e) };
}

describe('eval slice', () => {
  it('tracks progress and keeps the report with what was asked', async () => {
    const { store, request, push, finish } = setup(async () => null);
    const done = store.getState().evaluate({ run: { mode: 'ahead', days: 1 }, agentIds: ['ada'] });
    expect(request).toHaveBeenCalledWith('evaluate', {
      run: { mode: 'ahead', days: 1 },
      agentIds: ['ada'],
      questions: undefined,
    });
    expect(store.getState().evalRunning).toMatchObject({ progress: null, cancelling: false });
    push({ type: 'eval', event: { kind: 'progress', done: 360, total: 8640 } });
    expect(store.getState().evalRunning?.progress).toEqual({ done: 360, total: 8640 });
    finish(REPORT);
    await done;
    expect(store.getState().evalRunning).toBeNull();
    expect(store.getState().evalResult).toMatchObject({
      report: REPORT,
      run: { mode: 'ahead', days: 1 },
      agentName: 'Ada Quill',
    });
  });

  it('tells a cancel from an error', async () => {
    const { store, request, fail } = setup(async () => ({ cancelled: true }));
    let done = store.getState().evaluate({ run: { mode: 'now' } });
    await store.getState().cancelEvaluation();
    expect(request).toHaveBeenCalledWith('cancelEvaluation', {});
    expect(store.getState().evalRunning?.cancelling).toBe(true);
    fail(new Error(EVAL_CANCELLED_MESSAGE));
    await done;
    expect(store.getState()).toMatchObject({ evalCancelled: true, evalError: null });

    done = store.getState().evaluate({ run: { mode: 'now' } });
    expect(store.getState().evalCancelled).toBe(false);
    fail(new Error('No town is open to evaluate yet.'));
    await done;
    expect(store.getState()).toMatchObject({
      evalCancelled: false,
      evalError: 'No town is open to evaluate yet.',
      evalRunning: null,
    });
  });
});
