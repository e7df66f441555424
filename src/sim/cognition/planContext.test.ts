import { describe, expect, it } from 'vitest';
import { smallScenario } from '../testing/smallTown';
import { createWorld } from '../world/world';
import { isWorkday, jointPlans, placesFor } from './planContext';

function world() {
  const sc = smallScenario();
  // Ben's pastime names Cleo; Cleo has none naming Ben: both must still get it, at one time.
  sc.personas = sc.personas.map((p) =>
    p.id === 'ben'
      ? {
          ...p,
          hobbies: [
            {
              activity: 'a game of cards with Cleo',
              place: { sector: 'Green Park', arena: 'park' },
              hour: 9,
            },
          ],
        }
      : p,
  );
  return createWorld(sc, { seed: 1 });
}

describe('plan context', () => {
  it('gives both partners the same joint activity, after work, in their own words', () => {
    const w = world();
    const ben = w.agents.find((a) => a.id === 'ben')!;
    const cleo = w.agents.find((a) => a.id === 'cleo')!;
    const mine = jointPlans(w, ben, 1);
    const theirs = jointPlans(w, cleo, 1);
    expect(mine).toHaveLength(1);
    expect(theirs).toHaveLength(1);
    expect(mine[0].startMinute).toBe(theirs[0].startMinute);
    expect(mine[0].place).toEqual(theirs[0].place);
    // Ben works 8–14 on a weekday: not at 9, the first free hour after work.
    expect(mine[0].startMinute).toBe(14 * 60);
    expect(mine[0].activity).toBe('a game of cards with Cleo');
    expect(theirs[0].activity).toBe('a game of cards with Ben');
  });

  it('guesses homes and workplaces for a map without kinds, never by name', () => {
    const w = world();
    const kinds = Object.fromEntries(placesFor(w).map((p) => [p.sector, p.kind]));
    expect(kinds['Ash House']).toBe('home');
    expect(kinds['Corner Café']).toBe('work');
  });

  it('works Monday to Friday when the workplace has no opening days', () => {
    const w = world();
    const ben = w.agents.find((a) => a.id === 'ben')!;
    expect(isWorkday(w, ben.persona, 0)).toBe(true);
    expect(isWorkday(w, ben.persona, 6)).toBe(false);
  });
});
