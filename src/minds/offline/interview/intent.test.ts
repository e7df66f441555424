import { describe, expect, it } from 'vitest';
import { clockIn, recogniseIntent } from './intent';

const people = [
  { id: 'ada', name: 'Ada Quill' },
  { id: 'ben', name: 'Ben Marsh' },
];
const kind = (q: string) => recogniseIntent(q, people).kind;

describe('interview intent recognition', () => {
  it('recognises questions about the self in several wordings', () => {
    expect(kind('Give an introduction of yourself.')).toBe('intro');
    expect(kind('Tell me about yourself.')).toBe('intro');
    expect(kind('Who are you?')).toBe('intro');
    expect(kind('What is your job?')).toBe('job');
    expect(kind('What do you do for a living?')).toBe('job');
    expect(kind('Who do you live with?')).toBe('household');
    expect(kind('Who shares your home with you?')).toBe('household');
    expect(kind('Describe your typical weekday.')).toBe('routine');
    expect(kind('What are you looking forward to?')).toBe('outlook');
    expect(kind('What has been on your mind lately?')).toBe('mind');
    expect(kind('What have you been thinking about recently?')).toBe('mind');
  });

  it('reads the moment of a time question', () => {
    expect(recogniseIntent('What will you be doing at 3 pm tomorrow?', people)).toMatchObject({
      kind: 'timeAt',
      dayOffset: 1,
      minute: 15 * 60,
    });
    expect(recogniseIntent('Where were you at 10 am today?', people)).toMatchObject({
      kind: 'timeAt',
      dayOffset: 0,
      minute: 600,
    });
    expect(recogniseIntent('What are you doing this evening?', people)).toMatchObject({
      kind: 'timeAt',
      dayOffset: 0,
    });
    expect(kind('What are your plans for tomorrow?')).toBe('plans');
    expect(kind('What happened yesterday?')).toBe('yesterday');
    expect(clockIn('at 7:30 pm')).toBe(19 * 60 + 30);
    expect(clockIn('at noon')).toBe(720);
  });

  it('finds the person asked about by full or first name', () => {
    expect(recogniseIntent('Who is Ben Marsh?', people)).toMatchObject({
      kind: 'person',
      personId: 'ben',
    });
    expect(recogniseIntent('What can you tell me about Ada?', people)).toMatchObject({
      kind: 'person',
      personId: 'ada',
    });
    expect(recogniseIntent('What do you think of Ben?', people).personId).toBe('ben');
    expect(recogniseIntent('Who is Zed Ray?', people)).toMatchObject({
      kind: 'person',
      unknownName: 'Zed Ray',
    });
  });

  it('tells knowledge, attendance, votes, reasons, situations and companions apart', () => {
    expect(recogniseIntent('Do you know about a tasting evening?', people)).toMatchObject({
      kind: 'knowledge',
      yesNo: true,
      attendance: false,
    });
    expect(recogniseIntent('What have you heard about the tasting?', people).yesNo).toBe(false);
    expect(recogniseIntent('Are you going to the tasting evening?', people)).toMatchObject({
      kind: 'knowledge',
      attendance: true,
    });
    expect(kind('Who will you vote for?')).toBe('vote');
    expect(kind('Why did you go to the park?')).toBe('why');
    expect(
      recogniseIntent('You see Ben Marsh looking upset at Green Park. What would you do?', people),
    ).toMatchObject({ kind: 'situation', personId: 'ben', setback: false });
    expect(
      recogniseIntent(
        'Something goes badly wrong at Corner Café and you have to deal with it alone. What would you do?',
        people,
      ),
    ).toMatchObject({ kind: 'situation', setback: true });
    expect(
      kind('If you could spend time with one person you met recently, who would it be and why?'),
    ).toBe('companion');
  });
});
