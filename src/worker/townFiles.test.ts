import { describe, expect, it } from 'vitest';
import { smallScenario } from '../sim/testing/smallTown';
import { newTown } from './townFiles';

describe('newTown', () => {
  it('opens the bundled town named by ?town=, without warnings for a described map', () => {
    const { scenario, source, warnings } = newTown({ scenario: 'saltmere', seed: 2 });
    expect(scenario.id).toBe('saltmere');
    expect(source).toMatchObject({ kind: 'new', scenario, seed: 2, agents: undefined });
    expect(warnings).toEqual([]);
  });

  it('refuses a town that cannot run, listing every problem with its file', () => {
    const broken = () => {
      const s = smallScenario();
      const map = structuredClone(s.map) as { layers: { name: string }[] };
      map.layers = map.layers.filter((l) => l.name !== 'collision');
      const personas = structuredClone(s.personas);
      personas[1].home = { sector: 'Nowhere Lane' };
      personas[0].seedMemories[0].event!.hostId = 'ghost';
      return { ...s, name: 'Broken Town', map, personas };
    };
    let message = '';
    try {
      newTown({ seed: 1 }, broken);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message.split('\n')).toEqual([
      'The town "Broken Town" cannot start (3 problems):',
      expect.stringMatching(/^- src\/scenarios\/small\/town\.json: The map has no "collision"/),
      expect.stringMatching(/personas\.json: Ada Quill's event "tasting": host "ghost" is nobody/),
      expect.stringMatching(
        /^- src\/scenarios\/small\/personas\.json: Ben Marsh \(ben\): home "Nowhere Lane" is not a sector on the map\. Fix "home"/,
      ),
    ]);
  });

  it('falls back to the default town with a warning naming the unknown id', () => {
    const { scenario, warnings } = newTown({ scenario: 'atlantis', agents: 2 });
    expect(scenario.id).toBe('default');
    expect(warnings).toEqual([expect.stringMatching(/no town "atlantis".*saltmere/)]);
  });
});
