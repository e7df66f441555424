import { describe, expect, it } from 'vitest';
import { STEPS_PER_HOUR } from '../sim/clock';
import { smallScenario } from '../sim/testing/smallTown';
import { parseOpeningHours } from '../sim/world/places';
import { createWorld } from '../sim/world/world';
import { measureBehaviour } from './behaviour';
import { lexicon } from './language';
import { BehaviourRecorder } from './recorder';

/** Ben (who does not work at the café) is in the café at the hour given. */
function visit(hour: number) {
  const world = createWorld(smallScenario(), { seed: 1 });
  world.map.sector('Corner Café')!.hours = parseOpeningHours('08:00-18:00');
  world.step = hour * STEPS_PER_HOUR;
  const ben = world.agent('ben')!;
  world.placeAgent(ben, world.map.targetTiles({ sector: 'Corner Café', arena: 'café' })[0]);
  ben.s.action = { ...ben.s.action, kind: 'act', description: 'having a coffee' };
  const rec = new BehaviourRecorder();
  rec.observe(world);
  return measureBehaviour(world, rec, lexicon(world));
}

describe('closed visits', () => {
  it('counts a visit outside opening hours as closed', () => {
    const b = visit(7);
    expect(b.closedVisits).toMatchObject({ visits: 1, closed: 1 });
    expect(b.closedVisits?.examples[0]).toContain('Ben Marsh at Corner Café');
  });
  it('passes a visit while open', () => {
    expect(visit(9).closedVisits).toMatchObject({ visits: 1, closed: 0 });
  });
  it('is not judged on a map without hours', () => {
    const world = createWorld(smallScenario(), { seed: 1 });
    const rec = new BehaviourRecorder();
    rec.observe(world);
    expect(measureBehaviour(world, rec, lexicon(world)).closedVisits).toBeNull();
  });
});
