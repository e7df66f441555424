import { describe, expect, it } from 'vitest';
import type { InterviewPerson, MemoryBrief, QuestionReq } from '../../../sim/mind';
import { smallScenario } from '../../../sim/testing/smallTown';
import { TownMap } from '../../../sim/world/townMap';
import { scheduleHours } from '../routine';
import { answerInterview } from './index';
import { asGerund } from './render';

const scenario = smallScenario();
const places = new TownMap(scenario.map).placeOptions();
const [ada, ben, cleo] = scenario.personas;
const event = ada.seedMemories[0].event!;

const rel = (relation: string, closeness: number, timesTalked = 0) => ({
  relation,
  closeness,
  summary: relation,
  timesTalked,
});
const benPeople: InterviewPerson[] = [
  {
    id: 'ada',
    name: 'Ada Quill',
    occupation: 'café owner',
    relationship: rel('the café owner', 0.5, 2),
    sharesHome: false,
  },
  { id: 'cleo', name: 'Cleo Fern', occupation: 'student', relationship: null, sharesHome: true },
];
const toldBen: MemoryBrief = {
  id: 'm1',
  type: 'event',
  description:
    'Ada Quill told me that Ada is hosting a tasting evening at Corner Café on day 2 from 5 pm to 7 pm.',
  gist: 'Ada is hosting a tasting evening at Corner Café on day 2 from 5 pm to 7 pm',
  importance: 7,
  ageMinutes: 90,
  source: 'ada',
  subjectId: 'ada',
  event,
};
const sighting: MemoryBrief = {
  id: 'm2',
  type: 'event',
  description: 'Cleo Fern is reading',
  importance: 1,
  ageMinutes: 5,
  subjectId: 'cleo',
  seen: { subjectId: 'cleo', action: 'reading', sector: 'Birch House' },
};

function req(question: string, extra: Partial<QuestionReq<'answerInterview'>> = {}) {
  return {
    agent: ben,
    question,
    memories: [sighting],
    currentAction: 'reading',
    plan: [],
    day: 1,
    minuteOfDay: 20 * 60,
    weekday: 'Monday',
    people: benPeople,
    knownEvents: [],
    topics: [],
    schedule: scheduleHours({
      agent: ben,
      day: 1,
      weekday: 'Monday',
      fromMinute: 360,
      dayPlan: [],
      knownEvents: [],
      memories: [],
      places,
    }).blocks,
    tomorrow: { day: 2, weekday: 'Tuesday', weekdayIndex: 1, workday: true },
    places,
    ...extra,
  } satisfies QuestionReq<'answerInterview'>;
}
const ask = (q: string, extra?: Partial<QuestionReq<'answerInterview'>>) =>
  answerInterview(req(q, extra));

describe('offline interview answers', () => {
  it('introduces itself with name and job, in the first person, never "Yes."', () => {
    const a = ask('Give an introduction of yourself.').answer;
    expect(a).toMatch(/Ben Marsh/);
    expect(a).toMatch(/park keeper/);
    expect(a).toMatch(/I keep the park tidy/);
    expect(a).not.toMatch(/^Yes/);
    expect(ask('What is your job?').answer).toMatch(/park keeper.*Green Park|Green Park/);
  });

  it('names who shares the home, and the same facts when asked again', () => {
    const a = ask('Who do you live with?').answer;
    const b = ask('Who shares your home with you?').answer;
    for (const x of [a, b]) expect(x).toMatch(/Cleo/);
    expect(ask('Who do you live with?', { people: [] }).answer).toMatch(/on my own/);
  });

  it('knows an event it was told of, says who told it and whether it will go', () => {
    const extra = { topics: [toldBen], knownEvents: [event] };
    const a = answerInterview(req('Do you know about a tasting evening?', extra));
    expect(a.answer).toMatch(/^(\S+ )?Yes, I do\./);
    expect(a.answer).toMatch(/Ada told me/);
    expect(a.answer).toMatch(/tasting evening/);
    expect(a.usedMemoryIds).toEqual(['m1']);
    const b = ask('What have you heard about the tasting?', extra).answer;
    expect(b).toMatch(/tasting evening/);
    expect(b).not.toMatch(/^Yes/);
    expect(ask('Are you going to the tasting evening?', extra).answer).toMatch(
      /^(\S+ )?(Yes, I'm going|No, I don't think I'll go)/,
    );
  });

  it('says an honest no about news it was never told, citing nothing', () => {
    const a = ask('Do you know about a tasting evening?');
    expect(a.answer).toMatch(/^No, I haven't heard/);
    expect(a.answer).not.toMatch(/tasting/);
    expect(a.usedMemoryIds).toEqual([]);
  });

  it("answers tomorrow's hour with the planner's own plan for that day", () => {
    const a = ask('What will you be doing at 10 am tomorrow?').answer;
    expect(a).toMatch(/Green Park/);
    expect(ask('What will you be doing at 11 pm tomorrow?').answer).toMatch(/asleep/);
    const host = answerInterview({
      ...req('What will you be doing at 6 pm tomorrow?', { knownEvents: [event] }),
      agent: ada,
      people: [],
    }).answer;
    expect(host).toMatch(/tasting evening/);
  });

  it('speaks of a person from the relationship and cites only what it uses', () => {
    const a = ask('Who is Ada Quill?', { memories: [sighting, toldBen] });
    expect(a.answer).toMatch(/café owner/);
    expect(a.usedMemoryIds).toEqual(['m1']);
    expect(ask('Who is Zed Ray?').answer).toMatch(/don't think I know anyone called Zed Ray/);
  });

  it('answers reflections and situations in character, naming someone it knows', () => {
    expect(ask('What has been on your mind lately?').answer).toMatch(/flower beds/);
    expect(
      ask('If you could spend time with one person you met recently, who would it be and why?')
        .answer,
    ).toMatch(/Ada/);
    expect(
      ask('You see Ada Quill looking upset at Corner Café. What would you do?').answer,
    ).toMatch(/Ada/);
    expect(
      ask(
        'Something goes badly wrong at Green Park and you have to deal with it alone. What would you do?',
      ).answer,
    ).toMatch(/Green Park/);
  });

  it('works for someone without a workplace or anyone at home', () => {
    const a = answerInterview({ ...req('What is your job?'), agent: cleo, people: [] }).answer;
    expect(a).toMatch(/student/);
  });

  it('names itself when asked about its own news, which it would otherwise say as "I"', () => {
    const own: MemoryBrief = {
      id: 'n1',
      type: 'event',
      description: 'At dawn Ben found a rare orchid growing by the fountain in Green Park.',
      importance: 8,
      ageMinutes: 600,
      news: 'orchid',
    };
    const a = ask('Do you know what Ben found in the park?', { topics: [own] });
    expect(a.answer).toMatch(/Ben Marsh/);
    expect(a.answer).toMatch(/I found a rare orchid/);
    expect(a.usedMemoryIds).toEqual(['n1']);
    const told = ask('Have you heard about the orchid?', {
      agent: ada,
      people: [
        { id: 'ben', name: 'Ben Marsh', relationship: rel('a regular', 0.5), sharesHome: false },
      ],
      topics: [{ ...own, id: 'n2', source: 'ben', gist: own.description }],
    }).answer;
    expect(told).toMatch(/that at dawn Ben found a rare orchid/);
  });

  it('turns pastimes written as noun phrases into something one can be doing', () => {
    expect(asGerund('a walk on the green')).toBe('going for a walk on the green');
    expect(asGerund('black tea at the tearoom')).toBe('having black tea at the tearoom');
    expect(asGerund('cards with Arthur')).toBe('playing cards with Arthur');
    expect(asGerund('reading the paper')).toBe('reading the paper');
  });
});
