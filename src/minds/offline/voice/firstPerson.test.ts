import { describe, expect, it } from 'vitest';
import { personaGender, toFirstPerson } from './firstPerson';

const elena = {
  name: 'Elena Vasquez',
  currently: 'Elena is worried about her daughter, and she is looking for a way to say so.',
};

describe('toFirstPerson', () => {
  it('rewrites only the pronouns that refer to the persona', () => {
    expect(
      toFirstPerson(
        'Elena is worried that her daughter Lucia is taking on too much in her first year at college',
        elena,
      ),
    ).toBe("I'm worried that my daughter Lucia is taking on too much in her first year at college");
  });

  it('conjugates coordinated verbs and keeps other people as they are', () => {
    const piotr = { name: 'Piotr Nowak' };
    expect(
      toFirstPerson('Piotr misses his friends back home and hopes to make a few more.', piotr),
    ).toBe('I miss my friends back home and hope to make a few more.');
    expect(
      toFirstPerson('Piotr wakes at 6, works at the market from 6 to 14, and sleeps at 22.', piotr),
    ).toBe('I wake at 6, work at the market from 6 to 14, and sleep at 22.');
  });

  it('turns object pronouns into "me" when someone else acts on the persona', () => {
    const mila = { name: 'Mila Petrov', currently: 'Mila is wondering about it.' };
    expect(
      toFirstPerson(
        'Mila is wondering whether Diego Castillo, who comes in every morning, is ever going to ask her out.',
        mila,
      ),
    ).toBe(
      "I'm wondering whether Diego Castillo, who comes in every morning, is ever going to ask me out.",
    );
    const ivan = { name: 'Ivan Petrov', currently: 'Ivan is annoyed.' };
    expect(
      toFirstPerson('Ivan is annoyed at the gardener, and he has decided to tell him so.', ivan),
    ).toBe("I'm annoyed at the gardener, and I've decided to tell him so.");
  });

  it('keeps pronouns of the other gender, and knows the persona’s gender from its texts', () => {
    const tomas = { name: 'Tomas Vasquez', learned: 'He met Elena when she asked him the way.' };
    expect(personaGender(tomas)).toBe('m');
    expect(personaGender({ name: 'X Y' })).toBeNull();
    expect(toFirstPerson('He met Elena when she asked him the way.', tomas)).toBe(
      'I met Elena when she asked me the way.',
    );
  });

  it('handles contractions, possessive names and "hers"', () => {
    const rosa = { name: 'Rosa Castillo', currently: 'Rosa bakes.' };
    expect(toFirstPerson("Rosa's bread is good and she's sure hers is better.", rosa)).toBe(
      "My bread is good and I'm sure mine is better.",
    );
  });

  it('leaves text that is not about the persona unchanged', () => {
    expect(toFirstPerson('The library roof leaks in the rain.', elena)).toBe(
      'The library roof leaks in the rain.',
    );
  });
});
