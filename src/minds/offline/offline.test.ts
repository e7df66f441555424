import { describe, expect, it } from 'vitest';
import { smallScenario } from '../../sim/testing/smallTown';
import { TownMap } from '../../sim/world/townMap';
import { embedText } from './embed';
import { answerInterview } from './interview';
import { scheduleHours } from './routine';

const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);

describe('offline embeddings and importance', () => {
  it('embeds related texts closer than unrelated ones', () => {
    const q = embedText('running for mayor in the election');
    expect(dot(q, embedText('Victor is running for mayor'))).toBeGreaterThan(
      dot(q, embedText('brewing coffee at the counter')),
    );
    expect(dot(q, q)).toBeCloseTo(1, 5);
  });
});

describe('offline routine', () => {
  const scenario = smallScenario();
  const places = new TownMap(scenario.map).placeOptions();
  const [ada, ben] = scenario.personas;
  const event = ada.seedMemories[0].event!;
  const base = { day: 2, weekday: 'Tuesday', dayPlan: [], memories: [], places };

  it('fills the waking day with blocks at real places, work at the workplace', () => {
    const { blocks } = scheduleHours({ ...base, agent: ben, fromMinute: 0, knownEvents: [] });
    expect(blocks[0].startMinute).toBe(ben.wakeHour * 60);
    for (let i = 1; i < blocks.length; i++)
      expect(blocks[i].startMinute).toBe(blocks[i - 1].startMinute + blocks[i - 1].durationMin);
    const work = blocks.filter((b) => b.activity.startsWith('working'));
    expect(work.length).toBeGreaterThan(0);
    for (const b of work) expect(b.place).toEqual(ben.workplace);
  });

  it('puts a known event into the host’s schedule at its time and place', () => {
    const { blocks } = scheduleHours({ ...base, agent: ada, fromMinute: 0, knownEvents: [event] });
    const hosting = blocks.find((b) => b.activity.startsWith('hosting'));
    expect(hosting?.place).toEqual(event.place);
    expect(hosting!.startMinute).toBeLessThanOrEqual(event.startHour * 60);
    expect(hosting!.startMinute + hosting!.durationMin).toBe(event.endHour * 60);
  });
});

describe('offline interview', () => {
  const agent = smallScenario().personas[1];
  const common = { agent, currentAction: 'reading', plan: [], day: 1, minuteOfDay: 600 };

  it('answers from a memory on the topic and cites it', () => {
    const res = answerInterview({
      ...common,
      question: 'Do you know about a tasting evening?',
      memories: [
        {
          id: 'm1',
          type: 'event',
          description: 'Ada Quill told me that Ada is hosting a tasting evening.',
          importance: 7,
          ageMinutes: 90,
        },
        {
          id: 'm2',
          type: 'event',
          description: 'Cleo Fern is reading',
          importance: 1,
          ageMinutes: 5,
        },
      ],
    });
    expect(res.answer).toMatch(/tasting evening/);
    expect(res.usedMemoryIds).toEqual(['m1']);
  });

  it('says it does not know when no memory is on the topic', () => {
    const res = answerInterview({
      ...common,
      question: 'Do you know who is running for mayor?',
      memories: [
        {
          id: 'm2',
          type: 'event',
          description: 'Cleo Fern is reading',
          importance: 1,
          ageMinutes: 5,
        },
      ],
    });
    expect(res.answer).toMatch(/haven't heard/);
    expect(res.answer.toLowerCase()).not.toContain('mayor');
    expect(res.usedMemoryIds).toEqual([]);
  });
});
