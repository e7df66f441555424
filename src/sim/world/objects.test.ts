import { describe, expect, it } from 'vitest';
import { ObjectStates } from './objects';

describe('object states', () => {
  it('stores sector:arena:object keys, in order, and reads them back as addresses', () => {
    const objects = new ObjectStates();
    objects.set({ sector: 'Mill', arena: 'kitchen', object: 'stove' }, 'in use', 'a');
    objects.set({ sector: 'Hut', object: 'bed' }, 'being slept in', 'b');
    objects.set({ sector: 'Mill', arena: 'kitchen', object: 'stove' }, 'cooling', 'a');
    const stored = objects.getState();
    expect(Object.keys(stored)).toEqual(['Mill:kitchen:stove', 'Hut:bed']);
    expect(stored['Mill:kitchen:stove']).toEqual({ state: 'cooling', agentId: 'a' });

    const restored = new ObjectStates(JSON.parse(JSON.stringify(stored)));
    expect([...restored.entries()]).toEqual([
      {
        address: { sector: 'Mill', arena: 'kitchen', object: 'stove' },
        state: 'cooling',
        agentId: 'a',
      },
      { address: { sector: 'Hut', object: 'bed' }, state: 'being slept in', agentId: 'b' },
    ]);
    expect(restored.getState()).toEqual(stored);
  });

  it('releases only for the agent using the object', () => {
    const objects = new ObjectStates();
    const desk = { sector: 'School', arena: 'class', object: 'desk' };
    objects.set(desk, 'in use', 'a');
    objects.release(desk, 'b');
    expect([...objects.entries()]).toHaveLength(1);
    objects.release(desk, 'a');
    expect(objects.getState()).toEqual({});
  });

  it('escapes separators inside names so the address survives a save', () => {
    const objects = new ObjectStates();
    const odd = { sector: 'Bar: Inn', arena: 'back\\room', object: 'table' };
    objects.set(odd, 'in use', 'a');
    const stored = objects.getState();
    expect(Object.keys(stored)).toEqual(['Bar\\: Inn:back\\\\room:table']);
    expect([...new ObjectStates(stored).entries()][0]?.address).toEqual(odd);
  });

  it('keeps a key that does not read back for the save, without a place in the world', () => {
    const stored = { 'a:b:c:d': { state: 'odd', agentId: 'x' } };
    const objects = new ObjectStates(stored);
    expect([...objects.entries()]).toEqual([]);
    expect(objects.getState()).toEqual(stored);
  });
});
