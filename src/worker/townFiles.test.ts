import { describe, expect, it } from 'vitest';
import { newTown } from './townFiles';

describe('newTown', () => {
  it('opens the bundled town named by ?town=, without warnings for a described map', () => {
    const { scenario, world, warnings } = newTown({ scenario: 'saltmere', seed: 2 });
    expect(scenario.id).toBe('saltmere');
    expect(world.agents).toHaveLength(scenario.personas.length);
    expect(warnings).toEqual([]);
  });

  it('falls back to the default town with a warning naming the unknown id', () => {
    const { scenario, warnings } = newTown({ scenario: 'atlantis', agents: 2 });
    expect(scenario.id).toBe('default');
    expect(warnings).toEqual([expect.stringMatching(/no town "atlantis".*saltmere/)]);
  });
});
