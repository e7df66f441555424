import { describe, expect, it } from 'vitest';
import type { QuestionReq } from '../../../sim/mind';
import { sampleCall } from '../testing/requests';
import { answerInterviewSpec } from './answerInterview';

describe('answerInterview prompt', () => {
  it('states the people (and who shares the home), events, schedule, tomorrow and topic memories', () => {
    const base = sampleCall('answerInterview').req;
    const req: QuestionReq<'answerInterview'> = {
      ...base,
      weekday: 'Monday',
      people: [
        {
          id: 'ben',
          name: 'Ben Marsh',
          occupation: 'park keeper',
          relationship: { relation: 'a regular', closeness: 0.5, summary: '', timesTalked: 2 },
          sharesHome: false,
        },
        { id: 'cleo', name: 'Cleo Fern', relationship: null, sharesHome: true },
      ],
      knownEvents: [
        {
          id: 'tasting',
          what: 'a tasting evening',
          hostId: base.agent.id,
          place: { sector: 'Corner Café' },
          day: 2,
          startHour: 17,
          endHour: 19,
        },
      ],
      schedule: [
        {
          startMinute: 420,
          durationMin: 60,
          activity: 'opening up',
          place: { sector: 'Corner Café' },
        },
      ],
      tomorrow: { day: 2, weekday: 'Tuesday' },
      topics: [
        {
          id: 'seed1',
          type: 'event',
          description: 'I am hosting a tasting evening.',
          importance: 8,
          ageMinutes: 30,
        },
      ],
    };
    const text = answerInterviewSpec
      .messages(req)
      .map((m) => m.content)
      .join('\n');
    expect(text).toMatch(/Cleo Fern.*lives with you/);
    expect(text).toMatch(/Ben Marsh, park keeper/);
    expect(text).toMatch(/a tasting evening \(you are hosting it\)/);
    expect(text).toMatch(/07:00–08:00 opening up/);
    expect(text).toMatch(/Tomorrow is day 2 \(Tuesday\)/);
    expect(text).toContain('[seed1]');
    // A topic memory may be cited.
    expect(
      answerInterviewSpec.toResult({ answer: 'Yes.', usedMemoryIds: ['seed1'] }, req).usedMemoryIds,
    ).toEqual(['seed1']);
  });
});
