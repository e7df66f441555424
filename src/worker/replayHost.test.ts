import { afterEach, describe, expect, it } from 'vitest';
import { OfflineMind } from '../minds/offline';
import { Replayer } from '../persist';
import { recordSmallTown } from '../persist/testing/liveTown';
import { worldHash } from '../sim/snapshot';
import type { Frame, Request, WorkerMessage } from '../protocol';
import { READ_ONLY_MESSAGE, ReplayHost } from './replayHost';
import { answer } from './requestTable';

let host: ReplayHost | null = null;
afterEach(() => host?.stop());

async function setup() {
  const live = await recordSmallTown({ scale: 0.2 });
  const replayer = await Replayer.open(live.file, { offlineMind: new OfflineMind() });
  const messages: WorkerMessage[] = [];
  host = new ReplayHost(
    replayer,
    { saveId: 's1', name: 'Test' },
    new OfflineMind(),
    (m) => messages.push(m),
    'max',
  );
  void host.run();
  let id = 0;
  const ask = async (request: Request) => {
    const me = ++id;
    answer(host!.handlers(), me, request, (m) => messages.push(m));
    for (let i = 0; i < 1000; i++) {
      const r = messages.find((m) => m.type === 'reply' && m.id === me);
      if (r?.type === 'reply') {
        if (r.ok) return r.result as never;
        throw new Error(r.error);
      }
      await new Promise((res) => setTimeout(res, 2));
    }
    throw new Error('no reply');
  };
  const frames = () => messages.flatMap((m) => (m.type === 'frame' ? [m.frame as Frame] : []));
  return { live, replayer, host, ask, frames };
}

describe('ReplayHost', () => {
  it('answers the inspector from the replayed world and refuses commands', async () => {
    const { replayer, host, ask } = await setup();
    const mid = Math.round((replayer.firstStep + replayer.lastStep) / 2);
    expect(await host.seek(mid)).toBe(mid);
    const now = await ask({ kind: 'agentNow', agentId: 'ada' });
    expect(now).toMatchObject({ id: 'ada' });
    expect((now as { memoryCount: number }).memoryCount).toBe(
      replayer.world.agent('ada')!.memory.size,
    );
    await expect(ask({ kind: 'whisper', agentId: 'ada', text: 'hi' })).rejects.toThrow(
      READ_ONLY_MESSAGE,
    );
    await expect(
      ask({ kind: 'setWeights', weights: { recency: 1, importance: 1, relevance: 1 } }),
    ).rejects.toThrow(/read only/);
  });

  it('plays to the end of the recording and stops there with the saved world', async () => {
    const { live, replayer, host, frames } = await setup();
    host.control({ kind: 'play' });
    for (let i = 0; i < 2000 && replayer.currentStep < replayer.lastStep; i++)
      await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 50));
    expect(replayer.currentStep).toBe(replayer.lastStep);
    expect(frames().at(-1)).toMatchObject({ running: false, clock: { step: replayer.lastStep } });
    expect(host.worldHash()).toEqual({
      hash: worldHash(live.engine.world),
      step: live.engine.world.step,
    });
  });
});
