import { describe, expect, it } from 'vitest';
import { smallScenario } from '../sim/testing/smallTown';
import { createWorld } from '../sim/world/world';
import { answers, asksQuestion, measureLanguage, textMetrics } from './language';
import { distinctN, isNonAnswer, makeMasker, sentenceShape } from './text';

const mask = makeMasker({
  people: [
    { id: 'ada', name: 'Ada Quill' },
    { id: 'ben', name: 'Ben Marsh' },
  ],
  places: ['Corner Café'],
});

describe('masking and shapes', () => {
  it('masks names, places, numbers and times', () => {
    expect(mask('Ada met Ben Marsh at Corner Café at 5 pm, table 3.')).toBe(
      '<name> met <name> at <place> at <time>, table <n>.',
    );
  });
  it('gives lines that differ only in content words one shape', () => {
    expect(sentenceShape(mask('I saw Ada at the bakery.'))).toBe(
      sentenceShape(mask('I met Ben at the pond.')),
    );
    expect(sentenceShape('How are you?')).not.toBe(sentenceShape('I am at the pond.'));
  });
});

describe('text metrics', () => {
  it('counts duplicates once names are masked', () => {
    const { metrics } = textMetrics(
      ['Hi Ada, how are you?', 'Hi Ben, how are you?', 'The bread is warm.'],
      mask,
      1,
    );
    expect(metrics.duplicateRate).toBeCloseTo(2 / 3);
  });
  it('distinct-n is 1 for all-new n-grams and falls with repetition', () => {
    expect(distinctN([['a', 'b', 'c']], 2)).toBe(1);
    expect(distinctN([['a', 'b', 'a', 'b']], 2)).toBeCloseTo(2 / 3);
  });
});

describe('questions in conversation', () => {
  it('recognises questions by the last sentence', () => {
    expect(asksQuestion('Nice day. How was yours?')).toBe(true);
    expect(asksQuestion('Was it? Anyway, nice day.')).toBe(false);
  });
  it('counts replies that answer, not goodbyes or counter-questions', () => {
    expect(answers('How has your day been?', 'Busy, the café was full all morning.')).toBe(true);
    expect(answers('Where did you find the leaves?', 'Down by the leaves near the pond.')).toBe(
      true,
    );
    expect(answers('How has your day been?', 'Anyway, I should get going.')).toBe(false);
    expect(answers('How has your day been?', 'And yours?')).toBe(false);
  });
  it('sees evasions', () => {
    expect(isNonAnswer("Hmm, I'm not sure. I haven't heard anything about that.")).toBe(true);
    expect(isNonAnswer('Ben keeps the park tidy.')).toBe(false);
    expect(isNonAnswer('I want to study boats. I have no idea how to tell my parents.')).toBe(
      false,
    );
  });
});

describe('measureLanguage', () => {
  it('measures conversations of a world', () => {
    const world = createWorld(smallScenario(), { seed: 1 });
    world.conversations.push({
      id: 'c1',
      participants: ['ada', 'ben'],
      startStep: world.step,
      endStep: world.step + 10,
      place: 'Corner Café, café',
      lines: [
        { speakerId: 'ada', text: 'Morning Ben! How are the flower beds?', step: world.step },
        { speakerId: 'ben', text: 'The beds are coming along nicely.', step: world.step + 2 },
        { speakerId: 'ada', text: 'Good. See you later!', step: world.step + 4 },
      ],
    });
    const l = measureLanguage(world);
    expect(l.utterances).toBe(3);
    expect(l.questionsAsked).toBe(1);
    expect(l.questionsAnswered).toBe(1);
    expect(l.meanConversationLength).toBe(3);
    expect(l.topEndings[0]).toEqual({ text: 'good. see you later!', count: 1 });
  });
});
