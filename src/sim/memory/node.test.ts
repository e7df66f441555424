import { describe, expect, expectTypeOf, it } from 'vitest';
import { remember } from '../cognition/recall';
import { smallScenario } from '../testing/smallTown';
import { createWorld } from '../world/world';
import type { HeardMemory, MemoryDraft, MemoryNode, PerceivedMemory } from './node';

describe('memory kinds', () => {
  it('let each kind carry only its own fields (checked by the compiler)', () => {
    const drafts: MemoryDraft[] = [
      // @ts-expect-error a chat has no sighting
      { type: 'chat', description: 'talked', seen: { action: 'sweeping' } },
      // @ts-expect-error a plan cites no evidence
      { type: 'plan', description: 'my plan', evidence: ['m1'] },
      // @ts-expect-error something heard names its teller
      { type: 'event', description: 'told', gist: 'Ada is baking.' },
      // @ts-expect-error a reflection must cite
      { type: 'thought', description: 'an insight', opId: 'op1' },
      { type: 'thought', description: 'an insight', opId: 'op1', evidence: ['m1'] },
    ];
    expect(drafts).toHaveLength(5);
  });

  it('narrow by their fields, and fill in what a producer leaves out', () => {
    const world = createWorld(smallScenario(), { seed: 1 });
    const [ada, ben] = world.agents;
    if (!ada || !ben) throw new Error('the small town has Ada and Ben');
    const heard: MemoryNode = remember(world, ben, {
      type: 'event',
      description: 'Ada Quill told me that she is baking.',
      gist: 'Ada Quill is baking.',
      source: ada.id,
      subjectId: ada.id,
    });
    expect(heard).toMatchObject({ importance: 0, keywords: [], evidence: [], created: world.step });
    if (heard.source) expectTypeOf(heard).toEqualTypeOf<HeardMemory>();
    const seen: MemoryNode = remember(world, ben, {
      type: 'event',
      description: 'Ada Quill is baking',
      seen: { subjectId: ada.id, action: 'baking' },
    });
    expect(seen.gist).toBeUndefined();
    if (seen.seen) expectTypeOf(seen).toEqualTypeOf<PerceivedMemory>();
  });
});
