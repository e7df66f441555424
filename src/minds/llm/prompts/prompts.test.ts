import { describe, expect, it } from 'vitest';
import { QUESTION_KINDS, type MindCall, type QuestionKind } from '../../../sim/mind';
import { extractJson, validateReply } from '../parse';
import { sampleCall } from '../testing/requests';
import { ageText } from './format';
import { jsonSchemaOf, OutputError, SPECS, type ChatKind } from '.';

const CHAT_KINDS = QUESTION_KINDS.filter((k): k is ChatKind => k !== 'embed');

/** The prompt messages and reply schema for a call (generic, so the request type follows the kind). */
const messagesOf = <K extends ChatKind>(call: MindCall<K>) => SPECS[call.kind].messages(call.req);
const schemaOf = <K extends ChatKind>(call: MindCall<K>) => SPECS[call.kind].schema(call.req);

/** Validates a reply object for a sample request of a kind. */
function check<K extends ChatKind>(kind: K, reply: unknown, tweak?: (req: never) => void) {
  const call = sampleCall(kind as QuestionKind as K);
  tweak?.(call.req as never);
  return validateReply(SPECS[kind], JSON.stringify(reply), call.req);
}

describe('prompt templates', () => {
  it.each(CHAT_KINDS)('%s: marker line, persona and data; no volatile content', (kind) => {
    const call = sampleCall(kind);
    const messages = messagesOf(call);
    expect(messages[0].role).toBe('system');
    expect(messages[0].content.split('\n')[0]).toBe(`question: ${kind}`);
    expect(messages[0].content).toMatch(/JSON/);
    // Equal requests give byte-equal prompts (cacheable), and no op ids leak into them.
    expect(messagesOf(sampleCall(kind))).toEqual(messages);
    expect(JSON.stringify(messages)).not.toContain(call.id);
  });

  it.each(CHAT_KINDS)('%s: strict JSON schema (all required, no extras, no ranges)', (kind) => {
    const schema = jsonSchemaOf(schemaOf(sampleCall(kind)));
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(walk);
      const o = node as Record<string, unknown>;
      for (const k of ['$schema', 'pattern', 'minimum', 'maximum']) expect(o[k], k).toBeUndefined();
      if (o.type === 'object') {
        expect(o.additionalProperties).toBe(false);
        expect(o.required).toEqual(Object.keys(o.properties as object));
      }
      Object.values(o).forEach(walk);
    };
    walk(schema);
    expect(schema.type).toBe('object');
  });

  it('coarsens ages so prompts repeat across steps', () => {
    expect(ageText(3)).toBe(ageText(12));
    expect(ageText(130)).toBe('about 2 hours ago');
    expect(ageText(60 * 24 * 3)).toBe('3 days ago');
  });
});

describe('reply validation', () => {
  it('rateImportance: one score per memory, rounded and clamped to 1–10', () => {
    expect(check('rateImportance', { scores: [0, 15, 3.4] })).toEqual({ scores: [1, 10, 3] });
    expect(() => check('rateImportance', { scores: [3, 4] })).toThrow(/exactly one score/);
  });

  it('rateImportance: the schema fixes the number of scores and the prompt shows the structure', () => {
    const call = sampleCall('rateImportance');
    const schema = jsonSchemaOf(schemaOf(call)) as {
      properties: { scores: { minItems: number; maxItems: number } };
    };
    expect(schema.properties.scores.minItems).toBe(3);
    expect(schema.properties.scores.maxItems).toBe(3);
    const prompt = messagesOf(call)[1].content;
    expect(prompt).toMatch(/an invitation from the host/);
    expect(prompt).toMatch(/seen exactly this 3 times before/);
  });

  it('focalQuestions: 1 to 3 questions', () => {
    expect(check('focalQuestions', { questions: ['Who is Ben to me?'] })).toEqual({
      questions: [{ question: 'Who is Ben to me?' }],
    });
    expect(() => check('focalQuestions', { questions: [] })).toThrow(OutputError);
    expect(() => check('focalQuestions', { questions: ['a?', 'b?', 'c?', 'd?'] })).toThrow(
      OutputError,
    );
  });

  it('groundAction: the place must come from the request', () => {
    const ok = { sector: 'Green Park', arena: 'park', object: 'bench', emoji: '🍂' };
    expect(check('groundAction', ok)).toEqual(ok);
    expect(() => check('groundAction', { ...ok, sector: 'Moon Base' })).toThrow(OutputError);
    expect(() => check('groundAction', { ...ok, arena: 'kitchen' })).toThrow(/not an arena of/);
    // An object from another arena is dropped, not fatal.
    expect(check('groundAction', { ...ok, object: 'stove' })).not.toHaveProperty('object');
  });

  it('reflect: evidence must cite memory ids from the request', () => {
    const good = { insights: [{ text: 'I love my café.', evidence: ['m1', 'm4'] }] };
    expect(check('reflect', good)).toEqual({ insights: good.insights });
    const bad = { insights: [{ text: 'x', evidence: ['m99'] }] };
    expect(() => check('reflect', bad)).toThrow(OutputError);
    const none = { insights: [{ text: 'x', evidence: [] }] };
    expect(() => check('reflect', none)).toThrow(OutputError);
    // The focal questions and their memory ids are in the prompt.
    expect(messagesOf(sampleCall('reflect'))[1].content).toMatch(
      /1\. How are things .*\(memories: m2, m3\)/,
    );
  });

  it('nextUtterance: shares carry the cited memory’s event and canonical gist', () => {
    const res = check('nextUtterance', {
      text: 'Come to my tasting!',
      end: false,
      shares: [
        { memoryId: 'm1', gist: 'a tasting' },
        { memoryId: null, gist: 'It may rain.' },
      ],
    });
    expect(res.shares[0]).toMatchObject({ memoryId: 'm1', event: { id: 'tasting' } });
    expect(res.shares[0].gist).toMatch(/^Ada Quill is hosting/);
    expect(res.shares[1]).toEqual({ gist: 'It may rain.' });
    expect(() =>
      check('nextUtterance', { text: 'hi', end: false, shares: [{ memoryId: 'm42', gist: 'x' }] }),
    ).toThrow(OutputError);
  });

  it('scheduleHours: clock times become minutes; bad places are dropped; past blocks skipped', () => {
    const res = check('scheduleHours', {
      blocks: [
        {
          start: '05:00',
          end: '06:00',
          activity: 'sleeping',
          sector: 'Ash House',
          arena: 'bedroom 1',
        },
        {
          start: '06:00',
          end: '07:30',
          activity: 'getting ready',
          sector: 'Ash House',
          arena: 'kitchen',
        },
        { start: '07:30', end: '15:00', activity: 'working', sector: 'Corner Café', arena: 'park' },
        {
          start: '21:30',
          end: '00:30',
          activity: 'reading late',
          sector: 'Ash House',
          arena: 'living room',
        },
      ],
    });
    expect(res.blocks).toEqual([
      {
        startMinute: 360,
        durationMin: 90,
        activity: 'getting ready',
        place: { sector: 'Ash House', arena: 'kitchen' },
      },
      { startMinute: 450, durationMin: 450, activity: 'working', place: undefined },
      {
        startMinute: 1290,
        durationMin: 180,
        activity: 'reading late',
        place: { sector: 'Ash House', arena: 'living room' },
      },
    ]);
    expect(() =>
      check('scheduleHours', {
        blocks: [
          { start: '7am', end: '8am', activity: 'x', sector: 'Ash House', arena: 'kitchen' },
        ],
      }),
    ).toThrow(/HH:MM/);
  });

  it('decompose: durations are rescaled to fill the block exactly', () => {
    const res = check('decompose', {
      steps: [
        { description: 'opening up', durationMin: 10, object: 'counter', emoji: '🔑' },
        { description: 'brewing', durationMin: 10, object: 'coffee machine', emoji: '☕' },
        { description: 'serving', durationMin: 10, object: null, emoji: '' },
      ],
    });
    expect(res.steps.map((s) => s.durationMin)).toEqual([20, 20, 20]);
    expect(res.steps[2]).toEqual({
      description: 'serving',
      durationMin: 20,
      object: undefined,
      emoji: undefined,
    });
  });

  it('summarizeChat: closeness change clamped; answerInterview: unknown ids dropped', () => {
    const s = check('summarizeChat', {
      summary: 'We talked.',
      relationship: 'A friend.',
      closenessDelta: 3,
    });
    expect(s.closenessDelta).toBe(0.2);
    const a = check('answerInterview', { answer: 'Yes!', usedMemoryIds: ['m1', 'm77', 'm1'] });
    expect(a.usedMemoryIds).toEqual(['m1']);
  });

  it('planDay and decideToTalk: reject empty content', () => {
    expect(() => check('planDay', { wakeHour: 6, items: [] })).toThrow(OutputError);
    expect(() => check('planDay', { wakeHour: 31, items: ['a', 'b', 'c', 'd', 'e'] })).toThrow(
      /wakeHour/,
    );
    expect(() => check('decideToTalk', { talk: true, reason: ' ' })).toThrow(OutputError);
  });

  it('planDay: the schema holds the 5–8 items the prompt asks for', () => {
    expect(() => check('planDay', { wakeHour: 6, items: ['a', 'b'] })).toThrow(OutputError);
    const nine = Array.from({ length: 9 }, (_, i) => `item ${i}`);
    expect(() => check('planDay', { wakeHour: 6, items: nine })).toThrow(OutputError);
  });
});

describe('extractJson', () => {
  it('reads JSON around fences, think blocks and prose', () => {
    expect(extractJson('```json\n{"a": 1}\n```')).toEqual({ a: 1 });
    expect(extractJson('<think>hmm {no}</think>\n{"a": 2}')).toEqual({ a: 2 });
    expect(extractJson('Sure! Here you go: {"a": 3}. Anything else?')).toEqual({ a: 3 });
    expect(() => extractJson('')).toThrow(/empty/);
    expect(() => extractJson('{"a": ')).toThrow(/not valid JSON/);
  });
});
