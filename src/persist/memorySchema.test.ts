import { describe, expect, it } from 'vitest';
import { OfflineMind } from '../minds/offline';
import { STEPS_PER_HOUR } from '../sim/clock';
import { Engine } from '../sim/engine';
import { smallScenario } from '../sim/testing/smallTown';
import { createWorld } from '../sim/world/world';
import { describeIssue } from './errors';
import { MemoryNodeSchema } from './schema';

/** The first problem with a memory, in the words a town file error uses. */
function problem(node: unknown): string | null {
  const res = MemoryNodeSchema.safeParse(node);
  const issue = res.error?.issues[0];
  return issue ? describeIssue(issue, node).text : null;
}

const base = {
  id: 'm1',
  created: 0,
  lastAccessed: 0,
  description: 'something',
  importance: 3,
  keywords: [],
  evidence: [],
};

describe('memory schema', () => {
  it('accepts every memory the sim makes, of every kind', async () => {
    // A low reflection threshold: the small town reflects within the day.
    const world = createWorld(smallScenario(), { seed: 3, config: { reflectThreshold: 30 } });
    const engine = new Engine(world, new OfflineMind());
    for (let i = 0; i < 16 * STEPS_PER_HOUR; i++) {
      if (i === 3 * STEPS_PER_HOUR) {
        engine.enqueue({ type: 'whisper', agentId: 'ben', text: 'You want to see Ada today.' });
        engine.enqueue({ type: 'announceEvent', text: 'A balloon lands in the park!' });
        engine.enqueue({
          type: 'interview',
          agentId: 'ada',
          question: 'What are you up to?',
          remember: true,
          requestId: 'r1',
        });
      }
      await engine.tick();
    }
    const nodes = world.agents.flatMap((a) => a.getState().memory.nodes);
    for (const n of nodes) expect(problem(JSON.parse(JSON.stringify(n))), n.id).toBeNull();
    // All six kinds occurred: sights/announcements, heard news, inner and reflected thoughts, chats, plans.
    const kinds = new Set(
      nodes.map((n) =>
        n.source
          ? 'heard'
          : n.type === 'thought'
            ? n.evidence.length
              ? 'reflection'
              : 'inner'
            : n.type,
      ),
    );
    expect([...kinds].sort()).toEqual(['chat', 'event', 'heard', 'inner', 'plan', 'reflection']);
  });

  it('refuses fields that do not belong to the kind, naming them', () => {
    expect(problem({ ...base, type: 'chat', seen: { action: 'sweeping' } })).toBe(
      'seen: expected nothing, found an object',
    );
    expect(problem({ ...base, type: 'plan', evidence: ['m0'] })).toBe(
      'evidence: too long (at most 0 items)',
    );
    expect(problem({ ...base, type: 'thought', source: 'ada' })).toBe(
      'source: expected nothing, found text',
    );
    expect(problem({ ...base, type: 'event', subjectId: 'ada', chatId: 'c1' })).toBe(
      'chatId: expected nothing, found text',
    );
    expect(problem({ ...base, type: 'event', subjectId: 'ada', seen: { action: 'baking' } })).toBe(
      null,
    );
  });
});
