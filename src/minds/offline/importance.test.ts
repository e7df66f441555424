import { describe, expect, it } from 'vitest';
import type { ImportanceItem } from '../../sim/mind';
import { rateImportance } from './importance';

const event = {
  id: 'picnic',
  what: 'a picnic',
  hostId: 'cleo',
  place: { sector: 'Green Park' },
  day: 2,
  startHour: 12,
  endHour: 14,
};
const heard = (extra: Partial<ImportanceItem>): ImportanceItem => ({
  description: 'Cleo Fern told me that Cleo Fern is hosting a picnic at Green Park.',
  type: 'event',
  event,
  source: { id: 'cleo', relation: null, closeness: 0, importance: null },
  ...extra,
});
const seen = (extra: Partial<ImportanceItem>): ImportanceItem => ({
  description: 'Ben Marsh is sweeping the park paths',
  type: 'event',
  seen: { subjectId: 'ben', action: 'sweeping the park paths' },
  repeats: 0,
  ...extra,
});

describe('offline importance from structure', () => {
  it('rates a repeated sight 1, a stranger 1, an acquaintance 2 and someone close 3', () => {
    expect(rateImportance(seen({ repeats: 2 }))).toBe(1);
    expect(rateImportance(seen({ subjectRelation: null }))).toBe(1);
    expect(
      rateImportance(seen({ subjectRelation: { relation: 'a neighbour', closeness: 0.2 } })),
    ).toBe(2);
    expect(rateImportance(seen({ subjectRelation: { relation: 'my son', closeness: 0.9 } }))).toBe(
      3,
    );
    // Even someone close doing the same thing again adds nothing.
    expect(
      rateImportance(seen({ repeats: 1, subjectRelation: { relation: 'my son', closeness: 0.9 } })),
    ).toBe(1);
  });

  it('rates heard things by structure: invitation, closeness, the teller’s own rating', () => {
    const plain = rateImportance(heard({}));
    const invited = rateImportance(heard({ invitation: true }));
    const closeHost = rateImportance(
      heard({
        invitation: true,
        source: { id: 'cleo', relation: 'my sister', closeness: 0.8, importance: 8 },
      }),
    );
    expect(plain).toBeGreaterThanOrEqual(4);
    expect(invited).toBeGreaterThan(plain);
    expect(closeHost).toBeGreaterThan(invited);
    expect(closeHost).toBeGreaterThanOrEqual(8);
    const mine = rateImportance(heard({ concernsSelf: true }));
    expect(mine).toBeGreaterThan(plain);
    const fromConcerned = rateImportance(
      heard({ event: undefined, news: 'candidacy', fromConcerned: true }),
    );
    const secondHand = rateImportance(heard({ event: undefined, news: 'candidacy' }));
    expect(fromConcerned).toBeGreaterThan(secondHand);
  });

  it('has no storyline words: the same words without structure stay mundane', () => {
    for (const description of [
      'Victor is running for mayor in the election',
      'Chidi is planning a party',
      'the festival campaign vote',
    ])
      expect(
        rateImportance({ description, type: 'event', seen: { action: description } }),
      ).toBeLessThanOrEqual(2);
  });

  it('lets weighty general words raise a rating, never lower it', () => {
    expect(rateImportance({ description: 'My grandmother died this morning', type: 'chat' })).toBe(
      10,
    );
    expect(
      rateImportance({ description: 'I talked with Ben about the weather', type: 'chat' }),
    ).toBe(4);
    expect(
      rateImportance({ description: 'I am worried about the rent', type: 'thought' }),
    ).toBeGreaterThanOrEqual(4);
  });
});
