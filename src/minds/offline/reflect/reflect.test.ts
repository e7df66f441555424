import { describe, expect, it } from 'vitest';
import type { MemoryBrief, PersonBrief } from '../../../sim/mind';
import { smallScenario } from '../../../sim/testing/smallTown';
import { focalQuestions, reflect } from '.';

const [ada, ben, cleo] = smallScenario().personas;
const people: PersonBrief[] = [
  {
    id: 'ben',
    name: ben.name,
    occupation: ben.occupation,
    relationship: { relation: 'a regular customer', closeness: 0.6, summary: '', timesTalked: 3 },
  },
  { id: 'cleo', name: cleo.name, occupation: cleo.occupation, relationship: null },
];

function memories(): MemoryBrief[] {
  const ms: MemoryBrief[] = [];
  let n = 0;
  const add = (m: Omit<MemoryBrief, 'id' | 'ageMinutes'>) =>
    ms.push({ id: `m${++n}`, ageMinutes: 300 - n, ...m });
  for (const action of ['sweeping the park paths', 'watering the roses', 'sweeping the park paths'])
    add({
      type: 'event',
      description: `Ben Marsh is ${action}`,
      importance: 2,
      subjectId: 'ben',
      seen: { subjectId: 'ben', action, sector: 'Green Park' },
    });
  add({
    type: 'chat',
    description: 'I talked with Ben about roses.',
    importance: 5,
    subjectId: 'ben',
  });
  add({
    type: 'chat',
    description: 'Ben and I laughed about the rain.',
    importance: 5,
    subjectId: 'ben',
  });
  add({
    type: 'event',
    description: 'Cleo Fern told me that Cleo Fern is hosting a picnic.',
    importance: 8,
    source: 'cleo',
    gist: 'Cleo Fern is hosting a picnic',
    event: {
      id: 'picnic',
      what: 'a picnic',
      hostId: 'cleo',
      place: { sector: 'Green Park' },
      day: 2,
      startHour: 12,
      endHour: 14,
    },
  });
  add({
    type: 'thought',
    description: 'Ask Ben whether he wants to help with the garden',
    importance: 7,
    keywords: ['inner voice'],
  });
  for (let i = 0; i < 4; i++)
    add({
      type: 'event',
      description: `Cleo Fern is reading`,
      importance: 1,
      subjectId: 'cleo',
      seen: { subjectId: 'cleo', action: 'reading', sector: 'Corner Café' },
    });
  return ms;
}

describe('offline focal questions', () => {
  it('names up to three salient topics with a focus tag, most salient first', () => {
    const { questions } = focalQuestions({ agent: ada, memories: memories(), people });
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.length).toBeLessThanOrEqual(3);
    const tags = questions.map((q) => q.focus);
    expect(tags).toContain('person:ben');
    // The question names the person in full, so retrieval finds their memories.
    expect(questions.find((q) => q.focus === 'person:ben')!.question).toMatch(/Ben/);
    expect(focalQuestions({ agent: ada, memories: memories(), people })).toEqual({ questions });
  });
});

describe('offline reflection', () => {
  const ms = memories();
  const ids = ms.map((m) => m.id);
  const ask = (focus: string) => ({ question: `about ${focus}?`, focus, memoryIds: ids });

  it('writes insights per focal question that cite only the memories retrieved for it', () => {
    const res = reflect({
      agent: ada,
      memories: ms,
      questions: [ask('person:ben'), ask('event:picnic'), ask('goals')],
      people,
    });
    expect(res.insights.length).toBeGreaterThanOrEqual(3);
    for (const i of res.insights) {
      expect(i.evidence.length).toBeGreaterThan(0);
      for (const id of i.evidence) expect(ids).toContain(id);
    }
    const aboutBen = res.insights.find((i) => i.subjectId === 'ben')!;
    expect(aboutBen.text).toMatch(/Ben/);
    for (const id of aboutBen.evidence) expect(ms.find((m) => m.id === id)!.subjectId).toBe('ben');
    expect(res.insights.some((i) => /picnic/.test(i.text))).toBe(true);
    // Goals come from the whisper (inner voice), cited as evidence.
    const goal = res.insights.find((i) => /help with the garden/.test(i.text));
    expect(goal?.evidence).toEqual(['m7']);
  });

  it('writes nothing new from what an earlier insight already rests on', () => {
    const first = reflect({ agent: ada, memories: ms, questions: [ask('work')], people });
    const evidence = first.insights[0].evidence;
    const withThought: MemoryBrief[] = [
      ...ms,
      {
        id: 't1',
        type: 'thought',
        description: first.insights[0].text,
        importance: 4,
        ageMinutes: 0,
        evidence,
      },
    ];
    const again = reflect({
      agent: ada,
      memories: withThought,
      questions: [{ question: 'work?', focus: 'work', memoryIds: evidence }],
      people,
    });
    expect(again.insights).toEqual([]);
  });

  it('varies its wording across people and moments', () => {
    const texts = new Set<string>();
    for (let k = 0; k < 12; k++) {
      const shifted = ms.map((m) => ({ ...m, id: `${m.id}-${k}` }));
      const res = reflect({
        agent: ada,
        memories: shifted,
        questions: [{ question: 'ben?', focus: 'person:ben', memoryIds: shifted.map((m) => m.id) }],
        people,
      });
      texts.add(res.insights[0].text.replace(/Ben|Marsh/g, 'X'));
    }
    expect(texts.size).toBeGreaterThanOrEqual(8);
  });
});
