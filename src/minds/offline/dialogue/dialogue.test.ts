import { describe, expect, it } from 'vitest';
import { answers, asksQuestion } from '../../../eval/language';
import type { MemoryBrief, QuestionReq, Utterance } from '../../../sim/mind';
import { smallScenario } from '../../../sim/testing/smallTown';
import { decideToTalk } from './decide';
import { nextUtterance } from './planner';
import { askDoing, askLater, askNews, askWellbeing, askWork } from './grammar';
import { bondOf } from './bond';
import { questionKind } from './read';
import { voiceOf } from '../voice/style';
import { keenToRetell } from './retell';
import { summarizeChat } from './summary';

const [ada, ben, cleo] = smallScenario().personas;
const tasting = ada.seedMemories[0].event!;
const brief = (p: typeof ada, action = 'reading') => ({
  id: p.id,
  name: p.name,
  occupation: p.occupation,
  action,
});
const invite: MemoryBrief = {
  id: 'm1',
  type: 'event',
  description: ada.seedMemories[0].text,
  importance: 8,
  ageMinutes: 600,
  gist: ada.seedMemories[0].text,
  event: tasting,
};

function req(over: Partial<QuestionReq<'nextUtterance'>> = {}): QuestionReq<'nextUtterance'> {
  return {
    speaker: ada,
    listener: brief(ben, 'raking leaves'),
    relationship: { relation: 'a regular customer', closeness: 0.5, summary: '', timesTalked: 3 },
    history: [],
    memories: [],
    alreadyShared: [],
    day: 1,
    minuteOfDay: 600,
    round: 0,
    maxRounds: 8,
    ownAction: 'brewing coffee at the counter',
    place: 'Corner Café',
    seed: 1,
    ...over,
  };
}

/** Plays a whole conversation between two personas with the offline planner. */
function play(a: typeof ada, b: typeof ada, related: boolean, seed: number): Utterance[] {
  const history: Utterance[] = [];
  for (let round = 0; round < 8; round++)
    for (const [s, l] of [
      [a, b],
      [b, a],
    ]) {
      const res = nextUtterance(
        req({
          speaker: s,
          listener: brief(l),
          relationship: related
            ? { relation: 'my neighbour', closeness: 0.6, summary: '', timesTalked: 2 }
            : null,
          history: [...history],
          memories: s === a ? [invite] : [],
          round,
          seed,
        }),
      );
      history.push({
        speakerId: s.id,
        text: res.text,
        shares: res.shares.length ? res.shares : undefined,
      });
      if (res.end) return history;
    }
  return history;
}

describe('dialogue acts', () => {
  it('answers the question just asked', () => {
    for (const [q, seed] of [
      ['How has your day been, Ada?', 1],
      ['What are you doing later?', 2],
      ['How is work treating you?', 3],
      ['Have you heard any news lately?', 4],
    ] as const) {
      const res = nextUtterance(
        req({ history: [{ speakerId: 'ben', text: `Hi Ada! ${q}` }], seed }),
      );
      expect(answers(q, res.text)).toBe(true);
      expect(res.end).toBe(false);
    }
  });

  it('answers ≥ 90 % of questions over many whole conversations', () => {
    let asked = 0;
    let answered = 0;
    for (let seed = 0; seed < 30; seed++) {
      const lines = play(ada, seed % 2 ? ben : cleo, seed % 3 !== 0, seed);
      lines.forEach((l, i) => {
        if (!asksQuestion(l.text)) return;
        asked++;
        const reply = lines.slice(i + 1).find((r) => r.speakerId !== l.speakerId);
        const q = l.text.split(/(?<=[.!?])\s+/).pop()!;
        if (reply && answers(q, reply.text)) answered++;
      });
    }
    expect(asked).toBeGreaterThan(20);
    expect(answered / asked).toBeGreaterThanOrEqual(0.9);
  });

  it('introduces itself to strangers only, once', () => {
    const first = nextUtterance(req({ relationship: null }));
    expect(first.text).toContain(ada.name);
    const known = nextUtterance(req());
    expect(known.text).not.toMatch(/we've met|introduce/i);
    const lines = play(ada, cleo, false, 5);
    const intros = lines.filter((l) => l.speakerId === ada.id && l.text.includes(ada.name));
    expect(intros.length).toBe(1);
  });

  it('invites to its own event while it lasts, never after it ended', () => {
    const before = nextUtterance(req({ memories: [invite], day: 2, minuteOfDay: 600 }));
    expect(before.shares[0]?.event?.id).toBe('tasting');
    const after = nextUtterance(req({ memories: [invite], day: 2, minuteOfDay: 19 * 60 + 5 }));
    expect(after.shares).toEqual([]);
    expect(after.text).not.toContain(tasting.what);
  });

  it('accepts or declines an invitation, never ends right after a question', () => {
    const res = nextUtterance(
      req({
        speaker: ben,
        listener: brief(ada),
        history: [
          {
            speakerId: 'ada',
            text: 'Would you like to come?',
            shares: [{ gist: 'x', event: tasting }],
          },
        ],
        round: 4,
      }),
    );
    expect(res.end).toBe(false);
    expect(questionKind('Would you like to come?')).toBe('attend');
    expect(res.text).toMatch(/^(Yes|I|Oh|Definitely|Probably)/);
  });

  it('uses time words that fit a sighting’s age, from the structured sighting', () => {
    const seen = (ageMinutes: number): MemoryBrief => ({
      id: 's',
      type: 'event',
      description: 'unused sentence',
      importance: 2,
      ageMinutes,
      subjectId: 'cleo',
      keywords: ['Cleo Fern'],
      seen: { subjectId: 'cleo', action: 'collecting leaves', sector: 'Green Park' },
    });
    const texts = (age: number) =>
      [0, 1, 2, 3, 4, 5, 6, 7].map(
        (s) =>
          nextUtterance(
            req({
              history: [{ speakerId: 'ben', text: 'Any news?' }],
              memories: [seen(age)],
              seed: s,
            }),
          ).text,
      );
    const old = texts(300).join(' ');
    expect(old).not.toMatch(/just now/);
    expect(old).not.toContain('unused sentence');
    expect(texts(5).join(' ')).not.toMatch(/this morning|yesterday/);
  });

  it('ends conversations in varied ways', () => {
    const endings = new Set<string>();
    for (let seed = 0; seed < 20; seed++) endings.add(play(ben, cleo, true, seed).at(-1)!.text);
    expect(endings.size).toBeGreaterThanOrEqual(15);
  });
});

describe('questions the grammar asks', () => {
  it('are all of a kind the planner knows how to answer', () => {
    const slots = { name: 'Ben', part: 'morning', place: 'Corner Café' };
    for (let i = 0; i < 40; i++) {
      const k = `k${i}`;
      for (const p of [ada, ben, cleo]) {
        const v = voiceOf(p);
        for (const rel of [
          null,
          { relation: 'my sister', closeness: 0.9, summary: '', timesTalked: 1 },
        ]) {
          const qs = [
            askWellbeing(v, bondOf(rel), slots, k),
            askDoing('raking leaves', slots, k),
            askLater(slots, k),
            askWork('park keeper', k),
            askNews(v, k),
          ];
          for (const q of qs) expect([q, questionKind(q)]).not.toEqual([q, 'other']);
        }
      }
    }
  });
});

describe('retelling and deciding', () => {
  const heard: MemoryBrief = { ...invite, source: 'cleo', ageMinutes: 30 };

  it('depends on the seed and on structure, not on words', () => {
    const bySeed = new Set(
      Array.from({ length: 40 }, (_, s) => keenToRetell(ben, heard, s, 0, 1, 600)),
    );
    expect(bySeed.size).toBe(2);
    const reworded = { ...heard, gist: 'Zyx qua vorn.', description: 'Zyx qua vorn.' };
    expect(keenToRetell(ben, reworded, 7, 0, 1, 600)).toBe(keenToRetell(ben, heard, 7, 0, 1, 600));
    expect(keenToRetell(ben, heard, 7, 0, 3, 600)).toBe(false); // the event is over
  });

  it('gives a reason that names the motive', () => {
    const base = {
      agent: ada,
      partner: brief(ben),
      relationship: null,
      ownAction: 'resting',
      minuteOfDay: 600,
      day: 1,
    };
    const reasons = Array.from({ length: 30 }, (_, seed) =>
      decideToTalk({ ...base, memories: [invite], seed }),
    );
    const talk = reasons.find((r) => r.talk)!;
    expect(talk.reason).toContain(tasting.what);
  });

  it('summarises what was talked about and changes the relationship', () => {
    const transcript: Utterance[] = [
      {
        speakerId: 'ada',
        text: 'I am hosting it. Would you like to come?',
        shares: [{ gist: invite.gist!, event: tasting }],
      },
      { speakerId: 'ben', text: 'Yes, I will come. How is work treating you?' },
      { speakerId: 'ada', text: 'Busy. Take care.' },
    ];
    const s = summarizeChat({ agent: ben, partner: brief(ada), relationship: null, transcript });
    expect(s.summary).toContain(tasting.what);
    expect(s.summary).toMatch(/work/);
    expect(s.relationship).toMatch(/talked 1 time/);
    expect(s.closenessDelta).toBeGreaterThan(0);
  });
});
